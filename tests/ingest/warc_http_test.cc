// Tests for the HTTP pieces the WARC reader uses (src/ingest/http_message.h, http_charset.h).
#include <gtest/gtest.h>

#include "ingest/http_charset.h"
#include "ingest/http_message.h"

namespace chronicle::ingest {
namespace {

TEST(HttpMessageTest, ParsesStatusHeadersAndFoldedLines) {
  HttpResponse r;
  std::string error;
  ASSERT_TRUE(parse_http_response("HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=utf-8\r\nX-Junk\r\n"
                                  "Server:  nginx \r\n\r\n<p>Hi</p>",
                                  1000, r, error))
      << error;
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(r.header("server"), "nginx");
  EXPECT_EQ(r.body, "<p>Hi</p>");
}

TEST(HttpMessageTest, RefusesWhatIsNotAResponse) {
  HttpResponse r;
  std::string error;
  EXPECT_FALSE(parse_http_response("GET / HTTP/1.1\r\n\r\n", 1000, r, error));
  EXPECT_EQ(error, "no HTTP status line");
  EXPECT_FALSE(parse_http_response("HTTP/1.1 abc\r\n\r\n", 1000, r, error));
  EXPECT_NE(error.find("bad HTTP status line"), std::string::npos);
  EXPECT_FALSE(parse_http_response("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", 1000, r, error));
  EXPECT_EQ(error, "HTTP headers not terminated by a blank line");
}

TEST(HttpMessageTest, DecodesChunkedWithExtensionsAndKeepsACutBody) {
  std::string out, error;
  ASSERT_TRUE(decode_chunked("5;name=x\r\nHello\r\n7\r\n, world\r\n0\r\nTrailer: y\r\n\r\n", 100, out, error));
  EXPECT_EQ(out, "Hello, world");
  ASSERT_TRUE(decode_chunked("5\r\nHello\r\n10\r\nshort", 100, out, error));
  EXPECT_EQ(out, "Helloshort");
  EXPECT_FALSE(decode_chunked("zz\r\nHello\r\n", 100, out, error));
  EXPECT_EQ(error, "bad chunk size \"zz\"");
  EXPECT_FALSE(decode_chunked("ffffffffffffffffff\r\nx", 100, out, error));
}

TEST(HttpMessageTest, BodyPastTheLimitIsRefused) {
  std::string out, error;
  EXPECT_FALSE(decode_content("identity", std::string(200, 'x'), 100, out, error));
  EXPECT_NE(error.find("larger than 100 bytes"), std::string::npos);
  EXPECT_FALSE(decode_content("br", "abc", 100, out, error));
  EXPECT_EQ(error, "unsupported content coding \"br\"");
}

TEST(HttpCharsetTest, ReadsHttpAndMetaDeclarations) {
  EXPECT_EQ(charset_from_content_type("text/html; charset=ISO-8859-1"), "iso-8859-1");
  EXPECT_EQ(charset_from_content_type("text/html; Charset = \"Windows-1252\""), "windows-1252");
  EXPECT_EQ(charset_from_content_type("text/html"), "");
  EXPECT_EQ(sniff_meta_charset("<html><head><META CHARSET='Shift_JIS'>"), "shift_jis");
  EXPECT_EQ(sniff_meta_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"), "koi8-r");
  EXPECT_EQ(sniff_meta_charset(std::string(5000, ' ') + "<meta charset=\"latin1\">"), "") << "past the sniff window";
  EXPECT_EQ(declared_html_charset("text/html; charset=utf-8", "<meta charset=\"latin1\">"), "utf-8");
  EXPECT_EQ(declared_html_charset("text/html", "<meta charset=\"latin1\">"), "latin1");
}

}  // namespace
}  // namespace chronicle::ingest
