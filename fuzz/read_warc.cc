// Fuzz target: WARC files, plain or gzipped (per record or whole), through the WARC reader with the
// HTTP message parser, chunked and content decoding and charset sniffing behind it. The format is
// forced to WARC so that damaged headers reach the reader rather than the text path.
#include "fuzz_support.h"

using namespace chronicle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::MemFile file;
  ingest::ReadOptions options;
  options.format = ingest::InputFormat::warc;
  options.limits.max_document_bytes = 1 << 16;
  options.limits.max_warc_records = 32;
  options.limits.max_gzip_ratio = 50;
  fuzz::CheckingSink sink(options.limits);
  ingest::read_file(file.write(data, size), options, sink);
  return 0;
}
