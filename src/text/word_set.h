// A set of words looked up by string_view without allocating: the shape every lexicon list takes.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace onrecord {

// ASCII upper-case letters of eight bytes to lower case at once (other bytes, UTF-8 included, stay).
inline std::uint64_t lower_ascii8(std::uint64_t w) {
  constexpr std::uint64_t highs = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
  const std::uint64_t seven_bits = w & ~highs;
  const std::uint64_t at_least_a = seven_bits + ones * (0x80 - 'A');    // top bit: byte >= 'A'
  const std::uint64_t beyond_z = seven_bits + ones * (0x80 - 'Z' - 1);  // top bit: byte > 'Z'
  const std::uint64_t upper = at_least_a & ~beyond_z & ~w & highs;      // top bit: 'A'..'Z'
  return w | (upper >> 2);                                              // + 0x20
}

// A word's hash taken eight bytes a step (a word of news text is one or two steps), ASCII letter
// case folded first when Fold: one multiply a step instead of one a byte.
template <bool Fold>
inline std::size_t hash_word(std::string_view s) {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = k ^ s.size();
  std::size_t i = 0;
  auto step = [&](std::uint64_t w) {
    if constexpr (Fold) w = lower_ascii8(w);
    h = (h ^ w) * k;
    h ^= h >> 32;
  };
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    step(w);
  }
  if (const std::size_t n = s.size() - i; n > 0) {  // the last 1-7 bytes, in fixed-size loads
    const char* p = s.data() + i;
    std::uint64_t w;
    if (n >= 4) {
      std::uint32_t first, last;  // overlapping when n < 8
      std::memcpy(&first, p, 4);
      std::memcpy(&last, p + n - 4, 4);
      w = first | (std::uint64_t{last} << 32);
    } else {
      w = std::uint64_t{static_cast<unsigned char>(p[0])} | std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
          std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
    }
    step(w);
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  return static_cast<std::size_t>(h);
}

struct word_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return hash_word<false>(s); }
};

// The first and last byte and the length of every key of a table: a word no key shares all three
// with is not looked up (most words of a text are in no lexicon, and this check costs no hashing).
// Fold: the keys are lower case and a word is asked in any letter case.
template <bool Fold = false>
class word_shapes {
 public:
  void add(std::string_view w) {
    if (w.empty()) {
      has_empty_ = true;
      return;
    }
    first_[byte(w.front())] |= length_bit(w);
    last_[byte(w.back())] |= length_bit(w);
  }
  // false only when no key has w's first byte, last byte and length
  bool may_hold(std::string_view w) const {
    if (w.empty()) return has_empty_;
    return (first_[byte(w.front())] & last_[byte(w.back())] & length_bit(w)) != 0;
  }

 private:
  static std::uint64_t length_bit(std::string_view w) { return std::uint64_t{1} << (w.size() < 63 ? w.size() : 63); }
  static unsigned char byte(char c) {
    if constexpr (Fold)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return static_cast<unsigned char>(c);
  }
  // bit n of entry c: a key starts (ends) with byte c and has n bytes (63: longer)
  std::array<std::uint64_t, 256> first_{}, last_{};
  bool has_empty_ = false;
};

// The open-addressed index under word sets and maps (no node per word, no division per probe):
// each slot holds the place of a key in its owner's storage, in insertion order; the owner tells
// which key is at a place (key_at). At most half the slots are used.
class word_slots {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  // the place of w among the keys added, npos when it is none of them (no count asked of the owner:
  // with no keys no shape matches, and a deque's size costs more than the shape check)
  template <typename KeyAt>
  std::size_t find(std::string_view w, KeyAt key_at) const {
    if (!shapes_.may_hold(w)) return npos;
    const std::size_t h = word_hash{}(w);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t at = h & mask_; slots_[at].index != 0; at = (at + 1) & mask_)
      if (slots_[at].tag == tag && key_at(slots_[at].index - 1) == w) return slots_[at].index - 1;
    return npos;
  }
  // indexes key number k (w), just stored by the owner
  template <typename KeyAt>
  void add(std::string_view w, std::size_t k, KeyAt key_at) {
    shapes_.add(w);
    if ((k + 1) * 2 > slots_.size())
      grow((k + 1) * 2, k + 1, key_at);
    else
      place(w, k);
  }
  // room for n keys (`count` of them indexed already) without growing
  template <typename KeyAt>
  void reserve(std::size_t n, std::size_t count, KeyAt key_at) {
    if (n * 2 > slots_.size()) grow(n * 2, count, key_at);
  }
  void clear() {
    shapes_ = {};
    std::fill(slots_.begin(), slots_.end(), slot{});
  }

 private:
  struct slot {
    std::uint32_t tag = 0;    // the high bits of the key's hash: most mismatches end here
    std::uint32_t index = 0;  // 1 + the key's place; 0 = empty
  };
  template <typename KeyAt>
  void grow(std::size_t want, std::size_t count, KeyAt key_at) {
    std::size_t cap = 16;
    while (cap < want) cap <<= 1;
    slots_.assign(cap, slot{});
    mask_ = cap - 1;
    for (std::size_t k = 0; k < count; ++k) place(key_at(k), k);
  }
  void place(std::string_view w, std::size_t k) {
    const std::size_t h = word_hash{}(w);
    std::size_t at = h & mask_;
    while (slots_[at].index != 0) at = (at + 1) & mask_;
    slots_[at] = {static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(k + 1)};
  }
  std::vector<slot> slots_;
  std::size_t mask_ = 0;
  word_shapes<> shapes_;
};

// A set of words looked up by string_view. Key is std::string (the set owns its words) or
// std::string_view (the caller's text outlives the set: per-article word sets). Iterates in
// insertion order; never shrinks.
template <typename Key>
class flat_word_set {
 public:
  static constexpr std::size_t npos = word_slots::npos;
  // room for n words without growing
  void reserve(std::size_t n) {
    slots_.reserve(n, keys_.size(), key_at());
    keys_.reserve(n);
  }
  // true when w was not in the set
  bool insert(std::string_view w) {
    if (index_of(w) != npos) return false;
    keys_.emplace_back(w);
    slots_.add(w, keys_.size() - 1, key_at());
    return true;
  }
  // w's place in insertion order, npos when w is not in the set
  std::size_t index_of(std::string_view w) const { return slots_.find(w, key_at()); }
  bool contains(std::string_view w) const { return index_of(w) != npos; }
  std::size_t count(std::string_view w) const { return contains(w) ? 1 : 0; }
  std::size_t size() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }
  void clear() {
    keys_.clear();
    slots_.clear();
  }
  auto begin() const { return keys_.begin(); }
  auto end() const { return keys_.end(); }

 private:
  auto key_at() const {
    return [this](std::size_t k) { return std::string_view(keys_[k]); };
  }
  std::vector<Key> keys_;
  word_slots slots_;
};

using word_set = flat_word_set<std::string>;
// words viewed in a text that outlives the set
using word_view_set = flat_word_set<std::string_view>;

template <typename Key>
inline bool contains(const flat_word_set<Key>& set, std::string_view w) {
  return set.contains(w);
}

// A map from words to values, looked up by string_view. Entries live in a deque, so references to
// them stay valid as the map grows (as with unordered_map); iteration is in insertion order.
// Entries are never erased.
template <typename V>
class word_map {
 public:
  using value_type = std::pair<const std::string, V>;
  using iterator = typename std::deque<value_type>::iterator;
  using const_iterator = typename std::deque<value_type>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  iterator find(std::string_view w) { return at(index_of(w)); }
  const_iterator find(std::string_view w) const {
    const std::size_t k = index_of(w);
    return k == word_slots::npos ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(k);
  }
  // the value of w, nullptr when w is not a key: one probe, no iterator
  const V* lookup(std::string_view w) const {
    const std::size_t k = index_of(w);
    return k == word_slots::npos ? nullptr : &entries_[k].second;
  }
  std::size_t count(std::string_view w) const { return index_of(w) == word_slots::npos ? 0 : 1; }

  template <typename... Args>
  std::pair<iterator, bool> try_emplace(std::string_view w, Args&&... args) {
    if (const std::size_t k = index_of(w); k != word_slots::npos) return {at(k), false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(w),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    slots_.add(w, entries_.size() - 1, key_at());
    return {entries_.end() - 1, true};
  }
  template <typename T>
  std::pair<iterator, bool> emplace(std::string_view w, T&& value) {
    return try_emplace(w, std::forward<T>(value));
  }
  V& operator[](std::string_view w) { return try_emplace(w).first->second; }

 private:
  std::size_t index_of(std::string_view w) const { return slots_.find(w, key_at()); }
  iterator at(std::size_t k) {
    return k == word_slots::npos ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(k);
  }
  auto key_at() const {
    return [this](std::size_t k) { return std::string_view(entries_[k].first); };
  }
  std::deque<value_type> entries_;
  word_slots slots_;
};

// ASCII lower-casing into a caller's buffer (lexicon keys are ASCII); longer words are cut.
inline std::string_view lower_ascii(std::string_view s, char (&buf)[64]) {
  const std::size_t n = s.size() < sizeof buf ? s.size() : sizeof buf;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buf, n};
}

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
      shapes_.add(key);
    }
  }
  // nullptr when w (in any letter case) is not a key
  const V* find(std::string_view w) const {
    if (slots_.empty() || w.empty() || w.size() > 40) return nullptr;
    if (!shapes_.may_hold(w)) return nullptr;  // most words end here, unhashed
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
  static std::size_t hash(std::string_view s) { return hash_word<true>(s); }
  static bool equal_lower(std::string_view key, std::string_view w) {
    for (std::size_t i = 0; i < w.size(); ++i)
      if (key[i] != lower(w[i])) return false;
    return true;
  }
  std::vector<slot> slots_;
  std::vector<std::string> keys_;
  std::size_t mask_ = 0;
  word_shapes<true> shapes_;
};

}  // namespace onrecord
