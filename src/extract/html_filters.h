// Filters over the blocks of the chosen containers (html_score.h): each drops one kind of chrome
// that sits inside an article's container, and records the reason. Each is a small function named
// for what it drops; extract_html() runs them in the order declared here.
#pragma once
#include <string_view>
#include <vector>

#include "extract/html_blocks.h"
#include "extract/html_score.h"
#include "extract/site_lines.h"

namespace chronicle::extract {

// Blocks inside <nav>, <aside>, <footer>, <header>, <figure>, <form> or a negatively hinted
// element below the chosen container: dropped with that element's reason. Elements above the
// container are ignored (they hold the article, so they cannot be chrome).
void drop_chrome_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts);

// Blocks that are mostly link text (menus, "Read more: headline", lists of related stories).
void drop_link_dense_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts);

// Short lines that cannot be prose: no sentence punctuation and only a few words, standing apart
// from the paragraphs ("Advertisement", "Share this article", "Photo: Reuters").
void drop_stray_short_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts);

// Blocks equal to the page's headline or dek (Article::title and ::dek keep them instead).
void drop_headline_blocks(const HtmlSegmentation& page, std::string_view title, std::string_view dek,
                          std::vector<BlockVerdict>& verdicts);

// Short blocks that are bylines ("By Jane Doe, Reuters"; text_byline.h). The first byline's
// author fills `author` when it is empty.
void drop_byline_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts, std::string& author);

// Blocks that recur on most pages of the same site (site_lines.h), keyed as plain-text lines are.
void drop_site_boilerplate_blocks(const HtmlSegmentation& page, std::string_view site, const SiteLineStats& stats,
                                  std::vector<BlockVerdict>& verdicts);

// A kept block repeating an earlier kept one from another container or as another kind of block
// (pull quotes, teasers repeating the lead); repeats inside one run of paragraphs stay.
void drop_duplicate_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts);

// Gives each block outside the containers the reason of the nearest chrome around it
// (navigation, comments, related, ...), "boilerplate" when nothing says more.
void explain_outside_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts);

}  // namespace chronicle::extract
