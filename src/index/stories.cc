#include "index/stories.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace chronicle::index {
namespace {

// Places and people listed per story.
constexpr size_t kFactsListed = 5;
// A story's place and person counters keep at most this many names (memory per story bounded).
constexpr size_t kFactsKept = 64;

std::vector<std::string> ranked(const std::vector<std::pair<std::string, uint32_t>>& counts) {
  std::vector<std::pair<std::string, uint32_t>> v = counts;
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  for (size_t i = 0; i < v.size() && i < kFactsListed; ++i) out.push_back(v[i].first);
  return out;
}

void count_into(std::vector<std::pair<std::string, uint32_t>>& counts, const std::vector<std::string>& names) {
  for (const auto& n : names) {
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == n; });
    if (it != counts.end())
      ++it->second;
    else if (counts.size() < kFactsKept)
      counts.emplace_back(n, 1);
  }
}

}  // namespace

// ---- TermStats --------------------------------------------------------------------------------

TermStats::TermStats(uint32_t buckets, double prior_documents)
    : df_(std::max<uint32_t>(buckets, 1)), dirty_(df_.size(), 0), prior_(prior_documents) {}

void TermStats::add_document(const TermVector& terms) {
  ++documents_;
  // `terms` is sorted and distinct, but two terms may share a bucket: count the bucket once.
  uint32_t last = UINT32_MAX;
  std::vector<uint32_t> buckets;
  buckets.reserve(terms.size());
  for (const auto& t : terms) buckets.push_back(static_cast<uint32_t>(t.first % df_.size()));
  std::sort(buckets.begin(), buckets.end());
  for (uint32_t b : buckets) {
    if (b == last) continue;
    last = b;
    if (df_[b] < UINT32_MAX) ++df_[b];
    if (!dirty_[b]) {
      dirty_[b] = 1;
      touched_.push_back(b);
    }
  }
}

void TermStats::take_unsaved(std::vector<std::pair<uint32_t, uint32_t>>& out) {
  std::sort(touched_.begin(), touched_.end());
  for (uint32_t b : touched_) {
    out.emplace_back(b, df_[b]);
    dirty_[b] = 0;
  }
  touched_.clear();
}

double TermStats::idf(uint64_t term) const {
  double df = df_[term % df_.size()];
  return std::log((static_cast<double>(documents_) + prior_) / (df + 1.0));
}

TermVector TermStats::weigh(const TermVector& tf, size_t keep) const {
  TermVector v;
  v.reserve(tf.size());
  for (const auto& [term, f] : tf) {
    double w = (1.0 + std::log(std::max(1.0f, f))) * std::max(0.0, idf(term));
    // Term weights below 1 (a term's weighted count) still count, scaled.
    if (f < 1.0f) w = f * std::max(0.0, idf(term));
    if (w > 0) v.emplace_back(term, static_cast<float>(w));
  }
  if (v.size() > keep) {
    std::nth_element(v.begin(), v.begin() + static_cast<long>(keep), v.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    v.resize(keep);
    std::sort(v.begin(), v.end());
  }
  double norm = 0;
  for (const auto& t : v) norm += static_cast<double>(t.second) * t.second;
  norm = std::sqrt(norm);
  if (norm > 0)
    for (auto& t : v) t.second = static_cast<float>(t.second / norm);
  return v;
}

void TermStats::save(IndexState& state) const {
  state.documents = documents_;
  state.df_buckets = static_cast<uint32_t>(df_.size());
  state.df.clear();
  for (uint32_t i = 0; i < df_.size(); ++i)
    if (df_[i] != 0) state.df.emplace_back(i, df_[i]);
}

bool TermStats::load(const IndexState& state) {
  if (state.df_buckets != df_.size()) return false;
  std::fill(df_.begin(), df_.end(), 0);
  documents_ = state.documents;
  for (const auto& [b, c] : state.df)
    if (b < df_.size()) df_[b] = c;
  std::fill(dirty_.begin(), dirty_.end(), 0);
  touched_.clear();
  return true;
}

double dot(const TermVector& a, const TermVector& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      s += static_cast<double>(a[i].second) * b[j].second;
      ++i;
      ++j;
    }
  }
  return s;
}

// ---- StoryIndex ---------------------------------------------------------------------------------

bool StoryIndex::open_on(size_t slot, int32_t day) const {
  const StoryState& s = stories_[slot]->state;
  return day - s.last_day <= options_.window_days && day - s.first_day <= options_.max_span_days;
}

std::vector<size_t> strongest_terms(const TermVector& vector, size_t n) {
  std::vector<size_t> idx(vector.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  auto stronger = [&](size_t a, size_t b) {
    return vector[a].second != vector[b].second ? vector[a].second > vector[b].second : vector[a].first < vector[b].first;
  };
  if (idx.size() > n) {
    std::nth_element(idx.begin(), idx.begin() + static_cast<long>(n), idx.end(), stronger);
    idx.resize(n);
  }
  std::sort(idx.begin(), idx.end());  // back in term order: sums run in one order on every run
  return idx;
}

std::vector<StoryCandidate> StoryIndex::score(const TermVector& vector, int32_t day) {
  if (acc_.size() < stories_.size()) acc_.resize(stories_.size(), 0.0);
  if (serials_.size() < stories_.size()) serials_.resize(stories_.size(), UINT64_MAX);
  touched_.clear();
  // 1. Candidates: stories sharing one of the article's strongest terms, by partial dot product.
  for (size_t i : strongest_terms(vector, options_.query_terms)) {
    const auto& [term, w] = vector[i];
    auto it = postings_.find(term);
    if (it == postings_.end()) continue;
    const auto& list = it->second;
    size_t from = list.size() > options_.max_postings ? list.size() - options_.max_postings : 0;
    for (size_t k = from; k < list.size(); ++k) {
      const Posting& p = list[k];
      if (serials_[p.slot] != p.serial || p.weight == 0.0f) continue;
      if (acc_[p.slot] == 0.0) touched_.push_back(p.slot);
      acc_[p.slot] += static_cast<double>(w) * p.weight;
    }
  }
  std::vector<StoryCandidate> out;
  for (size_t slot : touched_) {
    if (open_on(slot, day) && stories_[slot]->norm > 0) out.push_back({slot, acc_[slot] / stories_[slot]->norm});
    acc_[slot] = 0.0;
  }
  auto better = [&](const StoryCandidate& x, const StoryCandidate& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    return stories_[x.slot]->serial < stories_[y.slot]->serial;
  };
  if (out.size() > options_.rescored_candidates) {
    std::nth_element(out.begin(), out.begin() + static_cast<long>(options_.rescored_candidates), out.end(), better);
    out.resize(options_.rescored_candidates);
  }
  // 2. The best candidates on all terms (in term order), decayed by the days since their last
  // article, and the nearest member for the very best.
  for (auto& c : out) {
    const Active& a = *stories_[c.slot];
    double gap = std::max(0, day - a.state.last_day);
    c.similarity = dot(vector, a.centroid) / a.norm * std::exp(-gap / options_.decay_days);
  }
  std::sort(out.begin(), out.end(), better);
  if (options_.member_weight > 0 && !out.empty()) {
    size_t n = std::min(out.size(), options_.member_candidates);
    for (size_t i = 0; i < n; ++i) {
      const Active& a = *stories_[out[i].slot];
      double gap = std::max(0, day - a.state.last_day);
      double nearest = nearest_member(a, vector);
      out[i].similarity = std::max(out[i].similarity, options_.member_weight * nearest * std::exp(-gap / options_.decay_days));
    }
    std::sort(out.begin(), out.end(), better);
  }
  return out;
}

double dot(const TermVector& vector, const TermTable& table) {
  double sum = 0;
  for (const auto& [term, w] : vector)
    if (const float* t = table.find(term)) sum += static_cast<double>(w) * *t;
  return sum;
}

void StoryIndex::add_member_postings(Active& a, uint32_t member, const TermVector& v) {
  for (const auto& [term, w] : v) {
    uint32_t& head = a.member_heads[term];
    a.member_postings.push_back({member, w, head});
    head = static_cast<uint32_t>(a.member_postings.size());
  }
}

double StoryIndex::nearest_member(const Active& a, const TermVector& vector) {
  size_t members = a.state.members.size();
  size_t from = members > options_.member_window ? members - options_.member_window : 0;
  member_acc_.assign(members - from, 0.0);
  // The article's terms in term order: each member's products add up in the order dot() adds
  // them, so the cosines are those of dot(vector, member.vector).
  for (const auto& [term, w] : vector) {
    const uint32_t* head = a.member_heads.find(term);
    if (!head) continue;
    // Newest first: the chain leaves the window at its first older member.
    for (uint32_t at = *head; at != 0;) {
      const MemberPosting& p = a.member_postings[at - 1];
      if (p.member < from) break;
      member_acc_[p.member - from] += static_cast<double>(w) * p.weight;
      at = p.next;
    }
  }
  double nearest = 0;
  for (double sim : member_acc_) nearest = std::max(nearest, sim);
  return nearest;
}

// Squares summed as 2^-40 fixed-point integers: integer addition does not depend on the order of
// the additions, so a norm kept up to date term by term equals the one recomputed from a saved
// state, whatever the hash map's iteration order.
uint64_t StoryIndex::square_fixed(float w) {
  return static_cast<uint64_t>(std::llround(static_cast<double>(w) * w * 0x1p40));
}

uint64_t StoryIndex::centroid_norm_fixed(const TermTable& centroid) {
  uint64_t sum = 0;
  for (const auto& [t, w] : centroid) sum += square_fixed(w);
  return sum;
}

void StoryIndex::set_posting_weight(Active& a, uint64_t term, float weight) {
  if (auto p = a.posted.find(term); p != a.posted.end()) postings_[term][p->second].weight = weight;
}

void StoryIndex::add_to_centroid(size_t slot, const TermVector& v) {
  Active& a = *stories_[slot];
  for (const auto& [term, w] : v) {
    float& c = a.centroid[term];
    a.norm_fixed -= square_fixed(c);
    c += w;
    a.norm_fixed += square_fixed(c);
  }
  if (a.centroid.size() > options_.centroid_terms + options_.centroid_terms / 2) {
    // Prune to the strongest terms (ties by term, so the result does not depend on hash order).
    // A pruned term keeps its posting, at weight 0, until the next rebuild or its return.
    std::vector<std::pair<uint64_t, float>> all(a.centroid.begin(), a.centroid.end());
    std::nth_element(all.begin(), all.begin() + static_cast<long>(options_.centroid_terms), all.end(),
                     [](const auto& x, const auto& y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
    for (size_t i = options_.centroid_terms; i < all.size(); ++i) set_posting_weight(a, all[i].first, 0.0f);
    all.resize(options_.centroid_terms);
    a.centroid.assign(all);
    a.norm_fixed = centroid_norm_fixed(a.centroid);
  }
  a.norm = std::sqrt(static_cast<double>(a.norm_fixed) * 0x1p-40);
  for (const auto& [term, w] : v) {
    const float* c = a.centroid.find(term);
    if (!c) continue;
    auto [p, fresh] = a.posted.try_emplace(term, 0);
    if (!fresh) {
      postings_[term][p->second].weight = *c;
      continue;
    }
    auto& list = postings_[term];
    p->second = static_cast<uint32_t>(list.size());
    list.push_back({static_cast<uint32_t>(slot), *c, a.serial});
    ++live_postings_;
    ++all_postings_;
  }
  if (all_postings_ > 4 * live_postings_ + 100000) rebuild_postings();
}

void StoryIndex::count_facts(StoryState& s, const std::vector<std::string>& places, const std::vector<std::string>& people) {
  count_into(s.places, places);
  count_into(s.people, people);
}

size_t StoryIndex::create(const std::string& id, StoryMemberState member, const std::string& date, int32_t day,
                          const std::vector<std::string>& places, const std::vector<std::string>& people) {
  size_t slot;
  if (!free_.empty()) {
    slot = free_.back();
    free_.pop_back();
  } else {
    slot = stories_.size();
    stories_.emplace_back();
  }
  stories_[slot] = std::make_unique<Active>();
  Active& a = *stories_[slot];
  a.serial = next_serial_++;
  if (serials_.size() < stories_.size()) serials_.resize(stories_.size(), UINT64_MAX);
  serials_[slot] = a.serial;
  a.state.id = id;
  a.state.first = a.state.last = date;
  a.state.first_day = a.state.last_day = day;
  order_.push_back(slot);
  join(slot, std::move(member), date, day, places, people);
  return slot;
}

void StoryIndex::join(size_t slot, StoryMemberState member, const std::string& date, int32_t day,
                      const std::vector<std::string>& places, const std::vector<std::string>& people) {
  Active& a = *stories_[slot];
  StoryState& s = a.state;
  if (!member.vector.empty()) add_to_centroid(slot, member.vector);
  if (!date.empty()) {
    if (s.first.empty() || date < s.first) s.first = date;
    if (s.last.empty() || date > s.last) s.last = date;
  }
  s.first_day = std::min(s.first_day, day);
  s.last_day = std::max(s.last_day, day);
  count_facts(s, places, people);
  if (s.members.size() < options_.max_members) {
    add_member_postings(a, static_cast<uint32_t>(s.members.size()), member.vector);
    s.members.push_back(std::move(member));
  } else {
    // Over the cap the member is still counted (its id is in the store's articles table); only
    // its text is not kept for titles and summaries.
    member.vector.clear();
    member.lead.clear();
    member.title.clear();
    s.members.push_back(std::move(member));
  }
  a.changed = a.unsaved = true;
}

size_t StoryIndex::find(const std::string& id) const {
  for (size_t slot : order_)
    if (stories_[slot]->state.id == id) return slot;
  return SIZE_MAX;
}

void StoryIndex::refresh(Active& a) {
  StoryState& s = a.state;
  // The central member: the highest cosine with the centroid (the first on ties).
  double best = -1;
  const StoryMemberState* central = nullptr;
  for (const auto& m : s.members) {
    if (m.vector.empty()) continue;
    double sim = 0;
    for (const auto& [t, w] : m.vector)
      if (const float* c = a.centroid.find(t)) sim += static_cast<double>(w) * *c;
    if (sim > best) {
      best = sim;
      central = &m;
    }
  }
  if (!central && !s.members.empty()) central = &s.members.front();
  if (!central) return;
  s.central = central->article;
  s.title = central->title;
  s.summary = central->lead;
  if (s.summary.empty()) {
    for (const auto& m : s.members)
      if (!m.lead.empty()) {
        s.summary = m.lead;
        break;
      }
  }
}

Story StoryIndex::to_story(const StoryState& s) {
  Story out;
  out.id = s.id;
  out.title = s.title;
  out.summary = s.summary;
  out.first = s.first;
  out.last = s.last;
  out.storyline = s.storyline;
  for (const auto& m : s.members) {
    out.articles.push_back(m.article);
    if (!m.source.empty() && std::find(out.sources.begin(), out.sources.end(), m.source) == out.sources.end())
      out.sources.push_back(m.source);
  }
  out.places = ranked(s.places);
  out.people = ranked(s.people);
  return out;
}

void StoryIndex::flush_changed(std::vector<Story>& out) {
  for (size_t slot : order_) {
    Active& a = *stories_[slot];
    if (!a.changed) continue;
    refresh(a);
    a.changed = false;
    out.push_back(to_story(a.state));
  }
}

TermVector StoryIndex::profile(size_t slot, size_t keep) const {
  const Active& a = *stories_[slot];
  TermVector v(a.centroid.begin(), a.centroid.end());
  if (v.size() > keep) {
    std::nth_element(v.begin(), v.begin() + static_cast<long>(keep), v.end(),
                     [](const auto& x, const auto& y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
    v.resize(keep);
  }
  std::sort(v.begin(), v.end());
  double norm = 0;
  for (const auto& t : v) norm += static_cast<double>(t.second) * t.second;
  norm = std::sqrt(norm);
  if (norm > 0)
    for (auto& t : v) t.second = static_cast<float>(t.second / norm);
  return v;
}

void StoryIndex::close_expired(int32_t today, size_t profile_terms, std::vector<StoryState>& closed,
                               std::vector<Story>& changed) {
  bool any = false;
  std::vector<size_t> still;
  for (size_t slot : order_) {
    if (open_on(slot, today)) {
      still.push_back(slot);
      continue;
    }
    Active& a = *stories_[slot];
    refresh(a);
    if (a.changed) changed.push_back(to_story(a.state));
    a.state.centroid = profile(slot, profile_terms);
    if (saved_.erase(a.state.id)) closed_saved_.push_back(a.state.id);
    closed.push_back(std::move(a.state));
    live_postings_ -= a.posted.size();
    serials_[slot] = UINT64_MAX;
    stories_[slot].reset();
    free_.push_back(slot);
    any = true;
  }
  order_ = std::move(still);
  // Free slots are reused lowest first, so slot numbers (and the scratch vector) stay small.
  std::sort(free_.begin(), free_.end(), std::greater<size_t>());
  if (any) rebuild_postings();
}

void StoryIndex::rebuild_postings() {
  postings_.clear();
  live_postings_ = all_postings_ = 0;
  for (size_t slot : order_) {
    Active& a = *stories_[slot];
    // Terms pruned from the centroid lose their posting here.
    std::vector<uint64_t> terms;
    terms.reserve(a.posted.size());
    for (const auto& [t, at] : a.posted)
      if (a.centroid.contains(t)) terms.push_back(t);
    std::sort(terms.begin(), terms.end());
    a.posted.clear();
    for (uint64_t t : terms) {
      auto& list = postings_[t];
      a.posted.emplace(t, static_cast<uint32_t>(list.size()));
      list.push_back({static_cast<uint32_t>(slot), *a.centroid.find(t), a.serial});
    }
    live_postings_ += terms.size();
  }
  all_postings_ = live_postings_;
}

StoryState StoryIndex::snapshot(const Active& a) const {
  StoryState s = a.state;
  s.centroid.assign(a.centroid.begin(), a.centroid.end());
  std::sort(s.centroid.begin(), s.centroid.end());
  return s;
}

void StoryIndex::save(IndexState& state) const {
  for (size_t slot : order_) state.stories.push_back(snapshot(*stories_[slot]));
}

void StoryIndex::take_unsaved(std::vector<std::string>& closed, std::vector<StoryState>& changed) {
  closed.insert(closed.end(), closed_saved_.begin(), closed_saved_.end());
  closed_saved_.clear();
  for (size_t slot : order_) {
    Active& a = *stories_[slot];
    if (!a.unsaved) continue;
    a.unsaved = false;
    saved_.insert(a.state.id);
    changed.push_back(snapshot(a));
  }
}

void StoryIndex::load(const IndexState& state) {
  stories_.clear();
  free_.clear();
  order_.clear();
  postings_.clear();
  serials_.clear();
  next_serial_ = 0;
  saved_.clear();
  closed_saved_.clear();
  for (const StoryState& s : state.stories) {
    saved_.insert(s.id);
    auto a = std::make_unique<Active>();
    a->state = s;
    a->state.centroid.clear();
    a->serial = next_serial_++;
    a->centroid.assign(s.centroid);
    for (size_t m = 0; m < a->state.members.size(); ++m)
      add_member_postings(*a, static_cast<uint32_t>(m), a->state.members[m].vector);
    a->norm_fixed = centroid_norm_fixed(a->centroid);
    a->norm = std::sqrt(static_cast<double>(a->norm_fixed) * 0x1p-40);
    for (const auto& [t, w] : s.centroid) a->posted.emplace(t, 0);
    serials_.push_back(a->serial);
    order_.push_back(stories_.size());
    stories_.push_back(std::move(a));
  }
  rebuild_postings();
}

}  // namespace chronicle::index
