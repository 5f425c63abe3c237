// DuplicateIndex: the window of recent articles' signatures, and the search for an earlier copy.
//
// Exact copies are found by the hash of their normalised words; near copies (a wire story under
// another outlet's chrome, trimmed, lightly edited, its paragraphs re-ordered) by MinHash with LSH
// banding, verified by estimated Jaccard similarity or containment, or by SimHash at a small
// Hamming distance (IndexOptions::duplicates.method). The earliest copy wins: a copy of a copy
// points to the first one (its `root`).
//
// Memory is bounded: entries older than window_days, or beyond max_entries, are dropped oldest
// first. Not thread-safe: the Indexer is the one writer.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/features.h"
#include "index/options.h"
#include "model/index_state.h"

namespace chronicle::index {

class DuplicateIndex {
 public:
  explicit DuplicateIndex(const DuplicateOptions& options) : options_(options) {}

  // The entry of the earliest copy of an article with features `f` in the window, or null. The
  // pointer is valid until the next add() or expire().
  const SignatureEntry* find(const ArticleFeatures& f) const;

  // Adds an article's signature (the caller fills root and story).
  void add(SignatureEntry entry);

  // Drops entries from before day `today - window_days`, and the oldest beyond max_entries.
  void expire(int32_t today);

  size_t size() const { return entries_.size(); }
  const std::deque<SignatureEntry>& entries() const { return entries_; }

  // Everything in the window now counts as saved (after loading a saved state).
  void mark_saved();
  // What changed since the last call: `dropped` of the oldest saved entries left the window, and
  // `added` (in window order) came in. Only sequence numbers are kept to know this, so nothing
  // accumulates when nobody saves.
  void take_unsaved(size_t& dropped, std::vector<SignatureEntry>& added);

  // Estimated Jaccard similarity of two MinHash signatures of equal length.
  static double estimate_jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

 private:
  bool is_copy(const ArticleFeatures& f, const SignatureEntry& e, double& score) const;
  uint64_t band_key(const std::vector<uint32_t>& sig, size_t band) const;
  void index_entry(const SignatureEntry& e, uint64_t seq);
  void unindex_front();

  DuplicateOptions options_;
  std::deque<SignatureEntry> entries_;
  uint64_t first_seq_ = 0;  // sequence number of entries_.front()
  uint64_t saved_first_ = 0, saved_end_ = 0;  // the saved entries' sequence numbers [first, end)
  std::unordered_map<uint64_t, uint64_t> exact_;                 // exact hash -> seq of first entry
  std::unordered_map<uint64_t, std::vector<uint64_t>> buckets_;  // band key or simhash block -> seqs
};

}  // namespace chronicle::index
