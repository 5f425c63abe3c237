#include "extract/html_filters.h"

#include <unordered_map>

#include "extract/text_byline.h"
#include "text/normalize.h"

namespace chronicle::extract {
namespace {

// A block with more than this share of its text in links is navigation, whatever its length.
constexpr double kMaxBlockLinkDensity = 0.5;
// Short blocks hold less prose per link: "Read more at Reuters" with one link is chrome.
constexpr uint32_t kShortBlockBytes = 120;
constexpr double kMaxShortBlockLinkDensity = 0.35;
// A block of at most this many words, with no sentence punctuation, standing apart from the
// paragraphs, is a label rather than prose.
constexpr int kMaxStrayWords = 4;
// A byline longer than this is a sentence that happens to start with "By".
constexpr size_t kMaxBylineBytes = 120;

int count_words(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool has_sentence_punctuation(std::string_view s) {
  for (char c : s)
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',') return true;
  // CJK full stops (U+3002) and others: multi-byte text is left alone.
  for (unsigned char c : s)
    if (c >= 0xE0) return true;
  return false;
}

}  // namespace

void drop_chrome_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts) {
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    BlockVerdict& v = verdicts[b];
    if (!v.keep) continue;
    for (int i = page.blocks[b].element; i >= 0 && i != v.root; i = page.elements[i].parent) {
      RemovalReason reason;
      if (is_chrome_element(page.elements[i], &reason)) {
        v.keep = false;
        v.reason = reason;
        break;
      }
    }
    if (v.keep && page.blocks[b].kind == BlockKind::caption) {
      v.keep = false;
      v.reason = RemovalReason::caption;
    }
  }
}

void drop_link_dense_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts) {
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    if (!verdicts[b].keep) continue;
    const HtmlBlock& block = page.blocks[b];
    auto bytes = static_cast<uint32_t>(block.text.size());
    double ld = link_density(block.link_bytes, bytes);
    double limit = bytes < kShortBlockBytes ? kMaxShortBlockLinkDensity : kMaxBlockLinkDensity;
    if (ld > limit) {
      verdicts[b].keep = false;
      verdicts[b].reason = block.kind == BlockKind::list_item || bytes < kShortBlockBytes ? RemovalReason::navigation
                                                                                         : RemovalReason::related;
    }
  }
}

void drop_stray_short_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts) {
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    if (!verdicts[b].keep) continue;
    const HtmlBlock& block = page.blocks[b];
    if (block.kind == BlockKind::heading || block.kind == BlockKind::list_item || block.kind == BlockKind::cell) continue;
    if (block.kind == BlockKind::paragraph && page.elements[block.element].tag == "p") continue;
    if (count_words(block.text) > kMaxStrayWords || has_sentence_punctuation(block.text)) continue;
    verdicts[b].keep = false;
    verdicts[b].reason = RemovalReason::boilerplate;
  }
}

void drop_headline_blocks(const HtmlSegmentation& page, std::string_view title, std::string_view dek,
                          std::vector<BlockVerdict>& verdicts) {
  std::string title_key = text::comparison_key(title);
  std::string dek_key = text::comparison_key(dek);
  if (title_key.empty() && dek_key.empty()) return;
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    if (!verdicts[b].keep) continue;
    const HtmlBlock& block = page.blocks[b];
    // Only blocks about as long as the title or dek are compared: the key costs a casefold.
    size_t n = block.text.size();
    bool near_title = !title_key.empty() && n <= title.size() * 2 + 8;
    bool near_dek = !dek_key.empty() && n <= dek.size() * 2 + 8;
    if (!near_title && !near_dek) continue;
    std::string key = text::comparison_key(block.text);
    if (near_title && key == title_key) {
      verdicts[b].keep = false;
      verdicts[b].reason = RemovalReason::title;
    } else if (near_dek && key == dek_key && block.kind != BlockKind::paragraph) {
      // A paragraph equal to the description is usually the lead itself, which stays.
      verdicts[b].keep = false;
      verdicts[b].reason = RemovalReason::dek;
    }
  }
}

void drop_byline_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts, std::string& author) {
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    if (!verdicts[b].keep || page.blocks[b].text.size() > kMaxBylineBytes) continue;
    std::optional<Byline> byline = parse_byline(page.blocks[b].text);
    if (!byline) continue;
    verdicts[b].keep = false;
    verdicts[b].reason = RemovalReason::byline;
    if (author.empty()) author = byline->author;
  }
}

void drop_site_boilerplate_blocks(const HtmlSegmentation& page, std::string_view site, const SiteLineStats& stats,
                                  std::vector<BlockVerdict>& verdicts) {
  if (site.empty() || stats.pages(site) < SiteLineStats::kMinPages) return;
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    if (!verdicts[b].keep) continue;
    if (stats.is_boilerplate(site, line_key(page.blocks[b].text))) {
      verdicts[b].keep = false;
      verdicts[b].reason = RemovalReason::boilerplate;
    }
  }
}

void drop_duplicate_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts) {
  // key -> the first copy's parent element and kind
  std::unordered_map<std::string, std::pair<int, BlockKind>> seen;
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    if (!verdicts[b].keep) continue;
    const HtmlBlock& block = page.blocks[b];
    std::string key = text::comparison_key(block.text);
    if (key.empty()) {
      verdicts[b].keep = false;
      verdicts[b].reason = RemovalReason::empty;
      continue;
    }
    int parent = page.elements[block.element].parent;
    auto [it, first] = seen.try_emplace(std::move(key), parent, block.kind);
    if (first) continue;
    // The same words again in the same list of paragraphs are the text itself (a recipe's
    // repeated meal, a refrain); in another container or another kind of block they are a pull
    // quote or a teaser repeating the lead.
    if (it->second.first == parent && it->second.second == block.kind) continue;
    verdicts[b].keep = false;
    verdicts[b].reason = RemovalReason::duplicate;
  }
}

void explain_outside_blocks(const HtmlSegmentation& page, std::vector<BlockVerdict>& verdicts) {
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    BlockVerdict& v = verdicts[b];
    if (v.keep || v.root >= 0) continue;
    v.reason = RemovalReason::boilerplate;
    for (int i = page.blocks[b].element; i >= 0; i = page.elements[i].parent) {
      RemovalReason reason;
      if (is_chrome_element(page.elements[i], &reason)) {
        v.reason = reason;
        break;
      }
    }
  }
}

}  // namespace chronicle::extract
