#include "pipeline/stages.h"

#include <cstdlib>
#include <set>

#include "events/event_stage.h"
#include "nlp/nlp_stages.h"

namespace chronicle::pipeline {

std::string default_data_dir() {
  if (const char* env = std::getenv("CHRONICLE_DATA"); env && *env) return env;
  return CHRONICLE_DATA_DIR;
}

std::string check_stage_order(const StageList& stages) {
  std::set<std::string> written;
  for (const auto& stage : stages) {
    for (const std::string& need : stage->needs()) {
      if (!written.count(need))
        return "stage '" + std::string(stage->name()) + "' needs " + need + ", which no earlier stage writes";
    }
    for (const std::string& kind : stage->writes()) written.insert(kind);
  }
  return "";
}

StageList build_analyze_stages(const std::string& data_dir, std::string& error) {
  StageList stages;
  // Stages register here, in the order they run (each adds its own line):
  if (!nlp::add_nlp_stages(data_dir, stages, error)) return {};
  if (auto events = events::EventStage::load(data_dir, error)) stages.push_back(std::move(events)); else return {};

  if (error = check_stage_order(stages); !error.empty()) return {};
  return stages;
}

}  // namespace chronicle::pipeline
