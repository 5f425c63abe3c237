// Fuzz target: any bytes as an input file, format detected from the bytes (text, HTML, JSON Lines,
// WARC, each possibly gzipped), through read_file() exactly as `chronicle ingest FILE` reads it.
// Small limits so that the fuzzer reaches every limit's branch with short inputs.
#include "fuzz_support.h"

using namespace chronicle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::MemFile file;
  ingest::ReadOptions options;
  options.limits.max_document_bytes = 1 << 16;
  options.limits.max_line_bytes = 1 << 15;
  options.limits.max_json_depth = 16;
  options.limits.max_warc_records = 64;
  options.limits.max_gzip_ratio = 50;
  fuzz::CheckingSink sink(options.limits);
  ingest::read_file(file.write(data, size), options, sink);
  return 0;
}
