// Applies the time expressions of each sentence to the statements they scope over (see the header).
#include "date/statement_dater.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

namespace onrecord {
namespace {

statement_date from_expression(const resolved_range& r, text_span evidence, date_basis basis) {
  statement_date d;
  d.best = r.best;
  d.earliest = r.earliest;
  d.latest = r.latest;
  d.basis = basis;
  d.evidence = evidence;
  return d;
}

}  // namespace

statement_dater::statement_dater(const lexicon_store& lexicons) : reader_(lexicons) {}

void statement_dater::date(const article& a, const segmented_text& segments, std::vector<statement>& statements) const {
  if (!a.published || statements.empty()) {  // nothing to date: spare the tokenising
    for (auto& s : statements) s.date = {};
    return;
  }
  date(a, segments, word_tokenizer(a.text), statements);
}

void statement_dater::date(const article& a, const segmented_text& segments, const word_tokenizer& words,
                           std::vector<statement>& statements) const {
  if (!a.published) {  // never dated by the machine's clock: no sentence to look up
    for (auto& s : statements) s.date = {};
    return;
  }
  date(a, segments, words, look_up_sentences(segments, statements), statements);
}

void statement_dater::date(const article& a, const segmented_text& segments, const word_tokenizer& words,
                           const sentence_lookup& lookup, std::vector<statement>& statements) const {
  for (auto& s : statements) s.date = {};
  if (!a.published) return;  // never dated by the machine's clock
  const date::sys_days published = *a.published;
  for (auto& s : statements) {
    s.date.best = published;
    s.date.latest = published;
    s.date.basis = date_basis::published;
  }
  // with no statement to date, the sentences need no reading
  if (statements.empty() || segments.sentences.empty()) return;

  struct dated {
    resolved_range range;
    text_span evidence;
  };
  // per sentence: its own expression (usable for a statement) and what the paragraph carries into it
  std::vector<std::optional<dated>> own(segments.sentences.size()), carried(segments.sentences.size());
  // the sentences of each statement's cue, speaker mention and content start (and content end),
  // looked up once: the passes below ask for them again
  const std::vector<statement_sentences>& sentences_of = lookup.of_statement;
  const std::vector<std::vector<text_span>>& contents_in = lookup.contents_in;
  // A sentence dates statements through its own expression, the carry to later sentences of its
  // paragraph and the event anchors for later sentences: none reaches back, so the sentences after
  // the last one a statement looks at (cue, speaker or content start) need no reading.
  std::size_t last_needed = 0;
  for (const statement_sentences& w : sentences_of) {
    if (w.cue) last_needed = std::max(last_needed, *w.cue);
    if (w.mention) last_needed = std::max(last_needed, *w.mention);
    last_needed = std::max(last_needed, w.content);
  }
  event_anchors anchors;
  time_expression_reader::scratch buffers;
  for (const auto& para : segments.paragraphs) {
    if (para.first_sentence > last_needed) break;
    if (para.span.end <= a.body_begin) continue;
    std::optional<dated> carry;
    for (std::size_t si = para.first_sentence; si < para.first_sentence + para.sentence_count; ++si) {
      if (si > last_needed) break;
      text_span span = segments.sentences[si].span;
      if (span.end <= a.body_begin) continue;
      span.begin = std::max(span.begin, a.body_begin);
      const sentence_times times = reader_.read(words, span, contents_in[si], published, anchors, buffers);
      if (times.opens_new_event) carry.reset();
      carried[si] = carry;
      // a single day beats a range or a vague word: "Smith, elected last year, said Tuesday …"
      const time_expression* pick = nullptr;
      for (const auto& e : times.expressions) {
        if (!clamp_to_publication(e.range, published)) continue;  // a plan or a future event, not when it was said
        const bool single = e.range.earliest && e.range.latest && *e.range.earliest == *e.range.latest;
        const bool pick_single =
            pick && pick->range.earliest && pick->range.latest && *pick->range.earliest == *pick->range.latest;
        if (!pick || (single && !pick_single)) pick = &e;
      }
      if (pick) {
        dated d{*clamp_to_publication(pick->range, published), pick->span};
        d.range.warning = pick->range.warning;
        own[si] = d;
        carry = d;
        // a sentence naming an event next to the day it happened anchors later "after the victory"
        if (d.range.earliest && d.range.latest && *d.range.earliest == *d.range.latest)
          for (const auto& ev : times.events) anchors.try_emplace(ev, *d.range.earliest);
      }
    }
  }

  for (std::size_t k = 0; k < statements.size(); ++k) {
    statement& s = statements[k];
    const statement_sentences& w = sentences_of[k];
    // the sentences of the cue, the speaker mention and the content, in that order (no allocation)
    std::array<std::size_t, 3> at{};
    std::size_t count = 0;
    if (w.cue) at[count++] = *w.cue;
    if (w.mention) at[count++] = *w.mention;
    at[count++] = w.content;
    const std::span<const std::size_t> sentences(at.data(), count);
    const std::size_t first = *std::min_element(sentences.begin(), sentences.end());
    std::optional<dated> chosen;
    date_basis basis = date_basis::published;
    for (const std::size_t si : sentences) {
      if (own[si]) {
        chosen = own[si];
        basis = own[si]->range.basis;
        break;
      }
    }
    if (!chosen && carried[first]) {
      chosen = carried[first];
      basis = date_basis::inherited;
    }
    if (!chosen) continue;
    s.date = from_expression(chosen->range, chosen->evidence, basis);
    if (!chosen->range.warning.empty() && basis != date_basis::inherited) s.warnings.push_back(chosen->range.warning);
  }
}

}  // namespace onrecord
