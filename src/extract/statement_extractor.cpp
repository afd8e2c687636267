// Attribution frames over quote-aware sentences: the heart of extraction. A frame is a speech cue
// with its subject (before it, after it, or inherited by a participle) and its content (after the
// cue, or before the subject in "…, X said."). Quotations are single tokens here, so "“A,” he said"
// and "X said, “A”" are the same shape as reported speech. Speakers go through sieves from most to
// least precise; a pronoun resolves to the most recent compatible actor, subjects first.
#include "extract/statement_extractor.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "attribute/actor_registry.h"
#include "extract/quote_scanner.h"
#include "text/tokenizer.h"

namespace onrecord {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);
// Reported speech needs this many words of its own ("praised Trump" is too little to be a statement).
constexpr std::size_t min_reported_words = 2;

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  // length and first byte settle nearly every miss without a call to memcmp
  for (const std::string_view s : list)
    if (s.size() == w.size() && (w.empty() || (s[0] == w[0] && s == w))) return true;
  return false;
}

std::string_view lower(std::string_view w, char (&buf)[64]) { return lower_ascii(w, buf); }

// A fixed word list asked of most tokens (auxiliaries, prepositions, determiners, …), looked up by
// hash: a word whose length and first and last bytes no key has is turned away unhashed, where
// in() compares it with every key. Keys are string literals, which outlive the set.
// The hash set (4 KB with its filter) is built at the first look-up, not at start: every command
// links these lists (28 now, 25 when this was measured), and building them touched about 30 fresh
// pages of memory, near a millisecond of each query command's start on our machines (BENCHMARKS.md,
// "Process start").
class fixed_words {
 public:
  fixed_words(std::initializer_list<std::string_view> words) : words_(words) {}
  bool contains(std::string_view w) const {
    const word_view_set* set = set_.load(std::memory_order_acquire);
    return (set ? set : build())->contains(w);
  }

 private:
  const word_view_set* build() const {
    std::call_once(once_, [this] {
      auto set = std::make_unique<word_view_set>();
      for (const std::string_view w : words_) set->insert(w);
      set_.store(set.release(), std::memory_order_release);  // lives as long as the program
    });
    return set_.load(std::memory_order_acquire);
  }
  std::vector<std::string_view> words_;
  mutable std::once_flag once_;
  mutable std::atomic<const word_view_set*> set_{nullptr};
};

const fixed_words be_words{"is", "was", "were", "are", "be", "been", "being", "'s"};
bool is_be(std::string_view w) { return be_words.contains(w); }

// The shape of an -ly adverb ("reportedly", "personally"); "only" and "family" fit it too.
bool ly_word(std::string_view lw) { return lw.size() > 3 && lw.ends_with("ly"); }

// Words that may stand between a subject and its cue: auxiliaries, negation, adverbs.
const fixed_words aux_words{
    "has",   "have",       "had",      "also",       "later",      "then",     "again",    "once",  "now",
    "first", "just",       "already",  "further",    "even",       "still",    "will",     "would", "could",
    "can",   "may",        "might",    "should",     "must",       "is",       "was",      "were",  "are",
    "been",  "be",         "being",    "not",        "never",      "did",      "does",     "do",    "cannot",
    "heard", "seen",       "caught",   "long",       "since",      "too",      "soon",     "often", "always",
    "n't",   "reportedly", "recently", "previously", "repeatedly", "publicly", "privately"};
// A finite auxiliary, which starts a verb phrase: "is", "has", "would" … (lower case)
bool is_finite_auxiliary(std::string_view lw) {
  return is_be(lw) || in(lw, {"has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can",
                              "does", "do", "did"});
}

bool is_aux(std::string_view lw) {
  if (ly_word(lw) && lw != "only" && lw != "family") return true;
  return aux_words.contains(lw);
}

const fixed_words weekdays{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
bool is_weekday(std::string_view w) { return weekdays.contains(w); }

// wouldn't, didn’t, won’t
bool is_negated_aux(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 3) == "n't") ||
         (w.size() > 5 && w.substr(w.size() - 5) == "n\xE2\x80\x99t");
}

const fixed_words determiners{"a",     "an",    "the",   "his",  "her",  "its",   "their",   "our",     "this",
                              "that",  "these", "those", "some", "many", "most",  "several", "both",    "all",
                              "one",   "two",   "three", "four", "five", "few",   "other",   "another", "each",
                              "every", "no",    "any",   "more", "top",  "senior"};
bool is_determiner(std::string_view lw) { return determiners.contains(lw); }

const fixed_words prepositions{"for", "of",      "to",      "with",  "by",     "from",   "at",     "in",
                               "on",  "about",   "against", "than",  "into",   "over",   "under",  "like",
                               "as",  "between", "among",   "after", "before", "during", "without"};
bool is_preposition(std::string_view lw) { return prepositions.contains(lw); }

// Prepositions that also open a clause: "after the board announced …" has a subject.
bool opens_clause(std::string_view lw) { return in(lw, {"after", "before", "since", "as"}); }

// Words that start an adjunct after a cue ("…, he said in an interview", "…, she said Tuesday").
const fixed_words adjunct_leads{"last",   "this",    "earlier",   "later",    "yesterday", "today",    "tonight",
                                "monday", "tuesday", "wednesday", "thursday", "friday",    "saturday", "sunday",
                                "while",  "when",    "afterward", "recently", "then",      "again",    "repeatedly",
                                "sunday", "via",     "through",   "outside",  "inside",    "near",     "told"};
bool is_adjunct_lead(std::string_view lw) { return is_preposition(lw) || adjunct_leads.contains(lw); }

bool is_separator(const text_token& t) {
  return t.kind == text_token_kind::punct && (t.is(",") || t.is(":") || t.is(";") || is_dash(t.text) || t.is("("));
}
bool is_terminal(const text_token& t) {
  return t.kind == text_token_kind::punct && (t.is(".") || t.is("!") || t.is("?") || t.is("...") || t.is("…"));
}

struct unit;
bool after_preposition(const unit& u, std::size_t i);

// One sentence made whole across its quotations; quotations are single tokens (kind quote_mark).
// The three token-parallel views are slices of the article's arenas (article_pass::unit_toks_ …),
// filled by build_units and read-only after it: one allocation each an article, not each a unit.
struct unit {
  std::size_t paragraph = 0;
  bool paragraph_start = false;
  bool heading = false;
  std::size_t first = 0;  // where the unit's slices start in the arenas (build_units only)
  std::span<const text_token> toks;
  std::span<const int> quote;      // index into quotations, -1 for words outside quotation marks
  std::span<const cue_match> cue;  // the speech cue starting at each token, looked up once
  // where the main clause starts and the comma ending opening phrases that hold a subordinate
  // clause (article_pass::main_clause_start, opening_clause_comma): read by several rules a unit,
  // so found once when the unit is complete
  std::size_t clause_start = 0;
  std::size_t clause_comma = static_cast<std::size_t>(-1);
};

// The first word of a unit (its sentence's opening word), or none.
std::size_t first_word(const unit& u) {
  for (std::size_t k = 0; k < u.toks.size(); ++k)
    if (u.toks[k].is_word()) return k;
  return static_cast<std::size_t>(-1);
}

bool is_possessive_or_object_pronoun(std::string_view lw);

// Whether the token at `next`, right after a sentence's first word, shows that word is not a name
// acting as subject: a determiner, a pronoun, a preposition or a colon follows it.
bool opens_without_a_subject(const unit& u, std::size_t next) {
  if (next >= u.toks.size()) return false;
  const text_token& t = u.toks[next];
  if (t.is(":")) return true;
  if (!t.is_word()) return false;
  char buf[64];
  const std::string_view w = lower(t.text, buf);
  return is_determiner(w) || is_preposition(w) || is_possessive_or_object_pronoun(w) || w == "you" || w == "we" ||
         w == "i" || w == "they" || w == "he" || w == "she" || w == "it";
}

// One capitalised word toks[i, j) opening the sentence that no name or alias of the article explains
// (the actor is the word itself), followed by a determiner, a pronoun, a preposition or a colon
// ("Elsewhere the …", "Have you …", "Beyond that …", "Q: …"), is a sentence word, not a name that
// a pronoun could stand for ("Okafor was asked" stays a name).
bool sentence_word_opening(const unit& u, std::size_t i, std::size_t j, const actor& a) {
  return j == i + 1 && first_word(u) == i && a.kind == actor_kind::unknown && a.name == u.toks[i].text &&
         opens_without_a_subject(u, j);
}

// A name after a preposition ("at Flushing Meadows", "from Spectrum News", "Alongside HarborWatch,
// he said") or after a participle that takes it as object ("After meeting Ada Voss, he said") is not
// a subject: pronouns look past it.
bool after_preposition(const unit& u, std::size_t i) {
  if (i == 0 || !u.toks[i - 1].is_word()) return false;
  char buf[64];
  const std::string_view w = lower(u.toks[i - 1].text, buf);
  if (u.toks[i - 1].capitalised) return false;
  return is_preposition(w) || (w.size() > 5 && w.ends_with("ing") && i >= 2 && u.toks[i - 2].is_word() &&
                               is_preposition(lower(u.toks[i - 2].text, buf)));
}

// Months and time words that open an adverbial without a preposition ("said Tuesday that …").
const fixed_words time_leads{"last",      "this",     "earlier",   "later",    "yesterday", "today",    "tonight",
                             "monday",    "tuesday",  "wednesday", "thursday", "friday",    "saturday", "sunday",
                             "january",   "february", "march",     "april",    "june",      "july",     "august",
                             "september", "october",  "november",  "december", "jan.",      "feb.",     "aug.",
                             "sept.",     "oct.",     "nov.",      "dec.",     "recently",  "again",    "repeatedly",
                             "privately", "publicly", "afterward"};
bool is_time_lead(std::string_view lw) { return time_leads.contains(lw); }

// Words that mean a clause has begun inside an adverbial (content_after_adverbial).
const fixed_words clause_starters{"he",    "she",     "they", "we",      "i",   "it", "who",
                                  "which", "whether", "if",   "because", "and", "but"};

// Times and occasions of a saying that end an adverbial after the cue (content_after_adverbial).
const fixed_words adverbial_ends{
    "morning",   "afternoon",  "evening",  "night",      "week",    "weekend", "month",   "year",       "statement",
    "interview", "interviews", "speech",   "letter",     "email",   "post",    "release", "conference", "rally",
    "hearing",   "debate",     "briefing", "broadcast",  "call",    "tweet",   "video",   "op-ed",      "memo",
    "meeting",   "appearance", "radio",    "television", "podcast", "address", "remarks", "ago"};

// Where the content starts after an adverbial that starts at `start`, or none when no adverbial
// starts there or none ends before a clause. The adverbial runs up to 10 tokens, without a quotation,
// a speech cue or a clause of its own, and ends
//   - at the complementiser "that" ("on November 5 that …", "in a statement that …", "at a rally in
//     Ohio that …"): the content starts after it. A "that" followed by an auxiliary is a relative
//     pronoun ("in a speech that was broadcast"), not a complementiser, and so is one followed by a
//     past tense ("in a story that posted this week that …"): a complementiser may follow that
//     relative clause (the adverbial then runs up to 14 tokens);
//   - at a subject pronoun before a verb, not after a preposition ("said on Monday she would run",
//     "in a statement it welcomed …"), unless a "that" closes a relative clause soon after ("in a
//     statement he released Monday that …");
//   - at a determiner after a noun, opening a noun phrase before an auxiliary or a past tense ("said
//     in an interview the ferry would run", "said Tuesday night the council will vote", "said Monday
//     the council voted …").
std::size_t content_after_adverbial(const unit& u, std::size_t start, std::size_t end) {
  if (start >= end || !(u.toks[start].is_word() || u.toks[start].kind == text_token_kind::number)) return none;
  char buf[64];
  const std::string_view lead = lower(u.toks[start].text, buf);
  if (lead == "that" || lead == "to" || !(is_preposition(lead) || is_time_lead(lead))) return none;
  // the "that" within `span` words after k that ends a relative clause opening at k, or none
  auto that_soon_after = [&](std::size_t k, std::size_t span) {
    for (std::size_t j = k + 1; j < end && j <= k + span; ++j) {
      if (u.quote[j] >= 0 || !u.toks[j].is_word()) return none;
      if (u.toks[j].is("that")) return j;
    }
    return none;
  };
  std::size_t reach = 10;
  bool plain_adverbial = true;
  for (std::size_t k = start + 1; k < end && k <= start + reach; ++k) {
    const text_token& t = u.toks[k];
    if (u.quote[k] >= 0 || u.cue[k].length) return none;
    if (t.kind == text_token_kind::punct &&
        (t.is(";") || t.is(":") || t.is("!") || t.is("?") || t.is("(") || is_dash(t.text)))
      return none;
    if (!t.is_word()) continue;
    char b2[64];
    const std::string_view w = lower(t.text, b2);
    if (w == "that") {
      if (k + 1 >= end) return none;
      char b3[64];
      const std::string_view next = lower(u.toks[k + 1].text, b3);
      if (is_aux(next) || is_negated_aux(next)) return none;
      // "a story that posted this week": a relative clause of a past tense and at most four
      // lower-case words, then the complementiser
      if (reach == 10 && next.size() > 4 && next.ends_with("ed") && !u.toks[k + 1].capitalised && u.quote[k + 1] < 0) {
        reach = 14;
        ++k;
        continue;
      }
      return k + 1;
    }
    if (in(w, {"to", "not", "how", "what", "why", "where", "when", "whom", "whose"}) || is_aux(w) || is_negated_aux(w))
      plain_adverbial = false;  // a verb or a clause of its own: no clause starts after it below
    // the word before: a time ("on Monday", "Tuesday night", "on Nov. 9") or the occasion of the
    // saying ("in a statement", "at a rally") ends an adverbial; a preposition would make a pronoun
    // or determiner its object ("at the harbor he …"), and after other nouns a pronoun often opens a
    // relative clause ("of the encounter he had")
    char bp[64];
    const bool after_word = u.toks[k - 1].is_word() || u.toks[k - 1].kind == text_token_kind::number;
    const std::string_view prev = after_word && u.quote[k - 1] < 0 ? lower(u.toks[k - 1].text, bp) : std::string_view{};
    const bool after_noun =
        plain_adverbial && !prev.empty() &&
        (u.toks[k - 1].kind == text_token_kind::number || is_time_lead(prev) || adverbial_ends.contains(prev));
    const bool verb_next = k + 1 < end && u.toks[k + 1].is_word() && !u.toks[k + 1].capitalised && u.quote[k + 1] < 0;
    if (in(w, {"he", "she", "it", "they", "we", "i"}) && after_noun && verb_next) {
      char bn[64];
      const std::string_view next = lower(u.toks[k + 1].text, bn);
      if (is_preposition(next) || in(next, {"and", "or", "but", "that", "who", "which"})) return none;
      if (const std::size_t that = reach == 10 ? that_soon_after(k, 5) : none; that != none) {
        reach = 14;
        k = that - 1;  // (its verb may be a cue: "he released Monday that")
        continue;
      }
      return k;
    }
    if (after_noun && in(w, {"the", "a", "an", "his", "her", "their", "its", "our", "this"})) {
      // a noun phrase of up to four words, then an auxiliary
      for (std::size_t j = k + 1; j < end && j <= k + 4; ++j) {
        if (!u.toks[j].is_word() || u.quote[j] >= 0 || u.cue[j].length) break;
        char bj[64];
        const std::string_view x = lower(u.toks[j].text, bj);
        // (or a past tense: "said Monday the council voted to …")
        if (j > k + 1 && (is_aux(x) || is_negated_aux(x) || (x.size() > 4 && x.ends_with("ed")))) return k;
        if (is_preposition(x) || in(x, {"he", "she", "it", "they", "we", "i", "and", "or", "that", "who", "which"}))
          break;
      }
    }
    if (clause_starters.contains(w)) return none;
  }
  return none;
}

// Whether what follows a cue from `b` to `e` is only an adjunct ("Thursday on Port Watch, a website
// about …", "on Tuesday -- a development that …"): up to 15 tokens before the first comma or dash,
// none of them a complementiser, a finite verb, a quotation or another cue, and no quotation after.
bool closing_adjunct(const unit& u, std::size_t b, std::size_t e) {
  std::size_t k = b;
  for (; k < e && !is_separator(u.toks[k]); ++k) {
    if (u.quote[k] >= 0 || u.cue[k].length || u.toks[k].is("that") || u.toks[k].is("whether") || k - b > 14)
      return false;
    char buf[64];  // a verb means a clause goes on: "listed on the records is a used-car lot"
    if (u.toks[k].is_word() && (is_aux(lower(u.toks[k].text, buf)) || is_negated_aux(u.toks[k].text)) &&
        !(k > b && u.toks[k - 1].is("to")))  // "his speech to be a delegate" is no clause
      return false;
  }
  for (; k < e; ++k)
    if (u.quote[k] >= 0 || u.toks[k].is(":")) return false;
  return true;
}

const fixed_words possessive_or_object_pronouns{"his", "her", "their", "its", "our", "my", "him", "them", "me", "us"};
bool is_possessive_or_object_pronoun(std::string_view lw) { return possessive_or_object_pronouns.contains(lw); }

// Subordinators that open an adverbial clause, not a main one (opens_with_a_clause).
const fixed_words adverbial_subordinators{"despite", "besides", "amid",    "while", "when",   "since", "although",
                                          "though",  "if",      "because", "once",  "unless", "until"};
// Words that open a subordinate clause before the main one ("When …,", "Ever since …,"); not "as",
// whose clause ("As Vale said, the port …") introduces what follows it.
const fixed_words subordinate_clause_openers{"when", "while",   "after", "before", "since",  "although", "though",
                                             "if",   "because", "once",  "until",  "unless", "whenever"};
// Degree words before a preposition or subordinator: "Shortly after …", "Ever since …".
const fixed_words degree_words{"shortly", "soon", "just", "ever", "long", "even", "right", "immediately", "only"};
// Conjunctions that open a clause of its own: "“…,” though she noted …", "…, although he supports …".
const fixed_words clause_conjunctions{"though", "although", "whereas", "because", "but", "yet"};
// Pronouns that can be a clause's subject.
const fixed_words subject_pronouns{"he", "she", "they", "we", "i", "it", "you"};

// Whether the words from `b` to `e` can be a clause of their own, not an opening adverbial
// ("Speaking in Harlem, …", "During the primary race, …", "Despite the evidence, …").
bool opens_with_a_clause(const unit& u, std::size_t b, std::size_t e) {
  std::size_t words = 0;
  for (std::size_t k = b; k < e; ++k) words += u.toks[k].is_word() ? 1 : 0;
  while (b < e && !u.toks[b].is_word()) ++b;
  if (b >= e || words < 4) return false;
  char buf[64];
  const std::string_view w = lower(u.toks[b].text, buf);
  if (is_preposition(w) || is_time_lead(w) || u.cue[b].length || adverbial_subordinators.contains(w)) return false;
  // "Speaking in Harlem, …" opens with a participle; "Shifting monsoon patterns could …" with a subject
  if (w.size() > 4 && w.substr(w.size() - 3) == "ing" && b + 1 < e && u.toks[b + 1].is_word()) {
    char b2[64];
    const std::string_view next = lower(u.toks[b + 1].text, b2);
    if (is_preposition(next) || is_determiner(next) || is_possessive_or_object_pronoun(next) ||
        in(next, {"out", "up", "back", "ahead"}))
      return false;
  }
  return true;
}

// Cues that report words rather than a plan or a stance: "as Vale said / noted / wrote / put it".
bool reports_words(const text_token& cue) {
  char buf[64];
  const std::string_view w = lower(cue.text, buf);
  for (std::string_view stem : {"sa", "not", "point", "put", "wr", "report", "told", "tell", "observ", "explain",
                                "argu", "remark", "recall", "acknowledg", "conced", "add", "describ", "warn"})
    if (w.substr(0, stem.size()) == stem) return true;
  return false;
}

struct np {
  std::size_t first = none, last = none;  // text_token range [first, last)
  enum kind_t { name, pronoun, description } kind = name;
  bool ok() const { return first != none; }
};

// Adjectives (and participles) that tie people to someone or something: "sources close to her
// campaign", "an aide familiar with the talks", "a source close to him", "officials briefed on the plan".
const fixed_words relation_adjectives{"close",       "closest", "familiar",  "knowledgeable", "loyal",
                                      "sympathetic", "allied",  "friendly",  "opposed",       "near",
                                      "involved",    "briefed", "acquainted"};
bool is_relation_adjective(std::string_view lw) { return relation_adjectives.contains(lw); }

// Number words that make a quantity a subject: "Six in 10 say", "two-thirds said", "One in five".
const fixed_words number_words{"one",     "two",      "three",  "four",   "five",    "six",    "seven",   "eight",
                               "nine",    "ten",      "eleven", "twelve", "twenty",  "thirty", "forty",   "fifty",
                               "sixty",   "seventy",  "eighty", "ninety", "hundred", "half",   "third",   "thirds",
                               "quarter", "quarters", "fifth",  "fifths", "percent", "dozen",  "majority"};
bool is_number_word(std::string_view lw) {
  if (const auto dash = lw.find('-'); dash != std::string_view::npos && dash > 0)  // seventy-four, two-thirds
    return is_number_word(lw.substr(0, dash)) && is_number_word(lw.substr(dash + 1));
  return number_words.contains(lw);
}

// Words that run on inside a quantity: "nearly nine out of 10", "more than half" (quantity_backward).
const fixed_words quantity_words{"in",   "out",   "nearly", "about", "almost", "roughly", "only", "just",   "over",
                                 "some", "fewer", "more",   "than",  "less",   "a",       "the",  "another"};

// A quantity of people that ends at token p: "52 percent", "Six in 10", "nearly nine out of 10",
// "Seventy-four percent" (the head noun, if any, is found by the caller through "of").
np quantity_backward(const unit& u, std::size_t p) {
  np out;
  char buf[64];
  auto numeric = [&](std::size_t k) {
    return u.toks[k].kind == text_token_kind::number ||
           (u.toks[k].is_word() && is_number_word(lower(u.toks[k].text, buf)));
  };
  if (u.quote[p] >= 0 || !numeric(p)) return out;
  std::size_t q = p;
  bool number = false;
  while (true) {
    if (u.toks[q].kind == text_token_kind::number) {
      number = true;
    } else if (u.toks[q].is_word()) {
      const std::string_view w = lower(u.toks[q].text, buf);
      if (is_number_word(w) && w != "percent" && w != "majority") number = true;
    }
    if (q == 0 || u.quote[q - 1] >= 0) break;
    const text_token& b = u.toks[q - 1];
    if (b.kind == text_token_kind::number || b.is("%")) {
      --q;
      continue;
    }
    if (!b.is_word()) break;
    const std::string_view w = lower(b.text, buf);
    if (w == "of" && q >= 2 && u.quote[q - 2] < 0 && u.toks[q - 2].is_word() && number &&
        (u.toks[q - 2].is("out") || is_number_word(lower(u.toks[q - 2].text, buf)))) {
      --q;  // "nine out of 10", "six of 10": a ratio
      continue;
    }
    if (is_number_word(w) || quantity_words.contains(w)) {
      --q;
      continue;
    }
    break;
  }
  // a leading preposition belongs to the sentence, not the quantity ("in 2010 …")
  while (q < p && u.toks[q].is_word() && in(lower(u.toks[q].text, buf), {"in", "out", "of", "than", "over"})) ++q;
  if (!number || q == p + 1) return out;
  if (q > 0 && u.toks[q - 1].is_word() && !u.toks[q - 1].capitalised) {
    const std::string_view w = lower(u.toks[q - 1].text, buf);
    if (is_preposition(w) && !opens_clause(w)) return out;  // "won by 52 percent": an object
  }
  out.first = q;
  out.last = p + 1;
  out.kind = np::description;
  return out;
}

struct frame {
  std::size_t cue_first = 0, cue_last = 0;
  cue_match cue;
  np subject;                  // may be empty when the speaker is inherited
  bool subject_after = false;  // "…, said X"
  std::optional<actor> inherited;
  text_span inherited_mention{};
  std::string rule;
  std::size_t claim_begin = 0;     // where this frame's own words begin (subject or cue)
  std::size_t claim_end = 0;       // after the cue (and an inverted subject)
  bool absorbs_previous = false;   // "issued a statement saying": the frame before is part of this cue
  std::size_t content_end = none;  // where the content must end ("Having said that …, X left": the comma)
};

struct found_speaker {
  actor who;
  text_span mention{};
  std::string rule;
};

class article_pass {
 public:
  article_pass(const article& a, const segmented_text& segments, const sentence_rules& rules, const cue_lexicon& cues,
               const actor_lexicon& actors, const extraction_options& options)
      : a_(a),
        text_(a.text),
        seg_(segments),
        rules_(rules),
        cues_(cues),
        lex_(actors),
        options_(options),
        registry_(actors) {}

  std::vector<statement> run();
  std::vector<text_token> take_body_tokens() { return std::move(body_tokens_); }

 private:
  // --split-quotations joined: the direct statement a continuation quotation extends. It is the last
  // one emitted, passing over what its attribution reported in between ("“A,” Vale said, noting
  // that the port is late. “B.”": the "noting" statement, same speaker, after A); nullptr when
  // something else came between.
  statement* split_quotation_head() {
    for (std::size_t back = 0; back < out_.size() && back < 3; ++back) {
      statement& s = out_[out_.size() - 1 - back];
      if (s.kind == statement_kind::direct) {
        for (std::size_t k = out_.size() - back; k < out_.size(); ++k)
          if (out_[k].speaker != s.speaker || out_[k].content.begin < s.content.end) return nullptr;
        return &s;
      }
    }
    return nullptr;
  }
  void build_units();
  void process(std::size_t ui);
  bool transcript_turn(std::size_t ui);
  // "Asked [by X] whether …, Y said": the question put to Y, reported; the asker, when named, speaks.
  void reported_question(std::size_t ui, std::size_t i);
  bool find_frame(const unit& u, std::size_t i, const std::vector<frame>& earlier, frame& f) const;
  // "Having announced that …, Judge Berman …", "Noting that …, Okafor added …": whether the cue at
  // token i opens the sentence's participial clause, and the main clause's subject after its comma
  bool opens_participial_clause(const unit& u, std::size_t i) const;
  bool subject_after_opening_clause(const unit& u, frame& f) const;
  np np_backward(const unit& u, std::size_t p) const;
  // The noun phrase ending at token p once quantity_backward has failed there (np_backward tries
  // the quantity first; running it here again doubled its cost)
  np np_backward_unquantified(const unit& u, std::size_t p) const;
  // np_backward's filter on a raw phrase: a description loses a leading subordinator and must be
  // able to name a speaker
  np as_subject(const unit& u, np n) const;
  // The noun phrase ending at token head_end stretched to `last` over what qualifies it ("officials
  // | in both parties", "a source | close to him"), as a description; none when it is a pronoun.
  np description_through(const unit& u, std::size_t head_end, std::size_t last) const;
  // Whether a description can name a speaker: a noun phrase headed by a person or group noun,
  // not a clause ("when male lawmakers made …") or a thing ("the rise of Donald Trump").
  bool speaker_description(const unit& u, const np& n) const;
  bool speaker_head_word(const text_token& h, bool determiner_ok) const;
  // Whether token q, after the head of a noun phrase, ends it: a past tense or participle ("The
  // judge rubbed his chin", "The Post intervened,", "a poll conducted by", "results tallied Monday")
  // or an -ly adverb ("an email previously kept"); an -ed word before the head is an adjective ("the
  // recently court-released playbook", "the first-ever televised debate")
  bool ends_noun_phrase(const unit& u, std::size_t q) const;
  // "a conference call", "an odd remark": the cue word at token i is a noun, no cue
  bool cue_word_is_a_noun(const unit& u, std::size_t i) const;
  np np_forward(const unit& u, std::size_t p) const;
  // The agent of a passive cue ending before token `after`: "was reported [last week] by the Post"
  np agent_after(const unit& u, std::size_t after) const;
  np main_subject(const unit& u) const;
  std::size_t main_clause_start(const unit& u) const;
  std::optional<actor> only_organisation_named(std::size_t ui, std::size_t before, std::string_view head_word) const;
  std::size_t opening_clause_comma(const unit& u, std::size_t start) const;
  np common_noun_subject(const unit& u, std::size_t start) const;
  bool opening_phrase_participle(const unit& u, std::size_t i) const;
  found_speaker speaker_of(std::size_t ui, const np& n) const;
  std::optional<found_speaker> resolve_pronoun(std::size_t ui, std::size_t at, const pronoun_info& p) const;
  // Actors named in a unit outside quotation marks, in order; worked out only when a pronoun asks.
  const std::vector<actor>& mentions_of(std::size_t ui) const;
  bool emit(std::size_t ui, const unit& u, std::size_t b, std::size_t e, const found_speaker& sp, const frame* f);
  std::size_t words_in(const unit& u, std::size_t b, std::size_t e) const;
  // The end of content [after, end) before a closing appositive that sums the report up.
  std::size_t before_summing_up(const unit& u, std::size_t after, std::size_t end) const;
  bool cue_opens_before_its_subject(const unit& u, frame& f) const;
  np head_of_relative(const unit& u, const np& n) const;
  bool hypothetical_cue_in_content(const unit& u, const frame& before, const frame& f) const;
  // "the things Vale has said about the port", "an approach that he has advocated": the first
  // token of the noun phrase whose relative clause the subject at `subject_first` opens, or none
  std::size_t object_relative_head(const unit& u, std::size_t subject_first, std::size_t floor) const;
  // "Daily News", "Weekly Standard": a capitalised -ly word opening a run of name words is part of
  // the name, no adverb
  bool ly_name_word(const unit& u, std::size_t k) const {
    char buf[64];
    return u.toks[k].capitalised && ly_word(lower(u.toks[k].text, buf)) && registry_.is_name_word(u.toks[k]) &&
           k + 1 < u.toks.size() && u.quote[k + 1] < 0 && registry_.is_name_word(u.toks[k + 1]);
  }
  // A quotation ending in a comma, ? or ! right before token `at`: "“…,” Trump said".
  bool quotation_leads(const unit& u, std::size_t at) const;
  // A quotation of five words or fewer, each capitalised: a title ("Going Viral"), not words said.
  bool quoted_title(const quotation& q) const;

  const article& a_;
  std::string_view text_;
  const segmented_text& seg_;
  const sentence_rules& rules_;
  const cue_lexicon& cues_;
  const actor_lexicon& lex_;
  const extraction_options& options_;
  actor_registry registry_;

  std::vector<quotation> quotes_;
  std::vector<text_token> body_tokens_;  // every token of the body, in text order
  std::vector<unit> units_;
  // every unit's tokens, quotation indexes and cues, unit after unit (see unit)
  std::vector<text_token> unit_toks_;
  std::vector<int> unit_quote_;
  std::vector<cue_match> unit_cue_;
  std::vector<std::vector<actor>> speakers_;  // per unit: the speakers of its statements
  mutable std::vector<std::vector<actor>> mentions_;
  mutable std::vector<char> mentions_known_;
  std::vector<statement> out_;
  struct last_statement {
    std::size_t paragraph = none;
    found_speaker speaker;
    bool quoted = false;
    bool question = false;  // a quoted question by its asker
  } last_;
  std::size_t transcript_paragraph_ = none;     // the paragraph a transcript turn took whole
  std::optional<found_speaker> colon_pending_;  // "X said:" at a paragraph end introduces the next
  std::size_t colon_paragraph_ = none;
};

std::size_t article_pass::words_in(const unit& u, std::size_t b, std::size_t e) const {
  std::size_t n = 0;
  for (std::size_t i = b; i < e && i < u.toks.size(); ++i)
    if (u.toks[i].is_word() || u.toks[i].kind == text_token_kind::number) ++n;
  return n;
}

bool article_pass::quotation_leads(const unit& u, std::size_t at) const {
  if (at == 0 || at > u.toks.size() || u.quote[at - 1] < 0) return false;
  const quotation& q = quotes_[static_cast<std::size_t>(u.quote[at - 1])];
  const char last = q.content.empty() ? ' ' : text_[q.content.end - 1];
  if (!(last == ',' || last == '?' || last == '!')) return false;
  // "On Fox News's “Sunday Morning Futures,” Rep. Vale said …": a title after a word, every word of
  // it capitalised, is not what anyone said
  if (at >= 2 && u.toks[at - 2].is_word() && u.quote[at - 2] < 0 && quoted_title(q)) return false;
  return true;
}

bool article_pass::quoted_title(const quotation& q) const {
  std::size_t words = 0;
  bool title = true, start = true;
  for (std::size_t c = q.content.begin; c < q.content.end && title; ++c) {
    const char ch = text_[c];
    if (ch == ' ') {
      start = true;
      continue;
    }
    if (start) {
      ++words;
      title = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      if (!title && words > 1) {  // "Fox and Friends", "Meet the Press": a short function word inside
        std::size_t e = c;
        while (e < q.content.end && text_[e] != ' ' && text_[e] != ',') ++e;
        title = e < q.content.end && in(text_.substr(c, e - c), {"and", "of", "the", "a", "an", "in", "on", "for", "to",
                                                                 "with", "at", "by", "or", "&"});
      }
    }
    start = false;
  }
  return title && words <= 5;
}

void article_pass::build_units() {
  // tokens of the whole body with the quotation each lies in
  std::vector<text_token>& all = body_tokens_;
  std::vector<int> qidx;
  std::size_t qi = 0;
  all.reserve(text_.size() / 5 + 16);  // news text runs about six bytes a token
  for (std::size_t pi = 0; pi < seg_.paragraphs.size(); ++pi) {
    const auto& p = seg_.paragraphs[pi];
    if (p.span.end <= a_.body_begin) continue;
    tokenize(text_, {std::max(p.span.begin, a_.body_begin), p.span.end}, rules_, all);
  }
  qidx.assign(all.size(), -1);
  for (std::size_t t = 0; t < all.size(); ++t) {
    while (qi < quotes_.size() && quotes_[qi].marks.end <= all[t].span.begin) ++qi;
    if (qi < quotes_.size() && quotes_[qi].marks.begin <= all[t].span.begin) qidx[t] = static_cast<int>(qi);
  }
  registry_.mark_name_words(all);
  registry_.learn_names(all);

  // sentences joined while a quotation runs on; quotations collapse to one text_token
  units_.reserve(seg_.sentences.size());
  std::vector<text_token>& toks = unit_toks_;
  std::vector<int>& quote = unit_quote_;
  std::vector<cue_match>& cue = unit_cue_;
  toks.reserve(all.size());  // the units together hold no more tokens than the body has
  quote.reserve(all.size());
  cue.reserve(all.size());
  std::size_t t = 0;
  for (std::size_t si = 0; si < seg_.sentences.size();) {
    const auto& s = seg_.sentences[si];
    if (s.span.end <= a_.body_begin) {
      ++si;
      continue;
    }
    std::size_t end = s.span.end;
    std::size_t sj = si + 1;
    std::size_t scan = t;
    std::size_t reach = 0;  // the furthest end of a quotation opened so far in this unit
    while (true) {
      // a quotation that opens before `end` and closes after it pulls in the next sentence
      for (; scan < all.size() && all[scan].span.begin < end; ++scan)
        if (qidx[scan] >= 0) reach = std::max(reach, quotes_[static_cast<std::size_t>(qidx[scan])].marks.end);
      const bool extend = reach > end;
      if (!extend || sj >= seg_.sentences.size() || seg_.sentences[sj].paragraph != s.paragraph) break;
      end = seg_.sentences[sj].span.end;
      ++sj;
    }
    unit u;
    u.paragraph = s.paragraph;
    u.paragraph_start = seg_.paragraphs[s.paragraph].first_sentence == si;
    u.first = toks.size();
    while (t < all.size() && all[t].span.begin < std::max(s.span.begin, a_.body_begin)) ++t;
    while (t < all.size() && all[t].span.end <= end) {
      if (qidx[t] >= 0) {
        const int q = qidx[t];
        text_token qt;
        qt.kind = text_token_kind::quote_mark;
        qt.span = {all[t].span.begin, all[t].span.end};
        while (t < all.size() && qidx[t] == q && all[t].span.end <= end) qt.span.end = all[t++].span.end;
        qt.text = text_.substr(qt.span.begin, qt.span.size());
        toks.push_back(qt);
        quote.push_back(q);
        cue.push_back({});
        continue;
      }
      if (all[t].kind != text_token_kind::quote_mark) {  // stray marks outside any quotation are dropped
        toks.push_back(all[t]);
        quote.push_back(-1);
        // a cue is looked up only for a word a unit keeps outside quotations: a quoted word folds
        // into its quotation's token, and a token before any sentence is never read
        cue.push_back(all[t].is_word() ? cues_.match(all, t, all.size()) : cue_match{});
      }
      ++t;
    }
    // photo credits "(REUTERS/Ricardo Arduengo)" and datelines "DALLAS (AP) —" are not text: dropped
    // by moving the kept tokens down in place over the unit's slice
    const std::size_t first = u.first;
    bool has_bracket = false;
    for (std::size_t i = first; i < toks.size(); ++i) has_bracket |= toks[i].is("(");
    if (has_bracket) {
      std::size_t kept = first;
      for (std::size_t i = first; i < toks.size(); ++i) {
        if (toks[i].is("(")) {
          std::size_t j = i + 1;
          bool credit = false, all_caps = true;
          while (j < toks.size() && !toks[j].is(")") && j - i < 12) {
            if (toks[j].is("/")) credit = true;
            if (toks[j].is_word() && !toks[j].all_caps) all_caps = false;
            ++j;
          }
          if (j < toks.size() && toks[j].is(")") && (credit || (all_caps && j > i + 1))) {
            i = j;
            continue;
          }
        }
        toks[kept] = toks[i];
        quote[kept] = quote[i];
        cue[kept] = cue[i];
        ++kept;
      }
      toks.resize(kept);
      quote.resize(kept);
      cue.resize(kept);
    }
    if (u.paragraph_start) {
      if (const std::size_t dateline = dateline_length(std::span(toks).subspan(first)); dateline > 0) {
        const auto drop = static_cast<long>(first + dateline);
        toks.erase(toks.begin() + static_cast<long>(first), toks.begin() + drop);
        quote.erase(quote.begin() + static_cast<long>(first), quote.begin() + drop);
        cue.erase(cue.begin() + static_cast<long>(first), cue.begin() + drop);
      }
    }
    const std::size_t size = toks.size() - first;
    // headings: mostly capitalised words (a headline) or a short paragraph without a full stop
    std::size_t lower_words = 0, caps = 0;
    for (std::size_t i = first; i < toks.size(); ++i) {
      if (quote[i] >= 0 || !toks[i].is_word() || toks[i].text.size() < 4) continue;
      if (toks[i].capitalised)
        ++caps;
      else
        ++lower_words;
    }
    if (caps >= 3 && lower_words == 0) u.heading = true;  // Title Case Throughout
    const auto& para = seg_.paragraphs[s.paragraph];
    if (para.sentence_count == 1 && size < 16 && para.span.end > para.span.begin) {
      const char last = text_[para.span.end - 1];
      if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9'))
        u.heading = true;
    }
    // the unit before ends where this one starts in the arenas, so joining it is taking this
    // unit's slices into it
    // (a longer one when its attribution opens it: "“…?” Trump said of Apple in February, when …")
    auto opens_with_a_cue = [&] {
      for (std::size_t k = first; k < toks.size() && k < first + 5; ++k)
        if (cue[k].length) return true;
      return false;
    };
    // "Trump said.", "he said on Monday.": a name or pronoun, its cue and at most two words, nothing quoted
    auto bare_attribution = [&] {
      if (size > 6) return false;
      std::size_t cue_at = none;
      for (std::size_t k = first; k < toks.size(); ++k) {
        if (quote[k] >= 0) return false;
        if (cue[k].length && cue_at == none) cue_at = k;
      }
      if (cue_at == none || cue_at == first || cue_at > first + 2) return false;
      std::size_t words_after = 0;
      for (std::size_t k = cue_at + cue[cue_at].length; k < toks.size(); ++k) words_after += toks[k].is_word();
      return words_after <= 2;
    };
    if (!units_.empty() && units_.back().paragraph == u.paragraph && first > units_.back().first &&
        quote[first - 1] >= 0 && size > 0 && quote[first] < 0 && (size <= 12 || opens_with_a_cue())) {
      const quotation& q = quotes_[static_cast<std::size_t>(quote[first - 1])];
      const char last = q.content.empty() ? ' ' : text_[q.content.end - 1];
      // (a full stop too before a bare attribution: "“… that are missing.” Trump said.")
      if (last == '?' || last == '!' || (last == '.' && bare_attribution())) {
        // the segmenter ended the sentence inside “…?” Bush asked.
        si = sj;
        continue;
      }
    }
    units_.push_back(u);
    si = sj;
  }
  // the arenas are complete: each unit's slices run to where the next unit's start
  for (std::size_t ui = 0; ui < units_.size(); ++ui) {
    unit& u = units_[ui];
    const std::size_t b = u.first, e = ui + 1 < units_.size() ? units_[ui + 1].first : toks.size();
    u.toks = std::span<const text_token>(toks.data() + b, e - b);
    u.quote = std::span<const int>(quote.data() + b, e - b);
    u.cue = std::span<const cue_match>(cue.data() + b, e - b);
    u.clause_start = main_clause_start(u);
    u.clause_comma = opening_clause_comma(u, u.clause_start);
  }
}

// The noun phrase that ends at text_token p (inclusive): a pronoun, a name run, or a description.
np article_pass::np_backward(const unit& u, std::size_t p) const {
  if (p != none && p < u.toks.size()) {
    if (np qn = quantity_backward(u, p); qn.ok()) return qn;  // "Six in 10 say"
  }
  return as_subject(u, np_backward_unquantified(u, p));
}

np article_pass::as_subject(const unit& u, np n) const {
  if (!n.ok() || n.kind != np::description) return n;
  // "While campaign officials have …", "… that voters would reject": the subordinator opens the
  // clause; the subject starts after it
  char buf[64];
  while (n.first + 1 < n.last && u.toks[n.first].is_word() &&
         in(lower(u.toks[n.first].text, buf), {"when", "while", "that", "as", "if", "because", "although", "though"}))
    ++n.first;
  if (!speaker_description(u, n)) return np{};
  return n;
}

// An adjective's shape ("odd", "biggest", "economic", "mere"; not -ed: "those surveyed" speak): a
// determiner with one of these and no noun ("an odd remark", "the biggest decline") is no speaker,
// nor is one such capitalised word an antecedent ("British officials").
bool adjective_shape(std::string_view lw) {
  // nouns of these shapes that name people
  if (in(lw, {"general", "individual", "principal", "liberal", "radical", "professional", "hopeful", "skeptic",
              "criminal", "medic", "cleric", "critic", "colonel", "marshal", "admiral", "rival", "disciple"}))
    return false;
  for (const std::string_view tail : {"est", "ous", "ful", "ic", "al", "able", "ible", "ish", "less"})
    if (lw.size() > tail.size() + 2 && lw.ends_with(tail)) return true;
  return in(lw, {"odd",  "mere", "best", "worst", "new", "old",  "big",  "small", "same", "whole", "simple", "only",
                 "very", "such", "own",  "main",  "key", "full", "late", "early", "real", "true",  "vague"});
}

bool article_pass::speaker_description(const unit& u, const np& n) const {
  char buf[64];
  // "all signs pointed to Obama", "his rivals seized on images of the senator": a clause, no phrase
  // (a source's knowledge is no verb: "one Republican involved in the effort")
  for (std::size_t k = n.first + 1; k + 1 < n.last; ++k)
    if (u.toks[k].is_word() && u.quote[k] < 0 && ends_noun_phrase(u, k) &&
        !relation_adjectives.contains(u.toks[k].text))
      return false;
  if (n.last == n.first + 2 && u.toks[n.first].is_word() && u.toks[n.first + 1].is_word() &&
      !u.toks[n.first + 1].capitalised && is_determiner(lower(u.toks[n.first].text, buf))) {
    const text_token& h = u.toks[n.first + 1];
    if (adjective_shape(lower(h.text, buf)) && !speaker_head_word(h, false)) return false;
  }
  // the head: the last word before a preposition, else the last word
  std::size_t head = n.last - 1;
  bool prepositional = false;
  for (std::size_t k = n.first; k < n.last; ++k) {
    if (!u.toks[k].is_word()) continue;
    const std::string_view w = lower(u.toks[k].text, buf);
    // a clause, not a noun phrase: "that were less surprising", "when male lawmakers made …"
    if (in(w, {"were", "was", "is", "are", "has", "have", "had", "made", "than", "given"})) return false;
    if (k > n.first && in(w, {"when", "that", "which", "who", "where", "while", "because"})) return false;
    if (k > n.first && is_preposition(w) && !prepositional) {
      prepositional = true;
      head = k - 1;
    }
  }
  if (!u.toks[head].is_word()) return true;
  char ab[64];
  if (head > n.first && relation_adjectives.contains(lower(u.toks[head].text, ab)))
    --head;  // "sources close to the campaign": the noun before the adjective heads the phrase
  // the head, or a speaker noun before an adjective that follows it ("an official familiar with …")
  for (std::size_t k = head; k > n.first && k + 2 > head && !u.toks[k].capitalised; --k)
    if (speaker_head_word(u.toks[k], false)) return true;
  const bool speaker_head = speaker_head_word(u.toks[head], true);
  const std::string_view hw = lower(without_possessive(u.toks[head].text), buf);
  // "… has the overwhelming support": a gerund or adjective is not a speaker (a document noun
  // such as "the ruling" is one, through the document list)
  if (hw.size() > 5 && hw.substr(hw.size() - 3) == "ing" && !speaker_head) return false;
  // "the rise of Donald Trump", "a look at Mr. Trump's airplanes", "the wake of …": a thing
  if (prepositional && !speaker_head) return false;
  return true;
}

// Nouns of groups, shares and documents that can head a speaker (speaker_head_word).
const fixed_words speaker_head_nouns{
    "member",  "family",    "camp",       "side",    "public",  "majority", "minority", "half",
    "none",    "plurality", "two-thirds", "percent", "poll",    "survey",   "study",    "ranking",
    "account", "batch",     "staff",      "person",  "team",    "crowd",    "audience", "men",
    "women",   "third",     "quarter",    "dozen",   "handful", "number",   "group"};

bool article_pass::speaker_head_word(const text_token& h, bool determiner_ok) const {
  char buf[64];
  const std::string_view hw = lower(without_possessive(h.text), buf);
  auto ends = [&](std::string_view tail) {
    return hw.size() > tail.size() + 1 && hw.substr(hw.size() - tail.size()) == tail;
  };
  // person and group nouns, quantifiers ("a majority of voters", "one of his aides"), plurals
  // ("allies of the senator") and documents ("a poll from …") can speak; a thing cannot
  const bool speaker_head = lex_.is_speaker_noun(hw) || lex_.is_group_noun(hw) || lex_.is_title(h.text) ||
                            lex_.is_document_noun(hw) || registry_.is_name_word(h) ||
                            (determiner_ok && is_determiner(hw)) || ends("s") || ends("er") || ends("or") ||
                            ends("ist") || ends("ian") || ends("ant") || ends("ent") || ends("ive") || ends("man") ||
                            ends("ee") || ends("people") || speaker_head_nouns.contains(hw);
  return speaker_head;
}

np article_pass::description_through(const unit& u, std::size_t head_end, std::size_t last) const {
  np n = np_backward(u, head_end);
  if (!n.ok() || n.kind == np::pronoun) return np{};
  n.last = last;
  n.kind = np::description;
  return n;
}

// Whether token k opens a clause: the unit's first word, or one after a separator, a sentence end,
// a quotation or ", and / , but".
bool opens_a_clause_at(const unit& u, std::size_t k) {
  if (k == 0 || u.quote[k - 1] >= 0 || is_separator(u.toks[k - 1]) || is_terminal(u.toks[k - 1])) return true;
  return k >= 2 && (u.toks[k - 1].is("and") || u.toks[k - 1].is("but")) && u.toks[k - 2].is(",");
}

// A quantifier standing for the people it counts, ending at token p and opening its clause: "Most
// said", "…, but many say", "Some of them argued". News prose drops the noun once the group is named.
np quantifier_subject(const unit& u, std::size_t p) {
  np out;
  if (!u.toks[p].is_word() || u.quote[p] >= 0) return out;
  char buf[64];
  auto standalone = [&](std::size_t k) {
    return u.toks[k].is_word() && u.quote[k] < 0 &&
           in(lower(u.toks[k].text, buf),
              {"most", "many", "some", "several", "both", "few", "all", "none", "neither", "each"});
  };
  std::size_t q = p;
  if (!standalone(p)) {  // "most of them", "some of those"
    if (p < 2 || !u.toks[p - 1].is("of") || !in(lower(u.toks[p].text, buf), {"them", "us", "those"}) ||
        !standalone(p - 2))
      return out;
    q = p - 2;
  }
  if (!opens_a_clause_at(u, q)) return out;
  out.first = q;
  out.last = p + 1;
  out.kind = np::description;
  return out;
}

// Words that cannot end a noun phrase (np_backward_unquantified): conjunctions, complementisers, pronouns.
const fixed_words not_a_head{"and",   "or",   "but",     "that", "which", "who",   "to",    "enough", "also",
                             "not",   "so",   "because", "if",   "when",  "while", "where", "as",     "then",
                             "there", "here", "him",     "her",  "them",  "me",    "us",    "it"};

np article_pass::np_backward_unquantified(const unit& u, std::size_t p) const {
  np out;
  if (p == none || p >= u.toks.size() || u.quote[p] >= 0) return out;
  const text_token& t = u.toks[p];
  char buf[64];
  if (t.is(")")) {  // Sen. Bernie Sanders (I-Vt.) said
    std::size_t q = p;
    while (q > 0 && !u.toks[q].is("(") && p - q < 20) --q;
    if (q == 0 || !u.toks[q].is("(")) return out;
    np inner = np_backward(u, q - 1);
    if (inner.ok()) inner.last = p + 1 > inner.last ? inner.last : inner.last;
    return inner;
  }
  if (!t.is_word()) return out;
  // a pronoun, also in a contraction: "businesses that he’s assailed" (he has)
  if (lex_.pronoun(lower(without_possessive(t.text), buf))) {
    out.first = p;
    out.last = p + 1;
    out.kind = np::pronoun;
    return out;
  }
  if (registry_.is_name_word(t) || lex_.alias(t.text)) {
    std::size_t q = p;
    while (q > 0) {
      const text_token& b = u.toks[q - 1];
      if (u.quote[q - 1] >= 0) break;
      if (registry_.is_name_word(b) || lex_.is_title(b.text)) {
        --q;
      } else if (q >= 2 && (b.is("of") || b.is("and") || b.is("for")) && registry_.is_name_word(u.toks[q - 2]) &&
                 lex_.is_org_word(u.toks[p].text)) {
        --q;
      } else {
        break;
      }
    }
    out.first = q;
    out.last = p + 1;
    out.kind = np::name;
    // "Jo Vale of the Harborton Institute for Port Studies wrote": the person before "of the"
    char ob[64];
    if (q >= 3 && u.toks[q - 1].is("the") && u.quote[q - 2] < 0 && u.toks[q - 2].is_word() &&
        in(lower(u.toks[q - 2].text, ob), {"of", "at", "from"}) && registry_.is_name_word(u.toks[q - 3]) &&
        lex_.is_org_word(u.toks[p].text))
      if (const np head = np_backward(u, q - 3); head.ok() && head.kind == np::name) return head;
    // "the Office of the Public Advocate": an organisation's head word before "of the" makes one name
    if (q >= 3 && u.toks[q - 1].is("the") && u.toks[q - 2].is("of") && registry_.is_name_word(u.toks[q - 3]) &&
        lex_.is_org_word(u.toks[q - 3].text))
      if (np head = np_backward(u, q - 3); head.ok() && head.kind == np::name) {
        head.last = p + 1;
        return head;
      }
    // "The head of the Harborton Port League": the name is the object of the description before it
    if (q >= 3 && u.toks[q - 1].is("the") && u.quote[q - 2] < 0 && u.toks[q - 2].is_word() &&
        in(lower(u.toks[q - 2].text, ob), {"of", "for", "at", "from", "with"}))
      if (np head = np_backward(u, q - 3); head.ok() && head.kind == np::description) {
        head.last = p + 1;
        return head;
      }
    // an object of a preposition is not a subject: "a spokesman for Trump said" keeps the spokesman
    if (q > 0 && u.toks[q - 1].is_word()) {
      char b2[64];
      const auto pw = lower(u.toks[q - 1].text, b2);
      if (is_preposition(pw) && !opens_clause(pw)) {
        // "a spokesman for Trump", "Staff for the House Select Committee on Benghazi"
        if (in(pw, {"for", "of", "at", "on", "with", "from", "in", "to", "like"}) && q >= 2) {
          np head = q >= 3 && u.toks[q - 2].is("the") ? np_backward(u, q - 3) : np_backward(u, q - 2);
          // the person of "Jo Vale of the Harborton Institute for Port Studies" stays the subject
          if (head.ok() && head.kind == np::name && head.last + 3 < q) return head;
          // "Senator Jo Vale of Maine": the state says where the person is from; the person speaks
          // ("the University of Maine", "Gun Owners of America" are organisations' names)
          if (pw == "of" && head.ok() && head.kind == np::name && head.last + 1 == q &&
              lex_.is_place_name(text_.substr(u.toks[q].span.begin, u.toks[p].span.end - u.toks[q].span.begin)) &&
              registry_.name_actor(u.toks, head.first, head.last).kind == actor_kind::person && [&] {
                // "the conservative Gun Owners of America": after a determiner, the name of a thing
                char b3[64];
                std::size_t k = head.first;
                while (k > 0 && head.first - k < 3 && u.toks[k - 1].is_word() && !u.toks[k - 1].capitalised &&
                       !is_determiner(lower(u.toks[k - 1].text, b3)))
                  --k;
                return !(k > 0 && u.toks[k - 1].is_word() && is_determiner(lower(u.toks[k - 1].text, b3)));
              }())
            return head;
          if (head.ok() && head.kind != np::pronoun) {
            head.last = p + 1;
            head.kind = np::description;
            return head;
          }
        }
        if (pw != "of") return np{};
      }
    }
    return out;
  }
  if (const np q = quantifier_subject(u, p); q.ok()) return q;
  // a lower-case description: back to its determiner ("a source close to him")
  {
    const std::string_view hw = lower(t.text, buf);
    if (in(hw, {"him", "them"}) && p >= 3 && u.toks[p - 1].is_word() &&
        in(lower(u.toks[p - 1].text, buf), {"to", "with"}) && u.toks[p - 2].is_word()) {
      // "a source close to him", "people familiar with them": the head before the adjective
      char b9[64];
      if (is_relation_adjective(lower(u.toks[p - 2].text, b9)))
        if (const np d = description_through(u, p - 3, p + 1); d.ok()) return d;
      return out;
    }
    if (is_preposition(hw) || is_determiner(hw) || is_aux(hw) || is_negated_aux(hw) || not_a_head.contains(hw))
      return out;
  }
  // without a determiner only a plural or a speaker noun stands alone: "Abortion rights advocates said"
  char hb[64];
  const std::string_view head = lower(t.text, hb);
  // a capitalised common noun opening the sentence ("Research suggests …") is a description too
  const bool sentence_noun =
      p == 0 && t.capitalised && !lex_.is_not_name(t.text) && head.size() > 3 &&
      !(head.size() >= 6 && (head.substr(head.size() - 2) == "ly" || head.substr(head.size() - 3) == "ing" ||
                             head.substr(head.size() - 2) == "ed"));
  const bool bare_ok = lex_.is_speaker_noun(head) || lex_.is_group_noun(head) || sentence_noun ||
                       (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's');
  std::size_t q = p;
  std::size_t steps = 0;
  bool found = false;
  while (true) {
    if (q != p && u.toks[q].is_word() && is_determiner(lower(u.toks[q].text, buf))) {
      found = true;
      // "The two lawmakers", "all the senators": a determiner before the determiner belongs too
      while (q > 0 && u.quote[q - 1] < 0 && u.toks[q - 1].is_word() &&
             in(lower(u.toks[q - 1].text, buf), {"the", "all", "both", "his", "her", "their", "its", "our"}))
        --q;
      break;
    }
    if (q != p && u.toks[q].is_word() && u.toks[q].capitalised &&
        without_possessive(u.toks[q].text).size() != u.toks[q].text.size()) {
      // "Clinton's attorney", "Mr. Vale's campaign manager": a possessive name determines the head
      while (q > 0 && u.quote[q - 1] < 0 &&
             (registry_.is_name_word(u.toks[q - 1]) || lex_.is_title(u.toks[q - 1].text)))
        --q;
      found = true;
      break;
    }
    if (q == 0) {
      found = bare_ok;
      break;
    }
    if (steps >= 6) break;
    const text_token& b = u.toks[q - 1];
    if (u.quote[q - 1] >= 0 || !b.is_word()) {
      found = bare_ok;
      break;
    }
    if (!b.capitalised) {
      const std::string_view bw = lower(b.text, buf);
      if (!is_determiner(bw) &&
          (is_aux(bw) || is_negated_aux(bw) || in(bw, {"that", "which", "who", "and", "or", "but"}) ||
           is_preposition(bw) || u.cue[q - 1].length)) {
        found = bare_ok;
        break;
      }
    }
    --q;
    ++steps;
  }
  // "People with knowledge of the group's finances": a bare noun inside a prepositional chain is
  // no subject itself, but the chain may hang from one
  char bc[64];
  const bool chain = !found && q > 1 && u.toks[q - 1].is_word() && !u.toks[q - 1].capitalised &&
                     in(lower(u.toks[q - 1].text, bc), {"for", "of", "at", "on", "with", "from", "in", "to"});
  if (!found && q >= 3 && u.toks[q - 1].is("and") && u.quote[q - 2] < 0 && u.toks[q - 2].is_word()) {
    // "the Florida senator and Republican presidential candidate said": two roles of one person, the
    // first with its determiner, opening the clause
    const np left = np_backward(u, q - 2);
    char bl[64];
    if (left.ok() && left.kind == np::description && u.toks[left.first].is_word() &&
        in(lower(u.toks[left.first].text, bl), {"the", "a", "an"}) &&
        (left.first == 0 || u.quote[left.first - 1] >= 0 || is_separator(u.toks[left.first - 1]) ||
         is_terminal(u.toks[left.first - 1]))) {
      out.first = left.first;
      out.last = p + 1;
      out.kind = np::description;
      return out;
    }
  }
  if (!found && !chain) return out;
  if (q > 0 && u.toks[q - 1].is_word() && !u.toks[q - 1].capitalised) {
    char b2[64];
    const auto pw = lower(u.toks[q - 1].text, b2);
    if (in(pw, {"for", "of", "at", "on", "with", "from", "in", "to"}) && q >= 2) {
      // "a member of the family", "officials in both parties": the head before the preposition
      char b6[64];
      if (q >= 3 && u.toks[q - 2].is_word() && is_relation_adjective(lower(u.toks[q - 2].text, b6)))
        // "sources close to her campaign", "an aide familiar with the talks": the head before the adjective
        return description_through(u, q - 3, p + 1);
      if (pw == "of" && found && u.toks[q - 2].is_word() && is_determiner(lower(u.toks[q - 2].text, b6))) {
        out.first = q - 2;  // "Some of Clinton's allies", "many of them"
        out.last = p + 1;
        out.kind = np::description;
        return out;
      }
      if (const np d = description_through(u, q - 2, p + 1); d.ok()) return d;
      return out;
    }
    const bool clause_and = (pw == "and" || pw == "but") && q >= 2 && u.toks[q - 2].is(",");
    if ((pw == "and" || pw == "or") && !clause_and && q >= 2 && u.quote[q - 2] < 0 && u.toks[q - 2].is_word()) {
      // "Federal and state officials said", "Developers and supporters in Congress say": a
      // coordinated subject, taken only when it opens the sentence (else it is half a list)
      np left = np_backward(u, q - 2);
      const std::size_t start = left.ok() && left.kind != np::pronoun ? left.first : q - 2;
      // …or opens a clause after a separator or a quotation ("…, current and former officials said")
      if (start == 0 ||
          (u.toks[start - 1].kind == text_token_kind::punct &&
           (is_separator(u.toks[start - 1]) || u.toks[start - 1].is("."))) ||
          u.quote[start - 1] >= 0) {
        out.first = start;
        out.last = p + 1;
        out.kind = np::description;
        return out;
      }
      return out;
    }
    if ((is_preposition(pw) && !opens_clause(pw)) || ((pw == "and" || pw == "or") && !clause_and))
      return out;  // an object or half a list
  }
  out.first = q;
  out.last = p + 1;
  out.kind = np::description;
  return out;
}

// Quantifiers that head an "of" phrase: "said one of the advisers" (np_forward).
const fixed_words quantifier_heads{"one",   "some", "many", "most", "several", "two",
                                   "three", "both", "all",  "each", "none",    "another"};

// Where a description goes on after its head when the head ends in a relation adjective and a
// preposition follows ("two people familiar | with the talks"): past that prepositional phrase (up to
// six words, an "of" inside it included: "with the details of the plan"); `q` otherwise.
std::size_t past_relation_phrase(const unit& u, std::size_t q) {
  // (a head may end before a participle that is also a cue: "officials | briefed on the talks")
  if (q > 0 && q + 1 < u.toks.size() && u.toks[q].is_word() && u.quote[q] < 0 &&
      relation_adjectives.contains(u.toks[q].text) && u.toks[q - 1].is_word() && !is_determiner(u.toks[q - 1].text))
    ++q;
  if (q < 2 || q + 1 >= u.toks.size() || !u.toks[q].is_word() || u.quote[q] >= 0 || !u.toks[q - 1].is_word() ||
      !relation_adjectives.contains(u.toks[q - 1].text) || !in(u.toks[q].text, {"with", "to", "on", "about", "in"}))
    return q;
  std::size_t e = q + 1;
  while (e < u.toks.size() && e - q <= 6 && u.toks[e].is_word() && u.quote[e] < 0 && !u.cue[e].length) {
    char buf[64];
    const std::string_view w = lower(u.toks[e].text, buf);
    if ((is_preposition(w) && w != "of") || aux_words.contains(w) || is_finite_auxiliary(w) ||
        in(w, {"who", "that", "which", "and", "but"}))
      break;
    ++e;
  }
  return e > q + 1 ? e : q;
}

// The noun phrase that starts at text_token p: "said Robert Klein, chairman …", "said a spokesman".
np article_pass::np_forward(const unit& u, std::size_t p) const {
  np out;
  if (p >= u.toks.size() || u.quote[p] >= 0 || !u.toks[p].is_word()) return out;
  char buf[64];
  const std::string_view lw = lower(u.toks[p].text, buf);
  char pb[64];  // "She's a supporter but concedes …": the pronoun of a contraction
  if (const auto pw = lower(without_possessive(u.toks[p].text), pb); lex_.pronoun(pw) && pw != "who" && pw != "which") {
    out.first = p;
    out.last = p + 1;
    out.kind = np::pronoun;
    return out;
  }
  std::size_t q = p;
  if (is_determiner(lw)) {
    ++q;
    while (q < u.toks.size() && q - p < 6 && u.toks[q].is_word() && u.quote[q] < 0) {
      char b2[64];
      const auto w = lower(u.toks[q].text, b2);
      if (is_preposition(w) || w == "who" || w == "that" || u.cue[q].length) break;
      if (q > p + 1 && ends_noun_phrase(u, q)) break;
      // a finite auxiliary starts the verb: "Most harbor pilots | have discounted …"
      if (q > p + 1 && is_finite_auxiliary(w)) break;
      ++q;
    }
    q = past_relation_phrase(u, q);  // "two people familiar with the talks"
    // "the Department of Homeland Security": an organisation's word before "of" and a name
    if (q > p + 1 && q + 1 < u.toks.size() && u.toks[q].is("of") && u.toks[q - 1].capitalised &&
        lex_.is_org_word(u.toks[q - 1].text) && u.quote[q + 1] < 0) {
      std::size_t r = q + 1;
      if (u.toks[r].is("the") && r + 1 < u.toks.size()) ++r;
      if (registry_.is_name_word(u.toks[r])) {
        while (r < u.toks.size() && u.quote[r] < 0 &&
               (registry_.is_name_word(u.toks[r]) ||
                (u.toks[r].is("of") && r + 1 < u.toks.size() && registry_.is_name_word(u.toks[r + 1]))))
          ++r;
        q = r;
      }
    }
    // "said one of the advisers", "said some of his aides": the quantifier heads an "of" phrase
    if (q == p + 1 && q + 1 < u.toks.size() && u.toks[q].is("of") && u.quote[q + 1] < 0 &&
        quantifier_heads.contains(lw)) {
      if (np inner = np_forward(u, q + 1); inner.ok() && inner.kind != np::pronoun)
        q = inner.last;
      else if (q + 1 < u.toks.size() && u.toks[q + 1].is_word() && lex_.is_speaker_noun(lower(u.toks[q + 1].text, buf)))
        q += 2;
    }
    if (q == p + 1) {
      // "“…,” said another.", "said one": a quantifier standing alone at the clause's end
      if (!in(lw, {"another", "one", "others", "some", "many", "several", "both"}) ||
          !(q >= u.toks.size() || is_terminal(u.toks[q]) || u.toks[q].is(",")))
        return out;
    }
    out.kind = np::description;
    // "the base chief known as Bob": the name the description goes by is the speaker
    if (q >= 1 && u.toks[q - 1].is("known") && q + 1 < u.toks.size() && u.toks[q].is("as") && u.quote[q + 1] < 0 &&
        registry_.is_name_word(u.toks[q + 1])) {
      std::size_t r = q + 1;
      while (r < u.toks.size() && u.quote[r] < 0 && registry_.is_name_word(u.toks[r])) ++r;
      out.first = q + 1;
      out.last = r;
      out.kind = np::name;
      return out;
    }
  } else if (registry_.is_name_word(u.toks[p]) || lex_.is_title(u.toks[p].text)) {
    auto name_run = [&](std::size_t at) {
      while (at < u.toks.size() && u.quote[at] < 0 &&
             (registry_.is_name_word(u.toks[at]) || lex_.is_title(u.toks[at].text)))
        ++at;
      return at;
    };
    q = name_run(p);
    // "Democratic strategist Hank Sheinkopf", "Clinton’s top aide Jake Sullivan": on to the name
    std::size_t r = q;
    while (r < u.toks.size() && r - q < 4 && u.quote[r] < 0 && u.toks[r].is_word() && !u.toks[r].capitalised) {
      char b2[64];
      const auto w = lower(u.toks[r].text, b2);
      // ("Mrs. Vale has embraced Mr. Okafor's plan": a verb is no role)
      // (aux_words, not is_aux: "Clinton ally James Carville" is a role ending in "ly")
      if (is_preposition(w) || w == "who" || w == "that" || w == "said" || u.cue[r].length || aux_words.contains(w) ||
          is_finite_auxiliary(w) || is_determiner(w))
        break;
      ++r;
    }
    if (r > q && r < u.toks.size() && registry_.is_name_word(u.toks[r]) && u.quote[r] < 0) {
      q = name_run(r);
    } else if (q < u.toks.size() && u.quote[q] < 0 && u.toks[q].is_word() && !u.toks[q].capitalised) {
      // "FBI officials were angered …", "Trump aides said": a plural of people after the name is the head
      char b2[64];
      const auto w = lower(u.toks[q].text, b2);
      if ((lex_.is_speaker_noun(w) || lex_.is_group_noun(w)) && w.size() > 3 && w.back() == 's') {
        out.first = p;
        out.last = q + 1;
        out.kind = np::description;
        return out;
      }
    }
    out.kind = np::name;
  } else if (lex_.is_speaker_noun(lw)) {
    q = p + 1;
    out.kind = np::description;
    if (q < u.toks.size() && u.quote[q] < 0 && registry_.is_name_word(u.toks[q])) {  // "reporter Lena Marsh"
      while (q < u.toks.size() && u.quote[q] < 0 && registry_.is_name_word(u.toks[q])) ++q;
      out.kind = np::name;
    }
  } else {
    // a role before a name: "says political scientist Dossym Satpayev"
    while (q < u.toks.size() && q - p < 3 && u.toks[q].is_word() && !u.toks[q].capitalised && u.quote[q] < 0) {
      char b2[64];
      const auto w = lower(u.toks[q].text, b2);
      if (is_preposition(w) || is_aux(w) || w == "that" || w == "who") return out;
      ++q;
    }
    if (q == p || q >= u.toks.size() || u.quote[q] >= 0 || !registry_.is_name_word(u.toks[q])) return out;
    while (q < u.toks.size() && u.quote[q] < 0 && registry_.is_name_word(u.toks[q])) ++q;
    out.kind = np::name;
  }
  out.first = p;
  out.last = q;
  return out;
}

bool article_pass::ends_noun_phrase(const unit& u, std::size_t q) const {
  char buf[64];
  const std::string_view w = lower(u.toks[q].text, buf);
  if (u.toks[q].capitalised || !u.toks[q - 1].is_word()) return false;
  if (ly_word(w) && w != "only" && w != "family") return true;
  if (w.size() <= 4 || !w.ends_with("ed")) return false;
  char pb[64];
  const std::string_view prev = lower(u.toks[q - 1].text, pb);
  if (ly_word(prev) || is_determiner(prev)) return false;  // "a newly uncovered email", "the debunked claim"
  // "an ad overview provided by", "results tallied Monday": no noun follows the -ed word (one that
  // does is an adjective: "Democratic registered voters")
  if (q + 1 >= u.toks.size() || u.quote[q + 1] >= 0 || !u.toks[q + 1].is_word() || u.cue[q + 1].length) return true;
  char nb[64];
  const std::string_view next = lower(u.toks[q + 1].text, nb);
  // "a poll released Monday"; "registered Ohio voters" names a kind of voter
  if (u.toks[q + 1].capitalised) return is_weekday(u.toks[q + 1].text) || is_time_lead(next);
  return is_preposition(next) || is_determiner(next) || is_aux(next) || is_possessive_or_object_pronoun(next) ||
         in(next, {"and", "or", "but", "through", "behind", "across", "around", "toward", "along", "within", "up",
                   "out", "down", "off", "back", "upon", "onto"});
}

np article_pass::agent_after(const unit& u, std::size_t after) const {
  char buf[64];
  std::size_t by = after;  // "was described to him by", "were highlighted during the race by"
  while (by < u.toks.size() && by < after + 10 && u.toks[by].is_word() && u.quote[by] < 0 && !u.toks[by].is("by") &&
         !u.cue[by].length && !u.toks[by].is("that") && !u.toks[by].is("and") &&
         !(by > after && is_aux(lower(u.toks[by].text, buf))))  // "was said to have been handed … by"
    ++by;
  if (by + 1 >= u.toks.size() || !u.toks[by].is("by")) return np{};
  np agent = np_forward(u, by + 1);
  if (!agent.ok()) {
    // "by left-leaning economists", "by federal law enforcement officials": a bare description up
    // to its speaker noun
    for (std::size_t k = by + 1; k < u.toks.size() && k < by + 5 && u.toks[k].is_word() && u.quote[k] < 0; ++k) {
      const std::string_view w = lower(u.toks[k].text, buf);
      if (lex_.is_speaker_noun(w) || lex_.is_group_noun(w)) {
        agent.first = by + 1;
        agent.last = k + 1;
        agent.kind = np::description;
        break;
      }
      if (is_preposition(w) || is_aux(w) || in(w, {"and", "or", "who", "that", "which"})) break;
    }
  }
  if (!agent.ok() || agent.kind == np::pronoun) return np{};
  return agent;
}

// Whether a time adverbial starts at token k: "on Thursday", "in April", "on Wednesday morning".
bool time_adverbial_at(const unit& u, std::size_t k) {
  if (k + 1 >= u.toks.size() || !u.toks[k + 1].is_word() || u.quote[k + 1] >= 0) return false;
  char buf[64];
  if (!in(lower(u.toks[k].text, buf), {"on", "in", "at", "during", "early", "late"})) return false;
  return is_weekday(u.toks[k + 1].text) || (u.toks[k + 1].capitalised && is_time_lead(lower(u.toks[k + 1].text, buf)));
}

// Where the main clause of `u` can start: after an opening prepositional phrase or adverbial clause
// that runs to a comma ("Before the Paris attacks, Trump took …", "In a letter released Monday,
// Sanders rips …", "At an event in Ames, Iowa, on Sunday, Clinton tried …"); 0 when the unit opens
// otherwise. (A dateline is no longer in the unit: build_units drops it.)
std::size_t article_pass::main_clause_start(const unit& u) const {
  const std::size_t n = u.toks.size();
  char buf[64];
  std::size_t b = 0;
  while (b < n && !u.toks[b].is_word()) ++b;
  if (b >= n || u.quote[b] >= 0) return 0;
  std::string_view first = lower(u.toks[b].text, buf);
  // "Shortly after the call ended, …", "Ever since she endorsed Clinton, …": a degree word before
  // the preposition or subordinator
  char b0[64];
  std::size_t lead = b;  // the preposition or subordinator ("since" in "Ever since", itself an adverb after "has")
  if (degree_words.contains(first) && b + 1 < n && u.toks[b + 1].is_word()) {
    const std::string_view second = lower(u.toks[b + 1].text, b0);
    if (is_preposition(second) || adverbial_subordinators.contains(second)) {
      first = second;
      lead = b + 1;
    }
  }
  if (!is_preposition(first) && !adverbial_subordinators.contains(first) && !is_time_lead(first)) return b;
  // a subordinate clause may report words of its own ("When the groups advocated for …, Emanuel
  // pressed them …"); its comma still ends it
  auto opens_a_clause = [](std::string_view w) {
    return (adverbial_subordinators.contains(w) && !in(w, {"despite", "besides", "amid"})) || opens_clause(w);
  };
  bool clause = opens_a_clause(first);
  auto next_comma = [&](std::size_t from) {
    for (std::size_t k = from; k < n; ++k) {
      // the phrase holds no quotation, nor a cue unless it is a clause or a reduced relative's
      // participle ("In a letter released Monday, …")
      if (u.quote[k] >= 0 || (u.cue[k].length && !clause && !u.cue[k].past_participle)) return none;
      if (u.toks[k].is(",")) return k;
      // "In the next eight weeks the campaign would do well to …, emphasizing …": an auxiliary
      // means the main clause began without a comma
      char b3[64];
      if (u.toks[k].is_word() && !u.toks[k].capitalised && is_aux(lower(u.toks[k].text, b3))) return none;
    }
    return none;
  };
  std::size_t comma = next_comma(lead + 1);
  while (comma != none && comma + 1 < n) {
    const text_token& after = u.toks[comma + 1];
    if (u.quote[comma + 1] >= 0) return 0;
    // "in Ames, Iowa, on Sunday": a state after its place, or another opening phrase, goes on
    const bool place = registry_.is_name_word(after) && comma + 2 < n && u.toks[comma + 2].is(",");
    char b2[64];
    const std::string_view w = after.is_word() ? lower(after.text, b2) : std::string_view{};
    const bool another = !w.empty() && (is_preposition(w) || adverbial_subordinators.contains(w) || is_time_lead(w));
    if (!place && !another) return comma + 1;
    clause = !place && opens_a_clause(w);  // (each opening phrase by its own first word)
    comma = next_comma(comma + 2);
  }
  return 0;
}

// "In a letter to colleagues released Monday, Sanders rips …": whether the past participle at `i`
// lies in an opening prepositional phrase (a reduced relative there reports nothing).
bool article_pass::opening_phrase_participle(const unit& u, std::size_t i) const {
  const std::size_t start = u.clause_start;
  if (i >= start) return false;
  std::size_t k = i;
  while (k > 0 && !u.toks[k - 1].is(",")) --k;
  while (k < i && !u.toks[k].is_word()) ++k;
  char buf[64];
  const std::string_view w = lower(u.toks[k].text, buf);
  return k < i && is_preposition(w) && !opens_clause(w);
}

// "Pilots have discounted …", "Harbor safety experts have discounted …": a capitalised common noun
// opening the clause, with the lower-case words after it, right before a finite auxiliary; none
// when the clause opens otherwise (a name the article uses elsewhere is no common noun).
np article_pass::common_noun_subject(const unit& u, std::size_t start) const {
  std::size_t b = start;
  while (b < u.toks.size() && !u.toks[b].is_word() && u.quote[b] < 0) ++b;
  if (b >= u.toks.size() || u.quote[b] >= 0 || !u.toks[b].capitalised || u.toks[b].all_caps || u.cue[b].length)
    return {};
  char buf[64];
  const std::string_view w = lower(u.toks[b].text, buf);
  if (is_preposition(w) || is_determiner(w) || lex_.pronoun(w) || lex_.is_title(u.toks[b].text) ||
      lex_.is_not_name(u.toks[b].text))
    return {};
  std::size_t e = b + 1;
  while (e < u.toks.size() && e - b < 4 && u.toks[e].is_word() && !u.toks[e].capitalised && u.quote[e] < 0 &&
         !u.cue[e].length) {
    char b2[64];
    const std::string_view x = lower(u.toks[e].text, b2);
    if (is_finite_auxiliary(x)) break;
    if (is_preposition(x) || is_aux(x) || is_negated_aux(x) || in(x, {"and", "or", "but", "who", "that", "which"}))
      return {};
    ++e;
  }
  // a plural head before a plural verb: "Pilots have", "Harbor safety experts are", not "Research
  // has shown" nor a surname ("Jones has said")
  char b3[64];
  if (e >= u.toks.size() || !u.toks[e].is_word() ||
      !in(lower(u.toks[e].text, b3), {"have", "are", "were", "do", "don't", "haven't", "aren't", "weren't"}))
    return {};
  char b4[64];
  const std::string_view head = lower(u.toks[e - 1].text, b4);
  if (!(head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') && head != "people") return {};
  np n;
  n.first = b;
  n.last = e;
  n.kind = np::description;
  return n;
}

// The comma that ends the opening phrases when one of them is a subordinate clause ("When the
// groups advocated for a pier, …", "Shortly after the call ended, …", "In a debate, while his rivals
// called for …,"), or none.
std::size_t article_pass::opening_clause_comma(const unit& u, std::size_t start) const {
  if (start < 2 || !u.toks[start - 1].is(",")) return none;
  std::size_t b = 0;
  while (b < start && !u.toks[b].is_word()) ++b;
  // any clause among the opening phrases ("In a September debate, while his rivals called for …,")
  char buf[64];
  bool at_phrase = true;
  for (std::size_t k = b; k + 1 < start; ++k) {
    if (u.toks[k].is(",")) {
      at_phrase = true;
      continue;
    }
    if (!at_phrase || !u.toks[k].is_word()) continue;
    at_phrase = false;
    std::string_view w = lower(u.toks[k].text, buf);
    if (degree_words.contains(w) && k + 2 < start) w = lower(u.toks[k + 1].text, buf);
    if (subordinate_clause_openers.contains(w)) return start - 1;
  }
  return none;
}

// The subject of the unit's main clause: after a leading adverbial ("On Wednesday, …,").
np article_pass::main_subject(const unit& u) const {
  char buf[64];
  const std::size_t start = u.clause_start;
  if (const np opening = common_noun_subject(u, start); opening.ok()) return opening;
  for (std::size_t i = start; i < u.toks.size(); ++i) {
    if (u.quote[i] >= 0 || !u.toks[i].is_word()) continue;
    const std::string_view w = lower(u.toks[i].text, buf);
    if (is_preposition(w) || (u.toks[i].capitalised && ly_word(w) && !ly_name_word(u, i))) {
      // skip the prepositional phrase or adverb: "At a campaign event in Ames, Iowa, on Sunday, …"
      continue;
    }
    if (i > 0 && u.toks[i - 1].is_word()) {
      char b2[64];
      if (is_preposition(lower(u.toks[i - 1].text, b2))) continue;
    }
    np n = np_forward(u, i);
    if (!n.ok()) continue;
    if (n.kind == np::description && !speaker_description(u, n)) continue;  // "remarks that were …"
    if (n.kind == np::description) {  // a description runs to its head noun before the verb
      std::size_t q = n.first;
      while (q + 1 < n.last && !u.cue[q + 1].length) ++q;
      n.last = q + 1;
    }
    if (n.last < u.toks.size()) {
      const text_token& next = u.toks[n.last];
      char b3[64];
      // "Vale on Thursday ratcheted up …", "The attorney general of the state is suing …": a time
      // adverbial, or a person's "of" phrase, after a noun phrase that opens the clause
      const bool subject_goes_on =
          opens_a_clause_at(u, n.first) &&
          (time_adverbial_at(u, n.last) ||
           (n.kind == np::description && in(lower(next.text, b3), {"of", "for", "at", "from", "with"}) &&
            speaker_head_word(u.toks[n.last - 1], false)));
      if (next.is_word() && !next.capitalised && is_preposition(lower(next.text, b3)) && !subject_goes_on) {
        i = n.last - 1;
        continue;  // "Shortly after …", a phrase, not the subject
      }
      if (next.is(",") && n.last + 1 < u.toks.size() && registry_.is_name_word(u.toks[n.last + 1])) {
        i = n.last - 1;
        continue;  // "Ames, Iowa,": a place and its state
      }
    }
    return n;
  }
  return {};
}

std::optional<found_speaker> article_pass::resolve_pronoun(std::size_t ui, std::size_t at,
                                                           const pronoun_info& p) const {
  auto compatible = [&](const actor& c) {
    if (c.place || c.name.empty()) return false;
    // "British officials", "Erroneous reports …", "9 p.m. EST": one capitalised adjective or a time
    // zone is no antecedent
    if (in(c.name, {"EST", "EDT", "PST", "PDT", "CST", "CDT", "GMT", "UTC"})) return false;
    if (c.kind == actor_kind::unknown && c.name.find(' ') == std::string::npos && c.name.size() < 64) {
      char nb[64];
      if (adjective_shape(lower(c.name, nb))) return false;
    }
    switch (p.ref) {
      case pronoun_ref::person:
        if (c.kind == actor_kind::organisation) return false;
        // a description that names no kind of person ("the deal", "the book") is not "he" or "she";
        // a name of unknown kind may be
        if (c.kind == actor_kind::unknown && !c.name.empty() && !(c.name[0] >= 'A' && c.name[0] <= 'Z')) return false;
        return p.sex == gender::unknown || c.sex == gender::unknown || c.sex == p.sex;
      case pronoun_ref::organisation:
        return c.kind == actor_kind::organisation;
      case pronoun_ref::group:
        return c.kind == actor_kind::organisation;
      case pronoun_ref::relative:
      case pronoun_ref::writer:
        return false;
    }
    return false;
  };
  const unit& u = units_[ui];
  // "Ever since she endorsed Clinton, Ms. Warren has been …": a pronoun in an opening subordinate
  // clause looks ahead to the name that is the main clause's subject
  if (const std::size_t comma = u.clause_comma; comma != none && at < comma) {
    const np main = main_subject(u);
    if (main.ok() && main.kind == np::name && main.first > comma) {
      const actor c = registry_.name_actor(u.toks, main.first, main.last);
      if (compatible(c)) return found_speaker{c, {}, "pronoun"};
    }
  }
  // the current sentence: mentions before the pronoun, outside quotation marks
  for (std::size_t i = 0; i < at && i < u.toks.size(); ++i) {
    if (u.quote[i] >= 0 || !registry_.is_name_word(u.toks[i])) continue;
    std::size_t j = i;
    while (j < at && u.quote[j] < 0 && (registry_.is_name_word(u.toks[j]) || lex_.is_title(u.toks[j].text))) ++j;
    const actor c = registry_.name_actor(u.toks, i, j);
    if (compatible(c) && !sentence_word_opening(u, i, j, c) && !after_preposition(u, i))
      return found_speaker{c, {}, "pronoun"};
    i = j;
  }
  // earlier sentences, nearest first; in each, the speakers and then the subjects come first
  for (std::size_t back = 1; back <= 6 && back <= ui; ++back) {
    for (const actor& c : speakers_[ui - back])
      if (compatible(c)) return found_speaker{c, {}, "pronoun"};
    for (const actor& c : mentions_of(ui - back))
      if (compatible(c)) return found_speaker{c, {}, "pronoun"};
  }
  return std::nullopt;
}

found_speaker article_pass::speaker_of(std::size_t ui, const np& n) const {
  const unit& u = units_[ui];
  found_speaker out;
  out.mention = {u.toks[n.first].span.begin, u.toks[n.last - 1].span.end};
  char buf[64];
  if (n.kind == np::pronoun) {
    const std::string_view lw = lower(without_possessive(u.toks[n.first].text), buf);
    const pronoun_info* p = lex_.pronoun(lw);
    if (p && p->ref == pronoun_ref::relative) {
      // "Weber, who advises Kasich, said": the antecedent before the comma
      if (n.first >= 2 && u.toks[n.first - 1].is(",")) {
        np ante = np_backward(u, n.first - 2);
        // "drew criticism from Okafor, who called them …": a name right before the comma is the
        // antecedent, also as the object of a preposition
        if (const std::size_t last = n.first - 2;
            !ante.ok() && u.quote[last] < 0 && registry_.is_name_word(u.toks[last])) {
          std::size_t q = last;
          while (q > 0 && u.quote[q - 1] < 0 &&
                 (registry_.is_name_word(u.toks[q - 1]) || lex_.is_title(u.toks[q - 1].text)))
            --q;
          ante = np{};
          ante.first = q;
          ante.last = last + 1;
          ante.kind = np::name;
        }
        if (ante.ok() && ante.kind != np::pronoun) {
          found_speaker s = speaker_of(ui, ante);
          s.mention = out.mention;
          s.rule = "relative pronoun";
          return s;
        }
      }
      out.rule = "relative pronoun unresolved";
      return out;
    }
    if (p) {
      if (auto r = resolve_pronoun(ui, n.first, *p)) {
        r->mention = out.mention;
        r->rule = "pronoun";
        return *r;
      }
    }
    out.rule = "pronoun unresolved";
    return out;
  }
  if (n.kind == np::name) {
    out.who = registry_.name_actor(u.toks, n.first, n.last);
    out.rule = "cue subject";
    bool titles_only = out.who.name.empty();
    for (std::size_t k = n.first; k < n.last && titles_only; ++k) titles_only = lex_.is_title(u.toks[k].text);
    // (not a modifier left of its noun: "the Democratic race", "former chief of staff …", "Sen.")
    char hb[64];
    const std::string_view head = lower(u.toks[n.last - 1].text, hb);
    if (!titles_only || head.ends_with("ic") || head.ends_with("al") || head.ends_with(".") ||
        in(head, {"former", "deputy", "acting", "interim", "assistant", "associate", "executive", "senior", "vice",
                  "state", "campaign", "press", "chief", "prime", "independent", "gop", "then"}))
      return out;
    // "The Democrat told …", "the Republican said": a title alone is a description of a person (the
    // one actor the article gave that title, when it names exactly one)
    np d = n;
    if (d.first > 0 && u.toks[d.first - 1].is_word() && is_determiner(lower(u.toks[d.first - 1].text, buf))) --d.first;
    d.kind = np::description;
    found_speaker s = speaker_of(ui, d);
    if (s.who && s.who.kind == actor_kind::unknown) s.who.kind = actor_kind::person;
    return s;
  }
  // "the president", "the senator": the one actor named with that title earlier in the article;
  // with none or several, the description stays
  if (n.last - n.first == 2 && lower(u.toks[n.first].text, buf) == "the") {
    char hb[64];
    const std::string_view role = lower(u.toks[n.first + 1].text, hb);
    std::optional<actor> titled;
    bool several = false;
    for (std::size_t k = 0; k <= ui && !several; ++k) {
      const unit& v = units_[k];
      const std::size_t end = k == ui ? n.first : v.toks.size();
      for (std::size_t i = 0; i < end && !several; ++i) {
        if (v.quote[i] >= 0 || !lex_.is_title(v.toks[i].text) || lex_.title_role(v.toks[i].text) != role) continue;
        std::size_t j = i;
        while (j < end && v.quote[j] < 0 && (registry_.is_name_word(v.toks[j]) || lex_.is_title(v.toks[j].text))) ++j;
        const actor c = registry_.name_actor(v.toks, i, j);
        if (c && c.kind == actor_kind::person && !c.place) {
          if (titled && titled->name != c.name)
            several = true;
          else
            titled = c;
        }
        i = j > i ? j - 1 : i;
      }
    }
    if (titled && !several) {
      out.who = *titled;
      out.rule = "titled description";
      return out;
    }
    // "the association", "the union": the one organisation named earlier whose name has that head
    // word ("the Harbor Pilots Association", "the Department of Transportation")
    if (!titled && role.size() > 3 && role.size() < 32) {
      char cb[32];
      std::memcpy(cb, role.data(), role.size());
      cb[0] = static_cast<char>(cb[0] - 'a' + 'A');
      const std::string_view head_word(cb, role.size());
      // (a lower-case head only: "the Department of …" is a name)
      if (!u.toks[n.first + 1].capitalised && lex_.is_org_word(head_word) && lex_.is_group_noun(role)) {
        if (const std::optional<actor> named = only_organisation_named(ui, n.first, head_word)) {
          out.who = *named;
          out.rule = "organisation description";
          return out;
        }
        // "ICE said … The agency added …": a word any organisation goes by stands for the
        // organisation that spoke last, in this paragraph or the one before
        if (in(role, {"agency", "organization", "organisation", "company", "firm"}))
          for (std::size_t back = 1; back <= 4 && back <= ui && units_[ui - back].paragraph + 1 >= u.paragraph; ++back)
            for (auto c = speakers_[ui - back].rbegin(); c != speakers_[ui - back].rend(); ++c)
              if (c->kind == actor_kind::organisation && !c->place) {
                out.who = *c;
                out.rule = "organisation description";
                return out;
              }
      }
    }
  }
  // a document ("the statement said", "a report from the Harborton council says") is not an actor:
  // its issuer speaks when the description names one ("the council's statement", "his letter"),
  // else the speaker is left null and the mention points at the document
  {
    std::size_t head_at = n.last - 1;
    for (std::size_t k = n.first + 1; k < n.last; ++k)
      if (u.toks[k].is_word() && !u.toks[k].capitalised && is_preposition(lower(u.toks[k].text, buf))) {
        head_at = k - 1;
        break;
      }
    char db[64];
    if (u.toks[head_at].is_word() && !u.toks[head_at].capitalised &&
        lex_.is_document_noun(lower(without_possessive(u.toks[head_at].text), db))) {
      out.rule = "document";
      bool issuer_side = true;  // after the head only "from" / "by" / "of" name the issuer ("a letter to the Senate")
      for (std::size_t k = n.first; k < n.last; ++k) {
        if (u.quote[k] >= 0) continue;
        if (k > head_at && u.toks[k].is_word() && !u.toks[k].capitalised && is_preposition(lower(u.toks[k].text, db)))
          issuer_side = in(lower(u.toks[k].text, db), {"from", "by", "of"});
        if (!issuer_side) continue;
        if (registry_.is_name_word(u.toks[k]) && !lex_.is_title(u.toks[k].text)) {
          std::size_t j = k;
          while (j < n.last && u.quote[j] < 0 && registry_.is_name_word(u.toks[j])) ++j;
          char gb[64];
          if (j < n.last && j != head_at && u.toks[j].is_word() &&
              lex_.is_group_noun(lower(without_possessive(u.toks[j].text), gb))) {
            // "the Whitcombe campaign's statement": the campaign issued it
            const std::size_t e =
                u.toks[j].span.end - (u.toks[j].text.size() - without_possessive(u.toks[j].text).size());
            out.who = registry_.description_actor(text_.substr(u.toks[k].span.begin, e - u.toks[k].span.begin),
                                                  lower(without_possessive(u.toks[j].text), gb));
            out.who.kind = actor_kind::organisation;
          } else {
            out.who = registry_.name_actor(u.toks, k, j);
          }
          if (out.who.place) out.who = actor{};
          return out;
        }
        const std::string_view w = lower(u.toks[k].text, db);
        if (in(w, {"his", "her", "its", "their"})) {  // "his letter said": the writer
          if (const pronoun_info* p = lex_.pronoun(w == "his" ? "he" : w == "her" ? "she" : w == "its" ? "it" : "they"))
            if (auto r = resolve_pronoun(ui, n.first, *p)) out.who = r->who;
          return out;
        }
      }
      return out;
    }
  }
  // a description, kept as the description; a reporter's outlet named in the sentence joins it
  std::size_t head = n.last - 1;
  const std::string_view description = text_.substr(out.mention.begin, out.mention.size());
  out.who = registry_.description_actor(description, lower(u.toks[head].text, buf));
  if (out.who.kind == actor_kind::unknown && u.toks[head].capitalised) {  // "the Legal Aid Society"
    for (std::size_t k = n.first; k < n.last; ++k)
      if (u.toks[k].capitalised && lex_.is_org_word(without_possessive(u.toks[k].text)))
        out.who.kind = actor_kind::organisation;
  } else if (out.who.kind == actor_kind::unknown && u.toks[head].is_word() && u.toks[head].text.size() < 64) {
    char tb[64];  // "the comptroller", "the sheriff": an office a person holds (its title "Comptroller")
    std::string_view w = lower(u.toks[head].text, tb);
    tb[0] = static_cast<char>(w[0] >= 'a' && w[0] <= 'z' ? w[0] - 'a' + 'A' : w[0]);
    if (!lex_.title_role(w).empty()) out.who.kind = actor_kind::person;
  }
  const std::string_view hw = lower(u.toks[head].text, buf);
  if (hw == "reporter" || hw == "correspondent" || hw == "journalist" || hw == "anchor") {
    for (std::size_t i = 0; i < n.first; ++i) {
      if (u.quote[i] >= 0 || !registry_.is_name_word(u.toks[i])) continue;
      std::size_t j = i;
      while (j < n.first && registry_.is_name_word(u.toks[j])) ++j;
      const actor c = registry_.name_actor(u.toks, i, j);
      if (c.kind == actor_kind::organisation) {
        out.who.name = c.name + " " + std::string(u.toks[head].text);
        out.who.kind = actor_kind::person;
        break;
      }
      i = j;
    }
  }
  out.rule = "cue subject description";
  return out;
}

// The one organisation the article names before token `before` of unit `ui` with `head_word` in its
// name ("Association" in "the Harbor Pilots Association", "Department" in "the Department of
// Transportation"); none when it names none or several.
std::optional<actor> article_pass::only_organisation_named(std::size_t ui, std::size_t before,
                                                           std::string_view head_word) const {
  std::optional<actor> found;
  for (std::size_t k = 0; k <= ui; ++k) {
    const unit& v = units_[k];
    const std::size_t end = k == ui ? before : v.toks.size();
    for (std::size_t i = 0; i < end; ++i) {
      if (v.quote[i] >= 0 || !registry_.is_name_word(v.toks[i])) continue;
      std::size_t j = i;
      bool has_head = false;
      // the name run, with "of" / "of the" inside it ("Department of the Interior")
      while (j < end && v.quote[j] < 0 &&
             (registry_.is_name_word(v.toks[j]) || (v.toks[j].is("of") && j + 1 < end && j > i) ||
              (v.toks[j].is("the") && v.toks[j - 1].is("of")))) {
        has_head |= without_possessive(v.toks[j].text) == head_word;
        ++j;
      }
      while (j > i && !registry_.is_name_word(v.toks[j - 1])) --j;  // (no trailing "of")
      const actor c = registry_.name_actor(v.toks, i, j);
      // (or in the name a short form stands for: "NYPD", the New York Police Department)
      if (!has_head && c && c.kind == actor_kind::organisation)
        for (std::size_t at = c.name.find(head_word); at != std::string::npos && !has_head;
             at = c.name.find(head_word, at + 1))
          has_head = (at == 0 || c.name[at - 1] == ' ') &&
                     (at + head_word.size() == c.name.size() || c.name[at + head_word.size()] == ' ');
      if (has_head) {
        if (c && c.kind == actor_kind::organisation) {
          if (found && found->name != c.name) return std::nullopt;
          found = c;
        }
      }
      i = j > i ? j - 1 : i;
    }
  }
  return found;
}

bool article_pass::opens_participial_clause(const unit& u, std::size_t i) const {
  if (u.quote[0] >= 0 || i >= u.toks.size()) return false;
  if (i == 1 && (u.toks[0].is("Having") || u.toks[0].is("After") || u.toks[0].is("Before"))) return true;
  if (!u.cue[i].participle || !u.toks[i].is_word()) return false;
  if (i == 0) return u.toks[0].capitalised;  // "Noting that …, Okafor added"
  // "While saying that …", "Since announcing in May that …", "In addition to stating that …"
  if (i == 1) {
    char buf[64];
    return in(lower(u.toks[0].text, buf), {"while", "since", "by", "without", "upon", "when", "despite", "besides"});
  }
  return i == 3 && u.toks[0].is("In") && u.toks[1].is("addition") && u.toks[2].is("to");
}

bool article_pass::subject_after_opening_clause(const unit& u, frame& f) const {
  // the clause ends at a comma followed by a subject and its verb (a comma inside the clause,
  // "Noting that Vale, a councillor, voted no", is followed by no verb)
  // A quotation may stand inside the clause, and its comma may close it ("Calling Okafor “the
  // partner I need,” Vale upbraided …").
  std::size_t commas = 0;
  for (std::size_t c = f.cue_last; c + 1 < u.toks.size() && c < f.cue_last + 40 && commas < 4; ++c) {
    if (is_terminal(u.toks[c])) return false;
    if (u.quote[c] >= 0) {
      const quotation& q = quotes_[static_cast<std::size_t>(u.quote[c])];
      if (q.content.empty() || text_[q.content.end - 1] != ',') continue;
    } else if (!u.toks[c].is(",")) {
      continue;
    }
    ++commas;
    np n = np_forward(u, c + 1);
    for (std::size_t k = n.ok() ? n.first + 1 : 0; n.ok() && k < n.last; ++k) {
      char b2[64];  // "Mr. Vale has been a loyal Liberal": the name ends at the verb
      if (u.toks[k].is_word() && !u.toks[k].capitalised && is_aux(lower(u.toks[k].text, b2))) n.last = k;
    }
    if (!n.ok() || n.kind == np::pronoun || n.last >= u.toks.size()) continue;
    const text_token& next = u.toks[n.last];
    char buf[64];
    if (!next.is_word() || next.capitalised || u.quote[n.last] >= 0 || is_preposition(lower(next.text, buf)) ||
        in(lower(next.text, buf), {"and", "or", "but", "who", "which", "that"}))
      continue;
    f.subject = n;
    f.claim_begin = 0;
    f.claim_end = f.cue_last;
    f.content_end = u.quote[c] >= 0 ? c + 1 : c;  // the quotation closing the clause is part of it
    f.rule = "participle";
    return true;
  }
  return false;
}

// "put it" reports words only in "as Vale put it": whether the cue at token i lacks that "as".
bool put_it_without_as(const unit& u, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 25; --k) {
    if (u.quote[k - 1] >= 0 || is_terminal(u.toks[k - 1]) || u.cue[k - 1].length) return true;
    if (u.toks[k - 1].is("as") || u.toks[k - 1].is("As")) return !opens_a_clause_at(u, k - 1);
  }
  return true;
}

// "a company called Harbor Analytics", "a phenomenon called “nonresponse”": the cue at token i
// gives a name to a thing just introduced ("a / an / another" and up to three words before it, a
// capitalised word or a quotation after it), not words said; "one lawmaker called Vale …" speaks.
bool names_a_new_thing(const unit& u, std::size_t i) {
  char buf[64];
  const text_token& next = u.toks[i + 1];
  if (!in(lower(u.toks[i].text, buf), {"called", "named", "dubbed", "titled"}) ||
      !(next.capitalised || u.quote[i + 1] >= 0 || next.kind == text_token_kind::quote_mark))
    return false;
  for (std::size_t k = i; k > 0 && i - k < 4; --k) {
    const text_token& b = u.toks[k - 1];
    if (!b.is_word() || u.quote[k - 1] >= 0 || u.cue[k - 1].length) return false;
    const std::string_view bw = lower(b.text, buf);
    if (in(bw, {"a", "an", "another"})) return k < i;
    if (is_aux(bw) || is_negated_aux(bw) || is_preposition(bw) || is_determiner(bw)) return false;
  }
  return false;
}

// "a conference call", "an odd remark", "the mere mention": a cue word that can be a noun, after a
// determiner and one plain word that names no speaker, is that noun (the word before it would
// otherwise speak: "an odd", "a conference"). A verb's -s form ("the plan calls for") and a plural
// before a base form ("the pilots call") stay cues; a cue right after its determiner ("his remarks",
// "Pence’s call for") is left to the annotation, which counts it as an attribution.
bool article_pass::cue_word_is_a_noun(const unit& u, std::size_t i) const {
  if (i < 1 || u.cue[i].length != 1) return false;
  char buf[64];
  const std::string_view cw = lower(u.toks[i].text, buf);
  if (!in(cw, {"call", "remark", "claim", "comment", "mention", "promise", "pledge", "vow", "warning", "plea", "appeal",
               "denial", "boast", "threat", "proposal", "request", "demand", "criticism", "praise", "answer", "reply",
               "response", "statement", "announcement", "assertion", "endorsement", "accusation", "complaint",
               "suggestion", "support", "report", "note", "decline", "echo", "highlight",
               // plurals that report no words of their own ("Trump's familiar claims that …" do)
               "remarks", "comments", "statements", "reports", "notes", "echoes"}))
    return false;
  // "Whitcombe’s remarks drew criticism", "his comments were": a finite verb right after the cue
  // word makes it the subject of a clause, a noun
  if (i + 1 < u.toks.size() && u.toks[i + 1].is_word() && u.quote[i + 1] < 0 && !u.toks[i + 1].capitalised &&
      !u.cue[i + 1].length) {
    char nb[64];
    const std::string_view next = lower(u.toks[i + 1].text, nb);
    const text_token& before = u.toks[i - 1];
    char bb[64];
    const bool determined =
        before.is_word() && u.quote[i - 1] < 0 &&
        (without_possessive(before.text).size() != before.text.size() || is_determiner(lower(before.text, bb)));
    if (determined && (is_finite_auxiliary(next) || is_negated_aux(next) ||
                       in(next, {"drew", "sparked", "prompted", "angered", "caused", "came", "raised", "stirred",
                                 "triggered", "infuriated", "struck", "went", "made", "followed", "caught"})))
      return true;
  }
  if (i < 2) return false;
  {
    // "In his public remarks, …", "during her remarks": a determiner after a preposition, with
    // at most two words between it and the cue word, makes the cue word that phrase's noun
    std::size_t k = i;
    char kb[64], pb[64];
    while (k > 0 && i - k < 2 && u.toks[k - 1].is_word() && !u.toks[k - 1].capitalised && u.quote[k - 1] < 0 &&
           !is_determiner(lower(u.toks[k - 1].text, kb)))
      --k;
    if (k >= 2 && u.toks[k - 1].is_word() && u.quote[k - 1] < 0 && is_determiner(lower(u.toks[k - 1].text, kb)) &&
        u.toks[k - 2].is_word() && is_preposition(lower(u.toks[k - 2].text, pb)))
      return true;
  }
  const text_token& modifier = u.toks[i - 1];
  if (!modifier.is_word() || u.quote[i - 1] >= 0 || modifier.capitalised || u.cue[i - 1].length ||
      !u.toks[i - 2].is_word() || u.quote[i - 2] >= 0)
    return false;
  char mb[64];
  const std::string_view mw = lower(modifier.text, mb);
  if (is_aux(mw) || is_negated_aux(mw) || is_preposition(mw) || is_determiner(mw) || is_number_word(mw) ||
      mw.ends_with("s") || speaker_head_word(modifier, false) ||
      in(mw, {"and", "or", "but", "that", "who", "which", "to", "not", "also"}))
    return false;
  char db[64];
  // "Murphy’s conference call ended": a name's possessive determines the compound too
  const text_token& det = u.toks[i - 2];
  if (det.capitalised && without_possessive(det.text).size() != det.text.size()) return true;
  return in(lower(det.text, db), {"a", "an", "another", "every", "each", "the", "his", "her", "their", "its", "our"});
}

// Cue words in a use that is no act of speech: "put it" without "as"; "add" before a number, "to"
// or "up" counts ("added 178,000 jobs", "adding to her lead"); "support" before a preposition is the
// noun ("45 percent support among voters", "drum up support for"); a name given to a thing, or
// handed down ("named for", "named after").
bool no_speech_use(const unit& u, std::size_t i, std::size_t cue_last) {
  if (cue_last >= u.toks.size() || u.quote[cue_last] >= 0) return false;
  char buf[64];
  const std::string_view w = lower(u.toks[i].text, buf);
  if (w == "put" || w == "puts") return put_it_without_as(u, i);
  if (cue_last != i + 1) return false;
  const text_token& next = u.toks[cue_last];
  if (in(w, {"add", "adds", "added", "adding"}))
    return next.kind == text_token_kind::number || next.is("to") || next.is("up");
  char nb[64];
  if (w == "support") return next.is_word() && !next.capitalised && is_preposition(lower(next.text, nb));
  // "a class named for Ali", "a role named after a studio fixer": a name handed down, not words said
  if (in(w, {"named", "called", "dubbed"}) && (next.is("for") || next.is("after"))) return true;
  // "who asked not to be named", "requested anonymity": the terms of speaking, not words said
  if (in(w, {"asked", "asks", "asking", "requested", "requests", "requesting"})) {
    if (next.is("anonymity")) return true;
    if (next.is("not") && cue_last + 3 < u.toks.size() && u.toks[cue_last + 1].is("to") &&
        u.toks[cue_last + 2].is("be") && in(u.toks[cue_last + 3].text, {"named", "identified", "quoted"}))
      return true;
  }
  return names_a_new_thing(u, i);
}

// Reflexives and sentence adverbs before a cue, no subject of it: "Cruz himself said" (find_frame).
const fixed_words no_subject_words{"himself", "herself", "themselves", "itself", "however", "here",
                                   "instead", "too",     "both",       "all",    "each"};

// Verbs that take a cue as their infinitive: "began to question", "was quick to note" (find_frame).
const fixed_words verbs_before_infinitive_cue{"began",    "begins", "begin", "continued", "continues", "continue",
                                              "tried",    "tries",  "try",   "moved",     "moves",     "rushed",
                                              "hastened", "quick",  "yet",   "appeared",  "appears"};

// Time words between a subject and its cue: "Sanders on Wednesday morning also called" (find_frame).
const fixed_words time_words_before_cue{"morning", "afternoon", "evening",   "night", "week",
                                        "month",   "year",      "on",        "last",  "this",
                                        "early",   "late",      "yesterday", "today", "tonight"};

// Where a date phrase that ends before token `p` starts ("on Feb. 9, 2026", "on 12/1/2024", "in
// March 2025"): at its "on" or "in"; `p` when no date ends there. A date has a number at its end and
// a month or a slash, which "Six in 10" and "…, in 2018," (a comma before `p`) lack.
std::size_t date_phrase_start(const unit& u, std::size_t p) {
  if (p == 0 || u.toks[p - 1].kind != text_token_kind::number) return p;
  std::size_t k = p;
  bool month_or_slash = false;
  char buf[64];
  while (k > 0 && p - k < 8 && u.quote[k - 1] < 0) {
    const text_token& t = u.toks[k - 1];
    if (t.is("/") || (t.is_word() && t.capitalised && is_time_lead(lower(t.text, buf)))) {
      month_or_slash = true;
    } else if (!(t.kind == text_token_kind::number || t.is(",") || t.is("."))) {
      break;
    }
    --k;
  }
  if (!month_or_slash || k == 0 || !(u.toks[k - 1].is("on") || u.toks[k - 1].is("in"))) return p;
  return k - 1;
}

// Whether a finite auxiliary follows the cue ending before token `from` within its clause ("…
// released on Tuesday were …"), with only an adverbial between: one time word or one prepositional
// phrase, whose noun phrase holds no second determiner or pronoun ("said on Tuesday the plan was …"
// has a subject of its own).
bool finite_verb_follows(const unit& u, std::size_t from) {
  char buf[64];
  if (from >= u.toks.size() || !u.toks[from].is_word() || u.quote[from] >= 0) return false;
  const std::string_view first = lower(u.toks[from].text, buf);
  const bool preposition = is_preposition(first);
  if (!preposition && !is_weekday(u.toks[from].text) && !is_time_lead(first)) return false;
  bool determiner = false;
  for (std::size_t k = from + 1; k < u.toks.size() && k < from + 8; ++k) {
    if (u.quote[k] >= 0 || u.cue[k].length || is_separator(u.toks[k]) || is_terminal(u.toks[k])) return false;
    if (!u.toks[k].is_word()) continue;
    if (u.toks[k - 1].text.ends_with('.')) return false;  // past an abbreviation the clause may have ended
    const std::string_view w = lower(u.toks[k].text, buf);
    if (is_finite_auxiliary(w)) return true;
    if (in(w, {"that", "which", "who", "and", "or", "but"}) || subject_pronouns.contains(w) || is_preposition(w))
      return false;
    if (is_determiner(w)) {
      if (determiner || !preposition || k != from + 1) return false;
      determiner = true;
    }
  }
  return false;
}

// Whether token `k`, before an "and", can be the first half of a coordinated subject ("he and
// Cruz shared …", "Vale and Okafor said"): a pronoun or a name.
bool coordinated_subject(const unit& u, std::size_t k) {
  if (k >= u.toks.size() || !u.toks[k].is_word() || u.quote[k] >= 0) return false;
  char buf[64];
  return u.toks[k].capitalised || subject_pronouns.contains(lower(u.toks[k].text, buf));
}

// The measure of a time phrase ending in "ago": "less than two weeks ago", "a few days ago".
const fixed_words time_measures{"less",  "more", "than",  "about",  "nearly", "almost",  "just",
                                "a",     "an",   "few",   "of",     "couple", "several", "minutes",
                                "hours", "days", "weeks", "months", "years",  "decades", "minute",
                                "hour",  "day",  "week",  "month",  "year"};

// Units of a time span ("for months", "over the past two years").
const fixed_words time_units{"minutes", "hours", "days", "weeks", "months", "years", "decades",
                             "minute",  "hour",  "day",  "week",  "month",  "year"};
// Words between a time span's preposition and its unit: "over the last few weeks", "in recent days".
const fixed_words time_span_words{"the",   "last", "past", "recent", "few",  "several",  "couple",
                                  "of",    "a",    "many", "coming", "next", "previous", "two",
                                  "three", "four", "five", "six",    "ten",  "twelve"};
// Prepositions that open a time span.
const fixed_words time_span_prepositions{"over", "in", "for", "during", "within", "throughout"};

// Where a time span ending at token `unit_at` starts ("over the last few weeks", "for months",
// "in the past 12 months"), or none when the token is no time unit or no preposition opens the span.
std::size_t time_span_start(const unit& u, std::size_t unit_at) {
  if (unit_at >= u.toks.size() || !u.toks[unit_at].is_word() || !time_units.contains(u.toks[unit_at].text)) return none;
  std::size_t k = unit_at;
  while (k > 0 && unit_at - k < 5 && u.quote[k - 1] < 0 &&
         (u.toks[k - 1].kind == text_token_kind::number ||
          (u.toks[k - 1].is_word() && !u.toks[k - 1].capitalised && time_span_words.contains(u.toks[k - 1].text))))
    --k;
  if (k == 0 || u.quote[k - 1] >= 0 || !u.toks[k - 1].is_word() || !time_span_prepositions.contains(u.toks[k - 1].text))
    return none;
  return k - 1;
}

bool article_pass::find_frame(const unit& u, std::size_t i, const std::vector<frame>& earlier, frame& f) const {
  const cue_match m = u.cue[i];
  if (!m.length || no_speech_use(u, i, i + m.length) || cue_word_is_a_noun(u, i)) return false;
  if (m.past_participle && !m.participle && !m.source && i > 1 && i < 30 && opening_phrase_participle(u, i))
    return false;
  f = frame{};
  f.cue = m;
  f.cue_first = i;
  f.cue_last = i + m.length;
  f.claim_begin = i;
  f.claim_end = f.cue_last;
  char buf[64];
  if (m.source) {  // according to X
    np n = np_forward(u, f.cue_last);
    if (!n.ok() && f.cue_last < u.toks.size() && u.toks[f.cue_last].is_word() && u.quote[f.cue_last] < 0) {
      n.first = f.cue_last;  // "according to data from …", "according to unofficial results"
      n.last = f.cue_last + 1;
      n.kind = np::description;
      while (n.last < u.toks.size() && n.last - n.first < 4 && u.toks[n.last].is_word() && u.quote[n.last] < 0 &&
             !is_preposition(lower(u.toks[n.last].text, buf)) &&      // "interviews with more than …": the head alone
             !(n.last > n.first + 1 && ends_noun_phrase(u, n.last)))  // "results tallied by"
        ++n.last;
      n.last = past_relation_phrase(u, n.last);  // "according to officials briefed on the talks"
    } else if (n.ok() && n.kind == np::description) {
      n.last = past_relation_phrase(u, n.last);
    }
    if (!n.ok()) return false;
    // "Whitcombe said the ferry stays, according to a transcript": a document after a report of
    // its own is where the report is written down, not another speaker
    if (!earlier.empty() && earlier.back().subject.ok() && reports_words(u.toks[earlier.back().cue_first]) &&
        n.kind == np::description && n.last > n.first) {
      std::size_t head = n.last - 1;
      for (std::size_t k = n.first + 1; k < n.last; ++k)
        if (u.toks[k].is_word() && !u.toks[k].capitalised && is_preposition(lower(u.toks[k].text, buf))) {
          head = k - 1;
          break;
        }
      if (u.toks[head].is_word() && lex_.is_document_noun(lower(u.toks[head].text, buf))) return false;
    }
    f.subject = n;
    f.subject_after = true;
    std::size_t e = n.last;
    while (e < u.toks.size() && e - n.last < 8 && !is_separator(u.toks[e]) && !is_terminal(u.toks[e]) && u.quote[e] < 0)
      ++e;
    f.claim_end = e;
    f.rule = "according to";
    return true;
  }
  bool after_comma = i > 0 && (u.toks[i - 1].is(",") || is_dash(u.toks[i - 1].text));
  if (i > 0 && u.quote[i - 1] >= 0) {  // on MSNBC’s “Morning Joe,” calling it …
    const quotation& q = quotes_[static_cast<std::size_t>(u.quote[i - 1])];
    if (!q.content.empty() && text_[q.content.end - 1] == ',') after_comma = true;
  }
  char pb[64];
  const bool after_connective =
      i > 0 && u.toks[i - 1].is_word() &&
      in(lower(u.toks[i - 1].text, pb), {"before", "after", "while", "by", "without", "when", "since", "upon"});
  if (opens_participial_clause(u, i) && subject_after_opening_clause(u, f)) return true;
  if (m.participle && (after_comma || after_connective)) {  // "…, saying …": the main clause's speaker goes on
    // the connective or comma before the participle is the frame's; a quotation ending in a comma
    // ("said Trump represents “New York values,” stating …") stays in the content before it
    f.claim_begin = u.quote[i - 1] >= 0 ? i : i - 1;
    // (not a frame inside an opening subordinate clause: "When the groups advocated for …, Okafor
    // pressed them by threatening …" — the main clause's subject threatens)
    const std::size_t clause_start = earlier.empty() ? 0 : u.clause_start;
    if (!earlier.empty() && !(clause_start > 0 && earlier.back().cue_last < clause_start && i >= clause_start)) {
      f.subject = earlier.back().subject;
      f.inherited = std::nullopt;
      f.rule = "participle";
      if (!f.subject.ok() && earlier.back().inherited) f.inherited = earlier.back().inherited;
      f.inherited_mention = earlier.back().inherited_mention;
      return f.subject.ok() || f.inherited;
    }
    np n = main_subject(u);
    if (!n.ok() || n.last > i) return false;
    f.subject = n;
    f.rule = "participle";
    return true;
  }
  if (i == 0 && !m.participle && cue_opens_before_its_subject(u, f)) return true;
  // subject before the cue, across auxiliaries and adverbs ("has also said")
  std::size_t p = i;
  std::size_t skipped = 0;
  bool passive = false;
  while (p > 0 && skipped < 6 && u.toks[p - 1].is_word() && u.quote[p - 1] < 0 &&
         (!u.toks[p - 1].capitalised || is_weekday(u.toks[p - 1].text))) {
    const std::string_view w = u.toks[p - 1].text;
    if (is_weekday(w) || time_words_before_cue.contains(w)) {
      --p;  // "Sanders on Wednesday morning also called …"
      ++skipped;
      continue;
    }
    if (w == "ago") {  // "The council less than two weeks ago said …": the phrase back to its measure
      std::size_t k = p - 1;
      while (k > 0 && p - k < 6 && u.quote[k - 1] < 0 &&
             (u.toks[k - 1].kind == text_token_kind::number ||
              (u.toks[k - 1].is_word() && !u.toks[k - 1].capitalised &&
               (is_number_word(lower(u.toks[k - 1].text, buf)) || time_measures.contains(u.toks[k - 1].text)))))
        --k;
      if (k == p - 1) break;
      skipped += p - k;
      p = k;
      continue;
    }
    // "Ravi Okafor in recent weeks has said", "Dock workers over the past two years have said": a
    // time span between subject and cue, back to its preposition
    if (const std::size_t k = time_span_start(u, p - 1); k != none) {
      skipped += p - k;
      p = k;
      continue;
    }
    if (w == "to") {
      // "Vale went on to criticize", "Okafor was quick to note", "the mayor began to question": a
      // verb that takes the cue as its complement keeps the subject before it
      const std::size_t lead = p >= 3 && u.toks[p - 2].is("on") && u.toks[p - 3].is_word() &&
                                       in(lower(u.toks[p - 3].text, buf), {"went", "goes", "go", "going"})
                                   ? p - 3
                                   : p - 2;
      if (p < 2 || !u.toks[lead].is_word() || u.quote[lead] >= 0 ||
          !(lead == p - 3 || verbs_before_infinitive_cue.contains(lower(u.toks[lead].text, buf))))
        return false;  // an infinitive ("an effort to deny"): its subject is elsewhere
      p = lead;
      skipped += 2;
      continue;
    }
    if (in(lower(w, buf), {"began", "begins", "started", "starts", "kept", "keeps"}) &&
        m.participle) {  // "Vale began dismissing …", "Okafor kept saying …"
      --p;
      ++skipped;
      continue;
    }
    // "Cruz himself said", "Carter however said": a reflexive or a sentence adverb is no subject
    if (no_subject_words.contains(w)) {
      --p;
      ++skipped;
      continue;
    }
    if (!is_aux(w) && !is_negated_aux(w)) break;
    if (is_be(w) && w != "'s" && m.past_participle && !m.participle) passive = true;
    --p;
    ++skipped;
  }
  p = date_phrase_start(u, p);  // "Vance on Feb. 9, 2026 argued", "Mancini on 12/1/2024 claimed"
  if (passive) {
    // "was asked", "were told": the subject is the one addressed, so no frame — unless an agent
    // follows: "News of the closure was first reported by the Harborton Post" reports the subject
    // as what the agent said
    if (f.cue.object || f.cue.question || p == 0) return false;
    const np agent = agent_after(u, f.cue_last);
    if (!agent.ok()) return false;
    std::size_t topic = p;  // what was reported: back to the start of the clause
    while (topic > 0 && p - topic < 16 && u.quote[topic - 1] < 0 && !is_separator(u.toks[topic - 1]) &&
           !is_terminal(u.toks[topic - 1]) && !u.cue[topic - 1].length && !u.toks[topic - 1].is("that") &&
           !u.toks[topic - 1].is("which"))
      --topic;
    if (topic == p || (topic > 0 && !is_separator(u.toks[topic - 1]) && !is_terminal(u.toks[topic - 1]))) return false;
    f.subject = agent;
    f.subject_after = true;
    f.claim_begin = topic;
    f.claim_end = agent.last;
    f.content_end = p;
    f.rule = "passive agent";
    return true;
  }
  if (p == i && p >= 2 && m.past_participle && !m.participle && !f.cue.object && !f.cue.question && earlier.empty() &&
      u.toks[p - 1].is(",")) {
    // "The bill, opposed by House Republicans, died": a reduced passive relative set off by commas
    // reports the noun phrase it hangs from as what the agent said (inside another frame's
    // content it would cut that content short)
    if (const np agent = agent_after(u, f.cue_last); agent.ok() && agent.first == f.cue_last + 1) {
      const std::size_t last = p - 1;  // the comma
      std::size_t first = last;        // back to the phrase's determiner
      while (first > 0 && last - first < 6 && u.toks[first - 1].is_word() && u.quote[first - 1] < 0 &&
             !u.cue[first - 1].length && !is_determiner(lower(u.toks[first - 1].text, buf)))
        --first;
      if (first > 0 && u.toks[first - 1].is_word() && is_determiner(lower(u.toks[first - 1].text, buf)) &&
          !u.toks[first - 1].is("that") && first < last && u.toks[last - 1].is_word() &&
          !lex_.is_document_noun(lower(u.toks[last - 1].text, buf))) {  // "a statement released by": a document
        f.subject = agent;
        f.subject_after = true;
        f.claim_begin = first - 1;
        f.claim_end = agent.last;
        f.content_end = last;
        f.rule = "passive agent";
        return true;
      }
    }
  }
  if (p > 0 && u.toks[p - 1].is_word() && u.quote[p - 1] < 0) {
    const std::string_view w = lower(u.toks[p - 1].text, buf);
    // "X voted … and said …": the earlier frame's speaker goes on, unless that frame's subject lies
    // inside an object ("Experts have discounted Pyongyang's claims, but have speculated …")
    const np& before = earlier.empty() ? np{} : earlier.back().subject;
    char b2[64];
    const bool in_object = before.ok() && !earlier.back().subject_after && before.first > 0 &&
                           u.toks[before.first - 1].is_word() && !u.toks[before.first - 1].capitalised &&
                           !in(lower(u.toks[before.first - 1].text, b2),
                               {"and", "but", "that", "when", "while", "as", "because", "since", "if", "although",
                                "though", "after", "before", "so", "until", "once", "where", "whether"});
    if ((w == "and" || w == "but") && !earlier.empty() && !in_object) {
      f.subject = earlier.back().subject;
      f.claim_begin = p - 1;
      f.rule = "coordinated verb";
      return f.subject.ok();
    }
    if (w == "and" || w == "but") {
      // "…, in part because he favors the fees and opposes …": a pronoun subject of the clause the
      // coordination is in, before the main clause's
      for (std::size_t k = p - 1; k > 0 && p - 1 - k < 12; --k) {
        const text_token& t = u.toks[k - 1];
        if (u.quote[k - 1] >= 0 || is_separator(t) || is_terminal(t) || u.cue[k - 1].length) break;
        char b3[64];
        if (t.is_word() && subject_pronouns.contains(lower(t.text, b3)) && u.toks[k].is_word() &&
            !u.toks[k].capitalised) {
          f.subject = np{k - 1, k, np::pronoun};
          f.claim_begin = p - 1;
          f.rule = "coordinated verb";
          return true;
        }
      }
      np n = main_subject(u);
      if (!n.ok() || n.last >= p) return false;
      f.subject = n;
      f.claim_begin = p - 1;
      f.rule = "coordinated verb";
      return true;
    }
  }
  if (m.participle && p > 1 && u.toks[p - 1].is_word()) {
    // "with analysts saying …", "with the campaign of the senator saying …": the participle's
    // subject is the object of "with"
    std::size_t w = p - 1;
    while (w > 0 && p - w < 10 && u.toks[w].is_word() && u.quote[w] < 0 && !u.cue[w].length && !u.toks[w].is("with"))
      --w;
    if (u.toks[w].is("with") && w + 1 < p && (w == 0 || is_separator(u.toks[w - 1]))) {
      np n = np_forward(u, w + 1);
      if (n.ok() && n.kind != np::pronoun && n.last <= p) {
        f.subject = n;
        f.claim_begin = w;
        f.rule = "cue subject";
        return true;
      }
    }
  }
  if (p > 0) {
    // np_backward, keeping the raw phrase for the relative below
    np raw;
    np n = quantity_backward(u, p - 1);
    if (!n.ok()) {
      raw = np_backward_unquantified(u, p - 1);
      n = as_subject(u, raw);
    }
    if (!n.ok() && !earlier.empty() && p >= 2 && u.toks[p - 1].is_word() && !u.toks[p - 1].capitalised &&
        u.quote[p - 1] < 0 && (u.toks[p - 2].is("and") || u.toks[p - 2].is("but")) && earlier.back().cue_last < p - 2) {
      // "Some pilots said the channel was shallow and others said it was deep": after an earlier
      // report, "and" before a bare plural opens a clause of its own, not half a list
      char b3[64];
      const std::string_view w = lower(u.toks[p - 1].text, b3);
      if (w == "others" || lex_.is_speaker_noun(w) || (lex_.is_group_noun(w) && w.back() == 's'))
        n = np{p - 1, p, np::description};
    }
    if (!n.ok() && !u.toks[p - 1].is(",")) {  // "Those who attended the meeting said": a thing ends the relative
      if (raw.ok() && raw.kind == np::description) {
        n = head_of_relative(u, raw);
      } else {
        // "Pilots interviewed by the mayor said": the agent of a reduced passive relative is the
        // object of "by" (no subject itself); the phrase the relative hangs from speaks
        for (std::size_t k = p - 1; k > 1 && p - k < 6 && u.toks[k].is_word() && u.quote[k] < 0 && !u.cue[k].length;
             --k)
          if (u.toks[k - 1].is("by")) {
            np agent;
            agent.first = k;
            agent.last = p;
            agent.kind = np::description;
            n = head_of_relative(u, agent);
            break;
          }
      }
    }
    if (n.ok() && u.toks[p - 1].is(",") == false) {
      // "than she said", "how he said it": not a report of speech. "what Vale called “a disgrace”",
      // "what she said is growing demand", "what Okafor told the board" are: the object relative
      // opens the content (PolNeAR annotates them, whatever the cue)
      if (n.first > 0 && u.toks[n.first - 1].is_word()) {
        const std::string_view w = lower(u.toks[n.first - 1].text, buf);
        if (in(w, {"than", "how", "whatever", "whether", "if", "why"})) return false;
      }
      if (m.participle && n.kind == np::description && lex_.is_document_noun(lower(u.toks[n.last - 1].text, buf))) {
        // "Trump issued a statement saying …": Trump speaks, and "issued" joins the cue
        if (!earlier.empty() && earlier.back().subject.ok() && earlier.back().claim_end <= n.first) {
          f.subject = earlier.back().subject;
          f.absorbs_previous = true;
        } else {
          np main = main_subject(u);
          if (!main.ok() || main.last > n.first) return false;
          f.subject = main;
        }
        f.claim_begin = i;
        f.rule = "document participle";
        return true;
      }
      // "Lynch's highly criticized meeting": a possessive before a past participle is no subject, nor
      // is one before a label's noun and its colon ("Editor's note: …" is the publisher's aside)
      // ("Trump's support rose", "Clinton's decline in the polls": after a name's possessive these
      // cue words are nouns that report no words; "Sanders's claim that …", "Pence's call for …" do)
      const bool label = f.cue_last < u.toks.size() && u.toks[f.cue_last].is(":");
      const bool noun = n.last == i && in(lower(u.toks[i].text, buf), {"support", "decline", "brand", "backing"});
      if (((m.past_participle && !m.participle) || label || noun) && n.kind == np::name &&
          without_possessive(u.toks[n.last - 1].text).size() != u.toks[n.last - 1].text.size())
        return false;
      // "The messages released on Tuesday were …", "the address listed on the records is …": a
      // past participle after a description, with a finite verb after it, is a reduced relative
      if (p == i && n.kind == np::description && m.past_participle && !m.participle && !f.cue.object &&
          !u.toks[i].is("said") && finite_verb_follows(u, f.cue_last))
        return false;
      // "People who live near the pier say", "Port workers interviewed by the Ledger said": the
      // noun phrase before the cue ends a restrictive relative; the phrase it hangs from speaks
      if (const np head = head_of_relative(u, n); head.ok()) n = head;
      f.subject = n;
      f.claim_begin = n.first;
      f.rule = "cue subject";
      return true;
    }
    // a dashed aside between subject and cue: "Okafor — after a knock on wood — told me …"
    if (is_dash(u.toks[p - 1].text) && p >= 3) {
      std::size_t d = p - 2;
      while (d > 0 && p - d < 24 && !is_dash(u.toks[d].text) && u.quote[d] < 0 && !u.cue[d].length &&
             !is_terminal(u.toks[d]))
        --d;
      if (d > 0 && d + 1 < p - 1 && is_dash(u.toks[d].text)) {
        np n = np_backward(u, d - 1);
        if (n.ok() && n.kind != np::pronoun && (n.first == 0 || is_separator(u.toks[n.first - 1]))) {
          f.subject = n;
          f.claim_begin = n.first;
          f.rule = "cue subject";
          return true;
        }
      }
    }
    // appositives or relative clauses between subject and cue: "Hugh Hill, a doctor, said",
    // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said"
    if (u.toks[p - 1].is(",") && p >= 2 && u.toks[p - 2].is_word() &&
        text_.substr(u.toks[p - 2].span.end, u.toks[p - 1].span.begin - u.toks[p - 2].span.end).find(')') !=
            std::string_view::npos) {
      // "Sen. Jo Vale (D-R.I.), said": the party and state in brackets (dropped with the credits) and
      // the comma after them close the subject
      const np n = np_backward(u, p - 2);
      if (n.ok() && n.kind == np::name &&
          (n.first == 0 || is_separator(u.toks[n.first - 1]) || u.quote[n.first - 1] >= 0)) {
        f.subject = n;
        f.claim_begin = n.first;
        f.rule = "cue subject";
        return true;
      }
    }
    // "Jo Vale, a host of “The Harbor Hour,” refused …": the comma that closes the appositive may
    // stand inside the quotation marks of a title that ends it
    const bool comma_in_title = p >= 3 && u.quote[p - 1] >= 0 && u.quote[p - 2] < 0 && u.toks[p - 2].is_word() &&
                                quotation_leads(u, p) == false && [&] {
                                  const quotation& q = quotes_[static_cast<std::size_t>(u.quote[p - 1])];
                                  return !q.content.empty() && text_[q.content.end - 1] == ',' && quoted_title(q);
                                }();
    if (u.toks[p - 1].is(",") || comma_in_title) {
      std::size_t c = comma_in_title ? p : p - 1;  // the comma that closes the nearest appositive
      np best;
      for (int seg = 0; seg < 6; ++seg) {
        std::size_t q = c;
        // a title in quotation marks may stand inside an appositive ("the co-author of “Going Viral,” …")
        while (q > 0 && c - q < 24 && !u.toks[q - 1].is(",") && !is_dash(u.toks[q - 1].text) &&
               (u.quote[q - 1] < 0 || (q >= 2 && u.quote[q - 2] < 0 && u.toks[q - 2].is_word() &&
                                       quoted_title(quotes_[static_cast<std::size_t>(u.quote[q - 1])]))))
          --q;
        if (q == c) break;
        auto covers_segment = [&](const np& n) {
          if (!n.ok() || n.kind == np::pronoun || n.first < q) return false;
          bool connective = true;
          for (std::size_t k = q; k < n.first && connective; ++k) {  // "Even Rendell, a stalwart supporter, said"
            char b4[64];
            const auto w = lower(u.toks[k].text, b4);
            connective = in(w, {"even", "but", "and", "yet", "so", "also", "still", "meanwhile", "now"});
          }
          if (connective) return true;
          // "Jo Vale of Georgia and Ben Ray of Arkansas, both up for reelection, said": two names
          if (n.kind == np::name && n.first >= q + 2 && u.toks[n.first - 1].is("and")) {
            const np left = np_backward(u, n.first - 2);
            if (left.ok() && left.kind == np::name && left.first == q) return true;
          }
          bool titles = true;  // "Former senior officials in both parties, though, say"
          for (std::size_t k = q; k < n.first && titles; ++k) titles = lex_.is_title(u.toks[k].text);
          if (titles) return true;
          // "The Legal Aid Society, which represents …, said": an organisation's name after "the"
          if (n.kind == np::name && n.first == q + 1 && u.toks[q].is_word()) {
            char b3[64];
            if (lower(u.toks[q].text, b3) == "the") return true;
          }
          // a role before the name ("Florida delegate Jo Archer, wearing …, said"): up to four plain
          // words, no verb-like or function word, and no inverted subject after the cue to prefer
          if (n.kind != np::name || n.first - q > 4 || !u.toks[q].capitalised) return false;
          if (const np inverted = np_forward(u, f.cue_last);
              inverted.ok() && inverted.kind != np::pronoun &&
              (inverted.kind == np::name || speaker_description(u, inverted)) &&
              (inverted.last >= u.toks.size() || is_terminal(u.toks[inverted.last]) || u.toks[inverted.last].is(",")))
            return false;
          for (std::size_t k = q; k < n.first; ++k) {
            char b4[64];
            const auto w = lower(u.toks[k].text, b4);
            if (!u.toks[k].is_word() || u.quote[k] >= 0 || u.cue[k].length || (is_aux(w) && !ly_name_word(u, k)) ||
                is_negated_aux(w) || is_preposition(w) || lex_.pronoun(w) || is_determiner(w) ||
                in(w, {"that", "who", "which", "and", "but", "or", "when", "while", "if", "as"}) ||
                (w.size() > 3 && w.substr(w.size() - 2) == "ed"))
              return false;
          }
          return true;
        };
        if (seg == 0 && q > 1 && u.toks[q - 1].is(",")) {
          // "The author of the book, Mitchell Zuckoff, said": the name after a description
          np n = np_backward(u, c - 1);
          np d = np_backward(u, q - 2);
          // "His wife, longtime campaign aide Mira Holt, announced": up to five role words before the name
          // ("longtime Hillary Clinton aide Huma Abedin": a name may stand in the role)
          bool role = n.ok() && n.first >= q && n.first - q <= 5;
          for (std::size_t k = q; role && k < n.first; ++k) {
            char b4[64];
            const auto w = lower(u.toks[k].text, b4);
            role = u.toks[k].is_word() && u.quote[k] < 0 && !u.cue[k].length && !is_aux(w) && !is_negated_aux(w) &&
                   !is_preposition(w) && !is_determiner(w) && !lex_.pronoun(w) &&
                   !in(w, {"and", "or", "but", "who", "which", "that"});
          }
          // "First his wife, …": an adverb opening the sentence may stand before the description
          char b5[64];
          const bool opening =
              d.ok() && (d.first == 0 || !u.toks[d.first - 1].is_word() ||
                         (d.first == 1 && in(lower(u.toks[0].text, b5), {"first", "then", "now", "later", "meanwhile",
                                                                         "and", "but", "so", "also", "still", "yet"})));
          if (role && n.kind == np::name && d.kind == np::description && opening) {
            best = n;
            break;
          }
        }
        if (seg > 0 || u.toks[c - 1].is(")")) {  // a segment that is a name: the farthest one is the subject
          np n = np_backward(u, c - 1);
          if (covers_segment(n)) {
            best = n;
            if (q > 0 && u.toks[q - 1].is(",")) {
              c = q - 1;
              continue;
            }
            break;
          }
        }
        const text_token& w = u.toks[q];
        const std::string_view fw = lower(w.text, buf);
        bool lower_inside = false;  // "Democrat of California", "South Carolina director for Sanders"
        for (std::size_t k = q + 1; k < c; ++k) lower_inside |= u.toks[k].is_word() && !u.toks[k].capitalised;
        const bool appositive =
            w.kind == text_token_kind::number || is_determiner(fw) || fw == "who" || lower_inside ||
            (c - q <= 3 && !u.toks[c - 1].text.empty() &&
             u.toks[c - 1].text.back() == '.') ||  // "of Springfield, Va., said"
            fw == "(" ||
            fw == "which" || (w.is_word() && !w.capitalised) || w.all_caps ||
            w.text.find('-') != std::string_view::npos ||
            (u.toks[c - 1].is_word() && !u.toks[c - 1].capitalised);  // "Color of Change's director"
        if (!appositive) break;
        if (q > 0 && u.toks[q - 1].is(",")) {
          c = q - 1;
          continue;
        }
        break;
      }
      if (best.ok()) {
        f.subject = best;
        f.claim_begin = p - 1;  // the appositive may hold an earlier frame ("Cruz, who says …, said")
        f.rule = "cue subject appositive";
        return true;
      }
    }
  }
  // "Officials whose laws were struck down say …", "Vale and others who want a new pier said …": a
  // restrictive relative clause, without commas, between the subject and the cue
  if (p > 1 && u.toks[p - 1].is_word() && u.quote[p - 1] < 0) {
    std::size_t w = p - 1;
    while (w > 0 && p - w < 16 && u.quote[w] < 0 && !is_separator(u.toks[w]) && !is_terminal(u.toks[w]) &&
           !u.cue[w].length && !u.toks[w].is("who") && !u.toks[w].is("whose"))
      --w;
    if (w > 0 && w + 1 < p && (u.toks[w].is("who") || u.toks[w].is("whose"))) {
      const np n = np_backward(u, w - 1);
      char cb[64];
      if (n.ok() && n.kind != np::pronoun &&
          (n.first == 0 || is_separator(u.toks[n.first - 1]) ||
           (u.toks[n.first - 1].is_word() && in(lower(u.toks[n.first - 1].text, cb), {"and", "but", "so", "yet"})))) {
        f.subject = n;
        f.claim_begin = n.first;
        f.rule = "cue subject";
        return true;
      }
    }
  }
  // inverted: "“…,” said X" / "…, said the official"
  const bool after_content = i > 0 && (u.toks[i - 1].is(",") || u.quote[i - 1] >= 0 || is_dash(u.toks[i - 1].text));
  if (after_content) {
    np n = f.cue_last < u.toks.size() && u.toks[f.cue_last].is("that")
               ? np{}
               : np_forward(u, f.cue_last);  // "…, says that Vale …"
    // "…, said he." inverts; "…, said he had fought …" is a complement clause, not an inversion
    if (n.ok() && n.kind == np::pronoun && n.last < u.toks.size() && !is_terminal(u.toks[n.last]) &&
        !is_separator(u.toks[n.last]) && u.quote[n.last] < 0)
      n = np{};
    // nor does "…, for instance, said the problem was …" (PolNeAR): a finite verb after the phrase
    // makes it the subject of the content's clause
    if (n.ok() && n.kind == np::description && n.last < u.toks.size() && u.toks[n.last].is_word() &&
        !u.toks[n.last].capitalised) {
      char b5[64];
      if (is_finite_auxiliary(lower(u.toks[n.last].text, b5))) n = np{};
    }
    // nor "…, wrote a host of new songs": a measure of things before "of" is the cue's object
    if (n.ok() && n.kind == np::description && n.last + 1 < u.toks.size() && u.toks[n.last].is("of")) {
      char b6[64];
      if (in(lower(u.toks[n.last - 1].text, b6),
             {"host", "number", "series", "lot", "range", "variety", "list", "string", "slew", "raft", "litany",
              "flurry", "barrage", "stream", "torrent"}))
        n = np{};
    }
    if (n.ok() && (n.kind != np::description || speaker_description(u, n))) {
      f.subject = n;
      f.subject_after = true;
      f.claim_end = n.last;
      // the rest of an inverted subject's appositive belongs to it: "said Robert Klein, chairman of …"
      f.rule = "cue subject inverted";
      return true;
    }
  }
  return false;
}

// The noun phrase a restrictive relative ending in `n` hangs from, when it opens the clause: "People
// [who live near the pier]", "Many of those [who attended]", "Workers [interviewed by the Ledger]".
np article_pass::head_of_relative(const unit& u, const np& n) const {
  std::size_t r = n.first;
  char buf[64];
  bool relative = false;
  while (r > 0 && n.first - r < 8 && u.toks[r - 1].is_word() && u.quote[r - 1] < 0 && !u.cue[r - 1].length) {
    const std::string_view w = lower(u.toks[r - 1].text, buf);
    --r;
    if (w == "who") {
      relative = true;
      break;
    }
    if (w == "by" && r > 0 && u.toks[r - 1].is_word() && lower(u.toks[r - 1].text, buf).ends_with("ed")) {
      --r;  // a reduced passive relative: "interviewed by"
      relative = true;
      break;
    }
  }
  if (!relative || r == 0) return np{};
  np head = np_backward(u, r - 1);
  if (!head.ok() && u.toks[r - 1].is_word() && is_determiner(lower(u.toks[r - 1].text, buf))) {
    // "Those who attended said", "Many of those who …": a determiner standing for the people
    head.first = r - 1;
    head.last = r;
    head.kind = np::description;
    if (head.first >= 2 && u.toks[head.first - 1].is("of") && u.toks[head.first - 2].is_word() &&
        is_determiner(lower(u.toks[head.first - 2].text, buf)))
      head.first -= 2;
  }
  if (!head.ok() || head.kind == np::pronoun || head.last != r) return np{};
  const bool opens_clause = head.first == 0 || u.quote[head.first - 1] >= 0 || is_separator(u.toks[head.first - 1]) ||
                            is_terminal(u.toks[head.first - 1]);
  if (!opens_clause || (head.kind == np::description && !speaker_description(u, head))) return np{};
  return head;
}

// "Said Jo Vale, who grew up near the docks, “…”": a cue opening the sentence, its subject right
// after it, and a quotation after the subject (and its appositive) as the content.
bool article_pass::cue_opens_before_its_subject(const unit& u, frame& f) const {
  const np n = np_forward(u, f.cue_last);
  if (!n.ok() || n.kind == np::pronoun || (n.kind == np::description && !speaker_description(u, n))) return false;
  std::size_t q = n.last;
  while (q < u.toks.size() && q - n.last < 25 && u.quote[q] < 0 && !is_terminal(u.toks[q]) && !u.cue[q].length) ++q;
  if (q >= u.toks.size() || u.quote[q] < 0 || q == n.last || !(is_separator(u.toks[q - 1]) || u.toks[q - 1].is(":")))
    return false;
  f.subject = n;
  f.subject_after = true;
  f.claim_end = q;
  f.rule = "cue subject inverted";
  return true;
}

const std::vector<actor>& article_pass::mentions_of(std::size_t ui) const {
  auto& c = mentions_[ui];
  if (mentions_known_[ui]) return c;
  mentions_known_[ui] = 1;
  const unit& u = units_[ui];
  for (std::size_t i = 0; i < u.toks.size(); ++i) {
    if (u.quote[i] >= 0) continue;
    if (registry_.is_name_word(u.toks[i])) {
      std::size_t j = i;
      while (j < u.toks.size() && u.quote[j] < 0 &&
             (registry_.is_name_word(u.toks[j]) || lex_.is_title(u.toks[j].text)))
        ++j;
      const actor a = registry_.name_actor(u.toks, i, j);
      if (a && !a.place && !sentence_word_opening(u, i, j, a) && !after_preposition(u, i)) c.push_back(a);
      i = j - 1;
      continue;
    }
    // "the campaign", "the company": organisations by description
    char buf[64];
    if (u.toks[i].is_word() && lower(u.toks[i].text, buf) == "the" && i + 1 < u.toks.size() && u.quote[i + 1] < 0) {
      char b2[64];
      const auto w1 = lower(u.toks[i + 1].text, b2);
      if (lex_.is_group_noun(w1)) {
        actor a = registry_.description_actor(
            text_.substr(u.toks[i].span.begin, u.toks[i + 1].span.end - u.toks[i].span.begin), w1);
        a.kind = actor_kind::organisation;
        c.push_back(a);
      } else if (lex_.alias(u.toks[i + 1].text)) {
        c.push_back(registry_.name_actor(u.toks, i + 1, i + 2));
        ++i;
      }
    }
  }
  return c;
}

bool article_pass::emit(std::size_t ui, const unit& u, std::size_t b, std::size_t e, const found_speaker& sp,
                        const frame* f) {
  // trim separators and final punctuation
  while (b < e && (u.toks[b].kind == text_token_kind::punct) && !u.toks[b].is("(")) ++b;
  while (e > b && u.toks[e - 1].kind == text_token_kind::punct && !u.toks[e - 1].is(")") && !u.toks[e - 1].is("?")) --e;
  while (e > b && u.toks[e - 1].kind == text_token_kind::punct && !u.toks[e - 1].is(")")) --e;
  if (b >= e) return false;
  // a leading "that" is left in the content, as reporters' paraphrase includes it
  std::size_t quotes = 0, quote_at = none, words_outside = 0;
  for (std::size_t i = b; i < e; ++i) {
    if (u.quote[i] >= 0) {
      ++quotes;
      quote_at = i;
    } else if (u.toks[i].is_word() || u.toks[i].kind == text_token_kind::number) {
      ++words_outside;
    }
  }
  statement s;
  if (quotes == 1 && words_outside == 0) {
    const quotation& q = quotes_[static_cast<std::size_t>(u.quote[quote_at])];
    s.content = q.content;
    s.kind = statement_kind::direct;
  } else {
    s.content = {u.toks[b].span.begin, u.toks[e - 1].span.end};
    s.kind = quotes ? statement_kind::mixed : statement_kind::indirect;
    if (words_outside + quotes < 2) return false;
    if (quotes == 0 && words_outside < min_reported_words) return false;
  }
  if (s.content.empty()) return false;
  if (f && f->cue.question && s.kind == statement_kind::direct && text_[s.content.end - 1] == '?')
    s.kind = statement_kind::question;
  // "“Why now?” Okafor asked. “Why not last year?”": the asker's next quoted question is one too
  if (!f && sp.rule == "continuation" && last_.question && last_.paragraph == u.paragraph &&
      s.kind == statement_kind::direct && text_[s.content.end - 1] == '?')
    s.kind = statement_kind::question;
  const bool question = s.kind == statement_kind::question;
  if (sp.who) {
    s.speaker = sp.who.name;
    s.speaker_kind = sp.who.kind;
  }
  if (!sp.mention.empty()) s.speaker_mention = sp.mention;
  if (f) s.cue = text_span{u.toks[f->cue_first].span.begin, u.toks[f->cue_last - 1].span.end};
  s.attribution_rule = sp.rule;
  s.confidence = sp.who ? (sp.rule == "cue subject" || sp.rule == "cue subject inverted" ? 0.9 : 0.75) : 0.4;
  out_.push_back(std::move(s));
  last_.paragraph = u.paragraph;
  last_.speaker = sp;
  last_.quoted = quotes > 0;
  last_.question = question;
  if (sp.who) speakers_[ui].push_back(sp.who);
  return true;
}

bool article_pass::transcript_turn(std::size_t ui) {
  const unit& u = units_[ui];
  if (u.paragraph == transcript_paragraph_) return true;  // the rest of a turn already taken whole
  // never the first paragraph: "Reid: 'Never underestimate him.'" there is a headline
  if (!u.paragraph_start || u.heading || u.toks.size() < 5 || u.paragraph == units_.front().paragraph) return false;
  std::size_t colon = 0;
  while (colon < u.toks.size() && colon < 4 && u.quote[colon] < 0 && registry_.is_name_word(u.toks[colon])) ++colon;
  if (colon == 0 || colon >= u.toks.size() || !u.toks[colon].is(":") ||
      u.quote[colon + 1 < u.toks.size() ? colon + 1 : colon] >= 0)
    return false;
  // "Editor’s Note:": a label after a possessive, no speaker's turn
  for (std::size_t k = 0; k < colon; ++k)
    if (without_possessive(u.toks[k].text).size() != u.toks[k].text.size()) return false;
  // "A:" answers; an interviewer's "Q:" has no speaker to name and often reports others' words
  if (colon == 1 && u.toks[0].is("Q")) return false;
  const bool q_or_a = colon == 1 && u.toks[0].is("A");
  found_speaker sp;
  sp.mention = {u.toks[0].span.begin, u.toks[colon - 1].span.end};
  sp.rule = "transcript turn";
  if (!q_or_a) {
    sp.who = registry_.name_actor(u.toks, 0, colon);
    if (sp.who.kind != actor_kind::person) return false;  // "Update:", "Poll:", "Judicial Watch:"
  }
  // the turn runs to the end of its paragraph
  const auto& para = seg_.paragraphs[u.paragraph];
  std::size_t end = para.span.end;
  while (end > u.toks[colon].span.end && (text_[end - 1] == ' ' || text_[end - 1] == '\n' || text_[end - 1] == '\r'))
    --end;
  std::size_t begin = u.toks[colon].span.end;
  while (begin < end && text_[begin] == ' ') ++begin;
  if (words_in(u, colon + 1, u.toks.size()) < 3) return false;
  statement st;
  st.content = {begin, end};
  st.kind = text_[end - 1] == '?' ? statement_kind::question : statement_kind::direct;
  if (sp.who) {
    st.speaker = sp.who.name;
    st.speaker_kind = sp.who.kind;
  }
  st.speaker_mention = sp.mention;
  st.cue = text_span{u.toks[colon].span.begin, u.toks[colon].span.end};
  st.attribution_rule = sp.rule;
  st.confidence = sp.who ? 0.75 : 0.4;
  out_.push_back(std::move(st));
  if (sp.who) speakers_[ui].push_back(sp.who);
  transcript_paragraph_ = u.paragraph;
  return true;
}

void article_pass::reported_question(std::size_t ui, std::size_t i) {
  const unit& u = units_[ui];
  const std::size_t n = u.toks.size();
  char buf[64];
  // only the passive: sentence-initial "Asked", "when asked", "was asked", ", asked"
  if (i > 0) {
    const std::string_view prev = u.toks[i - 1].is_word() ? lower(u.toks[i - 1].text, buf) : std::string_view{};
    if (!(u.toks[i - 1].is(",") ||
          in(prev, {"when", "after", "once", "if", "was", "were", "being", "is", "are", "been"})))
      return;
  }
  std::size_t k = i + 1;
  np asker;
  if (k < n && u.toks[k].is("by")) {  // "Asked by Matt Lauer whether …"
    asker = np_forward(u, k + 1);
    if (!asker.ok()) return;
    k = asker.last;
  }
  // an adverbial before the question: "Asked on Monday whether", "asked during a luncheon … if"
  std::size_t q = k;
  for (; q < n && q < k + 10 && u.quote[q] < 0 && !is_separator(u.toks[q]) && !is_terminal(u.toks[q]); ++q) {
    if (!u.toks[q].is_word()) continue;
    const std::string_view w = lower(u.toks[q].text, buf);
    if (in(w, {"whether", "if", "what", "why", "how", "who", "whom", "which", "where", "about"})) break;
    if (q == k && w == "to") break;                                // "asked to respond to …"
    if (!(is_time_lead(w) || is_preposition(w) || q > k)) return;  // "asked him …": an object, a different shape
  }
  if (q >= n || q >= k + 10 || !u.toks[q].is_word()) return;
  {
    const std::string_view w = lower(u.toks[q].text, buf);
    if (!in(w, {"whether", "if", "what", "why", "how", "who", "whom", "which", "where", "about", "to"})) return;
  }
  // the question runs to the comma before the main clause ("…, Ban demurred"), else to the end
  std::size_t end = n;
  std::size_t first_comma = none;
  bool main_clause = false;  // the comma before "…, Ban demurred" was found
  for (std::size_t c = q + 1; c < n; ++c) {
    if (u.quote[c] >= 0 || is_terminal(u.toks[c]) || u.toks[c].is(":")) {
      end = c;
      break;
    }
    if (!u.toks[c].is(",")) continue;
    if (first_comma == none) first_comma = c;
    const np subject = np_forward(u, c + 1);
    if (!subject.ok() || subject.last >= n || !u.toks[subject.last].is_word()) continue;
    const std::string_view v = lower(u.toks[subject.last].text, buf);
    if (u.cue[subject.last].length || is_aux(v) || is_negated_aux(v) ||
        (v.size() > 4 && (v.substr(v.size() - 2) == "ed" || v.substr(v.size() - 1) == "s") && !is_preposition(v))) {
      end = c;
      main_clause = true;
      break;
    }
  }
  if (!main_clause && first_comma != none) end = first_comma;
  if (words_in(u, q, end) < 2) return;
  found_speaker sp = asker.ok() ? speaker_of(ui, asker) : found_speaker{};
  sp.rule = "reported question";
  frame f;
  f.cue_first = i;
  f.cue_last = i + 1;
  // the one asked answers next: neither a continuation nor a pronoun should take the asker
  const last_statement before = last_;
  if (emit(ui, u, q, end, sp, &f) && sp.who && !speakers_[ui].empty()) speakers_[ui].pop_back();
  last_ = before;
}

// Nouns with which a narrator sums up a report in a closing appositive: "…, a reversal from her
// position in March", "…, an apparent reference to the mayor".
const fixed_words summing_up_nouns{"reversal", "shift", "departure", "turnaround", "retreat", "reference",
                                   "nod",      "swipe", "dig",       "jab",        "rebuke",  "break",
                                   "change",   "echo",  "allusion",  "about-face", "U-turn",  "contrast"};

// The end of the content [after, end) before a closing appositive that sums up the report: a comma
// after at least three words, then "a" or "an", at most one word, and one of the nouns above. The
// appositive is the narrator's comment on what was said, not part of it. So is a closing "according
// to" (its document was no frame of its own: find_frame).
std::size_t article_pass::before_summing_up(const unit& u, std::size_t after, std::size_t end) const {
  char buf[64];
  for (std::size_t c = after + 3; c + 2 < end; ++c) {
    // "…, according to a transcript": where the words are written down is no part of them
    if (u.quote[c] < 0 && u.toks[c].is(",") && u.cue[c + 1].source) return words_in(u, after, c) >= 3 ? c : end;
    if (u.quote[c] >= 0 || !u.toks[c].is(",") || !(u.toks[c + 1].is("a") || u.toks[c + 1].is("an"))) continue;
    for (std::size_t h = c + 2; h < end && h <= c + 3; ++h)
      if (u.quote[h] < 0 && u.toks[h].is_word() && summing_up_nouns.contains(lower(u.toks[h].text, buf)))
        return words_in(u, after, c) >= 3 ? c : end;
  }
  return end;
}

// Whether a cue whose words end at `after` has no object of its own: it ends the clause, or a
// preposition, a time word or an infinitive without an object follows ("said about Latinos",
// "pledged to reach at the talks", "has been repeating for decades"). A complementiser or a
// quotation after it is content, not an adjunct.
bool cue_lacks_object(const unit& u, std::size_t after, std::size_t end) {
  for (std::size_t k = after; k < end && k < after + 10; ++k)  // "tweeted, “…”" has its content
    if (u.quote[k] >= 0 || u.toks[k].is("that") || u.cue[k].length) return false;
  if (after >= end || is_terminal(u.toks[after]) || u.toks[after].is(",")) return true;
  if (!u.toks[after].is_word()) return false;
  char buf[64];
  const std::string_view w = lower(u.toks[after].text, buf);
  if (w == "to") {  // "pledged to reach at …", not "promised to cut taxes"
    if (after + 2 >= end) return after + 2 == end;
    const text_token& next = u.toks[after + 2];
    char nb[64];
    return is_terminal(next) || next.is(",") ||
           (next.is_word() && (is_preposition(lower(next.text, nb)) || is_time_lead(lower(next.text, nb))));
  }
  return is_preposition(w) || is_time_lead(w) || in(w, {"so", "too", "earlier", "before", "here", "there", "once"});
}

// Whether the cue of `f` is a verb rather than a noun that looks like one ("renewed Republican
// calls for", "held a conference call"): a past form, or an auxiliary between subject and cue.
bool cue_is_a_verb(const unit& u, const frame& f) {
  char buf[64];
  const std::string_view w = lower(u.toks[f.cue_first].text, buf);
  return w.ends_with("ed") || in(w, {"said", "says", "told", "wrote", "written"}) || f.cue_first > f.subject.last;
}

// Nouns that open a time adverbial rather than name what was said: "the day she announced …"
const fixed_words time_nouns{"day",       "days",    "week",   "weeks",  "month",  "months",  "year",
                             "years",     "time",    "times",  "moment", "night",  "morning", "evening",
                             "afternoon", "weekend", "hour",   "hours",  "minute", "minutes", "decade",
                             "decades",   "era",     "period", "season", "summer", "winter"};
bool is_time_noun(std::string_view lw) { return time_nouns.contains(lw); }

// Nouns after which "that" opens a clause, not a relative: "the fact that he has declined to …".
const fixed_words clause_taking_nouns{"fact",   "idea",        "notion",     "news",     "view",     "belief", "sense",
                                      "hope",   "possibility", "suggestion", "argument", "claim",    "charge", "word",
                                      "chance", "fear",        "evidence",   "sign",     "assertion"};
// Words that are no noun an object relative could hang from: conjunctions, wh-words, speech verbs.
const fixed_words not_relative_heads{"and",    "or",      "but",   "nor",   "so",    "yet",     "than",
                                     "that",   "which",   "who",   "whom",  "whose", "what",    "how",
                                     "why",    "when",    "where", "while", "if",    "because", "although",
                                     "though", "whether", "said",  "says",  "say",   "told"};

std::size_t article_pass::object_relative_head(const unit& u, std::size_t subject_first, std::size_t floor) const {
  if (subject_first <= floor) return none;
  std::size_t noun = subject_first - 1;
  char buf[64];
  if (u.toks[noun].is("that") && noun > floor) {  // "an approach that he has advocated"
    --noun;
    // "the fact that he has declined to …": after these nouns "that" opens a clause, not a relative
    if (u.toks[noun].is_word() && clause_taking_nouns.contains(lower(u.toks[noun].text, buf))) return none;
  }
  // a plain lower-case noun: no function word, cue, adverb, time word or person noun ("Republican
  // candidate Jo Vale said" is a title, "sources he trusts" are people, not what was said)
  auto plain_word = [&](std::size_t k) {
    const text_token& t = u.toks[k];
    if (!t.is_word() || t.capitalised || u.quote[k] >= 0 || u.cue[k].length) return false;
    const std::string_view w = lower(t.text, buf);
    return !(is_determiner(w) || is_preposition(w) || is_aux(w) || is_negated_aux(w) || lex_.pronoun(w) != nullptr ||
             not_relative_heads.contains(w));
  };
  if (!plain_word(noun)) return none;
  {
    const std::string_view w = lower(u.toks[noun].text, buf);
    auto ends = [&](std::string_view tail) { return w.size() > tail.size() + 1 && w.ends_with(tail); };
    if (is_time_noun(w) || lex_.is_speaker_noun(w) || lex_.is_group_noun(w) || lex_.is_title(u.toks[noun].text) ||
        ends("er") || ends("ers") || ends("or") || ends("ors") || ends("ist") || ends("ists") || ends("ian") ||
        ends("ians") || ends("man") || ends("men") || w == "people" || w == "others")
      return none;
  }
  // a modifier inside the phrase: a plain word or an adverb ("particularly outrageous"), not a number
  auto modifier = [&](std::size_t k) {
    if (!u.toks[k].is_word() || u.toks[k].capitalised || u.quote[k] >= 0) return false;
    const std::string_view w = lower(u.toks[k].text, buf);
    if (is_number_word(w)) return false;
    if (ly_word(w) && w != "only") return true;
    return plain_word(k);
  };
  auto determiner_at = [&](std::size_t k) {
    if (u.quote[k] >= 0) return false;
    if (u.toks[k].kind == text_token_kind::number) return true;
    return u.toks[k].is_word() &&
           (is_determiner(lower(u.toks[k].text, buf)) || is_number_word(lower(u.toks[k].text, buf)));
  };
  // back over the modifiers to the determiner ("nine particularly outrageous things"), and across
  // "of / to / for" into a phrase the noun hangs from ("the approach to the use of force")
  std::size_t first = noun;
  std::size_t head = noun;
  for (int chain = 0; chain < 3; ++chain) {
    std::size_t j = head;
    while (j > floor && head - j < 5 && modifier(j - 1)) --j;
    const bool determined = j > floor && determiner_at(j - 1);
    if (chain > 0 && !determined) break;  // "listen to words": the verb before "to" is no noun
    first = determined ? j - 1 : j;
    // a bare noun keeps its modifiers only inside an "of" phrase ("the use of military force"):
    // elsewhere the word before it may be a verb ("hates companies he listed")
    if (!determined && j < head &&
        !(j > floor && u.toks[j - 1].is_word() && in(lower(u.toks[j - 1].text, buf), {"of", "to", "for"})))
      first = head;
    if (first < floor + 2 || !u.toks[first - 1].is_word() ||
        !in(lower(u.toks[first - 1].text, buf), {"of", "to", "for", "on", "about", "over"}) || !plain_word(first - 2))
      break;
    head = first - 2;
  }
  // "to this day hosts a class named for …": a time word inside the phrase makes it an adverbial
  for (std::size_t k = first; k < noun; ++k)
    if (u.toks[k].is_word() && is_time_noun(lower(u.toks[k].text, buf))) return none;
  // "At the meeting the mayor promised to …": an opening adverbial, not the cue's object; a phrase
  // that opens the sentence, or a lone word that opens a clause, is part of the subject ("The
  // biblical prophet Daniel wrote of …", "…, de Blasio tweeted")
  if (first == 0 || u.quote[first - 1] >= 0 || is_terminal(u.toks[first - 1]) ||
      (first == noun && opens_a_clause_at(u, first)) ||
      (first > floor && u.toks[first - 1].is_word() && is_preposition(lower(u.toks[first - 1].text, buf)) &&
       opens_a_clause_at(u, first - 1)))
    return none;
  return first;
}

// Whether the cue of `f` follows a modal ("would ask", "will not urge", "could then tell") inside the
// content after the cue of `before` (a unit is one sentence, so no sentence ends between them).
bool article_pass::hypothetical_cue_in_content(const unit& u, const frame& before, const frame& f) const {
  if (quotation_leads(u, before.claim_begin)) return false;
  std::size_t p = f.cue_first;
  char buf[64];
  while (p > before.claim_end && u.toks[p - 1].is_word() && u.quote[p - 1] < 0) {
    const std::string_view w = lower(u.toks[p - 1].text, buf);
    if (in(w, {"would", "will", "could", "might", "should", "may", "can", "must", "'d", "'ll", "\u2019d", "\u2019ll"}))
      return true;
    if (!in(w, {"not", "also", "then", "first", "soon", "never"}) && !ly_word(w)) return false;
    --p;
  }
  return false;
}

void article_pass::process(std::size_t ui) {
  // "Whitcombe: We will …" / "Q: …" / "A: …": an interview transcript turn, one statement a paragraph
  if (transcript_turn(ui)) return;
  const unit& u = units_[ui];
  const std::size_t n = u.toks.size();
  std::vector<frame> frames;
  if (!u.heading) {
    for (std::size_t i = 0; i < n; ++i)
      if (u.quote[i] < 0 && u.cue[i].question && u.toks[i].is_word() &&
          (u.toks[i].is("asked") || u.toks[i].is("Asked")))
        reported_question(ui, i);
  }
  if (!u.heading) {
    for (std::size_t i = 0; i < n; ++i) {
      // a frame needs a speech cue at i (find_frame's own first test): most words have none and
      // skip the frame's construction and the call
      if (u.quote[i] >= 0 || !u.toks[i].is_word() || !u.cue[i].length) continue;
      frame f;
      if (find_frame(u, i, frames, f)) {
        if (f.absorbs_previous) {
          f.claim_begin = frames.back().claim_begin;
          frames.pop_back();
        } else if (!frames.empty() && !frames.back().subject_after && f.claim_begin >= frames.back().claim_end &&
                   hypothetical_cue_in_content(u, frames.back(), f)) {
          // "Vale said, if elected, she would ask the board to …": an act of speech the content only
          // foresees is part of that content, not an attribution of its own
          i = f.claim_end - 1;
          continue;
        } else if (!frames.empty() && !frames.back().subject_after && f.claim_begin >= frames.back().claim_end) {
          // a cue inside the content of the one before ("said Trump continued to …") is not a new frame
          // …unless the one before attributes a quotation ahead of it ("“…,” Trump said in August
          // after Nabisco announced it was moving jobs"): its content is that quotation
          // …nor when "and" or "but" puts a subject of its own before it ("… shallow and others said")
          bool separated = quotation_leads(u, frames.back().claim_begin) ||
                           (f.subject.ok() && !f.subject_after && f.subject.first == f.claim_begin &&
                            f.claim_begin > frames.back().claim_end + 1 &&
                            (u.toks[f.claim_begin - 1].is("and") || u.toks[f.claim_begin - 1].is("but")) &&
                            !coordinated_subject(u, f.claim_begin - 2));
          for (std::size_t k = frames.back().claim_end; k <= f.claim_begin && k < n && !separated; ++k)
            // a quoted phrase inside the content ("said he is “troubled” by lawmakers he says …")
            // does not end it; a quotation ending in a comma does
            separated =
                is_separator(u.toks[k]) || (u.quote[k] >= 0 && quotation_leads(u, k + 1)) || is_terminal(u.toks[k]);
          if (!separated && !f.cue.source) {
            i = f.claim_end - 1;
            continue;
          }
        }
        if (!frames.empty() && f.claim_begin < frames.back().claim_end) f.claim_begin = frames.back().claim_end;
        frames.push_back(f);
        i = f.claim_end - 1;
      }
    }
  }
  // "The agency met the director and cited concerns, officials said.": an attribution that closes
  // a sentence without quotations reports all of it, cues inside included
  if (frames.size() >= 2) {
    const frame& last = frames.back();
    const std::size_t lead = last.subject_after ? last.claim_begin : last.subject.first;
    bool closing = (last.rule == "cue subject" || last.rule == "cue subject inverted" || last.rule == "according to") &&
                   lead > 0 && lead != none && u.toks[lead - 1].is(",");
    for (std::size_t k = 0; k < n && closing; ++k) closing = u.quote[k] < 0;
    if (closing) {
      std::size_t k = last.claim_end;
      if (last.subject_after && k < n && u.toks[k].is(",")) {
        // "…, said Jo Vale, director of the Harborton Port League.": the appositive closes the subject
        std::size_t e = k + 1;
        while (e < n && e - k < 25 && !is_terminal(u.toks[e]) && !u.cue[e].length) ++e;
        if (e == n || is_terminal(u.toks[e])) k = e;
      }
      while (k < n && is_terminal(u.toks[k])) ++k;
      char b6[64];
      closing = k == n || (words_in(u, k, n) <= 6 && u.toks[k].is_word() && is_adjunct_lead(lower(u.toks[k].text, b6)));
      for (std::size_t j = k; j < n && closing; ++j) closing = !is_separator(u.toks[j]);
    }
    if (closing) frames.erase(frames.begin(), frames.end() - 1);
  }
  bool emitted = false;
  // "When the groups advocated for a public pier, Okafor pressed them …": what a cue inside an
  // opening subordinate clause reports ends with that clause
  const std::size_t clause_comma = frames.empty() ? none : u.clause_comma;
  for (std::size_t k = 0; k < frames.size(); ++k) {
    frame& f = frames[k];
    found_speaker sp;
    if (f.subject.ok()) {
      sp = speaker_of(ui, f.subject);
      if (f.rule != "cue subject") sp.rule = f.rule == "participle" || f.rule == "coordinated verb" ? f.rule : sp.rule;
    } else if (f.inherited) {
      sp.who = *f.inherited;
      sp.mention = f.inherited_mention;
      sp.rule = f.rule;
    }
    // past the frame before, and past the opening clause it reports ("Acknowledging that …“…,”
    // Vale said …": the quotation is that clause's, not this frame's)
    std::size_t region_begin =
        k == 0 ? 0
               : std::max(frames[k - 1].claim_end, frames[k - 1].content_end == none ? 0 : frames[k - 1].content_end);
    // "Whitcombe said the ferry stays; Okafor disagreed": what the frame before reports up to a
    // semicolon is that frame's, not content this one could report before its subject
    if (k > 0)
      for (std::size_t j = f.claim_begin; j > region_begin; --j)
        if (u.toks[j - 1].is(";") && u.quote[j - 1] < 0) {
          region_begin = j;
          break;
        }
    const std::size_t region_end = k + 1 < frames.size() ? frames[k + 1].claim_begin : n;
    char buf[64];
    // content after the cue?
    std::size_t after = f.claim_end;
    std::size_t after_end = std::min(region_end, f.content_end);
    if (clause_comma != none && f.cue_last <= clause_comma && !f.cue.source)
      after_end = std::min(after_end, clause_comma);
    while (after_end > after && is_terminal(u.toks[after_end - 1])) --after_end;
    // "said he believes it was “a mistake,” although he supports …": the conjunction that opens the
    // next frame's clause is neither's content
    if (k + 1 < frames.size() && after_end > after + 1 && after_end == region_end && u.toks[after_end - 1].is_word() &&
        (clause_conjunctions.contains(lower(u.toks[after_end - 1].text, buf)) || u.toks[after_end - 1].is("and"))) {
      --after_end;
      if (after_end > after + 1 && u.toks[after_end - 1].is("even")) --after_end;  // "even though"
      while (after_end > after && u.toks[after_end - 1].is(",")) --after_end;
    }
    after_end = before_summing_up(u, after, after_end);
    const std::size_t after_words = words_in(u, after, after_end);
    bool after_quote = false, after_that = false;
    for (std::size_t i = after; i < after_end && i < after + 10; ++i) {
      if (u.quote[i] >= 0) after_quote = true;
      if (u.toks[i].is("that")) after_that = true;
    }
    bool colon = after < after_end && u.toks[after].is(":");
    // content before the subject: "…, X said." / "“…,” said X"
    const std::size_t before_end = f.subject_after || !f.subject.ok() ? f.claim_begin : f.subject.first;
    bool before_ok = false;
    std::size_t sep = before_end;
    if (f.rule != "participle" && f.rule != "coordinated verb" && before_end > region_begin) {
      sep = before_end;
      for (std::size_t k = 0; k < 6 && sep > region_begin + 1 && u.toks[sep - 1].is_word() && u.quote[sep - 1] < 0;
           ++k) {
        char b5[64];
        const auto w = lower(u.toks[sep - 1].text, b5);
        if ((is_aux(w) && !ly_name_word(u, sep - 1)) || is_preposition(w) || u.cue[sep - 1].length) break;
        // "“…,” though she noted she has also …": a conjunction opens a clause of its own, which
        // reports none of what came before it
        if (clause_conjunctions.contains(w)) {
          sep = before_end;
          break;
        }
        --sep;
      }
      // "…, as Vale said on Monday": "as" after the comma opens the attribution, not the content
      // ("…, as Vale proposes" names a plan, not words said)
      if (sep == before_end && sep > region_begin + 1 && u.toks[sep - 1].is("as") && !f.subject_after &&
          (is_separator(u.toks[sep - 2]) || u.quote[sep - 2] >= 0) && reports_words(u.toks[f.cue_first]))
        --sep;
      if (!(sep > region_begin && (is_separator(u.toks[sep - 1]) || u.quote[sep - 1] >= 0))) sep = before_end;
      // "“…,” the mayor’s spokeswoman, Mira Holt, said": the description before the name's comma
      // is the speaker's, not the quotation's
      if (f.rule == "cue subject appositive" && sep == before_end && sep >= 3 && u.toks[sep - 1].is(",")) {
        std::size_t k = sep - 1;
        char b6[64];
        while (k > region_begin && sep - 1 - k < 6 && u.toks[k - 1].is_word() && u.quote[k - 1] < 0 &&
               !u.cue[k - 1].length) {
          const std::string_view w = lower(u.toks[k - 1].text, b6);
          if (is_aux(w) || is_preposition(w)) break;
          --k;
        }
        if (k > region_begin && k < sep - 1 && u.quote[k - 1] >= 0 && quotation_leads(u, k) &&
            (is_determiner(lower(u.toks[k].text, b6)) ||
             without_possessive(u.toks[k].text).size() != u.toks[k].text.size()))
          sep = k;
      }
      if (sep > region_begin && (is_separator(u.toks[sep - 1]) || u.quote[sep - 1] >= 0)) {
        before_ok = u.quote[sep - 1] >= 0 || words_in(u, region_begin, sep) >= 3;
        for (std::size_t i = region_begin; i < sep; ++i)
          if (u.quote[i] >= 0) before_ok = true;
      }
    }
    std::size_t after_object = after;
    // "warned that the fees …": "that" after the cue opens the content, it is no listener
    if (f.cue.object && after < after_end && !u.toks[after].is("that")) {
      np obj = np_forward(u, after);
      if (obj.ok() && obj.last <= after_end) after_object = obj.last;
    }
    if (!colon && after_object < after_end && u.toks[after_object].is(":")) colon = true;  // "told the council:"
    // “A,” Whitcombe said, “B.”: the quotation before and the one after are both this speaker's
    bool split_after = false;
    {
      std::size_t c = after;
      while (c < after_end && c < after + 6 && !u.toks[c].is(",") && u.quote[c] < 0) ++c;
      split_after = c + 1 < after_end && u.toks[c].is(",") && u.quote[c + 1] >= 0;
    }
    char first_after_buf[64];  // its own buffer: `buf` is reused below
    const std::string_view first_after =
        after_object < after_end ? lower(u.toks[after_object].text, first_after_buf) : std::string_view{};
    bool quoted_region = false;  // a quotation before the subject: "“…,” the senator said the other day"
    for (std::size_t k = region_begin; k < sep; ++k)
      if (u.quote[k] >= 0) quoted_region = true;
    // "“…,” Trump said in February of the plan …": a quotation ending in a comma (or ? !) just
    // before the attribution is its content, however long the adjunct after the cue runs
    const bool quote_leads = sep > region_begin && quotation_leads(u, sep);
    if (f.rule == "passive agent") {  // the passive subject up to the cue is what the agent said
      emitted |= emit(ui, u, f.claim_begin, f.content_end, sp, &f);
      continue;
    }
    // "As Whitcombe told the council on Monday, the ferry will run": the clause after the comma
    if (f.subject.ok() && !f.subject_after && f.subject.first > region_begin && u.toks[f.subject.first - 1].is_word() &&
        lower(u.toks[f.subject.first - 1].text, buf) == "as" &&
        (f.subject.first - 1 == 0 || is_separator(u.toks[f.subject.first - 2]))) {
      std::size_t c = after;
      while (c < after_end && c < after + 12 && !u.toks[c].is(",") && u.quote[c] < 0 && !u.toks[c].is("that")) ++c;
      if (c + 1 < after_end && u.toks[c].is(",") && (words_in(u, c + 1, after_end) >= 3 || u.quote[c + 1] >= 0)) {
        emitted |= emit(ui, u, c + 1, after_end, sp, &f);
        continue;
      }
    }
    // "The plan, Whitcombe said, would fail": an attribution set off by commas inside its clause
    // reports the whole clause, an opening adverbial included ("In 1990, she said, the mill
    // closed"). "…, she said, in an interview." is an adjunct, handled below.
    if (f.rule == "cue subject" && f.subject.ok() && !f.subject_after && sep == before_end && sep > region_begin &&
        u.toks[sep - 1].is(",") && after + 1 < after_end && u.toks[after].is(",")) {
      bool quoted_before = false;
      std::size_t first_word = none;
      for (std::size_t k = region_begin; k < sep; ++k) {
        quoted_before |= u.quote[k] >= 0;
        if (first_word == none && u.toks[k].is_word()) first_word = k;
      }
      bool quoted_after = false, comma_after = false;
      for (std::size_t k = after + 1; k < after_end; ++k) {
        quoted_after |= u.quote[k] >= 0;
        comma_after |= u.toks[k].is(",");
      }
      char b7[64];
      const std::string_view next =
          u.toks[after + 1].is_word() ? lower(u.toks[after + 1].text, b7) : std::string_view{};
      const bool adjunct =
          !quoted_after && !comma_after &&
          (is_time_lead(next) || in(next, {"in", "on", "at", "during", "via", "through", "told", "outside", "inside",
                                           "after", "before", "while", "to", "with", "from"}));
      if (!quoted_before && first_word != none && !adjunct &&
          words_in(u, after + 1, after_end) + (quoted_after ? 1 : 0) >= 2) {
        emitted |= emit(ui, u, region_begin, after_end, sp, &f);
        continue;
      }
    }
    // "…, analyst Jo Vale wrote Thursday on her blog, a site about the port.": a clause closed by
    // the attribution, whose cue is followed only by an adjunct (and what hangs from it after a
    // comma or dash), is the content however long the adjunct runs
    if (before_ok && !quoted_region && f.subject.ok() && !f.subject_after && !colon && sep > region_begin &&
        u.toks[sep - 1].is(",") && is_adjunct_lead(first_after) && first_after != "to" && first_after != "told" &&
        closing_adjunct(u, after, after_end) && opens_with_a_clause(u, region_begin, sep) &&
        !in(lower(u.toks[sep].text, buf), {"but", "and", "or", "so", "yet"})) {  // "…, but the address listed on …"
      emitted |= emit(ui, u, region_begin, sep, sp, &f);
      continue;
    }
    // "“A,” she said, but “B …”": the quotation before is hers, and so is the clause after the comma
    if (before_ok && quote_leads && !colon && !f.subject_after && after + 1 < after_end && u.toks[after].is(",") &&
        u.quote[after + 1] < 0 && u.toks[after + 1].is_word() &&
        in(lower(u.toks[after + 1].text, buf), {"but", "and"})) {
      emitted |= emit(ui, u, region_begin, sep, sp, &f);
      bool quoted_after = false;  // "…, and soon the balloons were dropping" is the narrator's
      for (std::size_t k = after + 1; k < after_end; ++k) quoted_after |= u.quote[k] >= 0;
      if (quoted_after) emit(ui, u, after + 1, after_end, sp, &f);
      continue;
    }
    bool use_before = false;
    if (quoted_region && before_ok && split_after) {
      use_before = true;
    } else if (f.cue.source) {
      use_before = before_ok;
    } else if (f.subject_after) {
      use_before = before_ok;
    } else if ((after_quote && (colon || (after < after_end && (u.toks[after].is(",") || u.quote[after] >= 0)))) ||
               (after_object + 1 < after_end && (u.toks[after_object].is(",") || u.toks[after_object].is(":")) &&
                u.quote[after_object + 1] >= 0)) {
      use_before = false;
    } else if (colon && after_end <= std::max(after, after_object) + 1) {
      use_before = false;  // "X said:" introduces what follows
    } else if (before_ok && quote_leads && first_after != "that" && !(after < after_end && u.quote[after] >= 0)) {
      use_before = true;
    } else if (before_ok && (after_words == 0 || u.toks[after].is(",") ||
                             (is_adjunct_lead(first_after) && first_after != "to" && after_words <= 8 && !after_that &&
                              !after_quote && (quoted_region || opens_with_a_clause(u, region_begin, sep))) ||
                             (quoted_region && after_words <= 3 && !after_that && !after_quote) ||
                             after_object == after_end || u.toks[after_object].is(",") ||
                             (f.cue.object && after_words <= 4 && !after_that && !after_quote &&
                              !(after_object < after_end && u.toks[after_object].is("to")) &&
                              !(after + 1 < after_end && u.toks[after + 1].is("to"))))) {  // "urged them to vote"
      use_before = true;
    }
    if (use_before) {
      // what follows the cue: ", “B”" (a split quotation: its own statement, same speaker) or
      // ", the rest of the clause" (a parenthetical attribution: the content is the whole clause)
      std::size_t c = after;
      while (c < after_end && c < after + 6 && !u.toks[c].is(",") && u.quote[c] < 0) ++c;
      if (f.subject_after && c + 1 < after_end && u.toks[c].is(",") && u.quote[c + 1] < 0) {
        // "“A,” said Jo Vale, the council's director, “B.”": past the speaker's appositive
        for (std::size_t k = c + 1;
             k + 1 < after_end && k < c + 25 && u.quote[k] < 0 && !is_terminal(u.toks[k]) && !u.cue[k].length; ++k)
          if (u.toks[k].is(",") && u.quote[k + 1] >= 0) {
            c = k;
            break;
          }
      }
      bool quoted_before = false;
      for (std::size_t i = region_begin; i < sep; ++i)
        if (u.quote[i] >= 0) quoted_before = true;
      if (c + 1 < after_end && u.toks[c].is(",")) {
        if (u.quote[c + 1] >= 0 && quoted_before) {
          emitted |= emit(ui, u, region_begin, sep, sp, &f);
          found_speaker again = sp;
          again.rule = "split quotation";
          if (options_.join_split_quotations && !out_.empty()) {
            out_.back().content.end = quotes_[static_cast<std::size_t>(u.quote[c + 1])].content.end;
            continue;
          }
          emit(ui, u, c + 1, c + 2, again, &f);
          continue;
        }
        char b3[64];
        // "Over the long term, according to the budget office, the deficit will rise": a source set
        // off by commas inside the clause reports all of it (not "…, according to the poll, which …")
        const bool source_aside =
            f.cue.source && c == after && u.toks[c + 1].is_word() &&
            !in(lower(u.toks[c + 1].text, b3), {"which", "who", "whose", "where", "when", "and", "but"}) &&
            !u.cue[c + 1].length && !(c + 2 < after_end && u.cue[c + 2].length);
        if (!quoted_before && (!f.subject_after || source_aside) && words_in(u, c + 1, after_end) >= 3 &&
            !is_adjunct_lead(lower(u.toks[c + 1].text, b3))) {
          emitted |= emit(ui, u, region_begin, after_end, sp, &f);
          continue;
        }
      }
      emitted |= emit(ui, u, region_begin, sep, sp, &f);
      continue;
    }
    // content after: skip a listener before "that" / ":" / "," / a quotation ("told reporters that …")
    std::size_t b = after;
    // "told reporters he thought …": the listener is not content (before "to" it stays: in "urged the
    // board to act" the board is part of what was urged)
    const bool listener = f.cue.object && after_object > after && after_object < after_end &&
                          u.quote[after_object] < 0 && lex_.pronoun(lower(u.toks[after_object].text, buf)) != nullptr;
    // "told the Ledger the ferry would stay": a noun phrase and its auxiliary right after the
    // listener open the content without "that"
    auto clause_at = [&](std::size_t k) {
      if (k >= after_end || u.quote[k] >= 0 || !u.toks[k].is_word()) return false;
      char cb[64];
      if (!is_determiner(lower(u.toks[k].text, cb)) && !registry_.is_name_word(u.toks[k])) return false;
      for (std::size_t j = k + 1; j < after_end && j <= k + 4; ++j) {
        if (u.quote[j] >= 0 || !u.toks[j].is_word() || u.cue[j].length) return false;
        const std::string_view x = lower(u.toks[j].text, cb);
        if (j > k && (is_finite_auxiliary(x) || is_negated_aux(x) ||
                      in(x, {"would", "will", "could", "should", "might", "may", "can", "must"})))
          return true;
        if (is_preposition(x) || in(x, {"that", "who", "which", "and", "or", "but", "to"})) return false;
      }
      return false;
    };
    // the first clause after a listener of up to four words ("the Ledger | the ferry would stay",
    // "reporters | Okafor would lose"), or none: the listener holds no clause word ("asked our
    // followers what they thought …")
    auto clause_after_listener = [&](std::size_t from) {
      for (std::size_t k = from + 1; k < after_end && k <= from + 4; ++k) {
        const text_token& prev = u.toks[k - 1];
        char pb2[64];
        if (u.quote[k - 1] >= 0 || !prev.is_word() || u.cue[k - 1].length) return none;
        const std::string_view pw = lower(prev.text, pb2);
        if (is_preposition(pw) || lex_.pronoun(pw) ||
            in(pw, {"what", "who", "how", "whether", "if", "why", "where", "when", "that", "to", "and", "or"}))
          return none;
        // (not inside a name: "Dana | Whitcombe would …")
        if (!is_determiner(pw) && !(registry_.is_name_word(prev) && registry_.is_name_word(u.toks[k])) && clause_at(k))
          return k;
      }
      return none;
    };
    char ob[64];
    if (listener) {
      b = after_object;
    } else if (const std::size_t clause = f.cue.object ? clause_after_listener(after) : none; clause != none) {
      b = clause;
    } else if (f.cue.object && after + 1 < after_end && u.quote[after] < 0 && u.toks[after].is_word() &&
               in(lower(u.toks[after].text, ob), {"me", "us", "him", "them"}) && u.toks[after + 1].is_word() &&
               lex_.pronoun(lower(u.toks[after + 1].text, buf)) != nullptr) {
      b = after + 1;  // "told me he had …"
    } else if (f.cue.object || colon) {
      for (std::size_t i = after; i < after_end && i < after + 9; ++i) {
        if (u.quote[i] >= 0 || u.toks[i].is("that")) {
          b = i;
          break;
        }
        // "asked Whitcombe whether the ferry would stay": the question after the one asked
        if (f.cue.question && i > after && i <= after + 4 && u.toks[i].is_word() &&
            in(u.toks[i].text, {"whether", "if", "why", "how", "what", "when", "where", "who"})) {
          b = i;
          break;
        }
        if (u.toks[i].is(":") || u.toks[i].is(",")) {
          b = i + 1;
          break;
        }
        // "urged surrogates to parrot his comments, but few did": an infinitive after the listener
        // is what was urged, so a comma further on closes no listener; a clause that "but / while …"
        // joins after it is the narrator's (", and pushed to …" may go on with the same speaker)
        if (f.cue.object && u.toks[i].is("to")) {
          for (std::size_t k = i + 1; k + 1 < after_end; ++k)
            if (u.quote[k] < 0 && u.toks[k].is(",") && u.toks[k + 1].is_word() &&
                in(lower(u.toks[k + 1].text, buf), {"but", "while", "although", "though", "yet"})) {
              after_end = k;
              break;
            }
          break;
        }
        if (!u.toks[i].is_word()) break;
      }
    }
    // "said on November 5 that …", "told reporters at a rally in Ohio that …": an adverbial between
    // the cue (or its listener) and the complementiser belongs to the attribution, so the content
    // starts after "that" (and the dater reads the time phrase as the date of the saying)
    if (const std::size_t content = content_after_adverbial(u, f.cue.object ? after_object : after, after_end);
        content != none)
      b = content;
    if (colon && after_end <= std::max(after, after_object) + 1 && f.subject.ok()) {  // "X said:" ends the sentence
      colon_pending_ = sp;
      colon_paragraph_ = u.paragraph;
      continue;
    }
    // "the things Vale has said about the port", "the target it pledged to reach at the talks": the
    // cue has no object of its own, so the noun phrase its relative clause hangs from is what was said
    // (the cheap tests first: most subjects open their clause, with no lower-case word before them)
    if (b == after && f.subject.ok() && !f.subject_after && !f.cue.object && f.subject.first > region_begin &&
        u.toks[f.subject.first - 1].is_word() && !u.toks[f.subject.first - 1].capitalised && f.rule == "cue subject" &&
        cue_is_a_verb(u, f) && cue_lacks_object(u, after, after_end))
      if (const std::size_t head = object_relative_head(u, f.subject.first, region_begin); head != none) b = head;
    // "which the council says had the highest fees", "what Vale called “a disgrace”": an object
    // relative before the subject is the start of what was said
    if (b == after && f.subject.ok() && !f.subject_after && f.subject.first > region_begin && after < after_end &&
        u.toks[f.subject.first - 1].is_word() && u.quote[f.subject.first - 1] < 0 &&
        in(lower(u.toks[f.subject.first - 1].text, buf), {"which", "whom", "what"}))
      b = f.subject.first - 1;
    // "Okafor responded from City Hall, where …", "Lane reported from Oak Park": where the words
    // were said, not what was said
    if (b < after_end && u.toks[b].is("from")) {
      std::size_t k = b + 1;
      if (k < after_end && u.toks[k].is("the")) ++k;
      if (k < after_end && registry_.is_name_word(u.toks[k])) continue;
    }
    // "testified voluntarily in 1998", "hinted in a news conference Monday", "responded in kind",
    // "applauding along with the audience", "continued on Saturday": a short adverbial alone is
    // how or when, with nothing said in it
    bool bare = b < after_end && words_in(u, b, after_end) <= 6;
    // (a clause after the adverbial is what was said: "said on Tuesday the ferry was late")
    for (std::size_t k = b; k < after_end && bare; ++k) {
      if (u.quote[k] >= 0 || u.toks[k].is(":")) bare = false;
      if (!bare || !u.toks[k].is_word()) continue;
      char bb[64];
      const std::string_view w = lower(u.toks[k].text, bb);
      bare = !is_finite_auxiliary(w) && !subject_pronouns.contains(w);
    }
    if (bare) {
      std::size_t k = b;
      if (ly_word(lower(u.toks[k].text, buf)) && k + 1 < after_end) ++k;
      // ("on Saturday" alone, or with the part of the day: "continued on Saturday morning")
      const bool weekday =
          u.toks[k].is("on") && k + 1 < after_end && is_weekday(u.toks[k + 1].text) &&
          (k + 2 == after_end || (k + 3 == after_end && time_words_before_cue.contains(u.toks[k + 2].text)));
      if (u.toks[k].is("in") || u.toks[k].is("along") || u.toks[k].is("last") || weekday) {
        // "Packer said in a statement provided to the Ledger." closing its sentence: the quotation
        // that opens the next paragraph is what was said, as after "Packer said:"
        std::size_t end = after_end;
        while (end < n && u.toks[end].kind == text_token_kind::punct && !u.toks[end].is(",")) ++end;
        if (u.toks[k].is("in") && end == n && f.subject.ok()) {
          colon_pending_ = sp;
          colon_paragraph_ = u.paragraph;
        }
        continue;
      }
    }
    emitted |= emit(ui, u, b, after_end, sp, &f);
  }
  if (!emitted && frames.empty() && !u.heading && n > 3) {
    // "He sighed: “…”", "The letter continues: “…”": a quotation introduced by a colon after a
    // clause without a speech cue is the words of that clause's subject
    std::size_t last = n;
    while (last > 0 && u.toks[last - 1].kind == text_token_kind::punct) --last;
    if (last >= 3 && u.quote[last - 1] >= 0 && u.toks[last - 2].is(":")) {
      const quotation& q = quotes_[static_cast<std::size_t>(u.quote[last - 1])];
      std::size_t words = 0;
      bool in_word = false;
      for (std::size_t c = q.content.begin; c < q.content.end; ++c) {
        const bool space = text_[c] == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
      }
      const np subject = main_subject(u);
      bool quoted_before = false;
      for (std::size_t i = 0; i + 2 < last; ++i) quoted_before |= u.quote[i] >= 0;
      if (words >= 4 && !quoted_before && subject.ok() && subject.last <= last - 2) {
        found_speaker sp = speaker_of(ui, subject);
        sp.rule = "colon before quotation";
        emitted |= emit(ui, u, last - 1, last, sp, nullptr);
      }
    }
  }
  if (!emitted && !u.heading) {
    // a sentence of quotations alone: a split quote, a continuation paragraph, or after "X said:"
    bool only_quotes = n > 0;
    for (std::size_t i = 0; i < n; ++i)
      if (u.quote[i] < 0 && (u.toks[i].is_word() || u.toks[i].kind == text_token_kind::number)) only_quotes = false;
    if (only_quotes) {
      std::optional<found_speaker> sp;
      if (colon_pending_ && (colon_paragraph_ == u.paragraph || colon_paragraph_ + 1 == u.paragraph)) {
        sp = colon_pending_;
        sp->rule = "colon before quotation";
      } else if (last_.paragraph == u.paragraph ||
                 (last_.paragraph + 1 == u.paragraph && last_.quoted && u.paragraph_start)) {
        sp = last_.speaker;
        sp->rule = "continuation";
      }
      for (std::size_t i = 0; i < n; ++i) {
        if (u.quote[i] < 0) continue;
        const quotation& q = quotes_[static_cast<std::size_t>(u.quote[i])];
        std::size_t words = 0;
        bool in_word = false;
        for (std::size_t c = q.content.begin; c < q.content.end; ++c) {
          const bool space = text_[c] == ' ';
          if (!space && !in_word) ++words;
          in_word = !space;
        }
        if (words < 3) continue;
        if (options_.join_split_quotations && sp && sp->rule == "continuation" && last_.paragraph == u.paragraph) {
          if (statement* head = split_quotation_head()) {
            head->content.end = q.content.end;
            continue;
          }
        }
        emit(ui, u, i, i + 1, sp ? *sp : found_speaker{{}, {}, "none"}, nullptr);
      }
    }
  }
  if (!frames.empty() || emitted)
    colon_pending_ = colon_pending_ && colon_paragraph_ == u.paragraph ? colon_pending_ : std::nullopt;
}

// One actor, one kind: a bare "Velcourt added" is the person "President Velcourt" named earlier,
// so a speaker's statements whose mention alone left the kind unknown take the first kind the
// article gave that speaker.
void settle_speaker_kinds(std::vector<statement>& statements) {
  std::unordered_map<std::string_view, actor_kind> known;
  for (const auto& s : statements)
    if (s.speaker && s.speaker_kind != actor_kind::unknown) known.try_emplace(*s.speaker, s.speaker_kind);
  for (auto& s : statements)
    if (s.speaker && s.speaker_kind == actor_kind::unknown)
      if (const auto k = known.find(*s.speaker); k != known.end()) s.speaker_kind = k->second;
}

std::vector<statement> article_pass::run() {
  quotes_ = scan_quotations(text_, seg_, a_.body_begin);
  build_units();
  speakers_.resize(units_.size());
  mentions_.resize(units_.size());
  mentions_known_.assign(units_.size(), 0);
  for (std::size_t ui = 0; ui < units_.size(); ++ui) process(ui);
  std::sort(out_.begin(), out_.end(),
            [](const statement& x, const statement& y) { return x.content.begin < y.content.begin; });
  settle_speaker_kinds(out_);
  return std::move(out_);
}

}  // namespace

statement_extractor::statement_extractor(const lexicon_store& lexicons, extraction_options options)
    : rules_(lexicons), cues_(lexicons), actors_(lexicons), options_(options) {}

std::vector<statement> statement_extractor::extract(const article& a, const segmented_text& segments) const {
  article_pass pass(a, segments, rules_, cues_, actors_, options_);
  return pass.run();
}

std::vector<statement> statement_extractor::extract(const article& a, const segmented_text& segments,
                                                    std::vector<text_token>& body_tokens) const {
  article_pass pass(a, segments, rules_, cues_, actors_, options_);
  std::vector<statement> out = pass.run();
  body_tokens = pass.take_body_tokens();
  return out;
}

}  // namespace onrecord
