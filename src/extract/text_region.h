// The body region: the stretch of page text where the article is.
//
// Each block gets a value: running text counts for it (by its length), chrome and labels against
// it, and "end markers" (copyright lines, tag lists, bios, comment headers, appeals, "Related"
// headers) count heavily against it. The region is the contiguous run of blocks with the largest
// total value (Kadane's maximum-sum subarray), so menus before the article and related stories
// after it fall outside, while a caption or an "Advertisement" line inside it does not split it.
#pragma once
#include <cstddef>
#include <vector>

#include "extract/text_blocks.h"

namespace chronicle::extract {

struct BodyRegion {
  size_t begin = 0;  // first block of the region
  size_t end = 0;    // one past the last; begin == end when the page has no body
  bool empty() const { return begin == end; }
};

// The value of one block for find_body_region(); exposed for tests.
int block_value(const TextBlock& block);

// Finds the region with the largest total value; the earliest one on ties. Empty when no block
// has a positive value and no fallback applies (a body without running text after a byline or
// dateline; a text mostly unlabelled). Linear in blocks.size().
BodyRegion find_body_region(const std::vector<TextBlock>& blocks);

}  // namespace chronicle::extract
