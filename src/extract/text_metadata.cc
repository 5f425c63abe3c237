#include "extract/text_metadata.h"

#include <algorithm>
#include <map>

#include "extract/text_byline.h"
#include "extract/text_classifier.h"
#include "text/dates.h"
#include "text/normalize.h"

namespace chronicle::extract {
namespace {

// How far above the body the headline, byline and date may sit, in blocks. Pages put share
// buttons, credits and bylines between headline and body; 40 covers the longest seen in the
// textclean benchmark's dev pages without reaching into the site menu on most.
constexpr size_t kHeaderWindow = 40;
// Unlabelled non-headline lines the headline search steps over before it gives up.
constexpr int kMaxSkippedLines = 6;
// A section label is this short.
constexpr int kMaxSectionWords = 3;
// A dek is at least this long.
constexpr int kMinDekWords = 5;
// Copyright lines this close after the body belong to the story (NPR's "Copyright 2020 NPR" under
// a member station's page), not to the site.
constexpr size_t kStoryCopyrightReach = 4;

size_t window_start(const BodyRegion& region) {
  return region.begin > kHeaderWindow ? region.begin - kHeaderWindow : 0;
}

bool is_headline(const TextBlock& b) {
  return !b.reason && looks_like_headline(b.text, b.words) && !looks_like_person_name(b.text);
}

bool is_section_label(const TextBlock& b) {
  if (b.words < 1 || b.words > kMaxSectionWords || b.prose) return false;
  if (b.reason && b.reason != RemovalReason::navigation) return false;
  std::string_view t = b.text;
  return !t.empty() && t.back() != '.' && t.back() != ':' && (t[0] >= 'A' && t[0] <= 'Z');
}

struct Headline {
  size_t title = SIZE_MAX, dek = SIZE_MAX, section = SIZE_MAX;
};

// The anchor the headline sits above: the first byline in the header window, else the body.
size_t headline_anchor(const std::vector<TextBlock>& blocks, const BodyRegion& region) {
  size_t limit = std::min(blocks.size(), region.empty() ? blocks.size() : region.begin + 1);
  for (size_t i = window_start(region); i < limit; ++i)
    if (blocks[i].reason == RemovalReason::byline) return i;
  return region.empty() ? blocks.size() : region.begin;
}

Headline find_headline(const std::vector<TextBlock>& blocks, const BodyRegion& region, std::string_view known_title) {
  Headline h;
  if (!known_title.empty()) {
    std::string key = text::comparison_key(known_title);
    size_t limit = std::min(blocks.size(), region.end + 1);
    for (size_t i = 0; i < limit && !key.empty(); ++i) {
      if (text::comparison_key(blocks[i].text) == key) {
        h.title = i;
        break;
      }
    }
  }
  if (h.title == SIZE_MAX) {
    size_t anchor = headline_anchor(blocks, region);
    size_t lo = anchor > kHeaderWindow ? anchor - kHeaderWindow : 0;
    int skipped = 0;
    for (size_t i = anchor; i-- > lo;) {
      const TextBlock& b = blocks[i];
      if (b.reason) {
        if (b.reason == RemovalReason::copyright || b.reason == RemovalReason::comments ||
            b.reason == RemovalReason::tags || b.reason == RemovalReason::related)
          break;
        continue;
      }
      if (is_headline(b)) {
        h.title = i;
        // A headline right under a shorter one is the dek (AJAM: title, then a one-line summary).
        if (i > 0 && is_headline(blocks[i - 1]) && blocks[i - 1].words < b.words) {
          h.dek = i;
          h.title = i - 1;
        }
        break;
      }
      // A sentence just above the byline or body, under the headline, is the dek (WSJ, LA Times).
      if (b.prose && b.words >= kMinDekWords && h.dek == SIZE_MAX && i > 0 && is_headline(blocks[i - 1])) {
        h.dek = i;
        continue;
      }
      if (++skipped > kMaxSkippedLines) break;
    }
    if (h.title == SIZE_MAX) h.dek = SIZE_MAX;
  }
  if (h.title != SIZE_MAX && h.dek == SIZE_MAX) {
    size_t next = h.title + 1;
    if (next < blocks.size() && next < region.begin && !blocks[next].reason && blocks[next].words >= kMinDekWords &&
        (blocks[next].prose || is_headline(blocks[next])))
      h.dek = next;
  }
  if (h.title != SIZE_MAX && h.title > 0 && is_section_label(blocks[h.title - 1])) h.section = h.title - 1;
  return h;
}

std::string find_author(const std::vector<TextBlock>& blocks, const BodyRegion& region, const Knowledge& knowledge,
                        std::vector<std::pair<std::string, int>>& outlet_votes) {
  std::string author;
  size_t limit = std::min(blocks.size(), region.end + kHeaderWindow);
  for (size_t i = window_start(region); i < limit; ++i) {
    if (blocks[i].reason != RemovalReason::byline) continue;
    std::optional<Byline> byline = parse_byline(blocks[i].text);
    if (!byline && i + 1 < blocks.size() && blocks[i + 1].reason == RemovalReason::byline)
      byline = parse_byline("By " + blocks[i + 1].text);
    if (!byline) continue;
    if (!byline->outlet.empty()) outlet_votes.emplace_back(byline->outlet, 1);
    if (author.empty() && !byline->author.empty()) author = byline->author;
  }
  for (const TextBlock& b : blocks) {
    if (b.reason != RemovalReason::bio) continue;
    std::optional<BioMatch> bio = knowledge.match_bio(b.text);
    if (!bio) continue;
    if (!bio->outlet.empty()) outlet_votes.emplace_back(bio->outlet, 0);
    if (author.empty()) author = bio->author;
  }
  return author;
}

std::string tidy_outlet(std::string_view s) {
  s = text::trim(s);
  if (s.size() > 4 && (s.substr(0, 4) == "the " || s.substr(0, 4) == "The ")) s.remove_prefix(4);
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':')) s.remove_suffix(1);
  for (std::string_view suffix : {", Inc", " Inc", ", LLC", " LLC", " Ltd"}) {
    if (s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix) s.remove_suffix(suffix.size());
  }
  return std::string(text::trim(s));
}

std::string vote_outlet(const std::vector<TextBlock>& blocks, const BodyRegion& region, const Knowledge& knowledge,
                        std::vector<std::pair<std::string, int>> votes) {
  constexpr int kCueRankBase = 3;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const TextBlock& b = blocks[i];
    if (!b.reason || b.text.size() > kMaxCueLineBytes) continue;
    if (i >= region.begin && i < region.end) continue;
    auto found = knowledge.outlet_from_line(b.text);
    if (!found) continue;
    int rank = kCueRankBase + found->second;
    if (b.reason == RemovalReason::copyright && !region.empty() && i >= region.end &&
        i < region.end + kStoryCopyrightReach)
      rank = 2;
    votes.emplace_back(found->first, rank);
  }
  // The strongest kind of evidence wins; among names of that kind, the most frequent, then the first.
  int best_rank = INT32_MAX;
  for (auto& [name, rank] : votes) {
    name = tidy_outlet(name);
    if (!name.empty()) best_rank = std::min(best_rank, rank);
  }
  std::string best;
  int best_count = 0;
  for (const auto& [name, rank] : votes) {
    if (rank != best_rank || name.empty()) continue;
    // A plain reference: clang 14 (the fuzz build's compiler) cannot capture a structured binding.
    const std::string& candidate = name;
    int count = static_cast<int>(std::count_if(votes.begin(), votes.end(), [&](const auto& v) {
      return v.second == best_rank && text::comparison_key(v.first) == text::comparison_key(candidate);
    }));
    if (count > best_count) {
      best = name;
      best_count = count;
    }
  }
  return best;
}

std::string find_date(const std::vector<TextBlock>& blocks, const BodyRegion& region) {
  size_t lo = window_start(region);
  size_t hi = std::min(blocks.size(), region.begin + 3);
  for (size_t i = lo; i < hi; ++i) {
    const TextBlock& b = blocks[i];
    if (b.reason != RemovalReason::dateline && b.reason != RemovalReason::byline) continue;
    if (auto found = text::find_date(b.text)) return found->iso;
  }
  for (const TextBlock& b : blocks) {
    if (b.reason != RemovalReason::dateline) continue;
    std::string head = text::casefold(b.text.substr(0, std::min<size_t>(b.text.size(), 16)));
    if (head.rfind("published", 0) == 0 || head.rfind("posted", 0) == 0)
      if (auto found = text::find_date(b.text)) return found->iso;
  }
  return "";
}

void add_unique(std::vector<std::string>& list, const std::string& item) {
  std::string key = text::comparison_key(item);
  for (const std::string& existing : list)
    if (text::comparison_key(existing) == key) return;
  list.push_back(item);
}

PublisherTags collect_tags(const std::vector<TextBlock>& blocks, const Knowledge& knowledge) {
  PublisherTags tags;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].reason != RemovalReason::tags) continue;
    std::string inline_tags;
    std::optional<TagKind> kind = knowledge.tag_header(blocks[i].text, &inline_tags);
    if (!kind) continue;
    std::string_view items_line = inline_tags;
    if (items_line.empty()) {
      if (i + 1 >= blocks.size() || blocks[i + 1].reason != RemovalReason::tags) continue;
      items_line = blocks[i + 1].text;
      ++i;
    }
    auto& list = *kind == TagKind::places ? tags.places : tags.topics;
    for (const std::string& item : split_tag_items(items_line)) add_unique(list, item);
  }
  return tags;
}

}  // namespace

PageMetadata read_metadata(std::vector<TextBlock>& blocks, const BodyRegion& region, const Knowledge& knowledge,
                           std::string_view known_title) {
  PageMetadata meta;
  Headline h = find_headline(blocks, region, known_title);
  if (h.title != SIZE_MAX) {
    meta.title = blocks[h.title].text;
    blocks[h.title].reason = RemovalReason::title;
  }
  if (h.dek != SIZE_MAX) {
    meta.dek = blocks[h.dek].text;
    blocks[h.dek].reason = RemovalReason::dek;
  }
  if (h.section != SIZE_MAX) {
    meta.section = blocks[h.section].text;
    blocks[h.section].reason = RemovalReason::navigation;
  }
  std::vector<std::pair<std::string, int>> votes;
  meta.author = find_author(blocks, region, knowledge, votes);
  meta.outlet = vote_outlet(blocks, region, knowledge, std::move(votes));
  meta.date = find_date(blocks, region);
  meta.tags = collect_tags(blocks, knowledge);
  return meta;
}

}  // namespace chronicle::extract
