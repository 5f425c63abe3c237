// Fuzz target: the HTML extractor (libxml2 parse, blocks, scoring, chrome filters, JSON-LD and
// <meta> metadata) on any UTF-8 page. The result must keep the Article invariants.
#include "extract/extract.h"
#include "fuzz_support.h"

using namespace chronicle;

namespace {
const extract::Extractor* g_extractor = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string error;
  static auto extractor = extract::Extractor::load(CHRONICLE_DATA_DIR, error);
  if (!extractor) fuzz::fail("cannot load data/", error);
  g_extractor = extractor.get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  RawDoc doc;
  doc.origin = "fuzz.html";
  doc.format = BodyFormat::html;
  doc.url = "https://news.example.org/world/2024/05/talks";
  doc.body = text::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  extract::SiteLineStats no_stats;
  extract::ExtractResult result = g_extractor->extract(doc, no_stats);
  if (result.error.empty()) fuzz::check_article(result.article);
  else fuzz::check_message(doc.origin, result.error);
  return 0;
}
