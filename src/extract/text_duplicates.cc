#include "extract/text_duplicates.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/hash.h"
#include "text/normalize.h"

namespace chronicle::extract {
namespace {

constexpr size_t kShingleWords = 3;

// comparison_key() for ASCII text without the Unicode case-folding machinery (most news is ASCII,
// and folding every paragraph dominated the cleaner's profile); other text goes through
// comparison_key() itself. Both give the same key on ASCII input.
std::string paragraph_key(const std::string& s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return text::comparison_key(s);
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      alnum = true;
    }
    if (!alnum) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

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
    std::string key = paragraph_key(paragraphs[p]);
    if (key.empty()) continue;
    if (!exact.insert(key).second) {
      repeated[p] = true;
      continue;
    }
    std::vector<std::string_view> words = key_words(key);
    if (static_cast<int>(words.size()) < kMinShingleWords) continue;
    std::vector<uint64_t> distinct = shingles(words);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    // Earlier paragraphs sharing a shingle, one entry per shared shingle; sorted, runs are counts.
    std::vector<uint32_t> sharing;
    for (uint64_t s : distinct) {
      auto it = index.find(s);
      if (it != index.end()) sharing.insert(sharing.end(), it->second.begin(), it->second.end());
    }
    std::sort(sharing.begin(), sharing.end());
    double needed = kNearDuplicateContainment * static_cast<double>(distinct.size());
    for (size_t i = 0; i < sharing.size();) {
      size_t j = i;
      while (j < sharing.size() && sharing[j] == sharing[i]) ++j;
      if (static_cast<double>(j - i) >= needed) {
        repeated[p] = true;
        break;
      }
      i = j;
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
