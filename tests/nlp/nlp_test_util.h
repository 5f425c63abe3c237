// What the NLP stage tests share: the knowledge, loaded once per test binary (the gazetteer takes a
// while), and an Article run through a list of stages in order.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "nlp/knowledge.h"

namespace chronicle::nlp::testing {

inline const std::shared_ptr<const NlpKnowledge>& knowledge() {
  static std::shared_ptr<const NlpKnowledge> k = [] {
    std::string error;
    std::shared_ptr<const NlpKnowledge> loaded = NlpKnowledge::load(CHRONICLE_DATA_DIR, true, error);
    if (!loaded) ADD_FAILURE() << error;
    return loaded;
  }();
  return k;
}

// `text` through Stages... (each built on the shared knowledge), every stage expected to succeed.
template <typename... Stages>
Article analyzed_by(std::string text) {
  Article a;
  a.text = std::move(text);
  auto run = [&a](const AnalyzeStage& stage) { EXPECT_EQ(stage.analyze(a), "") << stage.name(); };
  (run(Stages(knowledge())), ...);
  return a;
}

}  // namespace chronicle::nlp::testing
