#include "index/duplicates.h"

#include <algorithm>
#include <bit>

#include "text/hash.h"

namespace chronicle::index {
namespace {

// SimHash candidates: four tables keyed by one 16-bit block each. Two fingerprints within
// Hamming distance 3 agree on at least one block (pigeonhole), so the search is exact up to 3.
constexpr int kSimhashBlocks = 4;

uint64_t simhash_block_key(uint64_t simhash, int block) {
  return text::mix64((simhash >> (16 * block)) & 0xFFFF) ^ (0x73696d00ULL + static_cast<uint64_t>(block));
}

}  // namespace

double DuplicateIndex::estimate_jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

uint64_t DuplicateIndex::band_key(const std::vector<uint32_t>& sig, size_t band) const {
  uint64_t h = text::mix64(0x62616e64ULL + band);  // "band"
  for (size_t r = 0; r < options_.rows; ++r) h = text::mix64(h ^ sig[band * options_.rows + r]);
  return h;
}

bool DuplicateIndex::is_copy(const ArticleFeatures& f, const SignatureEntry& e, double& score) const {
  if (options_.method == NearDuplicateMethod::simhash) {
    int distance = std::popcount(f.simhash ^ e.simhash);
    score = 1.0 - distance / 64.0;
    return distance <= options_.simhash_max_distance;
  }
  double j = estimate_jaccard(f.minhash, e.minhash);
  score = j;
  if (j >= options_.min_jaccard) return true;
  // |A ∩ B| = J (|A| + |B|) / (1 + J); containment is that over the smaller set.
  double a = f.shingles, b = e.shingles;
  double small = std::min(a, b), large = std::max(a, b);
  if (small <= 0 || small < options_.min_size_ratio * large) return false;
  double containment = j * (a + b) / ((1 + j) * small);
  return containment >= options_.min_containment;
}

const SignatureEntry* DuplicateIndex::find(const ArticleFeatures& f) const {
  if (f.exact != 0) {
    if (auto it = exact_.find(f.exact); it != exact_.end() && it->second >= first_seq_)
      return &entries_[it->second - first_seq_];
  }
  if (!f.near_comparable) return nullptr;
  std::vector<uint64_t> candidates;
  if (options_.method == NearDuplicateMethod::simhash) {
    for (int b = 0; b < kSimhashBlocks; ++b)
      if (auto it = buckets_.find(simhash_block_key(f.simhash, b)); it != buckets_.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  } else {
    for (size_t band = 0; band < options_.bands; ++band)
      if (auto it = buckets_.find(band_key(f.minhash, band)); it != buckets_.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  const SignatureEntry* best = nullptr;
  double best_score = -1;
  for (uint64_t seq : candidates) {
    if (seq < first_seq_) continue;
    const SignatureEntry& e = entries_[seq - first_seq_];
    double score;
    // Strictly greater: among equal scores the earliest entry (lowest seq) wins.
    if (is_copy(f, e, score) && score > best_score) {
      best = &e;
      best_score = score;
    }
  }
  return best;
}

void DuplicateIndex::index_entry(const SignatureEntry& e, uint64_t seq) {
  if (e.exact != 0) exact_.emplace(e.exact, seq);  // keeps the first entry with this hash
  if (options_.method == NearDuplicateMethod::simhash) {
    if (e.shingles > 0)
      for (int b = 0; b < kSimhashBlocks; ++b) buckets_[simhash_block_key(e.simhash, b)].push_back(seq);
  } else if (e.minhash.size() == options_.bands * options_.rows) {
    for (size_t band = 0; band < options_.bands; ++band) buckets_[band_key(e.minhash, band)].push_back(seq);
  }
}

void DuplicateIndex::add(SignatureEntry entry) {
  uint64_t seq = first_seq_ + entries_.size();
  index_entry(entry, seq);
  entries_.push_back(std::move(entry));
}

void DuplicateIndex::unindex_front() {
  const SignatureEntry& e = entries_.front();
  uint64_t seq = first_seq_;
  if (e.exact != 0)
    if (auto it = exact_.find(e.exact); it != exact_.end() && it->second == seq) exact_.erase(it);
  auto drop = [&](uint64_t key) {
    auto it = buckets_.find(key);
    if (it == buckets_.end()) return;
    auto& v = it->second;
    // Entries leave in the order they came, so this one is at the front of every bucket it is in.
    if (!v.empty() && v.front() == seq) v.erase(v.begin());
    if (v.empty()) buckets_.erase(it);
  };
  if (options_.method == NearDuplicateMethod::simhash) {
    if (e.shingles > 0)
      for (int b = 0; b < kSimhashBlocks; ++b) drop(simhash_block_key(e.simhash, b));
  } else if (e.minhash.size() == options_.bands * options_.rows) {
    for (size_t band = 0; band < options_.bands; ++band) drop(band_key(e.minhash, band));
  }
  entries_.pop_front();
  ++first_seq_;
}

void DuplicateIndex::mark_saved() {
  saved_first_ = first_seq_;
  saved_end_ = first_seq_ + entries_.size();
}

void DuplicateIndex::take_unsaved(size_t& dropped, std::vector<SignatureEntry>& added) {
  uint64_t end = first_seq_ + entries_.size();
  dropped = static_cast<size_t>(std::min(std::max(first_seq_, saved_first_), saved_end_) - saved_first_);
  for (uint64_t seq = std::max(saved_end_, first_seq_); seq < end; ++seq) added.push_back(entries_[seq - first_seq_]);
  mark_saved();
}

void DuplicateIndex::expire(int32_t today) {
  while (!entries_.empty() &&
         (entries_.front().day < today - options_.window_days || entries_.size() > options_.max_entries))
    unindex_front();
}

}  // namespace chronicle::index
