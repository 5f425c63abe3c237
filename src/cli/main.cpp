// The `chronicle` command: parse, dispatch, and turn the result into an exit status.
#include "cli/commands.h"

int main(int argc, char** argv) { return chronicle::cli::run(argc, argv); }
