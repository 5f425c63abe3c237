// The analyze stages, in the order they run, built once per run from the knowledge in data/.
//
// build_analyze_stages() is the one place a new stage is registered. It checks that each stage's
// needs() are written by an earlier stage and names the unmet need, as spaCy's pipe analysis does.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "model/stage.h"

namespace chronicle::pipeline {

using StageList = std::vector<std::unique_ptr<AnalyzeStage>>;

// Null-free list on success; on failure an empty list and `error` naming the stage or file.
StageList build_analyze_stages(const std::string& data_dir, std::string& error);

// Checks the needs/writes order of `stages`; "" when it holds, else a message naming the stage and
// the unmet need.
std::string check_stage_order(const StageList& stages);

// The knowledge directory: $CHRONICLE_DATA when set, else the data/ folder this binary was built from.
std::string default_data_dir();

}  // namespace chronicle::pipeline
