// In-article actor canonicalisation: one pass to learn full names, then lookups per mention.
#include "attribute/actor_registry.h"

#include <algorithm>

namespace onrecord {
namespace {

bool is_connector(std::string_view w) {
  return w == "of" || w == "and" || w == "for" || w == "de" || w == "van" || w == "von";
}

}  // namespace

std::string_view without_possessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.substr(w.size() - 2) == "s'"))
    return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  return w;
}

namespace {

bool ends_with(std::string_view w, std::string_view tail) {
  return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail;
}

// "WASHINGTON — …": whether the dash before token i ends the dateline its line opens with (text/
// tokenizer.h says what a dateline is)
[[gnu::noinline]] bool after_dateline(const std::vector<text_token>& tokens, std::size_t i) {
  for (std::size_t k = i - 1; k > 0 && i - k <= 8; --k) {  // back to the start of the line
    const std::size_t b = k - 1;
    bool line_start = b == 0;
    if (!line_start)
      for (const char* g = tokens[b - 1].text.data() + tokens[b - 1].text.size(); g < tokens[b].text.data(); ++g)
        line_start |= *g == '\n';
    if (line_start) return dateline_length(std::span(tokens).subspan(b, i - b)) == i - b;
  }
  return false;
}

// A token that starts a sentence: the first of the text, after . ! ? or a stray quotation mark, or
// the first of a paragraph (tokens are views into one text, so the gap between them can be read).
bool starts_sentence(const std::vector<text_token>& tokens, std::size_t i) {
  if (i == 0) return true;
  const text_token& prev = tokens[i - 1];
  if (prev.kind == text_token_kind::quote_mark) return true;
  if (prev.kind == text_token_kind::punct && (prev.is(".") || prev.is("!") || prev.is("?") || prev.is("…")))
    return true;
  const char* gap = prev.text.data() + prev.text.size();
  const char* cur = tokens[i].text.data();
  for (; gap < cur; ++gap)
    if (*gap == '\n') return true;
  // after a dateline's dash (rare: kept out of line, so this test stays small enough to inline)
  if (prev.kind == text_token_kind::punct && !prev.text.empty() &&
      (prev.text[0] == '-' || static_cast<unsigned char>(prev.text[0]) == 0xE2))
    return after_dateline(tokens, i);
  return false;
}

// The space-separated words of a name, one at a time, without copying: same_person_name runs for
// each full name against the earlier ones of its surname, and names are a few words long, so
// walking one again is cheaper than collecting both into vectors.
struct name_word_walk {
  std::string_view s;
  std::size_t i = 0;
  // the next word, empty after the last
  std::string_view next() {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    const std::string_view w = s.substr(i, j - i);
    i = j;
    return w;
  }
};

std::size_t count_name_words(std::string_view s) {
  name_word_walk walk{s};
  std::size_t n = 0;
  while (!walk.next().empty()) ++n;
  return n;
}

std::string_view last_name_word(std::string_view s) {
  name_word_walk walk{s};
  std::string_view last;
  for (std::string_view w = walk.next(); !w.empty(); w = walk.next()) last = w;
  return last;
}

bool has_name_word(std::string_view s, std::string_view word) {
  name_word_walk walk{s};
  for (std::string_view w = walk.next(); !w.empty(); w = walk.next())
    if (w == word) return true;
  return false;
}

// Whether two full names name one person: the same first word, and every word of the shorter
// inside the longer ("Donald Trump" / "Donald J. Trump"), compared word by word.
bool same_person_name(std::string_view a, std::string_view b) {
  const std::string_view first_a = name_word_walk{a}.next(), first_b = name_word_walk{b}.next();
  if (first_a.empty() || first_b.empty() || first_a != first_b || last_name_word(a) != last_name_word(b)) return false;
  const bool a_shorter = count_name_words(a) <= count_name_words(b);
  const std::string_view shorter = a_shorter ? a : b, longer = a_shorter ? b : a;
  name_word_walk walk{shorter};
  for (std::string_view w = walk.next(); !w.empty(); w = walk.next())
    if (!has_name_word(longer, w)) return false;
  return true;
}

}  // namespace

const actor_registry::known_name* actor_registry::for_surname(std::string_view surname, gender g,
                                                              std::string_view role) const {
  const auto it = names_by_surname_.find(surname);
  if (it == names_by_surname_.end()) return nullptr;
  // a title's gender rules out a person of the other ("Mr. Varga" is not Ada Varga, when she
  // was "Mrs. Varga"); a title's role picks the one who held it ("President Varga")
  const known_name* pick = nullptr;
  std::size_t fits = 0, with_role = 0;
  const known_name* role_pick = nullptr;
  for (const auto& k : it->second) {
    if (g != gender::unknown && k.sex != gender::unknown && k.sex != g) continue;
    ++fits;
    if (!pick) pick = &k;
    if (!role.empty() && std::find(k.roles.begin(), k.roles.end(), role) != k.roles.end()) {
      ++with_role;
      role_pick = &k;
    }
  }
  if (with_role == 1) return role_pick;
  if (fits == 1) return pick;
  return nullptr;  // ambiguous: the surname alone names the actor
}

void actor_registry::mark_name_words(std::vector<text_token>& tokens) const {
  // A capitalised word at a sentence start is capitalised by position, not because it is a name:
  // "Often he said …", "Struggling Donald Trump", "Endorsed Trump". It stays a name word only when
  // the article also capitalises it mid-sentence, or it is a title or an alias; it is dropped when
  // it reads as a common word: it occurs in lower case elsewhere in the article (for a lone word or
  // a past participle), or it is an adverb or a gerund/participle (-ly, -ing).
  // views into the article text, which outlives this call: no word is copied
  word_view_set mid_caps;
  mid_caps.reserve(tokens.size() / 4);
  std::vector<char> initial(tokens.size(), 0);
  std::vector<std::size_t> initial_names;  // name words opening a sentence, not all capitals
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    text_token& t = tokens[i];
    t.name_word = t.is_word() && t.capitalised && !lexicon_.is_not_name(t.text);
    // "She'd", "They’ve", "There's": a word that is no name stays none with a contraction
    if (t.name_word && may_end_in_contraction(t.text))
      if (const std::string_view w = without_contraction(t.text); w.size() != t.text.size() && lexicon_.is_not_name(w))
        t.name_word = false;
    if (!t.is_word()) continue;
    initial[i] = starts_sentence(tokens, i) ? 1 : 0;
    // mid-sentence: not the first word, nor the second after a first word that may be a name's
    // ("Playing Field" would count), though after a title it is ("Mayor Dana Whitcombe")
    if (t.capitalised && !initial[i] &&
        !(i > 0 && initial[i - 1] && !lexicon_.is_title(tokens[i - 1].text) &&
          !lexicon_.is_not_name(tokens[i - 1].text)))
      mid_caps.insert(without_possessive(t.text));
    if (t.name_word && initial[i] && !t.all_caps) initial_names.push_back(i);
  }
  // The sentence-initial words in question, lower-cased; then one pass over the lower-case words of
  // the article marks which of them it also writes in lower case (instead of collecting every
  // lower-case word of the article to look a few up).
  struct question {
    std::size_t token;
    std::size_t word;  // index in `asked`
  };
  std::vector<question> questions;
  word_set asked;
  for (const std::size_t i : initial_names) {
    const text_token& t = tokens[i];
    const std::string_view w = without_possessive(t.text);
    if (contains(mid_caps, w) || lexicon_.is_title(w) || lexicon_.alias(w)) continue;
    char buf[64];
    if (w.size() >= sizeof buf) continue;
    const std::string_view lw = lower_ascii(w, buf);
    asked.insert(lw);
    questions.push_back({i, asked.index_of(lw)});
  }
  if (questions.empty()) return;
  std::vector<char> seen_lower(asked.size(), 0);
  for (const text_token& t : tokens) {
    if (!t.is_word() || t.capitalised) continue;  // (the set's own shape check passes most words over unhashed)
    if (const std::size_t k = asked.index_of(t.text); k != word_set::npos) seen_lower[k] = 1;
  }
  for (const question& q : questions) {
    const std::size_t i = q.token;
    text_token& t = tokens[i];
    const std::string_view w = without_possessive(t.text);
    char buf[64];
    const std::string_view lw = lower_ascii(w, buf);
    const bool lone = i + 1 >= tokens.size() || !tokens[i + 1].is_word() || !tokens[i + 1].capitalised;
    const bool seen = seen_lower[q.word] != 0;
    // before another name word only when that word is an established name ("Struggling Donald
    // Trump"), so "Playing Field Promotions" stays whole
    // (any of the next three words of the run: "Entrusting Donald Trump" where only "Trump" recurs)
    bool before_name = false;
    for (std::size_t k = i + 1;
         !lone && k < tokens.size() && k <= i + 3 && tokens[k].is_word() && tokens[k].capitalised; ++k)
      before_name |= contains(mid_caps, without_possessive(tokens[k].text));
    const bool adverb_or_gerund = w.size() >= 6 && (ends_with(lw, "ly") || ends_with(lw, "ing"));
    // "Dismayed by …, she said": a lone -ed word opening a sentence (not "Mohammed"); before a
    // name only with a verb's ending ("Endorsed Trump", not "Alfred Smith")
    const bool verb_ending = ends_with(lw, "ized") || ends_with(lw, "ised") || ends_with(lw, "sed") ||
                             ends_with(lw, "ted") || ends_with(lw, "ged") || ends_with(lw, "ked") ||
                             ends_with(lw, "ped") || ends_with(lw, "ved") || ends_with(lw, "ced") ||
                             ends_with(lw, "hed");
    const bool participle = w.size() >= 6 && ends_with(lw, "ed") &&
                            (seen || (lone && !ends_with(lw, "med")) || (before_name && verb_ending));
    if (((adverb_or_gerund || participle) && (lone || before_name)) || (lone && seen)) t.name_word = false;
  }
}

namespace {
// A courtesy title stands before a surname only: the title word after it is the name ("Mr. King").
bool is_honorific(std::string_view w) {
  if (w.size() < 2 || w.size() > 4 || (w[0] != 'M' && w[0] != 'D')) return false;  // most words stop here
  return w == "Mr." || w == "Mrs." || w == "Ms." || w == "Mr" || w == "Mrs" || w == "Ms" || w == "Miss" || w == "Dr." ||
         w == "Dr" || w == "Mx." || w == "Mx";
}
}  // namespace

bool actor_registry::is_titled_surname(std::string_view w) const {
  return std::find(titled_surnames_.begin(), titled_surnames_.end(), w) != titled_surnames_.end();
}

void actor_registry::learn_names(const std::vector<text_token>& tokens) {
  const std::size_t n = tokens.size();
  // The runs of name words first. "Charlie King … Mr. King added": a title word is a surname where
  // the article puts a courtesy title before it and no name after it; then "Charlie King", earlier
  // in the text, is a full name, not "Charlie" titled.
  runs_.clear();
  for (std::size_t i = 0; i < n;) {
    if (!is_name_word(tokens[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && is_name_word(tokens[j])) ++j;
    runs_.push_back({i, j});
    if (j - i >= 2 && is_honorific(tokens[j - 2].text) && !is_honorific(tokens[j - 1].text) &&
        lexicon_.is_title(tokens[j - 1].text)) {
      const std::string_view w = without_possessive(tokens[j - 1].text);
      if (!is_titled_surname(w)) titled_surnames_.emplace_back(w);
    }
    i = j;
  }
  for (const auto& [i, j] : runs_) {
    // leading titles give the gender; the rest is the name
    // the name starts after the last title ("Harborton Mayor-elect Dana Whitcombe")
    gender g = gender::unknown;
    std::size_t core = i;
    for (std::size_t k = i; k < j; ++k) {
      if (!lexicon_.is_title(tokens[k].text)) continue;
      // the last word, after a word that is no title, may be a surname the article titles ("Mr. King")
      if (k + 1 == j && k > core && is_titled_surname(without_possessive(tokens[k].text))) break;
      if (const gender tg = lexicon_.title_gender(tokens[k].text); tg != gender::unknown) g = tg;
      core = k + 1;
    }
    if (core >= j) continue;
    bool person = j - core >= 2 && j - core <= 4;
    for (std::size_t k = core; k < j && person; ++k) {
      const auto w = without_possessive(tokens[k].text);
      if (lexicon_.is_org_word(w) || lexicon_.is_place_word(w) ||
          (lexicon_.is_title(w) && !(k + 1 == j && is_titled_surname(w))) || (tokens[k].all_caps && w.size() > 2))
        person = false;
    }
    if (person) {
      const std::string_view surname = without_possessive(tokens[j - 1].text);
      const std::size_t b = tokens[core].span.begin;
      const std::size_t e = tokens[j - 1].span.end - (tokens[j - 1].text.size() - surname.size());
      const std::string_view whole(tokens[core].text.data(), e - b);
      if (lexicon_.alias(whole) == nullptr) {
        auto& known = names_by_surname_[std::string(surname)];
        // "Donald J. Trump" and "Donald Trump" are one person: the same first name, one name's
        // words inside the other's; the form first used stays canonical
        known_name* same = nullptr;
        for (auto& k : known)
          if (same_person_name(k.name, whole)) same = &k;
        if (!same) {
          known.push_back({std::string(whole), gender::unknown, {}});
          same = &known.back();
        }
        if (g != gender::unknown) same->sex = g;
        for (std::size_t k = i; k < core; ++k)
          if (const std::string_view role = lexicon_.title_role(tokens[k].text); !role.empty())
            same->roles.emplace_back(role);
        if (g != gender::unknown) genders_.emplace(same->name, g);
      }
    }
  }
}

actor actor_registry::name_actor(std::span<const text_token> tokens, std::size_t first, std::size_t last) const {
  actor out;
  if (first >= last) return out;
  const std::string_view whole(tokens[first].text.data(), tokens[last - 1].span.end - tokens[first].span.begin);
  if (const alias_target* a = lexicon_.alias(whole)) {
    out.name = a->canonical;
    out.kind = a->kind;
    return out;
  }
  // the name is the run of capitalised words at the end, after any title or description
  std::size_t core = last;
  while (core > first) {
    const text_token& t = tokens[core - 1];
    // "Mr. King": after a courtesy title, a title word is the surname
    const bool surname = core == last && core - 1 > first && is_name_word(t) &&
                         (is_honorific(tokens[core - 2].text) ||
                          (is_titled_surname(without_possessive(t.text)) && is_name_word(tokens[core - 2]) &&
                           !lexicon_.is_title(tokens[core - 2].text)));
    if (surname || (is_name_word(t) && !lexicon_.is_title(t.text))) {
      --core;
    } else if (core < last && core - 1 > first && is_connector(t.text) && is_name_word(tokens[core - 2])) {
      --core;
    } else if (core < last && core - 2 > first && t.text == "the" && tokens[core - 2].text == "of" &&
               is_name_word(tokens[core - 3]) && lexicon_.is_org_word(tokens[core - 3].text)) {
      core -= 2;  // "Department of the Interior"
    } else {
      break;
    }
  }
  gender g = gender::unknown;
  bool titled = false;
  std::string_view role;
  for (std::size_t k = first; k < core; ++k) {
    if (lexicon_.is_title(tokens[k].text)) {
      titled = true;
      if (const gender tg = lexicon_.title_gender(tokens[k].text); tg != gender::unknown) g = tg;
      if (const std::string_view r = lexicon_.title_role(tokens[k].text); !r.empty()) role = r;
    }
  }
  if (core == last) {
    // "the Office of the Public Advocate": an organisation's name may end in a title
    for (std::size_t k = first; k < last; ++k)
      if (lexicon_.is_org_word(without_possessive(tokens[k].text)) && is_name_word(tokens[first])) {
        const std::string_view end_word = without_possessive(tokens[last - 1].text);
        out.name = std::string(tokens[first].text.data(),
                               tokens[last - 1].span.begin + end_word.size() - tokens[first].span.begin);
        out.kind = actor_kind::organisation;
        return out;
      }
    return out;
  }
  const std::string_view last_word = without_possessive(tokens[last - 1].text);
  const std::size_t e = tokens[last - 1].span.end - (tokens[last - 1].text.size() - last_word.size());
  const std::string_view name(tokens[core].text.data(), e - tokens[core].span.begin);
  if (const alias_target* a = lexicon_.alias(name)) {
    out.name = a->canonical;
    out.kind = a->kind;
    return out;
  }
  out.name = std::string(name);
  for (std::size_t k = core; k < last; ++k) {
    const auto w = without_possessive(tokens[k].text);
    if (lexicon_.is_org_word(w)) out.kind = actor_kind::organisation;
    if (lexicon_.is_place_word(w)) out.place = true;
  }
  // "the Harbor Pilots Association", "Riverside Police": a place word inside an organisation's name
  // names where it is; the organisation, headed by its own word, speaks (and is an "it")
  if (out.kind == actor_kind::organisation && out.place && !lexicon_.is_place_word(last_word)) out.place = false;
  if (out.kind == actor_kind::organisation || out.place) return out;
  if (last - core == 1) {
    if (tokens[core].all_caps && last_word.size() >= 2) {
      out.kind = actor_kind::organisation;  // an acronym: NYPD, CNN
      return out;
    }
    if (const known_name* k = for_surname(last_word, g, role)) {
      out.name = k->name;
      if (g == gender::unknown) g = k->sex;
    }
    const bool several = names_by_surname_.find(last_word) != names_by_surname_.end();
    out.kind = titled || several || out.name.find(' ') != std::string::npos ? actor_kind::person : actor_kind::unknown;
  } else {
    out.kind = actor_kind::person;
    if (const auto it = names_by_surname_.find(last_word); it != names_by_surname_.end())
      for (const auto& k : it->second)
        if (same_person_name(k.name, out.name)) {
          out.name = k.name;  // "Donald Trump" after "Donald J. Trump", and the other way round
          break;
        }
  }
  if (lexicon_.is_place_name(out.name)) {  // "New York said", "China warned": metonymy, never a person
    out.kind = actor_kind::organisation;
    return out;
  }
  if (g == gender::unknown) {
    if (const auto it = genders_.find(out.name); it != genders_.end()) g = it->second;
  }
  out.sex = g;
  return out;
}

actor actor_registry::description_actor(std::string_view description, std::string_view head_lower) const {
  actor out;
  for (std::string_view det : {"a ", "an ", "the ", "A ", "An ", "The "}) {
    if (description.substr(0, det.size()) == det) {
      description.remove_prefix(det.size());
      break;
    }
  }
  if (const alias_target* a = lexicon_.alias(description)) {
    out.name = a->canonical;
    out.kind = a->kind;
    return out;
  }
  out.name = std::string(description);
  if (lexicon_.is_group_noun(head_lower))
    out.kind = actor_kind::organisation;
  else if (lexicon_.is_speaker_noun(head_lower))
    out.kind = actor_kind::person;
  if (head_lower == "spokeswoman" || head_lower == "congresswoman" || head_lower == "chairwoman")
    out.sex = gender::female;
  if (head_lower == "spokesman" || head_lower == "congressman" || head_lower == "chairman") out.sex = gender::male;
  return out;
}

void actor_registry::note_gender(const std::string& name, gender g) {
  if (g != gender::unknown) genders_.emplace(name, g);
}

}  // namespace onrecord
