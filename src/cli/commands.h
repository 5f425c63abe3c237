// The command line (DESIGN.md, "The command line"): one function registers each subcommand.
//
// Exit status: 0 success; 1 some inputs failed (each named on stderr, the rest stored);
// 2 usage error. Errors print once as "chronicle: WHAT: reason".
#pragma once

namespace chronicle::cli {

int run(int argc, char** argv);

}  // namespace chronicle::cli
