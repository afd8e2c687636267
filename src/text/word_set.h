// A set of words looked up by string_view without allocating: the shape every lexicon list takes.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace onrecord {

struct word_hash {
  using is_transparent = void;
  // FNV-1a: lexicon keys are short words, where it beats the library's general-purpose hash
  std::size_t operator()(std::string_view s) const noexcept {
    std::size_t h = 14695981039346656037ULL;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
  }
};

using word_set = std::unordered_set<std::string, word_hash, std::equal_to<>>;
template <typename V>
using word_map = std::unordered_map<std::string, V, word_hash, std::equal_to<>>;

// ASCII lower-casing into a caller's buffer (lexicon keys are ASCII); longer words are cut.
inline std::string_view lower_ascii(std::string_view s, char (&buf)[64]) {
  const std::size_t n = s.size() < sizeof buf ? s.size() : sizeof buf;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buf, n};
}

inline bool contains(const word_set& set, std::string_view w) { return set.find(w) != set.end(); }

}  // namespace onrecord

namespace onrecord {

// A read-only map from lower-case ASCII words to small values, looked up case-insensitively with
// one pass over the word (hash and compare without copying): the per-token lookup on the hot path.
template <typename V>
class lowercase_index {
 public:
  lowercase_index() = default;
  explicit lowercase_index(const word_map<V>& words) {
    std::size_t cap = 16;
    while (cap < words.size() * 4) cap <<= 1;
    slots_.assign(cap, slot{});
    mask_ = cap - 1;
    for (const auto& [key, value] : words) {
      if (key.empty()) continue;
      keys_.push_back(key);
    }
    std::size_t k = 0;
    for (const auto& [key, value] : words) {
      if (key.empty()) continue;
      std::size_t h = hash(keys_[k]) & mask_;
      while (slots_[h].used) h = (h + 1) & mask_;
      slots_[h] = slot{true, k, value};
      ++k;
    }
  }
  // nullptr when w (in any letter case) is not a key
  const V* find(std::string_view w) const {
    if (slots_.empty() || w.empty() || w.size() > 40) return nullptr;
    std::size_t h = hash(w) & mask_;
    while (slots_[h].used) {
      const std::string& key = keys_[slots_[h].key];
      if (key.size() == w.size() && equal_lower(key, w)) return &slots_[h].value;
      h = (h + 1) & mask_;
    }
    return nullptr;
  }

 private:
  struct slot {
    bool used = false;
    std::size_t key = 0;
    V value{};
  };
  static char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
  static std::size_t hash(std::string_view s) {
    std::size_t h = 14695981039346656037ULL;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(lower(c))) * 1099511628211ULL;
    return h;
  }
  static bool equal_lower(std::string_view key, std::string_view w) {
    for (std::size_t i = 0; i < w.size(); ++i)
      if (key[i] != lower(w[i])) return false;
    return true;
  }
  std::vector<slot> slots_;
  std::vector<std::string> keys_;
  std::size_t mask_ = 0;
};

}  // namespace onrecord
