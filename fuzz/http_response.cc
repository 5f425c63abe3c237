// Fuzz target: one HTTP/1.x response message as a WARC response record carries it
// (src/ingest/http_message.cc): status line, headers, chunked transfer coding, gzip and deflate
// content codings, and the decoded-size limit that stops bombs.
#include "fuzz_support.h"
#include "ingest/http_charset.h"
#include "ingest/http_message.h"

using namespace chronicle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxBody = 1 << 16;
  std::string_view message(reinterpret_cast<const char*>(data), size);
  ingest::HttpResponse response;
  std::string error;
  if (ingest::parse_http_response(message, kMaxBody, response, error)) {
    fuzz::check(response.body.size() <= kMaxBody, "decoded body over the limit");
    std::string charset = ingest::declared_html_charset(response.header("content-type"), response.body);
    text::Decoded decoded = text::to_utf8(response.body, charset);
    fuzz::check(text::is_valid_utf8(decoded.text), "to_utf8 gave invalid UTF-8", decoded.text);
  } else {
    fuzz::check_message("message", error);
  }
  // The decoders alone, on the same bytes.
  std::string out;
  error.clear();
  if (ingest::decode_chunked(message, kMaxBody, out, error)) fuzz::check(out.size() <= kMaxBody, "chunked over the limit");
  for (const char* coding : {"gzip", "deflate"}) {
    out.clear();
    error.clear();
    if (ingest::decode_content(coding, message, kMaxBody, out, error))
      fuzz::check(out.size() <= kMaxBody, "content decoding over the limit");
    else
      fuzz::check_message(coding, error);
  }
  return 0;
}
