// Line classification: which blocks of page text are chrome, and of what kind.
//
// Each rule is a named function over the block list, run in order by classify_blocks(); a rule
// only labels blocks that no earlier rule labelled, so the order is the precedence:
//   1. mark_site_boilerplate   lines that recur across the site's pages (SiteLineStats)
//   2. mark_tag_lists          "Places / Russia, Syria / Topics / Diplomacy"
//   3. mark_split_credits      "Ivan Sekretarev" "/" "AP" on three lines
//   4. mark_cue_lines          the cue files of data/extract/ (player, copyright, appeal, ...)
//   5. mark_bylines            "By Jane Doe", "By" then a name line
//   6. mark_datelines          a line that is a date, "Published March 3, 2019"
//   7. mark_bios               "Eyder Peralta is NPR's East Africa correspondent ..."
//   8. mark_captions           a line before a credit, or ending in "(Name/AFP/Getty)"
// Classification never reads beyond a block's neighbours and is linear in the text.
#pragma once
#include <string_view>
#include <vector>

#include "extract/knowledge.h"
#include "extract/site_lines.h"
#include "extract/text_blocks.h"

namespace chronicle::extract {

// Lines longer than this are body text: cue patterns and bio rules are not run on them. The
// longest chrome lines are cookie notices and appeals of three or four sentences (about 600 bytes).
inline constexpr size_t kMaxCueLineBytes = 700;

void classify_blocks(std::vector<TextBlock>& blocks, const Knowledge& knowledge, const SiteLineStats& site_stats,
                     std::string_view site);

// Splits a tag line "Russia, Syria" into its items; empty when the line does not look like a list
// of tags (an item longer than five words, or a sentence).
std::vector<std::string> split_tag_items(std::string_view line);

// True when the line ends with a parenthesised photo credit: "... (Paull J. Richards/AFP/Getty)".
bool ends_with_credit(std::string_view line, const Knowledge& knowledge);

}  // namespace chronicle::extract
