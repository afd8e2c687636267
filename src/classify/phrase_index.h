// An index from first words to the phrase patterns that can start with them, built once per
// lexicon: a token stream is walked once and each pattern is tried only at the tokens its first
// word can match, instead of every pattern at every token.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "classify/phrase_pattern.h"
#include "classify/word_tokenizer.h"
#include "text/word_set.h"

namespace onrecord {

class phrase_index {
 public:
  // Registers a pattern (which must outlive the index) under the next id, 0, 1, 2, …
  std::size_t add(const phrase_pattern& p);  // ids stay valid; lookups after the last add
  std::size_t size() const { return patterns_.size(); }
  const phrase_pattern& pattern(std::size_t id) const { return *patterns_[id]; }

  // Appends to `out` the ids of the patterns that may match starting at tokens[i] (a superset: the
  // caller confirms with match_at); an id may appear more than once.
  void candidates_at(std::string_view text, const word_token& t, std::vector<std::uint32_t>& out) const;

  // found[id] = 1 for every pattern that matches somewhere in tokens (phrase_pattern::found_in for
  // all patterns at once); `found` is resized to size() and cleared first.
  void find_all(std::string_view text, const std::vector<word_token>& tokens, std::vector<char>& found) const;

 private:
  // keys of one kind that share a length, for prefixes
  struct prefix_table {
    std::size_t length = 0;
    word_map<std::vector<std::uint32_t>> ids;
  };
  static void add_key(std::vector<prefix_table>& tables, std::string_view key, std::uint32_t id);

  std::vector<const phrase_pattern*> patterns_;
  word_map<std::vector<std::uint32_t>> folded_words_, exact_words_;
  std::vector<prefix_table> folded_prefixes_, exact_prefixes_;
  // folded prefixes by their first `head_length_` bytes, hashed into a bit set: most words start
  // with no prefix's head and skip every prefix table
  static constexpr std::size_t head_bits = 1 << 16;
  static std::size_t head_hash(std::string_view s, std::size_t n);
  std::size_t head_length_ = 3;
  std::vector<bool> prefix_heads_;
  std::vector<std::uint32_t> anywhere_;  // patterns starting with a gap: tried at every token
};

}  // namespace onrecord
