// The plain-text cleaner: page text that still carries the page's chrome (a crawl's text dump, the
// seeds) in; body paragraphs, removed blocks with reasons, and metadata out.
//
// The cascade, each step a module of its own:
//   1. split_blocks          lines, hard-wrapped paragraphs joined (text_blocks.h)
//   2. classify_blocks       cue lines, credits, captions, bylines, bios, tags (text_classifier.h)
//   3. find_body_region      where the article is (text_region.h)
//   4. read_metadata         title, dek, section, author, outlet, date, tags (text_metadata.h)
//   5. keep the region's unlabelled blocks as paragraphs, minus repeats (text_duplicates.h)
//   6. list every other block in `removed`, in page order, with its reason
// Pure: reads no files, prints nothing, throws nothing; safe to call from many threads.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/knowledge.h"
#include "extract/site_lines.h"
#include "extract/text_metadata.h"
#include "model/removed_block.h"

namespace chronicle::extract {

struct CleanedText {
  std::vector<std::string> paragraphs;  // the body, in order; each non-empty and whitespace-folded
  std::vector<RemovedBlock> removed;    // every other block, in page order
  PageMetadata meta;
};

// Cleans one page's text. `site` is the page's site key (site_key() in site_lines.h, "" for none);
// `known_title` the container's title ("" when none). Linear in body.size() apart from the
// per-line cue matching, which skips lines longer than kMaxCueLineBytes.
CleanedText clean_page_text(std::string_view body, const Knowledge& knowledge, const SiteLineStats& site_stats,
                            std::string_view site, std::string_view known_title);

}  // namespace chronicle::extract
