// make_fixture_store FIXTURE.jsonl STORE.db: writes a fixture (tests/server/fixture_store.h) into a
// store, for the browser tests. Prints one line "make_fixture_store: INPUT: reason" on failure.
#include <cstdio>
#include <string>

#include "../server/fixture_store.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_fixture_store FIXTURE.jsonl STORE.db\n");
    return 2;
  }
  std::string error;
  if (!chronicle::testing::make_fixture_store(argv[1], argv[2], error)) {
    std::fprintf(stderr, "make_fixture_store: %s: %s\n", argv[1], error.c_str());
    return 1;
  }
  return 0;
}
