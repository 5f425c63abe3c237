// IndexState: everything the corpus-level index stage (src/index) keeps between batches, as plain
// structs, so that the store can save it after a batch and hand it back on the next run without
// either side including the other (DESIGN.md, "Dependencies point one way").
//
// Only the active window lives here: duplicate signatures and stories younger than their windows,
// profiles of the most recent closed stories (for storylines and related articles), and the term
// statistics. Everything older is in the store's stories, storylines and articles tables.
// Invariants (owned here):
//  (1) `version` names the layout; a reader refuses a state whose version it does not know;
//  (2) every id in a member list is an article id that the store holds;
//  (3) vectors of (term, weight) are sorted by term.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace chronicle {

using TermVector = std::vector<std::pair<uint64_t, float>>;  // sorted by term hash

struct SignatureEntry {         // one article in the duplicate window
  std::string article;          // its id
  std::string root;             // the earliest copy (itself when it is no duplicate)
  std::string story;            // the story it joined
  int32_t day = 0;              // days since 1970-01-01
  uint64_t exact = 0;           // hash of its normalised words
  uint64_t simhash = 0;
  uint32_t shingles = 0;        // size of its shingle set
  std::vector<uint32_t> minhash;
};

struct StoryMemberState {
  std::string article;
  std::string title;
  std::string lead;             // the first sentences of its text
  std::string source;
  TermVector vector;            // unit-length
};

struct StoryState {
  std::string id;
  std::string storyline;
  std::string first, last;      // ISO dates as given by the articles
  int32_t first_day = 0, last_day = 0;
  TermVector centroid;          // sum of the members' unit vectors (pruned)
  std::vector<StoryMemberState> members;
  std::vector<std::pair<std::string, uint32_t>> places;  // name, mentions
  std::vector<std::pair<std::string, uint32_t>> people;
  std::string title, summary, central;  // as last computed
};

struct StoryProfileState {      // a closed story, kept for storylines and related articles
  std::string story;
  std::string storyline;
  std::string central;          // its most central article
  std::string title;            // its title (the central article's)
  std::string first, last;
  int32_t last_day = 0;
  TermVector terms;             // its centroid's strongest terms, unit-length
};

struct StorylineState {
  std::string id, title, first, last;
  int32_t last_day = 0;
};

struct IndexState {
  static constexpr int kVersion = 1;
  int version = kVersion;
  uint64_t documents = 0;       // articles seen (the N of the document frequencies)
  int32_t current_day = 0;      // the latest publication day seen
  uint32_t df_buckets = 0;      // size of the document-frequency table
  std::vector<std::pair<uint32_t, uint32_t>> df;  // non-zero buckets: bucket, count
  std::vector<SignatureEntry> signatures;         // in index order
  std::vector<StoryState> stories;                // active, in creation order
  std::vector<StoryProfileState> profiles;        // closed, oldest first
  std::vector<StorylineState> storylines;         // recently extended, oldest first
};

// What the index changed since its state was last taken: the store applies it to the state it
// saved, in the batch's transaction, so a save costs what the batch changed rather than the whole
// window (hundreds of MiB of signatures at a few thousand articles a day). Applying the changes of
// every batch in order to an empty saved state gives exactly Indexer::state().
struct IndexStateChanges {
  int version = IndexState::kVersion;
  uint64_t documents = 0;
  int32_t current_day = 0;
  uint32_t df_buckets = 0;
  std::vector<std::pair<uint32_t, uint32_t>> df;           // buckets whose count changed: bucket, new count
  size_t signatures_dropped = 0;                           // drop this many of the oldest saved, then
  std::vector<SignatureEntry> signatures;                  // append these, in index order
  std::vector<std::string> stories_closed;                 // active stories that left the window, then
  std::vector<StoryState> stories;                         // these created or changed, in creation order
  size_t profiles_dropped = 0;                             // the oldest saved profiles to drop, then
  std::vector<StoryProfileState> profiles;                 // append these (stories just closed)
  std::vector<std::pair<std::string, std::string>> profile_storylines;  // saved profile -> its new storyline
  std::vector<std::string> storylines_forgotten;
  std::vector<StorylineState> storylines;                  // created or extended
};

}  // namespace chronicle
