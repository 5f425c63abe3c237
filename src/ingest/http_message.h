// HTTP/1.x response messages as WARC response records carry them: status line, headers, and the
// body with its transfer coding (chunked) and content coding (gzip, x-gzip, deflate) undone.
//
// In: the bytes of one message. Out: status, headers (names lowercased, values trimmed, in order)
// and the decoded body. A message that cannot be read gives false and a one-line reason; a body
// that decodes past `max_body_bytes` is refused rather than inflated (a gzip bomb in a crawl).
// Nothing here throws, prints or allocates beyond the decoded body.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chronicle::ingest {

struct HttpResponse {
  int status = 0;                                            // 200, 301, ...
  std::vector<std::pair<std::string, std::string>> headers;  // lowercase name, trimmed value
  std::string body;                                          // transfer and content codings undone

  // The first header named `name` (lowercase), "" when absent.
  std::string_view header(std::string_view name) const;
};

// Parses `message` into `out`. False with `error` set ("no HTTP status line", "bad chunk size
// \"zz\"", "gzip body: invalid stored block lengths", "body larger than N bytes after decoding").
// A chunked body cut short keeps the chunks before the cut (crawlers store what they got).
bool parse_http_response(std::string_view message, size_t max_body_bytes, HttpResponse& out, std::string& error);

// Undoes chunked transfer coding. False with `error` on a malformed chunk size line; a body cut
// short ends cleanly with what was complete.
bool decode_chunked(std::string_view in, size_t max_bytes, std::string& out, std::string& error);

// Undoes a content coding: "gzip"/"x-gzip" (also several members), "deflate" (zlib-wrapped or raw,
// both seen in the wild), "identity" or "" (copied). False with `error` for anything else
// ("unsupported content coding \"br\"") or for corrupt data.
bool decode_content(std::string_view coding, std::string_view in, size_t max_bytes, std::string& out,
                    std::string& error);

}  // namespace chronicle::ingest
