#include "text/hash.h"

#include <cstring>

#include "text/normalize.h"

namespace chronicle::text {

uint64_t mix64(uint64_t x) {
  // The finaliser of splitmix64: every input bit affects every output bit.
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t hash64(std::string_view s, uint64_t seed) {
  // Eight bytes a step, each word multiplied in and folded, then the tail, then a finaliser.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = seed ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ mix64(w)) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h = (h ^ mix64(tail ^ (static_cast<uint64_t>(n) << 56))) * kMul;
  return mix64(h);
}

std::string hex64(uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[i] = kDigits[value & 0xF];
    value >>= 4;
  }
  return out;
}

std::string article_id(std::string_view canonical_url, std::string_view clean_text) {
  if (!canonical_url.empty()) return hex64(hash64(canonical_url, 0x75726cULL));
  return hex64(hash64(fold_whitespace(clean_text), 0x74657874ULL));
}

}  // namespace chronicle::text
