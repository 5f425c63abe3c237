// The nlp stages in the order they run, built once over one shared NlpKnowledge:
// dates, entities (writes sentences and entities), places (needs entities), quotes (needs entities).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "model/stage.h"

namespace chronicle::nlp {

// Loads data_dir's knowledge (knowledge.h) and appends the stages to `out`. false with `error`
// naming the file when the knowledge cannot be loaded (a missing gazetteer says to run
// scripts/setup.sh).
bool add_nlp_stages(const std::string& data_dir, std::vector<std::unique_ptr<AnalyzeStage>>& out, std::string& error);

}  // namespace chronicle::nlp
