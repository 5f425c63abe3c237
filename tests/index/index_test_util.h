// Helpers shared by the index tests: the stop list from data/, and article re-wrapping.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "index/features.h"

namespace chronicle::testing {

inline const index::Knowledge& index_knowledge() {
  // Loaded once per test binary; const afterwards (the Knowledge contract).
  static const std::unique_ptr<index::Knowledge> knowledge = [] {
    std::string error;
    auto k = index::Knowledge::load(CHRONICLE_DATA_DIR, error);
    EXPECT_TRUE(k) << error;
    return k;
  }();
  return *knowledge;
}

inline std::string read_fixture(const std::string& relative) {
  std::ifstream in(std::string(CHRONICLE_FIXTURES) + "/" + relative);
  EXPECT_TRUE(in) << relative;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace chronicle::testing
