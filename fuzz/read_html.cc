// Fuzz target: a file read as one HTML page (format forced): size limit, binary check, and the
// decoding to UTF-8 driven by the page's own <meta charset>.
#include "fuzz_support.h"
#include "ingest/http_charset.h"

using namespace chronicle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::MemFile file;
  ingest::ReadOptions options;
  options.format = ingest::InputFormat::html;
  options.limits.max_document_bytes = 1 << 16;
  fuzz::CheckingSink sink(options.limits);
  ingest::read_file(file.write(data, size), options, sink);

  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string charset = ingest::sniff_meta_charset(bytes);
  text::Decoded decoded = text::to_utf8(bytes, charset);
  fuzz::check(text::is_valid_utf8(decoded.text), "to_utf8 gave invalid UTF-8", decoded.text);
  return 0;
}
