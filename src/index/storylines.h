// Storylines: stories linked across long gaps by the people, places and key terms they share
// (the 2013 Washington talks and the 2015 Moscow talks on Syria).
//
// ProfileIndex remembers the strongest centroid terms of recently closed stories (at most
// StorylineOptions::max_profiles, oldest forgotten first) behind an inverted index, so that a new
// story can find an earlier one to continue and an article can find related coverage. Storylines
// themselves are headers (id, title, first and last dates); which stories belong to one is written
// on the stories (Story::storyline), so nothing here grows with the corpus.
//
// Not thread-safe: the Indexer is the one writer.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/options.h"
#include "index/stories.h"
#include "model/index_state.h"

namespace chronicle::index {

struct ProfileCandidate {
  const StoryProfileState* profile = nullptr;  // valid until the next add()
  double similarity = 0;
};

class ProfileIndex {
 public:
  explicit ProfileIndex(const StorylineOptions& options) : options_(options) {}

  // Closed stories sharing one of the strongest terms of `vector` (unit length): at most
  // rescored_candidates, best first (ties: older first). A term in very many profiles is looked
  // up in its most recent max_postings only (recent stories are the likelier continuations).
  // Not safe for concurrent calls (scratch space).
  std::vector<ProfileCandidate> score(const TermVector& vector) const;
  void add(StoryProfileState profile);
  // The profile of closed story `id`, or null.
  StoryProfileState* find(const std::string& story);

  void save(IndexState& state) const;
  void load(const IndexState& state);
  size_t size() const { return profiles_.size(); }
  // Records that closed story `story`'s profile changed (it joined a storyline).
  void mark_changed(const std::string& story);
  // What changed since the last call (or load()): `dropped` of the oldest saved profiles left,
  // `added` came in (oldest first), and saved profiles changed their storyline (story, storyline).
  void take_unsaved(size_t& dropped, std::vector<StoryProfileState>& added,
                    std::vector<std::pair<std::string, std::string>>& relinked);

 private:
  void rebuild();

  StorylineOptions options_;
  std::deque<StoryProfileState> profiles_;
  uint64_t first_seq_ = 0;
  struct Posting {
    uint64_t seq;
    float weight;  // the term's weight in that profile (profiles never change)
  };
  std::unordered_map<uint64_t, std::vector<Posting>> postings_;  // term -> profiles, oldest first
  mutable std::vector<double> acc_;                                // scratch for score()
  mutable TermTable query_;                                          // scratch for score()
  std::unordered_map<std::string, uint64_t> by_story_;
  size_t stale_ = 0;
  uint64_t saved_first_ = 0, saved_end_ = 0;  // the saved profiles' sequence numbers [first, end)
  std::vector<uint64_t> relinked_;              // saved profiles changed since (sequence numbers)
};

// The storyline headers the index still extends (those extended within max_gap_days).
class StorylineTable {
 public:
  explicit StorylineTable(const StorylineOptions& options) : options_(options) {}

  // Starts a storyline from a story (`founder`: its id, title and first date); returns its id.
  const StorylineState& create(const std::string& founder_story, const std::string& title, const std::string& first,
                               int32_t day);
  // Extends storyline `id` with a story dated `first`..`last`; creates its header when the index
  // had forgotten it. Returns the header.
  const StorylineState& extend(const std::string& id, const std::string& first, const std::string& last, int32_t day);
  void forget_before(int32_t today);

  // Headers changed since the last call, by id.
  std::vector<StorylineState> take_changed();

  void save(IndexState& state) const;
  void load(const IndexState& state);
  // What changed since the last call (or load()): saved headers forgotten, headers created or
  // extended. Both lists stay within the table (plus the saved ones forgotten since).
  void take_unsaved(std::vector<std::string>& forgotten, std::vector<StorylineState>& changed);

 private:
  StorylineOptions options_;
  std::map<std::string, StorylineState> lines_;
  std::map<std::string, bool> changed_;
  std::set<std::string> unsaved_, saved_;
  std::vector<std::string> forgotten_;
};

// A storyline's id: derived from the id of the story that founded it.
std::string storyline_id(const std::string& founder_story);

}  // namespace chronicle::index
