#include "extract/html_dom.h"

#include <climits>
#include <cstring>

namespace chronicle::extract {
namespace {

// libxml2 reports through a global error handler unless told not to; NOERROR/NOWARNING silence
// it, RECOVER keeps broken pages, NONET forbids fetching DTDs, IGNORE_ENC keeps our UTF-8
// decision over a <meta charset> that the reader has already honoured.
constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                              HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;

xmlNode* child_named(const xmlNode* parent, std::string_view name) {
  if (!parent) return nullptr;
  for (xmlNode* c = parent->children; c; c = c->next)
    if (tag_name(c) == name) return c;
  return nullptr;
}

// True when some element sits deeper than `limit`. Iterative, so a hostile tree cannot overflow.
bool deeper_than(const xmlNode* root, int limit) {
  const xmlNode* node = root;
  int depth = 0;
  while (node) {
    if (depth > limit) return true;
    if (node->children && node->type == XML_ELEMENT_NODE) {
      node = node->children;
      ++depth;
      continue;
    }
    while (node && !node->next && node != root) {
      node = node->parent;
      --depth;
    }
    if (!node || node == root) break;
    node = node->next;
  }
  return false;
}

// Case-insensitive "does s at pos start with word" for ASCII lowercase `word`.
bool starts_with_ci(std::string_view s, size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = s[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

// Finds "</name" (any case) from `pos`; npos when absent.
size_t find_end_tag(std::string_view s, size_t pos, std::string_view name) {
  while (pos < s.size()) {
    const void* hit = std::memchr(s.data() + pos, '<', s.size() - pos);
    if (!hit) return std::string_view::npos;
    pos = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    if (pos + 1 < s.size() && s[pos + 1] == '/' && starts_with_ci(s, pos + 2, name)) return pos;
    ++pos;
  }
  return std::string_view::npos;
}

bool is_tag_name_end(std::string_view s, size_t pos) {
  if (pos >= s.size()) return true;
  char c = s[pos];
  return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '\f';
}

}  // namespace

std::string strip_invisible_content(std::string_view html) {
  static constexpr std::string_view kRawElements[] = {"script", "style", "svg", "template"};
  std::string out;
  out.reserve(html.size() / 2);
  size_t copied = 0;  // html[copied, pos) is still to be copied
  size_t pos = 0;
  while (pos < html.size()) {
    const void* hit = std::memchr(html.data() + pos, '<', html.size() - pos);
    if (!hit) break;
    pos = static_cast<size_t>(static_cast<const char*>(hit) - html.data());
    if (html.compare(pos, 4, "<!--") == 0) {
      size_t end = html.find("-->", pos + 4);
      out.append(html, copied, pos - copied);
      copied = pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    std::string_view name;
    for (std::string_view n : kRawElements)
      if (starts_with_ci(html, pos + 1, n) && is_tag_name_end(html, pos + 1 + n.size())) name = n;
    if (name.empty()) {
      ++pos;
      continue;
    }
    size_t open_end = html.find('>', pos);
    if (open_end == std::string_view::npos) break;
    std::string_view open_tag = html.substr(pos, open_end + 1 - pos);
    // JSON-LD is the page's own metadata (html_metadata.h): keep it.
    bool keep = name == "script" && (open_tag.find("ld+json") != std::string_view::npos ||
                                     open_tag.find("LD+JSON") != std::string_view::npos);
    size_t close = find_end_tag(html, open_end + 1, name);
    if (keep || close == std::string_view::npos) {
      pos = open_end + 1;
      continue;
    }
    out.append(html, copied, open_end + 1 - copied);  // up to and including the open tag
    copied = pos = close;                              // resume at the end tag
  }
  out.append(html, copied, std::string_view::npos);
  return out;
}

bool drop_excess_attributes(std::string_view html, size_t max, std::string& out) {
  auto space = [&](size_t i) {
    char c = html[i];
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  };
  const size_t n = html.size();
  bool changed = false;
  size_t copied = 0;  // html[copied, …) is still to be copied once something was dropped
  size_t pos = 0;
  while (pos < n) {
    const void* hit = std::memchr(html.data() + pos, '<', n - pos);
    if (!hit) break;
    pos = static_cast<size_t>(static_cast<const char*>(hit) - html.data());
    // A start tag begins with a letter, as libxml2 reads one; "</", "<!" and "<?" are not.
    char first = pos + 1 < n ? html[pos + 1] : '\0';
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
      ++pos;
      continue;
    }
    size_t i = pos + 1;
    while (!is_tag_name_end(html, i)) ++i;
    size_t count = 0;
    for (;;) {
      size_t previous_end = i;  // a dropped attribute takes the white space before it along
      while (i < n && (space(i) || html[i] == '/')) ++i;
      if (i >= n || html[i] == '>') break;
      ++i;  // a name is at least one character, even a stray '=' or quote: always progress
      while (i < n && !space(i) && html[i] != '=' && html[i] != '>' && html[i] != '/') ++i;
      size_t after_name = i;
      while (i < n && space(i)) ++i;
      if (i < n && html[i] == '=') {
        ++i;
        while (i < n && space(i)) ++i;
        if (i < n && (html[i] == '"' || html[i] == '\'')) {
          size_t close = html.find(html[i], i + 1);
          i = close == std::string_view::npos ? n : close + 1;
        } else {
          while (i < n && !space(i) && html[i] != '>') ++i;
        }
      } else {
        i = after_name;  // no value: the white space belongs to the next attribute
      }
      if (++count <= max) continue;
      if (!changed) out.clear();
      out.append(html, copied, previous_end - copied);
      copied = i;
      changed = true;
    }
    pos = i;
  }
  if (changed) out.append(html, copied, std::string_view::npos);
  return changed;
}

std::unique_ptr<HtmlDom> HtmlDom::parse(std::string_view html, std::string& error) {
  if (html.size() > static_cast<size_t>(INT_MAX)) {
    error = "page too large to parse";
    return nullptr;
  }
  std::string visible = strip_invisible_content(html);
  std::string capped;
  if (drop_excess_attributes(visible, kMaxHtmlAttributes, capped)) visible = std::move(capped);
  xmlDoc* doc = htmlReadMemory(visible.data(), static_cast<int>(visible.size()), nullptr, "UTF-8", kParseOptions);
  if (!doc) {
    error = "not HTML: the parser produced no tree";
    return nullptr;
  }
  auto dom = std::unique_ptr<HtmlDom>(new HtmlDom(doc));
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) {
    error = "not HTML: no elements";
    return nullptr;
  }
  if (deeper_than(root, kMaxHtmlDepth)) {
    error = "elements nested deeper than " + std::to_string(kMaxHtmlDepth) + " levels";
    return nullptr;
  }
  return dom;
}

HtmlDom::~HtmlDom() { xmlFreeDoc(doc_); }

xmlNode* HtmlDom::root() const { return xmlDocGetRootElement(doc_); }
xmlNode* HtmlDom::head() const { return child_named(root(), "head"); }
xmlNode* HtmlDom::body() const { return child_named(root(), "body"); }

std::string_view attribute(const xmlNode* node, const char* name) {
  if (!node || node->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (!a->name || xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) != 0) continue;
    const xmlNode* value = a->children;
    if (value && (value->type == XML_TEXT_NODE || value->type == XML_CDATA_SECTION_NODE) && value->content && !value->next)
      return reinterpret_cast<const char*>(value->content);
    return {};
  }
  return {};
}

void append_text(const xmlNode* node, std::string& out, int depth) {
  if (!node || depth > kMaxHtmlDepth) return;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content) out += reinterpret_cast<const char*>(node->content);
    return;
  }
  if (node->type != XML_ELEMENT_NODE) return;
  for (const xmlNode* c = node->children; c; c = c->next) append_text(c, out, depth + 1);
}

}  // namespace chronicle::extract
