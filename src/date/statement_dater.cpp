// A first dater: every statement is dated by its article's publication (no later than it).
#include "date/statement_dater.h"

namespace onrecord {

statement_dater::statement_dater(const lexicon_store&) {}

void statement_dater::date(const article& a, const segmented_text&, std::vector<statement>& statements) const {
  if (!a.published) return;
  for (auto& s : statements) {
    s.date.best = a.published;
    s.date.latest = a.published;
    s.date.basis = date_basis::published;
  }
}

}  // namespace onrecord
