// Hashes and stable ids.
//
// hash64() is the one 64-bit string hash of the project (line statistics, shingles, ids); it is
// fixed forever because ids derived from it are stored. Not cryptographic.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace chronicle::text {

uint64_t hash64(std::string_view s, uint64_t seed = 0);

// Mixes a 64-bit value (a finaliser; used to derive several hashes from one).
uint64_t mix64(uint64_t x);

// 16 lowercase hex digits.
std::string hex64(uint64_t value);

// An article's id (Article invariant 3): hash of the canonical URL when there is one, else of the
// clean text with whitespace folded.
std::string article_id(std::string_view canonical_url, std::string_view clean_text);

}  // namespace chronicle::text
