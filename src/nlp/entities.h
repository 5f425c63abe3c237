// EntityStage: people, organisations, places and other names in an article's text, each with its
// mentions, linked within the article (coreference of names) and given a corpus-wide id.
//
// Needs nothing; writes "entities" (Article::entities, sorted by first mention). Steps, each a
// function in entities.cc:
//  1. tokenise and split sentences (text/tokens.h, text/sentences.h);
//  2. tag with the NER model (ner.h) and read the entities off the BILOU labels;
//  3. correct the type with knowledge: known organisations and outlets (data/nlp/organizations.tsv)
//     are organisations under their canonical name ("The Post" -> "The Washington Post");
//  4. keep the title or role written before a person ("Russian Foreign Minister Sergei Lavrov");
//  5. link names within the article: "Secretary of State John Kerry" ... "Kerry"; "Sergey Lavrov"
//     and "Sergei Lavrov" (spelling variants of given names), "Mr. Kerry";
//  6. give each entity its id: entity_id(type, canonical name), a hash that needs no corpus state,
//     so the same person in two articles gets the same id.
// Built once with the shared NlpKnowledge; const and thread-safe.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "model/stage.h"
#include "nlp/knowledge.h"

namespace chronicle::nlp {

class EntityStage : public AnalyzeStage {
 public:
  explicit EntityStage(std::shared_ptr<const NlpKnowledge> knowledge);
  std::string_view name() const override { return "entities"; }
  std::vector<std::string> writes() const override { return {"sentences", "entities"}; }
  std::string analyze(Article& article) const override;

 private:
  std::shared_ptr<const NlpKnowledge> knowledge_;
};

// The corpus-wide id of an entity: 16 hex digits of a hash of its type and its name key
// (name_key()). Deterministic and independent of any corpus.
std::string entity_id(EntityType type, std::string_view canonical_name);

// The comparison key of a name: case-folded, punctuation dropped, "the" dropped in front, and
// given-name spelling variants folded ("Sergey" and "Sergei" share a key; "Mohammed"/"Muhammad").
std::string name_key(std::string_view name);

// Folds the spelling variants of one case-folded name token: "sergey" -> "sergei",
// "mohammed" -> "muhammad".
std::string fold_name_variant(std::string_view token);

}  // namespace chronicle::nlp
