// Metadata from the page's chrome: title, dek, section, author, outlet, date and the publisher's
// tags, read from blocks that classify_blocks() labelled and the body region around them.
//
// The rules, each a named function in text_metadata.cc:
//   find_headline   the title is the headline-shaped line nearest above the byline (or above the
//                   body when there is no byline); a longer line right under it, or a sentence
//                   between it and the body, is the dek; a one-to-three-word label right above it is
//                   the section ("International"), not the title.
//   find_author     the first byline; else a biography ("X is NPR's East Africa correspondent").
//   vote_outlet     names from a biography's possessive, a byline, a copyright line right after
//                   the body, and outlet cue lines (outlet_cues.txt); the strongest kind of evidence
//                   wins, then the most frequent name.
//   find_date       a date line near the headline or byline; else any "Published ..." line.
//   collect_tags    the items under tag headers, de-duplicated, in page order.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/knowledge.h"
#include "extract/text_blocks.h"
#include "extract/text_region.h"
#include "model/article.h"

namespace chronicle::extract {

struct PageMetadata {
  std::string title;
  std::string dek;
  std::string section;
  std::string author;
  std::string outlet;
  std::string date;  // ISO 8601
  PublisherTags tags;
};

// Reads the metadata and labels the title, dek and section blocks (reasons title, dek and
// navigation). `known_title` is the container's title ("" when none): a block repeating it is the
// title block, whatever its shape.
PageMetadata read_metadata(std::vector<TextBlock>& blocks, const BodyRegion& region, const Knowledge& knowledge,
                           std::string_view known_title);

}  // namespace chronicle::extract
