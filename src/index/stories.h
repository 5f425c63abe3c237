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
  struct Active {
    StoryState state;
    std::unordered_map<uint64_t, float> centroid;
    std::unordered_set<uint64_t> posted;  // terms with a posting for this story
    double norm = 0;                      // |centroid|, summed in fixed point (order-independent)
    uint64_t serial = 0;                  // creation number: orders stories, validates postings
    bool changed = false;                 // since the last flush_changed (the batch's records)
    bool unsaved = false;                 // since the last take_unsaved (the saved state)
  };
  struct Posting {
    uint32_t slot;
    uint64_t serial;
  };

  void add_to_centroid(size_t slot, const TermVector& v);
  static double centroid_norm(const std::unordered_map<uint64_t, float>& centroid);
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
  // Stories in the saved state, and those of them closed since: only a saved story needs a
  // delete, and both stay bounded by the active window when nobody saves.
  std::unordered_set<std::string> saved_;
  std::vector<std::string> closed_saved_;
};

}  // namespace chronicle::index
