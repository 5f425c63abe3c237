#include "index/index.h"

#include <algorithm>

#include "text/hash.h"

namespace chronicle::index {

double join_threshold(const StoryOptions& o, size_t body_words) {
  if (body_words <= o.short_text_words || o.long_text_words <= o.short_text_words) return o.join_similarity;
  double t = std::min(1.0, static_cast<double>(body_words - o.short_text_words) /
                               static_cast<double>(o.long_text_words - o.short_text_words));
  return o.join_similarity + t * (o.long_join_similarity - o.join_similarity);
}

std::string story_id(const std::string& first_article) {
  return "s" + text::hex64(text::hash64(first_article, 0x73746f7279ULL)).substr(0, 15);  // "story"
}

Indexer::Indexer(const Knowledge& knowledge, const IndexOptions& options, const IndexState& state)
    : knowledge_(knowledge),
      options_(options),
      featurizer_(knowledge, options),
      terms_(options.stories.df_buckets, options.stories.idf_prior_documents),
      duplicates_(options.duplicates),
      stories_(options.stories),
      profiles_(options.storylines),
      storylines_(options.storylines) {
  if (state.version != IndexState::kVersion) {
    error_ = "index state version " + std::to_string(state.version) + " is not the one this chronicle reads (" +
             std::to_string(IndexState::kVersion) + ")";
    return;
  }
  if ((state.documents > 0 || !state.df.empty()) && !terms_.load(state)) {
    error_ = "index state has " + std::to_string(state.df_buckets) + " term buckets, this chronicle uses " +
             std::to_string(options.stories.df_buckets);
    return;
  }
  for (const auto& e : state.signatures) duplicates_.add(e);
  duplicates_.mark_saved();
  stories_.load(state);
  profiles_.load(state);
  storylines_.load(state);
  current_day_ = state.current_day;
}

IndexState Indexer::state() const {
  IndexState st;
  st.current_day = current_day_;
  terms_.save(st);
  st.signatures.assign(duplicates_.entries().begin(), duplicates_.entries().end());
  stories_.save(st);
  profiles_.save(st);
  storylines_.save(st);
  return st;
}

IndexStateChanges Indexer::take_changes() {
  IndexStateChanges c;
  c.current_day = current_day_;
  c.documents = terms_.documents();
  c.df_buckets = options_.stories.df_buckets;
  terms_.take_unsaved(c.df);
  duplicates_.take_unsaved(c.signatures_dropped, c.signatures);
  stories_.take_unsaved(c.stories_closed, c.stories);
  profiles_.take_unsaved(c.profiles_dropped, c.profiles, c.profile_storylines);
  storylines_.take_unsaved(c.storylines_forgotten, c.storylines);
  return c;
}

BatchResult Indexer::index_batch(std::vector<Article>& batch) {
  std::vector<ArticleFeatures> features;
  features.reserve(batch.size());
  for (const auto& a : batch) features.push_back(featurizer_.featurize(a));
  return index_batch(batch, features);
}

BatchResult Indexer::index_batch(std::vector<Article>& batch, const std::vector<ArticleFeatures>& features) {
  BatchResult result;
  if (!ok() || features.size() != batch.size()) return result;
  // Publication order: dated articles by time, then undated ones; ties by article id (a hash, so
  // the order of the input inside one second, or one day, tells the index nothing).
  std::vector<size_t> order;
  for (size_t i = 0; i < batch.size(); ++i)
    if (!batch[i].id.empty()) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const auto& tx = features[x].time;
    const auto& ty = features[y].time;
    if (tx.has_value() != ty.has_value()) return tx.has_value();
    if (tx && ty && tx->seconds != ty->seconds) return tx->seconds < ty->seconds;
    if (batch[x].id != batch[y].id) return batch[x].id < batch[y].id;
    return x < y;
  });
  for (size_t i : order) index_one(batch[i], features[i], result);
  stories_.flush_changed(result.stories);
  for (const Story& s : result.stories)
    if (!s.storyline.empty()) storylines_.extend(s.storyline, s.first, s.last, current_day_);
  for (auto& line : storylines_.take_changed()) {
    Storyline l;
    l.id = line.id;
    l.title = line.title;
    l.first = line.first;
    l.last = line.last;
    result.storylines.push_back(std::move(l));
  }
  return result;
}

void Indexer::sweep(int32_t today, BatchResult& result) {
  std::vector<StoryState> closed;
  stories_.close_expired(today, options_.storylines.profile_terms, closed, result.stories);
  for (auto& s : closed) {
    StoryProfileState p;
    p.story = s.id;
    p.storyline = s.storyline;
    p.central = s.central;
    p.title = s.title;
    p.first = s.first;
    p.last = s.last;
    p.last_day = s.last_day;
    p.terms = std::move(s.centroid);
    profiles_.add(std::move(p));
  }
  duplicates_.expire(today);
  storylines_.forget_before(today);
}

void Indexer::index_one(Article& article, const ArticleFeatures& f, BatchResult& result) {
  int32_t day = f.time ? f.time->day : current_day_;
  if (day > current_day_) {
    current_day_ = day;
    sweep(day, result);
  }
  StoryMemberState member;
  member.article = article.id;
  member.title = article.title;
  member.source = article.source;

  // 1. Duplicates.
  if (const SignatureEntry* copy = duplicates_.find(f)) {
    article.story = copy->story;
    if (copy->article == article.id) return;  // the same article again: nothing new
    article.duplicate_of = copy->root;
    ++result.duplicates;
    size_t slot = stories_.find(copy->story);
    if (slot != SIZE_MAX) stories_.join(slot, std::move(member), article.date, day, f.places, f.people);
    return;
  }

  // 2. Stories.
  terms_.add_document(f.terms);
  TermVector vector = terms_.weigh(f.terms, options_.stories.article_terms);
  std::vector<StoryCandidate> active = stories_.score(vector, day);
  std::vector<ProfileCandidate> closed = profiles_.score(vector);
  member.lead = f.lead;
  member.vector = vector;
  size_t slot;
  if (!active.empty() && active.front().similarity >= join_threshold(options_.stories, f.body_words)) {
    slot = active.front().slot;
    stories_.join(slot, std::move(member), article.date, day, f.places, f.people);
  } else {
    slot = stories_.create(story_id(article.id), std::move(member), article.date, day, f.places, f.people);
    ++result.new_stories;
    // 3. Storylines.
    link_storyline(slot, vector, active, closed, day, result);
  }
  article.story = stories_.story(slot).id;

  // 4. Related articles.
  add_related(article, article.story, active, closed, result);

  SignatureEntry entry;
  entry.article = article.id;
  entry.root = article.id;
  entry.story = article.story;
  entry.day = day;
  entry.exact = f.exact;
  entry.simhash = f.simhash;
  entry.shingles = f.shingles;
  entry.minhash = f.minhash;
  duplicates_.add(std::move(entry));
  duplicates_.expire(current_day_);
}

void Indexer::link_storyline(size_t slot, const TermVector& vector, const std::vector<StoryCandidate>& active,
                             const std::vector<ProfileCandidate>& closed, int32_t day, BatchResult& result) {
  double threshold = options_.storylines.link_similarity;
  double active_best = active.empty() ? 0 : active.front().similarity;
  double closed_best = closed.empty() ? 0 : closed.front().similarity;
  if (std::max(active_best, closed_best) < threshold) return;
  std::string line;
  if (active_best >= closed_best) {
    size_t other = active.front().slot;
    StoryState& o = stories_.story(other);
    if (o.storyline.empty()) {
      std::string title = o.title.empty() && !o.members.empty() ? o.members.front().title : o.title;
      o.storyline = storylines_.create(o.id, title, o.first, o.last_day).id;
      storylines_.extend(o.storyline, o.first, o.last, o.last_day);
      stories_.mark_changed(other);
    }
    line = o.storyline;
  } else {
    StoryProfileState* p = profiles_.find(closed.front().profile->story);
    if (!p) return;
    if (p->storyline.empty()) {
      p->storyline = storylines_.create(p->story, p->title, p->first, p->last_day).id;
      storylines_.extend(p->storyline, p->first, p->last, p->last_day);
      profiles_.mark_changed(p->story);
      result.storyline_links.push_back({p->story, p->storyline});
    }
    line = p->storyline;
  }
  StoryState& s = stories_.story(slot);
  s.storyline = line;
  storylines_.extend(line, s.first, s.last, day);
}

void Indexer::add_related(const Article& article, const std::string& own_story,
                          const std::vector<StoryCandidate>& active, const std::vector<ProfileCandidate>& closed,
                          BatchResult& result) {
  const auto& opt = options_.related;
  std::vector<std::pair<double, std::string>> picks;
  size_t ai = 0, ci = 0;
  // Merge the two best-first lists; on equal scores the active story goes first.
  while (picks.size() < opt.count && (ai < active.size() || ci < closed.size())) {
    bool take_active = ci >= closed.size() ||
                       (ai < active.size() && active[ai].similarity >= closed[ci].similarity);
    double sim;
    std::string other;
    if (take_active) {
      StoryState& s = stories_.story(active[ai].slot);
      sim = active[ai].similarity;
      ++ai;
      if (s.id == own_story || s.members.empty()) continue;
      other = s.members.front().article;
    } else {
      sim = closed[ci].similarity;
      other = closed[ci].profile->central;
      ++ci;
      if (closed[ci - 1].profile->story == own_story) continue;
    }
    if (sim < opt.min_similarity) break;
    if (other.empty() || other == article.id) continue;
    picks.emplace_back(sim, std::move(other));
  }
  int rank = 0;
  for (auto& [sim, other] : picks) result.related.push_back({article.id, std::move(other), sim, ++rank});
}

}  // namespace chronicle::index
