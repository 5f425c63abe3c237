// AnalyzeStage: one named step that adds stand-off annotations to an Article (spaCy's component).
//
// A stage is built once per run with its knowledge (a Gazetteer, a VerbLexicon) and is then const:
// analyze() must be safe to call from many threads at once. It reads Article::text and earlier
// stages' annotations, writes only the annotation kinds it declares in writes(), and never changes
// Article::text (Article invariant 1). A stage that cannot handle one article throws nothing: it
// leaves what it has and returns a reason, and the pipeline records the failure and goes on.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace chronicle {

class AnalyzeStage {
 public:
  virtual ~AnalyzeStage() = default;
  virtual std::string_view name() const = 0;
  // Annotation kinds this stage needs from earlier stages, and the ones it writes:
  // "sentences", "entities", "places", "quotes", "events", "dates". The pipeline checks the order
  // once at start-up and names the unmet need.
  virtual std::vector<std::string> needs() const { return {}; }
  virtual std::vector<std::string> writes() const = 0;
  // Returns "" on success, else a one-line reason (the article is kept with what it has).
  virtual std::string analyze(Article& article) const = 0;
};

}  // namespace chronicle
