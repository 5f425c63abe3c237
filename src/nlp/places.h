// PlaceStage: the places an article names, each resolved to a country (ISO 3166 alpha-3) and
// coordinates through the gazetteer (gazetteer.h), with the ambiguous ones decided by context.
//
// Needs "entities"; writes "places" (Article::places, sorted by first mention). Steps (places.cc):
//  1. collect_places: place entities, plus entities of another type whose name is a country or
//     capital (a tagger that calls "U.S." an organisation does not lose the country);
//  2. count_country_votes: every unambiguous country, capital, city or nationality in the article
//     votes for its country ("Tbilisi", "Georgian" vote for Georgia the country; "Atlanta" for the US);
//  3. choose_candidate: prominence weight + context votes + an explicit qualifier ("Geneva, Ill.",
//     "Washington state", "the state of Georgia") decides between namesakes. Washington is the
//     capital unless the text says state; Georgia is the country unless the article is about the US
//     state (its votes outweigh the country's prominence).
// A name the gazetteer does not know stays a place with country "" and no coordinates.
// Built once with the shared NlpKnowledge; const and thread-safe.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "model/stage.h"
#include "nlp/knowledge.h"

namespace chronicle::nlp {

class PlaceStage : public AnalyzeStage {
 public:
  explicit PlaceStage(std::shared_ptr<const NlpKnowledge> knowledge);
  std::string_view name() const override { return "places"; }
  std::vector<std::string> needs() const override { return {"entities"}; }
  std::vector<std::string> writes() const override { return {"places"}; }
  std::string analyze(Article& article) const override;

 private:
  std::shared_ptr<const NlpKnowledge> knowledge_;
};

}  // namespace chronicle::nlp
