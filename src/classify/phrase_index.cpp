// Candidate lookup for phrase patterns by their first word (see the header): a few hash lookups a
// token, whatever the number of patterns.
#include "classify/phrase_index.h"

#include <algorithm>

namespace onrecord {
namespace {

// the same folding phrase_pattern applies to a capitalised pattern word: the possessive goes
std::string_view without_possessive(std::string_view s) {
  if (s.size() > 2 && (s.substr(s.size() - 2) == "'s")) return s.substr(0, s.size() - 2);
  if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") return s.substr(0, s.size() - 4);
  return s;
}

void append_ids(const word_map<std::vector<std::uint32_t>>& map, std::string_view key,
                std::vector<std::uint32_t>& out) {
  if (const auto* ids = map.lookup(key)) out.insert(out.end(), ids->begin(), ids->end());
}

}  // namespace

std::size_t phrase_index::head_hash(std::string_view s, std::size_t n) {
  std::size_t h = 0;
  for (std::size_t k = 0; k < n; ++k) h = h * 131 + static_cast<unsigned char>(s[k]);
  return h % head_bits;
}

void phrase_index::add_key(std::vector<prefix_table>& tables, std::string_view key, std::uint32_t id) {
  auto it = std::find_if(tables.begin(), tables.end(), [&](const prefix_table& t) { return t.length == key.size(); });
  if (it == tables.end()) {
    tables.push_back({key.size(), {}});
    it = tables.end() - 1;
  }
  it->ids[std::string(key)].push_back(id);
}

std::size_t phrase_index::add(const phrase_pattern& p) {
  const auto id = static_cast<std::uint32_t>(patterns_.size());
  patterns_.push_back(&p);
  std::vector<phrase_key> keys;
  if (!p.first_keys(keys)) {
    anywhere_.push_back(id);
    return id;
  }
  for (const auto& k : keys) {
    if (k.prefix && !k.exact_case) {
      // the head gets shorter when a shorter prefix comes; the bits are rebuilt for the new length
      if (k.text.size() < head_length_ || prefix_heads_.empty()) {
        head_length_ = std::min(head_length_, k.text.size());
        prefix_heads_.assign(head_bits, false);
        for (const auto& table : folded_prefixes_)
          for (const auto& [key, ids] : table.ids) prefix_heads_[head_hash(key, head_length_)] = true;
      }
      prefix_heads_[head_hash(k.text, head_length_)] = true;
    }
    if (k.prefix)
      add_key(k.exact_case ? exact_prefixes_ : folded_prefixes_, k.text, id);
    else
      (k.exact_case ? exact_words_ : folded_words_)[k.text].push_back(id);
  }
  return id;
}

void phrase_index::candidates_at(std::string_view text, const word_token& t, std::vector<std::uint32_t>& out) const {
  out.insert(out.end(), anywhere_.begin(), anywhere_.end());
  if (t.kind == token_kind::punct) return;  // no word element matches punctuation
  // folded words match the token's lower case or its base (possessive dropped); prefixes the lower case
  const std::string_view lower = t.lower;
  append_ids(folded_words_, lower, out);
  if (const std::string_view base = t.base(); base.size() != lower.size()) append_ids(folded_words_, base, out);
  if (!folded_prefixes_.empty() && lower.size() >= head_length_ && prefix_heads_[head_hash(lower, head_length_)])
    for (const auto& table : folded_prefixes_)
      if (lower.size() >= table.length) append_ids(table.ids, lower.substr(0, table.length), out);
  if (exact_words_.empty() && exact_prefixes_.empty()) return;
  // exact-case keys hold an upper-case letter; a token whose lower case is its own text (a view of
  // it: the tokenizer folds only a word with an upper-case letter or a curly apostrophe) has none
  // and matches none of them (most tokens: one hash lookup and a possessive test saved)
  if (t.lower.data() == text.data() + t.span.begin) return;
  const std::string_view raw = without_possessive(text.substr(t.span.begin, t.span.size()));
  append_ids(exact_words_, raw, out);
  for (const auto& table : exact_prefixes_)
    if (raw.size() >= table.length) append_ids(table.ids, raw.substr(0, table.length), out);
}

void phrase_index::find_all(std::string_view text, const std::vector<word_token>& tokens,
                            std::vector<char>& found) const {
  found.assign(patterns_.size(), 0);
  std::vector<std::uint32_t> ids;
  std::vector<text_span> spans;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    ids.clear();
    candidates_at(text, tokens[i], ids);
    for (const std::uint32_t id : ids) {
      if (found[id]) continue;
      spans.clear();
      std::size_t end = 0;
      if (patterns_[id]->match_at(text, tokens, i, end, spans)) found[id] = 1;
    }
  }
}

}  // namespace onrecord
