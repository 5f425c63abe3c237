// QuoteStage: who said what. Direct, mixed and indirect quotations with their speaker, cue verb and
// the outlet that relayed them.
//
// Needs "entities" (Article::entities, for speakers); writes "quotes" (Article::quotes, sorted by
// span start). Steps, each a function in quotes.cc:
//  1. pair_quote_marks: pairs quotation marks paragraph by paragraph (curly, straight, guillemets,
//     `` ''), nesting single quotes inside double ones; a paragraph that leaves a double quote
//     open and a next paragraph that opens one again continue one quotation (news style);
//  2. find_relays: a quoted passage introduced by an outlet ("Reuters reports:", "The Post adds:")
//     is a relay, not a quotation: its marks are transparent, the quotes inside it (often in single
//     marks) are the quotations, and each carries reported_by = the outlet;
//  3. attribute_direct: for each quotation, the cue and speaker after it ("...," Kerry said / said
//     Lavrov), or before it (Kerry told Lavrov: '...'), else the previous quotation's speaker when
//     the quotation runs on from it; a quotation inside a reported clause (Lavrov said the Russians
//     want to 'exchange views') makes the whole clause a mixed quote;
//  4. find_indirect: sentences without quotation marks that report speech or thought:
//     SPEAKER CUE [that] CLAUSE; CLAUSE, SPEAKER CUE; according to SPEAKER, CLAUSE;
//  5. resolve_speaker: a name links to its entity; "he"/"she" to the last person quoted nearby,
//     else the last person named; a description ("a U.S. official") is kept as the speaker's name;
//     an outlet heard by the speaker ("told the Associated Press") becomes reported_by.
// Built once with the shared NlpKnowledge; const and thread-safe.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "model/stage.h"
#include "nlp/knowledge.h"

namespace chronicle::nlp {

class QuoteStage : public AnalyzeStage {
 public:
  explicit QuoteStage(std::shared_ptr<const NlpKnowledge> knowledge);
  std::string_view name() const override { return "quotes"; }
  std::vector<std::string> needs() const override { return {"entities"}; }
  std::vector<std::string> writes() const override { return {"quotes"}; }
  std::string analyze(Article& article) const override;

 private:
  std::shared_ptr<const NlpKnowledge> knowledge_;
};

}  // namespace chronicle::nlp
