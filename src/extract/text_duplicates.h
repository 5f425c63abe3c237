// Repeated paragraphs: a page that prints a paragraph twice, exactly or nearly (seed 004 repeats
// "Russian Foreign Minister Sergei Lavrov told reporters ..." as "Lavrov told reporters ...").
#pragma once
#include <string>
#include <vector>

namespace chronicle::extract {

// Paragraphs at least this many words long are compared by word shingles; shorter ones only by
// their comparison key (comparison_key() in src/text/normalize.h).
inline constexpr int kMinShingleWords = 6;
// Share of a paragraph's word 3-shingles found in one earlier paragraph above which it repeats it.
// 0.8 keeps "Lavrov told reporters ..." (all of its shingles recur) and leaves two paragraphs that
// share a long quotation but say more each.
inline constexpr double kNearDuplicateContainment = 0.8;

// For each paragraph, whether it repeats an earlier one (the first copy is never marked).
// Linear in the total text size.
std::vector<bool> find_repeated_paragraphs(const std::vector<std::string>& paragraphs);

}  // namespace chronicle::extract
