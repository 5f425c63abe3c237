// Fuzz target: JSON Lines files (src/ingest/jsonl_reader.cc): line splitting, the line and depth
// limits, malformed records, and the record → RawDoc mapping. The format is forced, so input that
// auto-detection would call text still goes through the JSON Lines reader.
#include "fuzz_support.h"
#include "ingest/jsonl_reader.h"

using namespace chronicle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::MemFile file;
  ingest::ReadOptions options;
  options.format = ingest::InputFormat::jsonl;
  options.limits.max_line_bytes = 1 << 14;
  options.limits.max_document_bytes = 1 << 13;
  options.limits.max_json_depth = 12;
  fuzz::CheckingSink sink(options.limits);
  ingest::read_file(file.write(data, size), options, sink);

  // One record parsed alone must agree with the reader: a record gives a document or a reason.
  RawDoc doc;
  std::string_view line(reinterpret_cast<const char*>(data), std::min<size_t>(size, 1 << 14));
  std::string reason = ingest::parse_jsonl_record(line, options, doc);
  if (!reason.empty()) fuzz::check_message("record", reason);
  else fuzz::check(text::is_valid_utf8(doc.body) && !doc.body.empty(), "record parsed without a UTF-8 body", doc.body);
  return 0;
}
