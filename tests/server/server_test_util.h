// Shared set-up of the server tests: a fresh fixture store in the test's temporary folder.
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "fixture_store.h"

namespace chronicle::testing {

inline std::string temp_dir(const std::string& name) {
  const char* base = std::getenv("CHRONICLE_TEST_TMP");
  std::filesystem::path dir = std::filesystem::path(base && *base ? base : "/tmp") /
                              ("server-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

inline std::string fixture_path() { return std::string(CHRONICLE_FIXTURES) + "/../server/fixtures/articles.jsonl"; }

// A store holding tests/server/fixtures/articles.jsonl; fails the test when it cannot be made.
inline std::string fixture_store(const std::string& name) {
  std::string db = temp_dir(name) + "/fixture.db";
  std::string error;
  EXPECT_TRUE(make_fixture_store(fixture_path(), db, error)) << error;
  return db;
}

}  // namespace chronicle::testing
