// Block segmentation: an HTML tree cut into the runs of text a reader sees as separate pieces
// (paragraphs, headings, list items, quotes, table cells, captions, menu entries), each tied to
// the element that holds it, with the facts the scoring heuristics need.
//
// In: a parsed page (html_dom.h) and the class/id hints. Out: every element on the way to some
// text (with its hint verdict and chrome kind) and every block in document order. Invisible
// content is never segmented: scripts, styles, templates, SVG, form controls, iframes, elements
// marked `hidden` or `display:none`, and comments.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "extract/html_dom.h"
#include "extract/html_hints.h"

namespace chronicle::extract {

// What kind of page furniture an element is by its tag alone.
enum class ChromeTag : uint8_t {
  none,
  nav,        // <nav>, <menu>
  header,     // <header>
  footer,     // <footer>
  aside,      // <aside>
  figure,     // <figure>, <figcaption>
  form,       // <form>
  address,    // <address>
};

// The removal reason for text dropped because it sits in such an element.
RemovalReason chrome_reason(ChromeTag tag);

enum class BlockKind : uint8_t { paragraph, heading, list_item, quote, preformatted, cell, caption, other };

struct HtmlElement {
  const xmlNode* node = nullptr;
  int parent = -1;              // index into HtmlSegmentation::elements, -1 at the top
  int depth = 0;
  ChromeTag chrome = ChromeTag::none;
  HintVerdict hint;             // from its class and id
  std::string_view tag;         // lowercase tag name (lives as long as the tree)
  std::string_view class_attr;  // (lives as long as the tree)
  // Totals over the blocks inside it (set by segment_blocks()).
  uint32_t text_bytes = 0;
  uint32_t link_bytes = 0;
  uint32_t paragraphs = 0;      // blocks of kind paragraph with at least kMinParagraphBytes
  // Scratch for the scoring heuristics (html_score.cc).
  double score = 0;
  bool scored = false;
};

struct HtmlBlock {
  std::string text;             // white space folded to single spaces, trimmed, non-empty
  uint32_t link_bytes = 0;      // bytes of `text` inside <a href>
  BlockKind kind = BlockKind::other;
  int heading_level = 0;        // 1-6 for headings
  int element = -1;             // the innermost block-level element holding the text
  // The outermost <blockquote> or list around it matters for joining, not scoring.
  bool starts_line_break = false;  // split from the previous block by <br> only
};

struct HtmlSegmentation {
  std::vector<HtmlElement> elements;
  std::vector<HtmlBlock> blocks;
};

// A class/id hint this negative (or worse) marks an element as chrome: one strong word
// ("related", "share") is enough, a weak one ("meta", "print") is not.
inline constexpr int kChromeHintWeight = -15;

// True when the element is chrome by its tag (nav, header, footer, aside, figure, address: not
// form, since ASP.NET pages wrap everything in one) or by a strong negative hint; `reason` then
// says what kind.
bool is_chrome_element(const HtmlElement& e, RemovalReason* reason = nullptr);

// A paragraph this short is too short to say anything about where the article is.
inline constexpr uint32_t kMinParagraphBytes = 25;

// Segments the subtree under `root` (normally <body>). `hints` may be null when only the block
// texts are wanted (no element then carries a hint). Never recurses past kMaxHtmlDepth.
// Cost: linear in the tree's size.
HtmlSegmentation segment_blocks(const xmlNode* root, const HtmlHints* hints);

// Link density of an element or block: link bytes over text bytes, 0 for no text.
inline double link_density(uint32_t link_bytes, uint32_t text_bytes) {
  return text_bytes == 0 ? 0.0 : static_cast<double>(link_bytes) / text_bytes;
}

}  // namespace chronicle::extract
