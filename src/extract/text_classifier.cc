#include "extract/text_classifier.h"

#include "extract/text_byline.h"
#include "text/dates.h"
#include "text/normalize.h"

namespace chronicle::extract {
namespace {

// A tag item is a short name ("Diplomacy", "Middle East"); a longer one is prose.
constexpr int kMaxTagItemWords = 5;
// Tag lists of more items than this are menus, not the publisher's tags for one story.
constexpr size_t kMaxTagItems = 30;
// A caption is a sentence or two; a longer block before a credit is a paragraph.
constexpr int kMaxCaptionWords = 70;
// A split credit's name part ("Ivan Sekretarev") and agency part ("AP") are this short.
constexpr int kMaxCreditPartWords = 6;
// Datelines with a cue word ("Published", "Updated") are short.
constexpr int kMaxDatelineWords = 14;
// "Image caption", "Photo credit:": a label header is this short.
constexpr int kMaxLabelHeaderWords = 2;
// Byline lines are short; a longer "By ..." line is prose.
constexpr int kMaxBylineWords = 16;

bool unlabelled(const TextBlock& b) { return !b.reason.has_value(); }

void mark_site_boilerplate(std::vector<TextBlock>& blocks, const SiteLineStats& stats, std::string_view site) {
  if (site.empty() || stats.pages(site) == 0) return;
  for (TextBlock& b : blocks)
    if (unlabelled(b) && stats.is_boilerplate(site, line_key(b.text))) b.reason = RemovalReason::boilerplate;
}

void mark_tag_lists(std::vector<TextBlock>& blocks, const Knowledge& knowledge) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!unlabelled(blocks[i]) || blocks[i].text.size() > kMaxCueLineBytes) continue;
    std::string inline_tags;
    if (!knowledge.tag_header(blocks[i].text, &inline_tags)) continue;
    if (!inline_tags.empty()) {
      if (!split_tag_items(inline_tags).empty()) blocks[i].reason = RemovalReason::tags;
      continue;
    }
    // A header alone counts only when the next line is a list of tags.
    if (i + 1 < blocks.size() && unlabelled(blocks[i + 1]) && !knowledge.tag_header(blocks[i + 1].text) &&
        !split_tag_items(blocks[i + 1].text).empty()) {
      blocks[i].reason = RemovalReason::tags;
      blocks[i + 1].reason = RemovalReason::tags;
      ++i;
    }
  }
}

bool is_slash(std::string_view s) { return s == "/" || s == "|"; }

void mark_split_credits(std::vector<TextBlock>& blocks, const Knowledge& knowledge) {
  // Text dumps break "Name / Agency" credits over three lines; seed 000 carries one.
  for (size_t i = 0; i + 2 < blocks.size(); ++i) {
    if (!unlabelled(blocks[i]) || !is_slash(blocks[i + 1].text)) continue;
    const TextBlock& name = blocks[i];
    const TextBlock& agency = blocks[i + 2];
    if (name.words == 0 || name.words > kMaxCreditPartWords || agency.words == 0 ||
        agency.words > kMaxCreditPartWords || name.prose || agency.prose)
      continue;
    if (!looks_like_person_name(name.text) && !knowledge.is_agency(name.text) && !knowledge.is_agency(agency.text))
      continue;
    blocks[i].reason = blocks[i + 1].reason = blocks[i + 2].reason = RemovalReason::credit;
    i += 2;
  }
}

void mark_cue_lines(std::vector<TextBlock>& blocks, const Knowledge& knowledge) {
  for (TextBlock& b : blocks) {
    if (!unlabelled(b) || b.text.size() > kMaxCueLineBytes) continue;
    b.reason = knowledge.match_line_cue(b.text);
  }
}

void mark_bylines(std::vector<TextBlock>& blocks) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    TextBlock& b = blocks[i];
    if (!unlabelled(b) && b.reason != RemovalReason::navigation) continue;
    if (b.words > kMaxBylineWords) continue;
    // "By" on its own line, the name on the next (a common text-dump split).
    std::string_view t = b.text;
    if ((t == "By" || t == "by" || t == "BY" || t == "By:") && i + 1 < blocks.size() &&
        parse_byline("By " + blocks[i + 1].text)) {
      b.reason = RemovalReason::byline;
      blocks[i + 1].reason = RemovalReason::byline;
      ++i;
      continue;
    }
    if (unlabelled(b) && parse_byline(t)) b.reason = RemovalReason::byline;
  }
}

bool starts_with_date_cue(std::string_view s) {
  static constexpr std::string_view kCues[] = {"published", "updated", "posted", "last updated", "first published",
                                               "date", "modified", "last modified", "created"};
  std::string head = text::casefold(s.substr(0, std::min<size_t>(s.size(), 20)));
  for (std::string_view cue : kCues)
    if (head.rfind(cue, 0) == 0) return true;
  return false;
}

void mark_datelines(std::vector<TextBlock>& blocks) {
  // A short line that is not a sentence and holds a date: "March 3, 2019 / 7:12 AM / Updated 2 hours
  // ago", "Sun 12 Jan 2020 08.00 GMT", "Updated 9:41 PM ET, Thu December 19, 2019".
  for (TextBlock& b : blocks) {
    if (!unlabelled(b) || b.words > kMaxDatelineWords) continue;
    if (!text::normalize_date(b.text).empty() ||
        ((starts_with_date_cue(b.text) || !b.prose) && text::find_date(b.text)))
      b.reason = RemovalReason::dateline;
  }
}

void mark_bios(std::vector<TextBlock>& blocks, const Knowledge& knowledge) {
  for (TextBlock& b : blocks) {
    if (!unlabelled(b) || b.text.size() > kMaxCueLineBytes) continue;
    if (knowledge.match_bio(b.text)) b.reason = RemovalReason::bio;
  }
}

void mark_captions(std::vector<TextBlock>& blocks, const Knowledge& knowledge) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    TextBlock& b = blocks[i];
    // "Image caption" / "Image copyright" on a line of their own label the line after them (BBC).
    if (i > 0 && unlabelled(b) && blocks[i - 1].words <= kMaxLabelHeaderWords &&
        (blocks[i - 1].reason == RemovalReason::caption ||
         (blocks[i - 1].reason == RemovalReason::credit && b.words <= kMaxCreditPartWords))) {
      b.reason = blocks[i - 1].reason;
      continue;
    }
    if (!unlabelled(b) || b.words > kMaxCaptionWords) continue;
    if (ends_with_credit(b.text, knowledge)) {
      b.reason = RemovalReason::caption;
      continue;
    }
    // The line just before a credit describes the photo the credit belongs to.
    if (i + 1 < blocks.size() && blocks[i + 1].reason == RemovalReason::credit && !blocks[i + 1].blank_before)
      b.reason = RemovalReason::caption;
  }
}

}  // namespace

std::vector<std::string> split_tag_items(std::string_view line) {
  std::vector<std::string> items;
  std::string_view s = text::trim(line);
  if (s.empty() || s.back() == '.' || s.size() > kMaxCueLineBytes) return {};
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find_first_of(",;|", start);
    if (comma == std::string_view::npos) comma = s.size();
    std::string_view item = text::trim(s.substr(start, comma - start));
    if (!item.empty()) {
      int words = count_words(item);
      if (words == 0 || words > kMaxTagItemWords) return {};
      items.emplace_back(item);
      if (items.size() > kMaxTagItems) return {};
    }
    if (comma == s.size()) break;
    start = comma + 1;
  }
  return items;
}

bool ends_with_credit(std::string_view line, const Knowledge& knowledge) {
  std::string_view s = text::trim(line);
  if (s.size() < 4 || s.back() != ')') return false;
  size_t open = s.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  std::string_view inner = text::trim(s.substr(open + 1, s.size() - open - 2));
  if (inner.empty() || count_words(inner) > 10) return false;
  // "(Paull J. Richards/AFP/Getty)", "(AP Photo/Evan Vucci)", "(Reuters)" after a sentence.
  size_t start = 0;
  bool agency = false;
  while (start <= inner.size()) {
    size_t slash = inner.find('/', start);
    if (slash == std::string_view::npos) slash = inner.size();
    std::string_view part = text::trim(inner.substr(start, slash - start));
    if (knowledge.is_agency(part) || knowledge.matches(RemovalReason::credit, part)) agency = true;
    if (slash == inner.size()) break;
    start = slash + 1;
  }
  return agency;
}

void classify_blocks(std::vector<TextBlock>& blocks, const Knowledge& knowledge, const SiteLineStats& site_stats,
                     std::string_view site) {
  mark_site_boilerplate(blocks, site_stats, site);
  mark_tag_lists(blocks, knowledge);
  mark_split_credits(blocks, knowledge);
  mark_cue_lines(blocks, knowledge);
  mark_bylines(blocks);
  mark_datelines(blocks);
  mark_bios(blocks, knowledge);
  mark_captions(blocks, knowledge);
}

}  // namespace chronicle::extract
