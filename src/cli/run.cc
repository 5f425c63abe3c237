#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace chronicle::cli {

int run(int argc, char** argv) {
  CLI::App app{"chronicle: turns raw news into a structured, searchable record"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "chronicle 0.1.0");
  CommandStatus status;
  // One line per subcommand file (commands.h).
  add_ingest_command(app, status);
  add_analyze_commands(app, status);
  add_query_commands(app, status);
  add_story_commands(app, status);
  add_annotation_commands(app, status);
  add_export_command(app, status);
  add_serve_command(app, status);
  add_code_command(app, status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" with exit code 0; a real usage error exits 2.
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return status.exit_code;
}

}  // namespace chronicle::cli
