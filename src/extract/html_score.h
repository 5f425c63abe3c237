// Main-text selection for HTML pages: which blocks are the article, and why each other block is not.
//
// The chain, in order (each step a named function in html_score.cc, thresholds named beside it):
//   1. score_paragraph_ancestors   every paragraph of kMinParagraphBytes or more scores by its length
//                                  and commas, and gives that score to its parent, half to its
//                                  grandparent and less to the levels above (Readability's scheme);
//                                  an element starts from a base for its tag plus its class/id hint
//                                  weight, and its total is discounted by its link density.
//   2. pick_main_container         the best-scoring element holds the article.
//   3. widen_to_sibling_containers siblings of that element that score well too, or that are plain
//                                  paragraphs, join it (articles split across several divs).
//   4. The blocks inside the chosen elements are the candidates; the filters in html_filters.h
//      then drop chrome inside them.
// Every block ends with a verdict: kept, or removed with a reason.
#pragma once
#include <vector>

#include "extract/html_blocks.h"

namespace chronicle::extract {

struct BlockVerdict {
  bool keep = false;
  RemovalReason reason = RemovalReason::boilerplate;
  int root = -1;  // the chosen container the block sits in, -1 when outside them all
};

// Scores the page's elements and marks the blocks inside the main containers as kept (the
// filters may still drop them). Returns one verdict per block. Cost: linear in blocks × depth.
std::vector<BlockVerdict> select_main_containers(HtmlSegmentation& page);

}  // namespace chronicle::extract
