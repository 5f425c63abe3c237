#include "index/storylines.h"

#include <algorithm>

#include "index/stories.h"
#include "text/hash.h"

namespace chronicle::index {

std::string storyline_id(const std::string& founder_story) {
  return "l" + text::hex64(text::hash64(founder_story, 0x6c696e65ULL)).substr(0, 15);  // "line"
}

// ---- ProfileIndex -------------------------------------------------------------------------------

std::vector<ProfileCandidate> ProfileIndex::score(const TermVector& vector) const {
  // Candidates through the article's strongest terms, then the best of them on all terms.
  if (acc_.size() < profiles_.size()) acc_.resize(profiles_.size(), 0.0);
  std::vector<uint64_t> touched;
  for (size_t i : strongest_terms(vector, options_.query_terms)) {
    const auto& [term, w] = vector[i];
    auto it = postings_.find(term);
    if (it == postings_.end()) continue;
    const auto& list = it->second;
    size_t from = list.size() > options_.max_postings ? list.size() - options_.max_postings : 0;
    for (size_t k = from; k < list.size(); ++k) {
      const Posting& p = list[k];
      if (p.seq < first_seq_) continue;
      size_t at = p.seq - first_seq_;
      if (acc_[at] == 0.0) touched.push_back(p.seq);
      acc_[at] += static_cast<double>(w) * p.weight;
    }
  }
  std::vector<std::pair<uint64_t, double>> sorted;
  sorted.reserve(touched.size());
  for (uint64_t seq : touched) {
    sorted.emplace_back(seq, acc_[seq - first_seq_]);
    acc_[seq - first_seq_] = 0.0;
  }
  auto better = [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
  if (sorted.size() > options_.rescored_candidates) {
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(options_.rescored_candidates), sorted.end(), better);
    sorted.resize(options_.rescored_candidates);
  }
  // A profile's 40 terms probed in a table of the article's: cheaper than merging two lists.
  query_.assign(vector);
  for (auto& [seq, sim] : sorted) sim = dot(profiles_[seq - first_seq_].terms, query_);
  std::sort(sorted.begin(), sorted.end(), better);
  std::vector<ProfileCandidate> out;
  for (const auto& [seq, sim] : sorted) out.push_back({&profiles_[seq - first_seq_], sim});
  return out;
}

void ProfileIndex::add(StoryProfileState profile) {
  uint64_t seq = first_seq_ + profiles_.size();
  for (const auto& [t, w] : profile.terms) postings_[t].push_back({seq, w});
  by_story_[profile.story] = seq;
  profiles_.push_back(std::move(profile));
  while (profiles_.size() > options_.max_profiles) {
    by_story_.erase(profiles_.front().story);
    stale_ += profiles_.front().terms.size();
    profiles_.pop_front();
    ++first_seq_;
  }
  if (stale_ > 100000 && stale_ > profiles_.size() * options_.profile_terms) rebuild();
}

StoryProfileState* ProfileIndex::find(const std::string& story) {
  auto it = by_story_.find(story);
  if (it == by_story_.end() || it->second < first_seq_) return nullptr;
  return &profiles_[it->second - first_seq_];
}

void ProfileIndex::rebuild() {
  postings_.clear();
  for (size_t i = 0; i < profiles_.size(); ++i)
    for (const auto& [t, w] : profiles_[i].terms) postings_[t].push_back({first_seq_ + i, w});
  stale_ = 0;
}

void ProfileIndex::save(IndexState& state) const {
  state.profiles.assign(profiles_.begin(), profiles_.end());
}

void ProfileIndex::load(const IndexState& state) {
  profiles_.assign(state.profiles.begin(), state.profiles.end());
  first_seq_ = 0;
  by_story_.clear();
  for (size_t i = 0; i < profiles_.size(); ++i) by_story_[profiles_[i].story] = i;
  rebuild();
  saved_first_ = 0;
  saved_end_ = profiles_.size();
  relinked_.clear();
}

void ProfileIndex::mark_changed(const std::string& story) {
  // A profile not saved yet is saved whole, with its storyline, when it is added.
  if (auto it = by_story_.find(story); it != by_story_.end() && it->second < saved_end_) relinked_.push_back(it->second);
}

void ProfileIndex::take_unsaved(size_t& dropped, std::vector<StoryProfileState>& added,
                                std::vector<std::pair<std::string, std::string>>& relinked) {
  uint64_t end = first_seq_ + profiles_.size();
  dropped = static_cast<size_t>(std::min(std::max(first_seq_, saved_first_), saved_end_) - saved_first_);
  for (uint64_t seq : relinked_)
    if (seq >= first_seq_ && seq < saved_end_) relinked.emplace_back(profiles_[seq - first_seq_].story, profiles_[seq - first_seq_].storyline);
  relinked_.clear();
  for (uint64_t seq = std::max(saved_end_, first_seq_); seq < end; ++seq) added.push_back(profiles_[seq - first_seq_]);
  saved_first_ = first_seq_;
  saved_end_ = end;
}

// ---- StorylineTable -----------------------------------------------------------------------------

const StorylineState& StorylineTable::create(const std::string& founder_story, const std::string& title,
                                             const std::string& first, int32_t day) {
  std::string id = storyline_id(founder_story);
  StorylineState& s = lines_[id];
  s.id = id;
  s.title = title;
  s.first = s.last = first;
  s.last_day = day;
  changed_[id] = true;
  unsaved_.insert(id);
  return s;
}

const StorylineState& StorylineTable::extend(const std::string& id, const std::string& first, const std::string& last,
                                             int32_t day) {
  StorylineState& s = lines_[id];
  s.id = id;
  if (!first.empty() && (s.first.empty() || first < s.first)) s.first = first;
  if (!last.empty() && (s.last.empty() || last > s.last)) s.last = last;
  s.last_day = std::max(s.last_day, day);
  changed_[id] = true;
  unsaved_.insert(id);
  return s;
}

void StorylineTable::forget_before(int32_t today) {
  std::erase_if(lines_, [&](const auto& kv) {
    if (kv.second.last_day >= today - options_.max_gap_days) return false;
    unsaved_.erase(kv.first);
    if (saved_.erase(kv.first)) forgotten_.push_back(kv.first);
    return true;
  });
}

void StorylineTable::take_unsaved(std::vector<std::string>& forgotten, std::vector<StorylineState>& changed) {
  forgotten.insert(forgotten.end(), forgotten_.begin(), forgotten_.end());
  forgotten_.clear();
  for (const std::string& id : unsaved_)
    if (auto it = lines_.find(id); it != lines_.end()) {
      changed.push_back(it->second);
      saved_.insert(id);
    }
  unsaved_.clear();
}

std::vector<StorylineState> StorylineTable::take_changed() {
  std::vector<StorylineState> out;
  for (const auto& [id, c] : changed_)
    if (auto it = lines_.find(id); it != lines_.end()) out.push_back(it->second);
  changed_.clear();
  return out;
}

void StorylineTable::save(IndexState& state) const {
  for (const auto& [id, s] : lines_) state.storylines.push_back(s);
}

void StorylineTable::load(const IndexState& state) {
  lines_.clear();
  changed_.clear();
  unsaved_.clear();
  saved_.clear();
  forgotten_.clear();
  for (const auto& s : state.storylines) {
    lines_[s.id] = s;
    saved_.insert(s.id);
  }
}

}  // namespace chronicle::index
