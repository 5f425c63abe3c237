// Stories: articles about one real-world event, clustered online in publication order.
//
// Each article is a sparse TF-IDF vector over stemmed words (title words and proper nouns weigh
// more; features.h); each active story keeps the sum of its members' vectors (its centroid). An
// article is compared with every active story that shares a term with it (an inverted index over
// the centroids), the cosine decayed by the days since the story's last article; it joins the best
// story at or above StoryOptions::join_similarity and starts a new one otherwise. A story whose
// last article is more than window_days old, or whose first is more than max_span_days old, is
// closed: it takes no more articles and leaves memory (closed() hands it to the caller).
//
// Not thread-safe: the Indexer is the one writer.
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "index/options.h"
#include "model/index_state.h"
#include "model/story.h"

namespace chronicle::index {

// Document frequencies over a fixed table of hashed terms (memory stays flat as the vocabulary
// grows; two terms sharing a bucket share a count, which shifts an IDF slightly and nothing else).
class TermStats {
 public:
  TermStats(uint32_t buckets, double prior_documents);
  // Counts one document's distinct terms.
  void add_document(const TermVector& terms);
  double idf(uint64_t term) const;
  // (1 + log tf) x idf, the `keep` strongest terms, scaled to unit length, sorted by term.
  TermVector weigh(const TermVector& tf, size_t keep) const;

  void save(IndexState& state) const;
  // False when the saved table has another size than this one's.
  bool load(const IndexState& state);
  uint64_t documents() const { return documents_; }
  // The buckets counted since the last call (bucket, count), in bucket order.
  void take_unsaved(std::vector<std::pair<uint32_t, uint32_t>>& out);

 private:
  std::vector<uint32_t> df_;
  // Buckets counted since the last take_unsaved(): at most one entry per bucket, so this stays
  // bounded by the table even when nobody saves.
  std::vector<uint8_t> dirty_;
  std::vector<uint32_t> touched_;
  uint64_t documents_ = 0;
  double prior_;
};

// Dot product of two sparse vectors sorted by term.
double dot(const TermVector& a, const TermVector& b);

// Positions of the `n` strongest terms of `vector` (ties by term), in term order.
std::vector<size_t> strongest_terms(const TermVector& vector, size_t n);

// Values by term: the terms in insertion order in one array (iteration is a scan, and its order
// does not depend on a hash function's layout) behind an open-addressing table of their
// positions. A story's centroid is probed about 2,000 times per article (the rescoring of the
// candidates); std::unordered_map's node per term cost a cache miss or two on each probe.
template <class Value>
class TermMap {
 public:
  using Item = std::pair<uint64_t, Value>;
  const Value* find(uint64_t term) const {
    if (slots_.empty()) return nullptr;
    for (size_t at = home(term);; at = (at + 1) & (slots_.size() - 1)) {
      uint32_t i = slots_[at];
      if (i == 0) return nullptr;
      if (items_[i - 1].first == term) return &items_[i - 1].second;
    }
  }
  bool contains(uint64_t term) const { return find(term) != nullptr; }
  // The value of `term`, inserted as Value{} when absent.
  Value& operator[](uint64_t term) {
    // At most half full: a probe for an absent term ends after about two slots.
    if (2 * (items_.size() + 1) > slots_.size()) grow();
    size_t at = home(term);
    for (; slots_[at] != 0; at = (at + 1) & (slots_.size() - 1))
      if (items_[slots_[at] - 1].first == term) return items_[slots_[at] - 1].second;
    items_.emplace_back(term, Value{});
    slots_[at] = static_cast<uint32_t>(items_.size());
    return items_.back().second;
  }
  void clear() {
    items_.clear();
    std::fill(slots_.begin(), slots_.end(), 0);
  }
  // Replaces the contents with `items` (distinct terms).
  void assign(const std::vector<Item>& items) {
    clear();
    for (const auto& [term, v] : items) (*this)[term] = v;
  }
  size_t size() const { return items_.size(); }
  typename std::vector<Item>::const_iterator begin() const { return items_.begin(); }
  typename std::vector<Item>::const_iterator end() const { return items_.end(); }

 private:
  size_t home(uint64_t term) const { return static_cast<size_t>(term ^ (term >> 29)) & (slots_.size() - 1); }
  void grow() {
    size_t size = std::max<size_t>(16, 2 * slots_.size());
    while (size < 2 * (items_.size() + 1)) size *= 2;
    slots_.assign(size, 0);
    for (size_t i = 0; i < items_.size(); ++i) {
      size_t at = home(items_[i].first);
      while (slots_[at] != 0) at = (at + 1) & (size - 1);
      slots_[at] = static_cast<uint32_t>(i + 1);
    }
  }
  std::vector<Item> items_;
  std::vector<uint32_t> slots_;  // position in items_ + 1; 0 is empty; size a power of two
};
using TermTable = TermMap<float>;

// Dot product of a vector sorted by term with a table; the products are added in the vector's
// term order, as dot(TermVector, TermVector) adds them.
double dot(const TermVector& vector, const TermTable& table);

struct StoryCandidate {
  size_t slot = 0;     // the active story's slot (valid until the next close_expired())
  double similarity = 0;  // cosine x time decay
};

class StoryIndex {
 public:
  explicit StoryIndex(const StoryOptions& options) : options_(options) {}

  // Active stories open on `day` that share one of the strongest terms of `vector`: at most
  // rescored_candidates of them, best first (ties: oldest story).
  std::vector<StoryCandidate> score(const TermVector& vector, int32_t day);

  // Starts a story from one article; returns its slot.
  size_t create(const std::string& id, StoryMemberState member, const std::string& date, int32_t day,
                const std::vector<std::string>& places, const std::vector<std::string>& people);
  // Adds an article to the story in `slot`. A duplicate (no vector) is counted as a source and
  // member, but leaves the centroid alone: a copy is not a second report.
  void join(size_t slot, StoryMemberState member, const std::string& date, int32_t day,
            const std::vector<std::string>& places, const std::vector<std::string>& people);

  // The slot of the active story `id`, or SIZE_MAX.
  size_t find(const std::string& id) const;
  StoryState& story(size_t slot) { return stories_[slot]->state; }
  // Records that the story in `slot` changed outside join() (its storyline was set).
  void mark_changed(size_t slot) { stories_[slot]->changed = stories_[slot]->unsaved = true; }
  bool open_on(size_t slot, int32_t day) const;

  // Closes every story no longer open on `today`, appending their final states (title, summary
  // and central article computed; centroid pruned to `profile_terms` at unit length) to
  // `closed`, in creation order, and the records of those changed since the last flush to
  // `changed`.
  void close_expired(int32_t today, size_t profile_terms, std::vector<StoryState>& closed, std::vector<Story>& changed);

  // Recomputes title, summary and central article of every story changed since the last call,
  // and appends their records to `out`, in creation order.
  void flush_changed(std::vector<Story>& out);

  // The centroid's strongest `keep` terms at unit length.
  TermVector profile(size_t slot, size_t keep) const;

  // The story record of a state (sources, places and people ranked).
  static Story to_story(const StoryState& s);

  void save(IndexState& state) const;
  void load(const IndexState& state);
  size_t active() const { return order_.size(); }
  // What changed since the last call (or load()): the ids of saved stories that closed, and the
  // states of active stories created or changed, in creation order.
  void take_unsaved(std::vector<std::string>& closed, std::vector<StoryState>& changed);

 private:
  struct MemberPosting {
    uint32_t member;  // position in state.members
    float weight;
    uint32_t next;    // the term's previous posting + 1 (an older member), 0 for none
  };
  struct Active {
    StoryState state;
    TermTable centroid;
    // The kept member vectors inverted (term -> its newest posting, each posting linking to the
    // one before): the nearest member is found by reading the postings of the article's terms
    // instead of every member's whole vector (at 40 members a candidate, that read was a fifth of
    // the index's time, bench/index-speed).
    TermMap<uint32_t> member_heads;       // posting position + 1; 0 ends a chain
    std::vector<MemberPosting> member_postings;
    // Terms with a posting for this story, and the posting's place in the term's list (lists only
    // grow between rebuilds, so the place holds).
    std::unordered_map<uint64_t, uint32_t> posted;
    uint64_t norm_fixed = 0;              // |centroid|^2 in 2^-40 fixed point (see square_fixed)
    double norm = 0;                      // |centroid|
    uint64_t serial = 0;                  // creation number: orders stories, validates postings
    bool changed = false;                 // since the last flush_changed (the batch's records)
    bool unsaved = false;                 // since the last take_unsaved (the saved state)
  };
  // A posting carries the story's current centroid weight for its term, so the candidate search
  // reads one list sequentially instead of probing every story's centroid (the probe was half of
  // the index's time at 3,000 active stories, bench/index-speed). Pruned terms carry 0.
  struct Posting {
    uint32_t slot;
    float weight;
    uint64_t serial;
  };

  void add_to_centroid(size_t slot, const TermVector& v);
  static void add_member_postings(Active& a, uint32_t member, const TermVector& v);
  void set_posting_weight(Active& a, uint64_t term, float weight);
  static uint64_t square_fixed(float w);
  static uint64_t centroid_norm_fixed(const TermTable& centroid);
  // The best cosine of `vector` with one of the last member_window members of `a`.
  double nearest_member(const Active& a, const TermVector& vector);

  void refresh(Active& a);  // title, summary, central
  void rebuild_postings();
  void count_facts(StoryState& s, const std::vector<std::string>& places, const std::vector<std::string>& people);
  StoryState snapshot(const Active& a) const;

  StoryOptions options_;
  std::vector<std::unique_ptr<Active>> stories_;  // slots; null when free
  std::vector<size_t> free_;
  std::vector<size_t> order_;                     // active slots in creation order
  std::unordered_map<uint64_t, std::vector<Posting>> postings_;
  size_t live_postings_ = 0, all_postings_ = 0;
  uint64_t next_serial_ = 0;
  std::vector<double> acc_;                        // scratch for score()
  std::vector<size_t> touched_;                    // scratch for score()
  std::vector<uint64_t> serials_;                  // each slot's story serial, UINT64_MAX when free
  std::vector<double> member_acc_;                 // scratch for nearest_member()
  // Stories in the saved state, and those of them closed since: only a saved story needs a
  // delete, and both stay bounded by the active window when nobody saves.
  std::unordered_set<std::string> saved_;
  std::vector<std::string> closed_saved_;
};

}  // namespace chronicle::index
