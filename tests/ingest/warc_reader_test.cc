// Tests for the WARC reader (src/ingest/warc_reader.h) and, through it, HTTP decoding.
// Files are written to a temporary folder: hand-written records, gzipped per record or whole.
#include "ingest/warc_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/input_stream.h"

namespace chronicle::ingest {
namespace {

namespace fs = std::filesystem;

struct Collected : DocSink {
  std::vector<RawDoc> docs;
  std::vector<ReadError> errors;
  void on_doc(RawDoc&& doc) override { docs.push_back(std::move(doc)); }
  void on_error(ReadError&& error) override { errors.push_back(std::move(error)); }
};

std::string record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& content_type = "application/http; msgtype=response", long length = -1) {
  static int id = 0;
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "WARC-Date: 2024-05-0" + std::to_string(1 + (id % 8)) + "T08:30:00Z\r\n";
  r += "WARC-Record-ID: <urn:uuid:11111111-2222-4333-8444-" + std::to_string(100000000000 + ++id) + ">\r\n";
  r += "Content-Type: " + content_type + "\r\n";
  r += "Content-Length: " + std::to_string(length >= 0 ? length : static_cast<long>(block.size())) + "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

std::string http(const std::string& body, const std::string& headers = "Content-Type: text/html; charset=utf-8\r\n",
                 const std::string& status = "200 OK") {
  return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body;
}

std::string page(const std::string& headline, const std::string& paragraph) {
  return "<!DOCTYPE html><html><head><title>" + headline + "</title></head><body><article><h1>" + headline +
         "</h1><p>" + paragraph + "</p></article></body></html>";
}

std::string gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string zlib_deflate(const std::string& data) {
  uLongf size = compressBound(data.size());
  std::string out(size, '\0');
  compress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()), data.size());
  out.resize(size);
  return out;
}

class WarcReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("CHRONICLE_TEST_TMP");
    dir_ = fs::path(tmp ? tmp : fs::temp_directory_path().string()) /
           ("warc_reader_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Collected read(const std::string& name, const std::string& bytes, ReadOptions options = {}) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return read_path(path.string(), options);
  }

  Collected read_path(const std::string& path, ReadOptions options = {}) {
    Collected sink;
    std::string error;
    auto in = InputStream::open(path, options.limits, error);
    EXPECT_TRUE(in) << error;
    if (in) read_warc(*in, path, options, sink);
    return sink;
  }

  fs::path dir_;
};

const std::string kLead =
    "The city council approved the new transit budget late on Monday after six hours of debate, "
    "clearing the way for two new bus lines.";

TEST_F(WarcReaderTest, ReadsHandWrittenFixtureKeepingOnlyTheHtmlResponse) {
  Collected got = read_path(std::string(CHRONICLE_FIXTURES) + "/warc/courier.warc");
  ASSERT_EQ(got.errors.size(), 0u) << got.errors[0].reason;
  ASSERT_EQ(got.docs.size(), 1u);
  const RawDoc& doc = got.docs[0];
  EXPECT_EQ(doc.format, BodyFormat::html);
  EXPECT_EQ(doc.url, "https://www.coastlinecourier.example/news/harbour-strike-ends");
  EXPECT_EQ(doc.date, "2024-03-05T10:00:02Z");
  EXPECT_EQ(doc.source_id, "urn:uuid:00000000-0000-4000-8000-000000000003");
  EXPECT_TRUE(doc.origin.ends_with("courier.warc#3")) << doc.origin;
  // The chunked transfer coding is undone: no chunk size lines in the page.
  EXPECT_NE(doc.body.find("forty container ships"), std::string::npos);
  EXPECT_EQ(doc.body.find("\r\n12c\r\n"), std::string::npos);
  EXPECT_TRUE(doc.body.ends_with("</html>"));
}

TEST_F(WarcReaderTest, SkipsRequestMetadataRevisitAndNonHtmlRecords) {
  std::string warc = record("warcinfo", "", "software: test\r\n", "application/warc-fields") +
                     record("request", "https://news.example/a", "GET /a HTTP/1.1\r\n\r\n",
                            "application/http; msgtype=request") +
                     record("metadata", "https://news.example/a", "via: x\r\n", "application/warc-fields") +
                     record("revisit", "https://news.example/a", http("")) +
                     record("response", "https://news.example/logo.png",
                            http("\x89PNG....", "Content-Type: image/png\r\n")) +
                     record("response", "https://news.example/old", http("", "Location: /a\r\n", "301 Moved")) +
                     record("response", "https://news.example/a", http(page("Budget passes", kLead)));
  Collected got = read("mixed.warc", warc);
  EXPECT_EQ(got.errors.size(), 0u);
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].url, "https://news.example/a");
  EXPECT_TRUE(got.docs[0].origin.ends_with("#7"));
}

TEST_F(WarcReaderTest, ReadsOneGzipMemberPerRecord) {
  std::string warc;
  for (int i = 0; i < 5; ++i)
    warc += gzip(record("response", "https://news.example/" + std::to_string(i), http(page("Story " + std::to_string(i), kLead))));
  Collected got = read("members.warc.gz", warc);
  EXPECT_EQ(got.errors.size(), 0u);
  ASSERT_EQ(got.docs.size(), 5u);
  EXPECT_EQ(got.docs[4].url, "https://news.example/4");
}

TEST_F(WarcReaderTest, ReadsWholeFileGzip) {
  std::string warc;
  for (int i = 0; i < 3; ++i) warc += record("response", "https://news.example/w" + std::to_string(i), http(page("W", kLead)));
  Collected got = read("whole.warc.gz", gzip(warc));
  EXPECT_EQ(got.errors.size(), 0u);
  EXPECT_EQ(got.docs.size(), 3u);
}

TEST_F(WarcReaderTest, UndoesGzipAndDeflateContentEncodings) {
  std::string html = page("Encoded", kLead);
  std::string warc =
      record("response", "https://news.example/gz",
             http(gzip(html), "Content-Type: text/html\r\nContent-Encoding: gzip\r\n")) +
      record("response", "https://news.example/deflate",
             http(zlib_deflate(html), "Content-Type: text/html\r\nContent-Encoding: deflate\r\n"));
  Collected got = read("encodings.warc", warc);
  ASSERT_EQ(got.errors.size(), 0u) << got.errors[0].reason;
  ASSERT_EQ(got.docs.size(), 2u);
  EXPECT_EQ(got.docs[0].body, html);
  EXPECT_EQ(got.docs[1].body, html);
}

TEST_F(WarcReaderTest, DecodesDeclaredWindows1252ToUtf8) {
  std::string latin = "<html><body><p>Caf\xe9 owners in Montr\xe9" "al protest the new permit fees.</p></body></html>";
  std::string warc = record("response", "https://news.example/cafe",
                            http(latin, "Content-Type: text/html; charset=ISO-8859-1\r\n"));
  Collected got = read("latin.warc", warc);
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_NE(got.docs[0].body.find("Caf\xc3\xa9"), std::string::npos);
  EXPECT_EQ(got.docs[0].decoded_from, "windows-1252");
}

TEST_F(WarcReaderTest, TruncatedFileGivesRecordsBeforeTheDamageAndOneError) {
  std::string warc;
  for (int i = 0; i < 3; ++i) warc += record("response", "https://news.example/t" + std::to_string(i), http(page("T", kLead)));
  warc.resize(warc.size() - 60);  // the third record loses its end
  Collected got = read("truncated.warc", warc);
  EXPECT_EQ(got.docs.size(), 2u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_TRUE(got.errors[0].input.ends_with("#3")) << got.errors[0].input;
  EXPECT_NE(got.errors[0].reason.find("file ends inside the record"), std::string::npos) << got.errors[0].reason;
}

TEST_F(WarcReaderTest, TruncatedGzipGivesRecordsBeforeTheDamageAndOneError) {
  std::string warc;
  for (int i = 0; i < 4; ++i) warc += gzip(record("response", "https://news.example/g" + std::to_string(i), http(page("G", kLead))));
  warc.resize(warc.size() - 30);
  Collected got = read("truncated.warc.gz", warc);
  EXPECT_EQ(got.docs.size(), 3u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_TRUE(got.errors[0].input.ends_with("#4")) << got.errors[0].input;
}

TEST_F(WarcReaderTest, ContentLengthTooLargeIsAnErrorNotAHang) {
  std::string warc = record("response", "https://news.example/a", http(page("A", kLead))) +
                     record("response", "https://news.example/b", http(page("B", kLead)), "application/http", 1'000'000);
  Collected got = read("liar-large.warc", warc);
  EXPECT_EQ(got.docs.size(), 1u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].reason.find("Content-Length says 1000000 bytes"), std::string::npos) << got.errors[0].reason;
}

TEST_F(WarcReaderTest, ContentLengthTooSmallStopsWithAnError) {
  std::string warc = record("response", "https://news.example/a", http(page("A", kLead)), "application/http", 40) +
                     record("response", "https://news.example/b", http(page("B", kLead)));
  Collected got = read("liar-small.warc", warc);
  EXPECT_EQ(got.docs.size(), 0u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_TRUE(got.errors[0].input.ends_with("#1"));
  EXPECT_NE(got.errors[0].reason.find("does not end the record"), std::string::npos) << got.errors[0].reason;
}

TEST_F(WarcReaderTest, NegativeOrGarbageContentLengthIsAnError) {
  std::string warc = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\nxx\r\n\r\n";
  Collected got = read("negative.warc", warc);
  EXPECT_EQ(got.docs.size(), 0u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].reason.find("bad Content-Length \"-5\""), std::string::npos) << got.errors[0].reason;
}

TEST_F(WarcReaderTest, NotAWarcFileIsOneError) {
  Collected got = read("notes.warc", "Meeting notes\nnothing here is WARC\n");
  EXPECT_EQ(got.docs.size(), 0u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].reason.find("not a WARC file"), std::string::npos);
}

TEST_F(WarcReaderTest, BinaryServedAsHtmlIsAnErrorAndReadingGoesOn) {
  std::string binary("\x00\x01\x02\x03garbage\x00\x00\xff\xfe", 15);
  std::string warc = record("response", "https://news.example/bin", http(binary, "Content-Type: text/html\r\n")) +
                     record("response", "https://news.example/ok", http(page("OK", kLead)));
  Collected got = read("binary.warc", warc);
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].url, "https://news.example/ok");
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].reason.find("binary content served as"), std::string::npos);
}

TEST_F(WarcReaderTest, CorruptGzipContentEncodingIsAnErrorAndReadingGoesOn) {
  std::string bad = gzip(page("Bad", kLead));
  bad[bad.size() / 2] ^= 0x55;
  bad[bad.size() / 2 + 1] ^= 0x55;
  std::string warc = record("response", "https://news.example/bad",
                            http(bad, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n")) +
                     record("response", "https://news.example/ok", http(page("OK", kLead)));
  Collected got = read("badgzip.warc", warc);
  ASSERT_EQ(got.docs.size(), 1u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].reason.find("HTTP response:"), std::string::npos) << got.errors[0].reason;
}

TEST_F(WarcReaderTest, RecordOverTheSizeLimitIsSkippedWithAnError) {
  ReadOptions options;
  options.limits.max_document_bytes = 200;
  std::string warc = record("response", "https://news.example/big", http(page("Big", kLead + kLead))) +
                     record("response", "https://news.example/small", http("<p>Short note.</p>"));
  Collected got = read("limit.warc", warc, options);
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].url, "https://news.example/small");
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].reason.find("record larger than 200 bytes"), std::string::npos);
}

TEST_F(WarcReaderTest, EmptyFileGivesNothing) {
  Collected got = read("empty.warc", "");
  EXPECT_EQ(got.docs.size(), 0u);
  EXPECT_EQ(got.errors.size(), 0u);
}

}  // namespace
}  // namespace chronicle::ingest
