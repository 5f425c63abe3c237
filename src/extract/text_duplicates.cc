#include "extract/text_duplicates.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/hash.h"
#include "text/normalize.h"

namespace chronicle::extract {
namespace {

constexpr size_t kShingleWords = 3;

std::vector<std::string_view> key_words(const std::string& key) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string::npos) space = key.size();
    if (space > start) words.emplace_back(key.data() + start, space - start);
    start = space + 1;
  }
  return words;
}

std::vector<uint64_t> shingles(const std::vector<std::string_view>& words) {
  std::vector<uint64_t> out;
  if (words.size() < kShingleWords) return out;
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t j = 0; j < kShingleWords; ++j) h = text::mix64(h ^ text::hash64(words[i + j]));
    out.push_back(h);
  }
  return out;
}

}  // namespace

std::vector<bool> find_repeated_paragraphs(const std::vector<std::string>& paragraphs) {
  std::vector<bool> repeated(paragraphs.size(), false);
  std::unordered_set<std::string> exact;
  // Shingle -> the kept paragraphs that hold it (first few only: common shingles need no more).
  std::unordered_map<uint64_t, std::vector<uint32_t>> index;
  constexpr size_t kMaxPostings = 8;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    std::string key = text::comparison_key(paragraphs[p]);
    if (key.empty()) continue;
    if (!exact.insert(key).second) {
      repeated[p] = true;
      continue;
    }
    std::vector<std::string_view> words = key_words(key);
    if (static_cast<int>(words.size()) < kMinShingleWords) continue;
    std::vector<uint64_t> own = shingles(words);
    std::unordered_set<uint64_t> distinct(own.begin(), own.end());
    std::unordered_map<uint32_t, size_t> hits;
    for (uint64_t s : distinct) {
      auto it = index.find(s);
      if (it == index.end()) continue;
      for (uint32_t earlier : it->second) ++hits[earlier];
    }
    for (const auto& [earlier, n] : hits) {
      if (static_cast<double>(n) >= kNearDuplicateContainment * static_cast<double>(distinct.size())) {
        repeated[p] = true;
        break;
      }
    }
    if (repeated[p]) continue;
    for (uint64_t s : distinct) {
      auto& postings = index[s];
      if (postings.size() < kMaxPostings) postings.push_back(static_cast<uint32_t>(p));
    }
  }
  return repeated;
}

}  // namespace chronicle::extract
