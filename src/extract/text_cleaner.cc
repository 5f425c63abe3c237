#include "extract/text_cleaner.h"

#include "extract/text_blocks.h"
#include "extract/text_classifier.h"
#include "extract/text_duplicates.h"
#include "extract/text_region.h"

namespace chronicle::extract {
namespace {

// Unlabelled lines outside the body next to an appeal belong to it: appeals run over several
// lines and only some carry a cue word (seed 000: "Our reporting will always be free for you to
// read. But it's not free to produce.").
void spread_appeals(std::vector<TextBlock>& blocks, const BodyRegion& region) {
  auto outside = [&](size_t i) { return i < region.begin || i >= region.end; };
  for (size_t i = 1; i < blocks.size(); ++i)
    if (!blocks[i].reason && outside(i) && blocks[i - 1].reason == RemovalReason::appeal)
      blocks[i].reason = RemovalReason::appeal;
  for (size_t i = blocks.size(); i-- > 1;)
    if (!blocks[i - 1].reason && outside(i - 1) && blocks[i].reason == RemovalReason::appeal)
      blocks[i - 1].reason = RemovalReason::appeal;
}

// The reason for an unlabelled block outside the body: a short label is navigation, running
// text is boilerplate (a teaser, a footer blurb).
RemovalReason outside_reason(const TextBlock& b) {
  constexpr int kMaxLabelWords = 8;
  return (!b.prose && b.words <= kMaxLabelWords) ? RemovalReason::navigation : RemovalReason::boilerplate;
}

}  // namespace

CleanedText clean_page_text(std::string_view body, const Knowledge& knowledge, const SiteLineStats& site_stats,
                            std::string_view site, std::string_view known_title) {
  CleanedText out;
  std::vector<TextBlock> blocks = split_blocks(body);
  classify_blocks(blocks, knowledge, site_stats, site);
  BodyRegion region = find_body_region(blocks);
  out.meta = read_metadata(blocks, region, knowledge, known_title);
  spread_appeals(blocks, region);

  std::vector<size_t> kept;
  std::vector<std::string> candidates;
  for (size_t i = region.begin; i < region.end; ++i) {
    if (blocks[i].reason) continue;
    kept.push_back(i);
    candidates.push_back(blocks[i].text);
  }
  std::vector<bool> repeated = find_repeated_paragraphs(candidates);
  for (size_t k = 0; k < kept.size(); ++k)
    if (repeated[k]) blocks[kept[k]].reason = RemovalReason::duplicate;

  for (size_t i = 0; i < blocks.size(); ++i) {
    TextBlock& b = blocks[i];
    bool inside = i >= region.begin && i < region.end;
    if (inside && !b.reason) {
      out.paragraphs.push_back(std::move(b.text));
      continue;
    }
    RemovalReason reason = b.reason ? *b.reason : outside_reason(b);
    out.removed.push_back({std::move(b.text), reason});
  }
  return out;
}

}  // namespace chronicle::extract
