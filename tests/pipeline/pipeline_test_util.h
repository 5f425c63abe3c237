// Helpers shared by the pipeline tests: a fresh directory per test, and the knowledge an ingest
// needs (extractor, analyze stages, index stop list) loaded from data/.
#pragma once
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "extract/extract.h"
#include "index/features.h"
#include "pipeline/stages.h"

namespace chronicle::pipeline {

inline std::filesystem::path test_dir() {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const char* root = std::getenv("CHRONICLE_TEST_TMP");
  std::filesystem::path dir =
      std::filesystem::path(root ? root : "/tmp/chronicle-tests") / (std::string("pipeline.") + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

struct Fixture {
  std::unique_ptr<extract::Extractor> extractor;
  StageList stages;
  std::unique_ptr<index::Knowledge> index;
  Fixture() {
    std::string error;
    extractor = extract::Extractor::load(CHRONICLE_DATA_DIR, error);
    EXPECT_TRUE(extractor) << error;
    stages = build_analyze_stages(CHRONICLE_DATA_DIR, error);
    EXPECT_EQ(error, "");
    index = index::Knowledge::load(CHRONICLE_DATA_DIR, error);
    EXPECT_TRUE(index) << error;
  }
};

}  // namespace chronicle::pipeline
