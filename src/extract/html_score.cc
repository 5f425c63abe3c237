#include "extract/html_score.h"

#include <algorithm>

namespace chronicle::extract {
namespace {

// How far up a paragraph's score travels: parent, grandparent and three more levels, as
// Readability does; past that the element is the whole page and says nothing.
constexpr int kAncestorLevels = 5;
// A sibling joins the main container when its score is at least this share of the winner's ...
constexpr double kSiblingShare = 0.2;
// ... and never below this absolute floor (one long paragraph scores about 4).
constexpr double kSiblingFloor = 10.0;
// A plain paragraph beside the container joins it when this long and this free of links.
constexpr uint32_t kSiblingParagraphBytes = 80;
constexpr double kSiblingParagraphLinkDensity = 0.25;

// Where an element's score starts, by tag: containers of prose start high, lists and headings low.
double tag_base_score(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "section" || tag == "main") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" || tag == "li" ||
      tag == "form")
    return -3;
  if (tag.size() == 2 && tag[0] == 'h') return -5;
  if (tag == "th") return -5;
  return 0;
}

double initial_score(const HtmlElement& e) {
  double chrome_penalty = e.chrome == ChromeTag::none || e.chrome == ChromeTag::form ? 0 : -25;
  return tag_base_score(e.tag) + e.hint.weight + chrome_penalty;
}

// The content score of one paragraph: one point, one per comma, one per 100 bytes up to three.
double paragraph_score(const HtmlBlock& block) {
  double commas = 0;
  const std::string& t = block.text;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == ',') commas += 1;
    // U+FF0C fullwidth comma and U+3001 ideographic comma, for CJK pages.
    else if (static_cast<unsigned char>(t[i]) == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBC &&
             static_cast<unsigned char>(t[i + 2]) == 0x8C)
      commas += 1;
    else if (static_cast<unsigned char>(t[i]) == 0xE3 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
             static_cast<unsigned char>(t[i + 2]) == 0x81)
      commas += 1;
  }
  return 1 + commas + std::min(static_cast<double>(t.size()) / 100.0, 3.0);
}

// Step 1.
void score_paragraph_ancestors(HtmlSegmentation& page) {
  for (const HtmlBlock& block : page.blocks) {
    if (block.kind != BlockKind::paragraph && block.kind != BlockKind::preformatted &&
        block.kind != BlockKind::quote)
      continue;
    if (block.text.size() < kMinParagraphBytes) continue;
    double score = paragraph_score(block) * (1.0 - link_density(block.link_bytes, static_cast<uint32_t>(block.text.size())));
    // The paragraph element itself is level 0's child: its parent gets the full score.
    int i = page.elements[block.element].tag == "p" ? page.elements[block.element].parent : block.element;
    for (int level = 0; level < kAncestorLevels && i >= 0; ++level, i = page.elements[i].parent) {
      HtmlElement& e = page.elements[i];
      if (!e.scored) {
        e.score = initial_score(e);
        e.scored = true;
      }
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      e.score += score / divider;
    }
  }
}

double final_score(const HtmlElement& e) { return e.score * (1.0 - link_density(e.link_bytes, e.text_bytes)); }

// Marks the elements that sit inside chrome (a comment thread, a sidebar, a footer): their
// paragraphs may outscore a short article, but they are never the article.
// An element holding more than this share of the page's text is a page wrapper, whatever its
// class says ("page has-sidebar", "layout-with-ads"), and cannot make what it holds chrome.
constexpr double kWrapperShare = 0.8;

std::vector<char> mark_inside_chrome(const HtmlSegmentation& page) {
  std::vector<char> inside(page.elements.size(), 0);
  if (page.elements.empty()) return inside;
  double wrapper_bytes = kWrapperShare * page.elements[0].text_bytes;
  auto chrome = [&](const HtmlElement& e) { return e.text_bytes <= wrapper_bytes && is_chrome_element(e); };
  for (size_t i = 1; i < page.elements.size(); ++i) {
    // Parents precede children in `elements`, so one pass in order settles every element.
    int parent = page.elements[i].parent;
    inside[i] = (parent >= 0 && inside[parent]) || chrome(page.elements[i]);
  }
  return inside;
}

// An element inside chrome keeps this share of its score: a comment thread's long posts must not
// outscore a short article, but a page whose whole layout sits in "penci_sidebar" still has one.
constexpr double kInsideChromeFactor = 0.5;

// Step 2. The best element, counting elements inside chrome at kInsideChromeFactor.
int pick_main_container(const HtmlSegmentation& page) {
  std::vector<char> inside = mark_inside_chrome(page);
  int best = -1;
  double best_score = 0;
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const HtmlElement& e = page.elements[i];
    if (!e.scored) continue;
    double s = final_score(e) * (inside[i] ? kInsideChromeFactor : 1.0);
    if (best < 0 || s > best_score) {
      best = static_cast<int>(i);
      best_score = s;
    }
  }
  return best;
}

// Step 2b. An article split into several columns or sections (between which ads sit) has its
// best column win; the common ancestor holds the rest. Climb while the parent holds clearly more
// prose outside chrome than the winner (looking up to kMaxPromotionLevels levels: the columns'
// wrappers add levels with no text of their own), never to <body>.
constexpr int kMaxPromotionLevels = 3;
constexpr int kMaxPromotionSteps = 12;
// An ancestor this full of links is the page's navigation shell, not the article's.
constexpr double kMaxPromotedLinkDensity = 0.35;
constexpr double kPromotionGain = 1.25;
constexpr double kProseLinkDensity = 0.3;

int promote_to_article_ancestor(const HtmlSegmentation& page, int top) {
  std::vector<char> inside = mark_inside_chrome(page);
  std::vector<uint32_t> prose(page.elements.size(), 0);
  for (const HtmlBlock& block : page.blocks) {
    auto bytes = static_cast<uint32_t>(block.text.size());
    if (block.kind != BlockKind::paragraph || bytes < kMinParagraphBytes || inside[block.element]) continue;
    if (link_density(block.link_bytes, bytes) > kProseLinkDensity) continue;
    for (int i = block.element; i >= 0; i = page.elements[i].parent) prose[i] += bytes;
  }
  int best = top;
  int ancestor = top;
  // Wrappers that add no prose (a column's inner div, a section's flex box) cost no level.
  for (int level = 0, steps = 0; level < kMaxPromotionLevels && steps < kMaxPromotionSteps; ++steps) {
    int parent = page.elements[ancestor].parent;
    if (parent <= 0 || inside[parent]) break;  // element 0 is <body>
    if (prose[parent] > prose[ancestor]) ++level;
    ancestor = parent;
    const HtmlElement& e = page.elements[ancestor];
    if (link_density(e.link_bytes, e.text_bytes) > kMaxPromotedLinkDensity) break;
    if (prose[ancestor] >= kPromotionGain * prose[best]) best = ancestor;
  }
  return best;
}

// Step 3. Returns the chosen containers: the winner and the siblings that join it.
std::vector<int> widen_to_sibling_containers(const HtmlSegmentation& page, int top) {
  std::vector<int> roots{top};
  int parent = page.elements[top].parent;
  if (parent < 0) return roots;
  double top_score = final_score(page.elements[top]);
  double threshold = std::max(kSiblingFloor, top_score * kSiblingShare);
  std::string_view top_class = page.elements[top].class_attr;
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const HtmlElement& e = page.elements[i];
    if (e.parent != parent || static_cast<int>(i) == top) continue;
    double bonus = (!top_class.empty() && e.class_attr == top_class) ? top_score * 0.2 : 0;
    bool join = false;
    if (e.scored && final_score(e) + bonus >= threshold) {
      join = true;
    } else if (e.tag == "p" && e.chrome == ChromeTag::none && !e.hint.negative) {
      double ld = link_density(e.link_bytes, e.text_bytes);
      join = e.text_bytes >= kSiblingParagraphBytes && ld < kSiblingParagraphLinkDensity;
    }
    if (join) roots.push_back(static_cast<int>(i));
  }
  return roots;
}

}  // namespace

std::vector<BlockVerdict> select_main_containers(HtmlSegmentation& page) {
  std::vector<BlockVerdict> verdicts(page.blocks.size());
  score_paragraph_ancestors(page);
  int top = pick_main_container(page);
  if (top < 0) return verdicts;
  top = promote_to_article_ancestor(page, top);
  std::vector<int> roots = widen_to_sibling_containers(page, top);
  std::vector<char> is_root(page.elements.size(), 0);
  for (int r : roots) is_root[r] = 1;
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    for (int i = page.blocks[b].element; i >= 0; i = page.elements[i].parent) {
      if (is_root[i]) {
        verdicts[b].keep = true;
        verdicts[b].root = i;
        break;
      }
    }
  }
  return verdicts;
}

}  // namespace chronicle::extract
