// index: the corpus-level stage. A batch of analysed articles in; each article's duplicate_of and
// story set, and the stories, storylines and related articles the batch created or changed out.
//
// What it does, per article, in publication order (date, then article id, within a batch):
//  1. duplicates: an exact copy (same normalised words) or a near copy (MinHash + LSH, or SimHash)
//     of an earlier article in the window is marked duplicate_of that earliest copy, joins its
//     story as one more source, and is not counted again in any story's terms (duplicates.h);
//  2. stories: any other article joins the most similar open story or starts one (stories.h);
//  3. storylines: a new story continues the storyline of the most similar earlier story, active
//     or closed, when they are close enough (storylines.h);
//  4. related: the articles of the most similar other stories (the "Related News" box).
//
// Contracts: one writer (an Indexer is not thread-safe; featurize in parallel with one Featurizer
// per thread, then index on one thread); deterministic (the same articles in the same order give
// the same ids and stories, in one batch or many, whatever the thread count); bounded memory (the
// active window only; state() is what a store saves between runs, and the Indexer built from it
// goes on exactly as if it had never stopped). It includes no store and does no I/O; it never
// changes an article's text or annotations, only duplicate_of and story.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "index/duplicates.h"
#include "index/features.h"
#include "index/options.h"
#include "index/stories.h"
#include "index/storylines.h"
#include "model/article.h"
#include "model/index_state.h"
#include "model/story.h"

namespace chronicle::index {

struct RelatedLink {
  std::string article;  // the article
  std::string related;  // an article of another story
  double score = 0;     // similarity of the article with that story
  int rank = 0;         // 1 = most related
};

struct StorylineLink {
  std::string story;      // a story (possibly closed in an earlier batch) ...
  std::string storyline;  // ... now belongs to this storyline
};

struct BatchResult {
  // Stories created or changed by the batch, in creation order, with title, summary, dates,
  // sources, places, people and storyline as they stand. `articles` lists the members the index
  // holds (at most StoryOptions::max_members of them carry their text): the store's articles
  // table, whose story column index_batch() set, is the complete list.
  std::vector<Story> stories;
  // Storyline headers created or extended (id, title, first, last); `stories` and `articles` are
  // left empty: membership is each story's `storyline`.
  std::vector<Storyline> storylines;
  // Earlier stories (closed, so not in `stories`) that joined a storyline in this batch.
  std::vector<StorylineLink> storyline_links;
  std::vector<RelatedLink> related;
  size_t duplicates = 0;   // articles marked duplicate_of
  size_t new_stories = 0;
};

class Indexer {
 public:
  // `knowledge` must outlive the Indexer. `state` is what state() returned at the end of an
  // earlier run (default: an empty index). A state of an unknown version or another table size is
  // refused: ok() is false and error() says why.
  Indexer(const Knowledge& knowledge, const IndexOptions& options, const IndexState& state = {});

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Indexes a batch: sets duplicate_of and story on every article (the batch keeps its order;
  // the articles are visited in publication order). Articles without an id are skipped.
  BatchResult index_batch(std::vector<Article>& batch);
  // The same with features computed beforehand (features[i] for batch[i]), e.g. in parallel.
  BatchResult index_batch(std::vector<Article>& batch, const std::vector<ArticleFeatures>& features);

  // The index's state, to save after a batch.
  IndexState state() const;
  // What changed in state() since the last call (or since construction from a saved state), for
  // a store that saves after every batch: applied in order to the state this Indexer started
  // from, the changes give state(). Costs what changed, not the window.
  IndexStateChanges take_changes();

  const IndexOptions& options() const { return options_; }
  size_t active_stories() const { return stories_.active(); }
  size_t window_signatures() const { return duplicates_.size(); }

 private:
  void index_one(Article& article, const ArticleFeatures& f, BatchResult& result);
  void sweep(int32_t today, BatchResult& result);
  void link_storyline(size_t slot, const TermVector& vector, const std::vector<StoryCandidate>& active,
                      const std::vector<ProfileCandidate>& closed, int32_t day, BatchResult& result);
  void add_related(const Article& article, const std::string& own_story, const std::vector<StoryCandidate>& active,
                   const std::vector<ProfileCandidate>& closed, BatchResult& result);

  const Knowledge& knowledge_;
  IndexOptions options_;
  Featurizer featurizer_;
  TermStats terms_;
  DuplicateIndex duplicates_;
  StoryIndex stories_;
  ProfileIndex profiles_;
  StorylineTable storylines_;
  int32_t current_day_ = 0;
  std::string error_;
};

// The similarity an article of `body_words` words needs to join a story (StoryOptions).
double join_threshold(const StoryOptions& options, size_t body_words);

// A story's id: derived from the id of the article that started it.
std::string story_id(const std::string& first_article);

}  // namespace chronicle::index
