#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

namespace chronicle::cli {

int run(int argc, char** argv) {
  CLI::App app{"chronicle: turns raw news into a structured, searchable record"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "chronicle 0.1.0");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return 0;
}

}  // namespace chronicle::cli
