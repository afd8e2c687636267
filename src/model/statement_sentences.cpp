// Builds the sentence look-ups the dater and the classifier share (see the header).
#include "model/statement_sentences.h"

namespace onrecord {

sentence_lookup look_up_sentences(const segmented_text& segments, const std::vector<statement>& statements) {
  sentence_lookup out;
  out.of_statement.resize(statements.size());
  for (std::size_t k = 0; k < statements.size(); ++k) {
    const statement& s = statements[k];
    statement_sentences& w = out.of_statement[k];
    if (s.cue) w.cue = segments.sentence_at(s.cue->begin);
    if (s.speaker_mention) w.mention = segments.sentence_at(s.speaker_mention->begin);
    w.content = segments.sentence_at(s.content.begin);
    if (!s.content.empty()) w.content_last = segments.sentence_at(s.content.end - 1);
  }
  // built in one pass, not a scan of all statements per sentence
  out.contents_in.resize(segments.sentences.size());
  for (std::size_t k = 0; k < statements.size(); ++k) {
    if (statements[k].content.empty()) continue;
    const std::size_t last = out.of_statement[k].content_last;
    for (std::size_t si = out.of_statement[k].content; si <= last && si < out.contents_in.size(); ++si)
      out.contents_in[si].push_back(statements[k].content);
  }
  return out;
}

}  // namespace onrecord
