#include "extract/text_region.h"

#include <algorithm>

namespace chronicle::extract {
namespace {

// A paragraph of running text counts for the region by its words, up to this cap (a single huge
// block should not drag the region across a page of chrome).
constexpr int kMaxParagraphValue = 150;
// Running text shorter than this counts at half its words: short sentences occur in bodies
// ("Reuters reports:") but also as teasers in related-story lists.
constexpr int kMinParagraphWords = 10;
// An end marker (copyright, tags, bio, comments header, appeal, "Related" header) costs this much:
// the article continues past one only when more than about 150 words of running text follow.
constexpr int kEndMarkerPenalty = 150;
// Other chrome inside a body (an ad label, share buttons) costs a little; photo captions, credits,
// player controls and date lines, which sit between paragraphs on most pages, cost less.
constexpr int kChromePenalty = 8;
constexpr int kPhotoPenalty = 2;
// Labels and headlines that no cue names: a short one costs less than a long one, which is more
// likely a related story's headline than a subheading.
constexpr int kShortLabelPenalty = 3;
constexpr int kLongLabelPenalty = 6;
constexpr int kLongLabelWords = 8;
// A "Related" or promo line this short is a header; longer ones are inline links ("Read more: ...")
// that sit between paragraphs.
constexpr int kMaxHeaderWords = 4;

bool is_end_marker(const TextBlock& b) {
  switch (*b.reason) {
    case RemovalReason::copyright:
    case RemovalReason::tags:
    case RemovalReason::bio:
    case RemovalReason::comments:
    case RemovalReason::appeal:
      return true;
    case RemovalReason::related:
    case RemovalReason::promo:
      return b.words <= kMaxHeaderWords;
    default:
      return false;
  }
}

// A body with no running text at all (a box score, a fixture list): everything between the
// first byline or dateline and the next end marker, when some of it is unlabelled.
BodyRegion find_unworded_region(const std::vector<TextBlock>& blocks) {
  constexpr int kMinUnlabelled = 2;
  size_t anchor = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].reason == RemovalReason::byline || blocks[i].reason == RemovalReason::dateline) {
      anchor = i;
      break;
    }
  }
  if (anchor == blocks.size()) return {};
  size_t end = anchor + 1;
  int unlabelled = 0;
  while (end < blocks.size() && !(blocks[end].reason && is_end_marker(blocks[end]))) {
    if (!blocks[end].reason) ++unlabelled;
    ++end;
  }
  if (unlabelled < kMinUnlabelled) return {};
  BodyRegion region{anchor + 1, end};
  while (region.begin < region.end && blocks[region.begin].reason) ++region.begin;
  return region;
}

// A text that is mostly unlabelled but has no running text (a wire service's table of results:
// "Shr 34 cts vs 1.19 dlrs") is its own body: from the first unlabelled block to the last. A page
// of chrome has most of its lines labelled and gives nothing.
BodyRegion find_unlabelled_span(const std::vector<TextBlock>& blocks) {
  constexpr double kMinUnlabelledShare = 0.5;
  size_t first = blocks.size(), last = 0, unlabelled = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].reason) continue;
    ++unlabelled;
    first = std::min(first, i);
    last = i;
  }
  if (unlabelled == 0 || static_cast<double>(unlabelled) < kMinUnlabelledShare * static_cast<double>(blocks.size()))
    return {};
  return {first, last + 1};
}

}  // namespace

int block_value(const TextBlock& b) {
  if (b.reason) {
    if (is_end_marker(b)) return -kEndMarkerPenalty;
    switch (*b.reason) {
      case RemovalReason::caption:
      case RemovalReason::credit:
      case RemovalReason::player:
      case RemovalReason::dateline:
        return -kPhotoPenalty;
      default:
        return -kChromePenalty;
    }
  }
  if (b.teaser) return -kLongLabelPenalty;
  if (b.prose) return b.words >= kMinParagraphWords ? std::min(b.words, kMaxParagraphValue) : b.words / 2;
  return b.words >= kLongLabelWords ? -kLongLabelPenalty : -kShortLabelPenalty;
}

namespace {

// The best region among blocks[0, limit), and its value.
BodyRegion best_region(const std::vector<TextBlock>& blocks, size_t limit, long& best_sum) {
  BodyRegion best;
  best_sum = 0;
  long sum = 0;
  size_t start = 0;
  for (size_t i = 0; i < limit; ++i) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += block_value(blocks[i]);
    if (sum > best_sum) {
      best_sum = sum;
      best = {start, i + 1};
    }
  }
  // The region starts at a block that counts for it: the scan above may begin on a label.
  while (!best.empty() && block_value(blocks[best.begin]) <= 0) ++best.begin;
  return best;
}

}  // namespace

BodyRegion find_body_region(const std::vector<TextBlock>& blocks) {
  // Readers' comments follow the article and can outweigh it (a long thread under a short news
  // item): when a comments header follows a region worth kMinBodyBeforeComments, the body is
  // sought above the header only. Headers with a count ("0 Comments", "[ 167 comments ]") are
  // skipped: pages print those as links beside the headline too.
  constexpr long kMinBodyBeforeComments = 60;
  constexpr int kMaxCommentsHeaderWords = 6;
  long best_sum = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].reason != RemovalReason::comments || blocks[i].words > kMaxCommentsHeaderWords) continue;
    if (blocks[i].text.find_first_of("0123456789") != std::string::npos) continue;
    BodyRegion above = best_region(blocks, i, best_sum);
    if (best_sum >= kMinBodyBeforeComments) return above;
    break;
  }
  BodyRegion best = best_region(blocks, blocks.size(), best_sum);
  if (best.empty()) best = find_unworded_region(blocks);
  if (best.empty()) best = find_unlabelled_span(blocks);
  return best;
}

}  // namespace chronicle::extract
