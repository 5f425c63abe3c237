// The command line (DESIGN.md, "The command line"): a thin layer over the libraries.
//
// Each subcommand lives in its own file src/cli/cmd_NAME.cc and defines one registration function
// declared below; run() calls them all, parses, and runs the chosen one. A registration function
// adds the subcommand, its options and a callback that stores its exit status in `status`.
//
// Exit status: 0 success; 1 some inputs failed (each named on stderr, the rest stored);
// 2 usage error. Errors print once as "chronicle: WHAT: reason".
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace chronicle::cli {

struct CommandStatus {
  int exit_code = 0;
};

// Registration functions, one per subcommand file.
void add_ingest_command(CLI::App& app, CommandStatus& status);    // cmd_ingest.cc
void add_analyze_commands(CLI::App& app, CommandStatus& status);  // cmd_analyze.cc: analyze, extract
void add_query_commands(CLI::App& app, CommandStatus& status);    // cmd_query.cc: show, articles, search
void add_story_commands(CLI::App& app, CommandStatus& status);       // cmd_stories.cc: stories, story, storylines, related
void add_annotation_commands(CLI::App& app, CommandStatus& status);  // cmd_annotations.cc: entities, quotes, events
void add_export_command(CLI::App& app, CommandStatus& status);    // cmd_export.cc
void add_serve_command(CLI::App& app, CommandStatus& status);     // cmd_serve.cc
void add_code_command(CLI::App& app, CommandStatus& status);      // cmd_code.cc

int run(int argc, char** argv);

}  // namespace chronicle::cli
