// The resource-limit flags every reading command takes (ReadLimits in src/ingest/reader.h).
#pragma once
#include "ingest/reader.h"

namespace CLI {
class App;
}

namespace chronicle::cli {

void add_limit_flags(CLI::App& cmd, ingest::ReadLimits& limits);

}  // namespace chronicle::cli
