#include "extract/html_blocks.h"

#include <string_view>

#include "text/normalize.h"

namespace chronicle::extract {
namespace {

// Elements whose content a reader never sees as text.
bool is_invisible_tag(std::string_view tag) {
  static constexpr std::string_view kInvisible[] = {
      "script", "style",  "noscript", "template", "svg",    "math",   "iframe", "object", "embed",
      "canvas", "select", "option",   "button",   "input",  "textarea", "head", "link",   "meta",
      "title",  "video",  "audio",    "source",   "picture", "img",   "map",    "frameset", "frame",
      "dialog"};
  for (std::string_view t : kInvisible)
    if (t == tag) return true;
  return false;
}

// Elements that start a new block of text (everything else is inline).
bool is_block_tag(std::string_view tag) {
  static constexpr std::string_view kBlock[] = {
      "p",      "div",     "h1",         "h2",      "h3",      "h4",     "h5",     "h6",       "li",
      "ul",     "ol",      "dl",         "dt",      "dd",      "blockquote", "pre", "table",  "thead",
      "tbody",  "tfoot",   "tr",         "td",      "th",      "section", "article", "main", "header",
      "footer", "nav",     "aside",      "figure",  "figcaption", "form", "fieldset", "address", "hr",
      "center", "menu",    "details",    "summary", "caption", "legend", "body",   "html",     "hgroup"};
  for (std::string_view t : kBlock)
    if (t == tag) return true;
  return false;
}

ChromeTag chrome_of(std::string_view tag) {
  if (tag == "nav" || tag == "menu") return ChromeTag::nav;
  if (tag == "header") return ChromeTag::header;
  if (tag == "footer") return ChromeTag::footer;
  if (tag == "aside") return ChromeTag::aside;
  if (tag == "figure" || tag == "figcaption") return ChromeTag::figure;
  if (tag == "form") return ChromeTag::form;
  if (tag == "address") return ChromeTag::address;
  return ChromeTag::none;
}

bool is_hidden(const xmlNode* node) {
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (!a->name) continue;
    if (xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>("hidden")) == 0) return true;
  }
  std::string_view style = attribute(node, "style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style)
    if (c != ' ' && c != '\t') compact += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

class Segmenter {
 public:
  Segmenter(const HtmlHints* hints, HtmlSegmentation& out) : hints_(hints), out_(out) {}

  void walk(const xmlNode* node, int element, int depth) {
    if (depth > kMaxHtmlDepth) return;
    for (const xmlNode* child = node->children; child; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        if (child->content) append(reinterpret_cast<const char*>(child->content));
        continue;
      }
      if (child->type != XML_ELEMENT_NODE) continue;  // comments, processing instructions
      std::string_view tag = tag_name(child);
      if (is_invisible_tag(tag) || is_hidden(child)) continue;
      if (tag == "br") {
        flush(element);
        line_break_ = true;
        continue;
      }
      bool block = is_block_tag(tag);
      if (!block) {
        bool link = tag == "a" && !attribute(child, "href").empty();
        if (link) ++in_link_;
        walk(child, element, depth + 1);
        if (link) --in_link_;
        continue;
      }
      flush(element);
      int index = add_element(child, element, depth + 1, tag);
      walk(child, index, depth + 1);
      flush(index);
    }
  }

  int add_element(const xmlNode* node, int parent, int depth, std::string_view tag) {
    HtmlElement e;
    e.node = node;
    e.parent = parent;
    e.depth = depth;
    e.tag = tag;
    e.chrome = chrome_of(tag);
    e.class_attr = attribute(node, "class");
    if (hints_) e.hint = hints_->classify(e.class_attr, attribute(node, "id"));
    out_.elements.push_back(e);
    return static_cast<int>(out_.elements.size()) - 1;
  }

 void finish(int element) { flush(element); }

 private:
  void append(const char* s) {
    size_t before = raw_.size();
    for (; *s; ++s) {
      char c = *s;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        if (!raw_.empty() && raw_.back() != ' ') raw_ += ' ';
      } else {
        raw_ += c;
      }
    }
    if (in_link_ > 0) link_raw_ += raw_.size() - before;
  }

  void flush(int element) {
    if (raw_.empty()) return;
    std::string text = text::fold_whitespace(raw_);
    uint32_t link = static_cast<uint32_t>(std::min(link_raw_, text.size()));
    raw_.clear();
    link_raw_ = 0;
    if (text.empty() || element < 0) return;
    HtmlBlock block;
    block.text = std::move(text);
    block.link_bytes = link;
    block.element = element;
    block.starts_line_break = line_break_;
    line_break_ = false;
    classify(block);
    out_.blocks.push_back(std::move(block));
  }

  void classify(HtmlBlock& block) const {
    // The kind comes from the nearest element that says what the text is.
    for (int i = block.element; i >= 0; i = out_.elements[i].parent) {
      std::string_view tag = out_.elements[i].tag;
      if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
        block.kind = BlockKind::heading;
        block.heading_level = tag[1] - '0';
        return;
      }
      if (tag == "p") { block.kind = BlockKind::paragraph; return; }
      if (tag == "li" || tag == "dd" || tag == "dt") { block.kind = BlockKind::list_item; return; }
      if (tag == "blockquote") { block.kind = BlockKind::quote; return; }
      if (tag == "pre") { block.kind = BlockKind::preformatted; return; }
      if (tag == "td" || tag == "th") { block.kind = BlockKind::cell; return; }
      if (tag == "figcaption" || tag == "caption") { block.kind = BlockKind::caption; return; }
      if (i != block.element) break;  // only the block's own element and its inline wrappers
    }
    // Text straight inside a <div> or <section> reads as a paragraph (Readability turns such
    // divs into paragraphs too).
    std::string_view own = out_.elements[block.element].tag;
    block.kind = (own == "div" || own == "section" || own == "article" || own == "main" || own == "center" ||
                  own == "body" || own == "td")
                     ? BlockKind::paragraph
                     : BlockKind::other;
  }

  const HtmlHints* hints_;
  HtmlSegmentation& out_;
  std::string raw_;
  size_t link_raw_ = 0;
  int in_link_ = 0;
  bool line_break_ = false;
};

}  // namespace

RemovalReason chrome_reason(ChromeTag tag) {
  switch (tag) {
    case ChromeTag::nav: return RemovalReason::navigation;
    case ChromeTag::header: return RemovalReason::navigation;
    case ChromeTag::footer: return RemovalReason::boilerplate;
    case ChromeTag::aside: return RemovalReason::related;
    case ChromeTag::figure: return RemovalReason::caption;
    case ChromeTag::form: return RemovalReason::promo;
    case ChromeTag::address: return RemovalReason::byline;
    case ChromeTag::none: break;
  }
  return RemovalReason::boilerplate;
}

bool is_chrome_element(const HtmlElement& e, RemovalReason* reason) {
  if (e.chrome != ChromeTag::none && e.chrome != ChromeTag::form) {
    if (reason) *reason = chrome_reason(e.chrome);
    return true;
  }
  if (e.hint.negative && e.hint.weight <= kChromeHintWeight) {
    if (reason) *reason = e.hint.reason;
    return true;
  }
  return false;
}

HtmlSegmentation segment_blocks(const xmlNode* root, const HtmlHints* hints) {
  HtmlSegmentation out;
  if (!root) return out;
  Segmenter segmenter(hints, out);
  int top = segmenter.add_element(root, -1, 0, tag_name(root));
  segmenter.walk(root, top, 0);
  segmenter.finish(top);
  // Totals per element: each block adds its bytes to every element around it.
  for (const HtmlBlock& block : out.blocks) {
    bool paragraph = block.kind == BlockKind::paragraph && block.text.size() >= kMinParagraphBytes;
    for (int i = block.element; i >= 0; i = out.elements[i].parent) {
      HtmlElement& e = out.elements[i];
      e.text_bytes += static_cast<uint32_t>(block.text.size());
      e.link_bytes += block.link_bytes;
      if (paragraph) e.paragraphs += 1;
    }
  }
  return out;
}

}  // namespace chronicle::extract
