// The binary layout of the index state's nested parts (an active story with its members, a term
// vector, a MinHash signature) inside the store's index_* tables. Fixed-width little-endian
// integers and length-prefixed strings: compact, and independent of the host's byte order.
//
// The layout belongs to IndexState::kVersion: a change here needs a new version, which older
// stores are then refused under (Store::load_index_state). Decoding checks every length against
// the bytes left, so a damaged blob is refused, never read past its end.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/index_state.h"

namespace chronicle::store {

std::string encode_story_state(const StoryState& story);
bool decode_story_state(std::string_view bytes, StoryState& story);

std::string encode_terms(const TermVector& terms);
bool decode_terms(std::string_view bytes, TermVector& terms);

std::string encode_u32s(const std::vector<uint32_t>& values);
bool decode_u32s(std::string_view bytes, std::vector<uint32_t>& values);

}  // namespace chronicle::store
