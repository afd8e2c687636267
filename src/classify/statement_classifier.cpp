// Topic tagging and stance reading for the statements of one article (see the header for the scope).
#include "classify/statement_classifier.h"

#include <algorithm>

#include "text/word_set.h"

namespace onrecord {
namespace {

// (ASCII letters and digits: what isalnum and tolower mean in the C locale the program runs in)
bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string_view last_word(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0 && !is_ascii_alnum(s[e - 1])) --e;
  std::size_t b = e;
  while (b > 0 && is_ascii_alnum(s[b - 1])) --b;
  return s.substr(b, e - b);
}

// the two speakers' names end in the same word, in any letter case ("Okafor", "Ravi OKAFOR")
bool same_last_word(std::string_view a, std::string_view b) {
  const std::string_view x = last_word(a), y = last_word(b);
  if (x.empty() || x.size() != y.size()) return false;
  char bx[64], by[64];
  return lower_ascii(x, bx) == lower_ascii(y, by);
}

// a separator so that no phrase matches across two pieces of context
void append_piece(std::vector<word_token>& out, const word_tokenizer& words, text_span piece) {
  if (!out.empty()) {
    word_token sep;
    sep.kind = token_kind::punct;
    sep.lower = ".";
    out.push_back(sep);
  }
  words.append(piece, out);
}

}  // namespace

std::vector<topic_definition> load_topics(const lexicon_store& lexicons) {
  return parse_topic_file(lexicons.text("topics.txt"), "topics.txt");
}

statement_classifier::statement_classifier(const lexicon_store& lexicons)
    : statement_classifier(lexicons, load_topics(lexicons)) {}

statement_classifier::statement_classifier(const lexicon_store& lexicons, const std::vector<topic_definition>& topics)
    : model_(topics), stances_(lexicons) {}

void statement_classifier::classify(const article& a, const segmented_text& segments,
                                    std::vector<statement>& statements) const {
  if (statements.empty()) return;
  const word_tokenizer words(a.text);
  classify(a, segments, words, statements);
}

void statement_classifier::classify(const article& a, const segmented_text& segments, const word_tokenizer& tokens,
                                    std::vector<statement>& statements) const {
  classify(a, segments, tokens, look_up_sentences(segments, statements), statements);
}

void statement_classifier::classify(const article& a, const segmented_text& segments, const word_tokenizer& tokens,
                                    const sentence_lookup& lookup, std::vector<statement>& statements) const {
  const std::string_view text = a.text;
  // the statement contents each sentence holds
  const std::vector<std::vector<text_span>>& contents_in = lookup.contents_in;
  // buffers refilled for each statement, allocated once an article
  std::vector<word_token> words, cue_tokens;
  std::vector<std::size_t> sentences;
  std::vector<text_span> quoted;
  for (std::size_t si = 0; si < statements.size(); ++si) {
    statement& s = statements[si];
    s.topics.clear();
    s.stances.clear();
    // the statement's own words first, then its context (own words are copied out only for stances)
    words.clear();
    tokens.append(s.content, words);
    const std::size_t own_count = words.size();

    // the attribution: the sentences holding the cue and the speaker mention, minus any quoted words
    sentences.clear();
    if (!segments.sentences.empty()) {
      const statement_sentences& at = lookup.of_statement[si];
      if (at.cue) sentences.push_back(*at.cue);
      if (at.mention) sentences.push_back(*at.mention);
    }
    std::sort(sentences.begin(), sentences.end());
    sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
    for (const std::size_t sen : sentences) {
      text_span span = segments.sentences[sen].span;
      if (span.end <= a.body_begin) continue;
      span.begin = std::max(span.begin, a.body_begin);
      std::size_t from = span.begin;
      quoted.assign(contents_in[sen].begin(), contents_in[sen].end());
      std::sort(quoted.begin(), quoted.end(), [](const text_span& x, const text_span& y) { return x.begin < y.begin; });
      for (const auto& q : quoted) {
        if (q.begin > from) append_piece(words, tokens, {from, std::min(q.begin, span.end)});
        from = std::max(from, q.end);
      }
      if (from < span.end) append_piece(words, tokens, {from, span.end});
    }
    // a reply answers the sentence before its attribution
    std::string cue_word;
    if (s.cue) {
      cue_tokens.clear();
      tokens.append(*s.cue, cue_tokens);
      if (!cue_tokens.empty()) cue_word = cue_tokens.back().lower;
    }
    if (!cue_word.empty() && stances_.is_reply_cue(cue_word) && !sentences.empty()) {
      const std::size_t first = std::min(sentences.front(), lookup.of_statement[si].content);
      if (first > 0 && segments.sentences[first - 1].span.begin >= a.body_begin)
        append_piece(words, tokens, segments.sentences[first - 1].span);
    }

    s.topics = model_.tag(text, words);

    // "…,” Trump added." with no topic of its own continues the statement before it
    if (s.topics.empty() && si > 0 && !segments.paragraphs.empty()) {
      const statement& prev = statements[si - 1];
      const std::size_t p_now = segments.paragraph_at(s.content.begin);
      const std::size_t p_prev = segments.paragraph_at(prev.content.begin);
      const bool near = p_now >= p_prev && p_now - p_prev <= 1;
      const bool same_speaker = s.speaker && prev.speaker && same_last_word(*s.speaker, *prev.speaker);
      // the same speaker in the same paragraph, or an explicit continuation ("added") right after
      if ((same_speaker && p_now == p_prev) ||
          (near && stances_.is_continuation_cue(cue_word) && (same_speaker || !s.speaker || !prev.speaker)))
        s.topics = prev.topics;
    }

    if (s.topics.empty()) continue;
    words.resize(own_count);
    const std::vector<word_token>& own = words;
    for (const auto& slug : s.topics) {
      const compiled_topic* topic = model_.find(slug);
      if (!topic) continue;
      if (auto j = stances_.read(text, own, s.kind, *topic)) s.stances.push_back(std::move(*j));
    }
  }
}

}  // namespace onrecord
