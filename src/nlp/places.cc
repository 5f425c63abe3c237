#include "nlp/places.h"

#include <algorithm>
#include <map>

#include "text/tokens.h"

namespace chronicle::nlp {
namespace {

// Weight of one context vote (another place or nationality of the same country in the article),
// and the most votes can add: enough for three US cities to make "Georgia" the US state (40 + 45 >
// the country's ~74), not enough for one passing mention of "U.S." to do it.
constexpr float kVoteWeight = 15;
constexpr float kMaxVotes = 45;
// An explicit qualifier written next to the name ("Geneva, Ill.", "Washington state") wins.
constexpr float kQualifierWeight = 100;

// US state abbreviations and names that qualify a town ("Moscow, Idaho"): their country is USA.
bool is_us_qualifier(const Gazetteer& g, std::string_view word) {
  auto* cands = g.find_name(word);
  if (!cands) return false;
  for (const PlaceCandidate& c : *cands)
    if (c.kind == PlaceKind::region && c.iso3 == "USA") return true;
  return false;
}

struct Found {
  std::string name;
  std::vector<Span> mentions;
  const std::vector<PlaceCandidate>* candidates = nullptr;
};

}  // namespace

PlaceStage::PlaceStage(std::shared_ptr<const NlpKnowledge> knowledge) : knowledge_(std::move(knowledge)) {}

std::string PlaceStage::analyze(Article& article) const {
  const Gazetteer& g = knowledge_->gazetteer;
  std::string_view text = article.text;
  article.places.clear();

  // Step 1.
  std::vector<Found> found;
  for (const Entity& e : article.entities) {
    const auto* cands = g.find_name(e.name);
    if (!cands && e.name.rfind("the ", 0) == 0) cands = g.find_name(e.name.substr(4));
    if (e.type != EntityType::place) {
      bool country = cands && (cands->front().kind == PlaceKind::country || cands->front().kind == PlaceKind::capital);
      if (!country || e.type == EntityType::person) continue;
    }
    found.push_back(Found{e.name, e.mentions, cands});
  }

  // Step 2: votes from unambiguous places and from nationalities (other entities, e.g. "Syrian").
  std::map<std::string, float> votes;
  // Each place's own votes, so that a place is not its own context.
  std::vector<std::map<std::string, float>> own_votes(found.size());
  std::map<std::string, float>* own = nullptr;
  auto vote_for = [&](const std::vector<PlaceCandidate>* cands, size_t mentions) {
    if (!cands) return;
    float weight = static_cast<float>(std::min<size_t>(mentions, 2));
    // A country, capital or nationality outranks its namesakes by far: it votes for its country
    // alone. A town of several countries ("Macon": France and Georgia, US) splits its vote.
    PlaceKind k = cands->front().kind;
    if (k == PlaceKind::country || k == PlaceKind::demonym || k == PlaceKind::capital) {
      if (!cands->front().iso3.empty()) {
        votes[cands->front().iso3] += weight;
        if (own) (*own)[cands->front().iso3] += weight;
      }
      return;
    }
    std::vector<std::string> countries;
    for (const PlaceCandidate& c : *cands)
      if (!c.iso3.empty() && std::find(countries.begin(), countries.end(), c.iso3) == countries.end())
        countries.push_back(c.iso3);
    for (const std::string& iso : countries) {
      votes[iso] += weight / static_cast<float>(countries.size());
      if (own) (*own)[iso] += weight / static_cast<float>(countries.size());
    }
  };
  for (size_t i = 0; i < found.size(); ++i) {
    own = &own_votes[i];
    vote_for(found[i].candidates, found[i].mentions.size());
  }
  own = nullptr;
  for (const Entity& e : article.entities)
    if (e.type == EntityType::other) {
      const auto* cands = g.find_name(e.name);
      if (cands && cands->front().kind == PlaceKind::demonym) vote_for(cands, e.mentions.size());
    }

  // Step 3.
  for (size_t fi = 0; fi < found.size(); ++fi) {
    Found& f = found[fi];
    Place p;
    p.name = f.name;
    p.mentions = f.mentions;
    if (f.candidates) {
      // Qualifiers around the first mention that has one.
      std::string qualifier_iso;
      bool wants_region = false;
      for (const Span& m : f.mentions) {
        std::string_view after = text.substr(m.end, std::min<size_t>(40, text.size() - m.end));
        std::string_view before = text.substr(m.start >= 12 ? m.start - 12 : 0, m.start >= 12 ? 12 : m.start);
        if (after.rfind(" state", 0) == 0 || after.rfind(" State", 0) == 0 || before.ends_with("state of ") ||
            before.ends_with("State of "))
          wants_region = true;
        if (after.rfind(", ", 0) == 0) {
          std::vector<text::Token> toks = text::tokenize(after.substr(2));
          if (!toks.empty() && toks[0].capitalized()) {
            std::string_view word = toks[0].view(after.substr(2));
            if (is_us_qualifier(g, word)) qualifier_iso = "USA";
            else if (const auto* q = g.find_name(word); q && q->front().kind == PlaceKind::country) qualifier_iso = q->front().iso3;
          }
        }
      }
      const PlaceCandidate* best = nullptr;
      float best_score = -1e9f;
      for (const PlaceCandidate& c : *f.candidates) {
        if (c.kind == PlaceKind::demonym) continue;
        float score = c.weight;
        auto v = votes.find(c.iso3);
        if (v != votes.end()) {
          // The place's own mentions are not context for itself.
          auto mine = own_votes[fi].find(c.iso3);
          float self = mine == own_votes[fi].end() ? 0 : mine->second;
          // A town gets at most one vote's worth: a story about Washington and the U.S. does not
          // move Geneva to Geneva, Illinois; a state or country takes the full context.
          float cap = c.kind == PlaceKind::city ? kVoteWeight : kMaxVotes;
          score += std::min(cap, kVoteWeight * std::max(0.0f, v->second - self));
        }
        if (!qualifier_iso.empty() && c.iso3 == qualifier_iso) score += kQualifierWeight;
        if (wants_region && c.kind == PlaceKind::region) score += kQualifierWeight;
        if (score > best_score) {
          best_score = score;
          best = &c;
        }
      }
      if (best) {
        p.country = best->iso3;
        p.lat = best->lat;
        p.lon = best->lon;
      }
    }
    article.places.push_back(std::move(p));
  }
  std::sort(article.places.begin(), article.places.end(),
            [](const Place& a, const Place& b) { return a.mentions.front() < b.mentions.front(); });
  return "";
}

}  // namespace chronicle::nlp
