// Regression tests for what the fuzzers (fuzz/) found in the readers, one test per finding, named
// after the defect. docs/reliability.md lists each with the target that found it.
#include <gtest/gtest.h>

#include <string>

#include "ingest/http_message.h"
#include "ingest/jsonl_reader.h"
#include "text/utf8.h"

namespace chronicle::ingest {
namespace {

// fuzz/read_warc: a chunk-size line of binary bytes was quoted raw, so the message carried invalid
// UTF-8 to the terminal and to every consumer of ReadError.
TEST(FuzzFindings, ChunkSizeQuotedAsUtf8) {
  std::string message =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
      "\x97\xff\xfe" "8\r\n<p>Quay</p>\r\n0\r\n\r\n";
  HttpResponse response;
  std::string error;
  EXPECT_FALSE(parse_http_response(message, 1 << 20, response, error));
  EXPECT_NE(error.find("bad chunk size"), std::string::npos) << error;
  EXPECT_TRUE(text::is_valid_utf8(error)) << error;
}

TEST(FuzzFindings, StatusLineQuotedAsUtf8) {
  std::string message = "HTTP/1.1 \xc0\xaf\xe0\x80 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>";
  HttpResponse response;
  std::string error;
  EXPECT_FALSE(parse_http_response(message, 1 << 20, response, error));
  EXPECT_TRUE(text::is_valid_utf8(error)) << error;
}

TEST(FuzzFindings, ChunkSizeQuoteIsShort) {
  std::string message = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + std::string(5000, 'z') + "\r\n";
  HttpResponse response;
  std::string error;
  EXPECT_FALSE(parse_http_response(message, 1 << 20, response, error));
  EXPECT_LT(error.size(), 120u) << error;
}

// fuzz/http_response: a chunk-size line ending the input without a newline left the position one
// past the end, and substr() threw std::out_of_range out of the reader, ending the whole run.
TEST(FuzzFindings, ChunkSizeLineAtEndOfInput) {
  std::string out, error;
  EXPECT_NO_THROW(EXPECT_TRUE(decode_chunked("ffffffff", 1 << 20, out, error)));
  EXPECT_EQ(out, "");
  HttpResponse response;
  std::string message = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1a";
  EXPECT_NO_THROW(parse_http_response(message, 1 << 20, response, error));
}

// fuzz/read_jsonl: a number that overflows a double (1e999) made the re-parse that finds the error
// position throw json::out_of_range, which only json::parse_error was caught for: terminate().
TEST(FuzzFindings, NumberOverflowIsMalformedJson) {
  ReadOptions options;
  RawDoc doc;
  std::string reason;
  EXPECT_NO_THROW(reason = parse_jsonl_record(R"({"id":"n-1","text":"Storm nears coast.","n":1e999})", options, doc));
  EXPECT_EQ(reason.rfind("malformed JSON", 0), 0u) << reason;
}

}  // namespace
}  // namespace chronicle::ingest
