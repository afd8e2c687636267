// Placeholder until the topic and stance lexicons land: tags nothing, claims nothing.
#include "classify/statement_classifier.h"

namespace onrecord {

statement_classifier::statement_classifier(const lexicon_store&) {}

void statement_classifier::classify(const article&, const segmented_text&, std::vector<statement>&) const {}

}  // namespace onrecord
