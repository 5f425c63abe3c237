#include "nlp/nlp_stages.h"

#include "nlp/dates.h"
#include "nlp/entities.h"
#include "nlp/knowledge.h"
#include "nlp/places.h"
#include "nlp/quotes.h"

namespace chronicle::nlp {

bool add_nlp_stages(const std::string& data_dir, std::vector<std::unique_ptr<AnalyzeStage>>& out, std::string& error) {
  std::shared_ptr<const NlpKnowledge> knowledge = NlpKnowledge::load(data_dir, true, error);
  if (!knowledge) return false;
  out.push_back(std::make_unique<DateStage>());
  out.push_back(std::make_unique<EntityStage>(knowledge));
  out.push_back(std::make_unique<PlaceStage>(knowledge));
  out.push_back(std::make_unique<QuoteStage>(knowledge));
  return true;
}

}  // namespace chronicle::nlp
