// Fuzz target: one document through extract and every registered analyze stage, as
// `chronicle analyze FILE` runs them. Every annotation must point into the text on UTF-8
// boundaries (span invariant 1), whatever the text.
#include "fuzz_support.h"
#include "pipeline/ingest_run.h"
#include "pipeline/stages.h"

using namespace chronicle;

namespace {
const extract::Extractor* g_extractor = nullptr;
const pipeline::StageList* g_stages = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string error;
  static auto extractor = extract::Extractor::load(CHRONICLE_DATA_DIR, error);
  if (!extractor) fuzz::fail("cannot load data/", error);
  static pipeline::StageList stages = pipeline::build_analyze_stages(CHRONICLE_DATA_DIR, error);
  if (!error.empty()) fuzz::fail("cannot build the analyze stages", error);
  g_extractor = extractor.get();
  g_stages = &stages;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  RawDoc doc;
  doc.origin = "fuzz.txt";
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // A leading '<' makes it a page, as the readers' detection would.
  doc.format = !bytes.empty() && bytes[0] == '<' ? BodyFormat::html : BodyFormat::text;
  doc.body = text::repair_utf8(bytes);
  extract::ExtractResult result = pipeline::analyze_document(doc, *g_extractor, *g_stages);
  if (result.error.empty()) fuzz::check_article(result.article);
  else fuzz::check_message(doc.origin, result.error);
  return 0;
}
