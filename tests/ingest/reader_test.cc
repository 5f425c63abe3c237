#include "ingest/reader.h"

#include <gtest/gtest.h>

#include "ingest/format_detect.h"
#include "ingest/input_stream.h"
#include "ingest/jsonl_reader.h"
#include "ingest/test_files.h"

namespace chronicle::ingest {
namespace {

using chronicle::testing::gzip;
using chronicle::testing::test_dir;
using chronicle::testing::write_file;

class Collect : public DocSink {
 public:
  void on_doc(RawDoc&& doc) override { docs.push_back(std::move(doc)); }
  void on_error(ReadError&& error) override { errors.push_back(std::move(error)); }
  std::vector<RawDoc> docs;
  std::vector<ReadError> errors;
};

Collect read_all(const std::vector<std::string>& inputs, ReadOptions options = {}) {
  Collect sink;
  read_inputs(inputs, options, sink);
  return sink;
}

TEST(FormatDetectTest, DecidesByContentNotName) {
  EXPECT_EQ(detect_format("WARC/1.0\r\nWARC-Type: warcinfo\r\n"), DetectedFormat::warc);
  EXPECT_EQ(detect_format("  {\"id\": 1, \"text\": \"x\"}\n"), DetectedFormat::jsonl);
  EXPECT_EQ(detect_format("<!DOCTYPE html><html><body><p>x</p>"), DetectedFormat::html);
  EXPECT_EQ(detect_format("<div class=\"story\"><p>Kerry met Lavrov.</p></div>"), DetectedFormat::html);
  EXPECT_EQ(detect_format("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"), DetectedFormat::feed);
  EXPECT_EQ(detect_format("International\n\nUS and Russia plan Syria talks\n"), DetectedFormat::text);
  EXPECT_EQ(detect_format("Use <p> tags for paragraphs, the style guide says.\n"), DetectedFormat::text);
  EXPECT_EQ(detect_format(" \n\t\n"), DetectedFormat::empty);
  EXPECT_EQ(detect_format(std::string("PK\x03\x04\0\0\0\0binary", 14)), DetectedFormat::binary);
}

TEST(JsonlReaderTest, KnownFieldsAndExtra) {
  ReadOptions options;
  RawDoc doc;
  std::string reason = parse_jsonl_record(
      R"({"id": 42, "url": "https://www.bbc.co.uk/news/a", "source": "BBC", "date": "2015-12-15",)"
      R"( "title": "Kerry in Moscow", "text": "Body.", "story": "s1", "lang": "en", "section": "World"})",
      options, doc);
  ASSERT_EQ(reason, "");
  EXPECT_EQ(doc.source_id, "42");
  EXPECT_EQ(doc.url, "https://www.bbc.co.uk/news/a");
  EXPECT_EQ(doc.source, "BBC");
  EXPECT_EQ(doc.title, "Kerry in Moscow");
  EXPECT_EQ(doc.format, BodyFormat::text);
  EXPECT_EQ(doc.extra_json, R"({"section":"World","story":"s1"})");
}

TEST(JsonlReaderTest, HtmlFieldMakesAnHtmlDocument) {
  RawDoc doc;
  ASSERT_EQ(parse_jsonl_record(R"({"id": "a", "html": "<html><body><p>x</p></body></html>"})", {}, doc), "");
  EXPECT_EQ(doc.format, BodyFormat::html);
}

TEST(JsonlReaderTest, BadRecordsSayWhy) {
  RawDoc doc;
  EXPECT_NE(parse_jsonl_record(R"({"id": 1, "text": )", {}, doc).find("malformed JSON at byte"), std::string::npos);
  EXPECT_EQ(parse_jsonl_record(R"([1, 2])", {}, doc), "not a JSON object but array");
  EXPECT_EQ(parse_jsonl_record(R"({"id": 1, "text": "  "})", {}, doc), "record has no \"text\" or \"html\"");
  std::string deep(100, '[');
  EXPECT_NE(parse_jsonl_record("{\"a\":" + deep, {}, doc).find("nested deeper than 64"), std::string::npos);
}

TEST(JsonlReaderTest, InvalidUtf8IsRepairedNotRejected) {
  RawDoc doc;
  ASSERT_EQ(parse_jsonl_record("{\"id\": 1, \"text\": \"caf\xE9 society\"}", {}, doc), "");
  EXPECT_EQ(doc.decoded_from, "utf-8 (repaired)");
  EXPECT_EQ(doc.body, "caf\xEF\xBF\xBD society");
}

TEST(ReaderTest, OneMalformedLineDoesNotStopTheFile) {
  auto dir = test_dir();
  std::string path = write_file(dir / "batch.jsonl",
                                "{\"id\": \"a\", \"text\": \"First story.\"}\n"
                                "{\"id\": \"b\", \"text\": \"broken\n"
                                "\n"
                                "{\"id\": \"c\", \"text\": \"Third story.\"}\n");
  Collect got = read_all({path});
  ASSERT_EQ(got.docs.size(), 2u);
  EXPECT_EQ(got.docs[0].source_id, "a");
  EXPECT_EQ(got.docs[1].source_id, "c");
  EXPECT_EQ(got.docs[1].origin, path + ":4");
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].input, path + ":2");
}

TEST(ReaderTest, DirectoriesAreReadRecursivelyInSortedOrderSkippingHiddenFiles) {
  auto dir = test_dir();
  write_file(dir / "b" / "2.txt", "Second story body.\n");
  write_file(dir / "a.txt", "First story body.\n");
  write_file(dir / ".git" / "config", "[core]\n");
  write_file(dir / "b" / "1.txt", "Middle story body.\n");
  Collect got = read_all({dir.string()});
  ASSERT_EQ(got.docs.size(), 3u);
  EXPECT_EQ(got.docs[0].origin, (dir / "a.txt").string());
  EXPECT_EQ(got.docs[1].origin, (dir / "b" / "1.txt").string());
  EXPECT_EQ(got.docs[2].origin, (dir / "b" / "2.txt").string());
  EXPECT_TRUE(got.errors.empty());
}

TEST(ReaderTest, GlobsExpandAndAnEmptyGlobIsAnError) {
  auto dir = test_dir();
  write_file(dir / "one.txt", "One.\n");
  write_file(dir / "two.txt", "Two.\n");
  write_file(dir / "skip.md", "Skip.\n");
  Collect got = read_all({(dir / "*.txt").string(), (dir / "*.none").string()});
  EXPECT_EQ(got.docs.size(), 2u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].reason, "no files match");
}

TEST(ReaderTest, BadFilesAreNamedAndTheRestRead) {
  auto dir = test_dir();
  std::string good = write_file(dir / "good.txt", "Lavrov met Kerry in Geneva.\n");
  std::string empty = write_file(dir / "empty.txt", "");
  std::string binary = write_file(dir / "image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
  std::string missing = (dir / "missing.txt").string();
  Collect got = read_all({empty, binary, missing, good});
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].origin, good);
  ASSERT_EQ(got.errors.size(), 3u);
  EXPECT_EQ(got.errors[0].reason, "empty file");
  EXPECT_NE(got.errors[1].reason.find("binary"), std::string::npos);
  EXPECT_NE(got.errors[2].reason.find("No such file"), std::string::npos);
}

TEST(ReaderTest, Windows1252FileIsConverted) {
  auto dir = test_dir();
  std::string path = write_file(dir / "latin.txt", "The caf\xE9 on the Champs-\xC9lys\xE9" "es \x96 closed.\n");
  Collect got = read_all({path});
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].decoded_from, "windows-1252");
  EXPECT_EQ(got.docs[0].body, "The caf\xC3\xA9 on the Champs-\xC3\x89lys\xC3\xA9" "es \xE2\x80\x93 closed.\n");
}

TEST(ReaderTest, GzipIsUndoneByMagicBytes) {
  auto dir = test_dir();
  std::string path = write_file(dir / "stories.data", gzip("{\"id\": \"z\", \"text\": \"Zipped story.\"}\n"));
  Collect got = read_all({path});
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].body, "Zipped story.");
}

TEST(ReaderTest, TruncatedGzipKeepsRecordsBeforeTheDamage) {
  auto dir = test_dir();
  std::string lines;
  for (int i = 0; i < 2000; ++i)
    lines += "{\"id\": \"" + std::to_string(i) + "\", \"text\": \"Story number " + std::to_string(i * 7919) + ".\"}\n";
  std::string zipped = gzip(lines);
  std::string path = write_file(dir / "cut.jsonl.gz", zipped.substr(0, zipped.size() / 2));
  Collect got = read_all({path});
  EXPECT_GT(got.docs.size(), 100u);
  EXPECT_LT(got.docs.size(), 2000u);
  ASSERT_FALSE(got.errors.empty());
  EXPECT_EQ(got.errors.back().input, path);
  EXPECT_NE(got.errors.back().reason.find("truncated gzip"), std::string::npos);
}

TEST(ReaderTest, GzipBombIsRefused) {
  auto dir = test_dir();
  std::string path = write_file(dir / "bomb.txt.gz", gzip(std::string(16u << 20, ' ') + "x"));
  ReadOptions options;
  options.limits.max_document_bytes = 128u << 20;
  Collect got = read_all({path}, options);
  EXPECT_TRUE(got.docs.empty());
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].reason.find("decompression bomb"), std::string::npos) << got.errors[0].reason;
}

TEST(ReaderTest, OverlongJsonLineIsSkippedWithBoundedMemory) {
  auto dir = test_dir();
  std::string huge = "{\"id\": \"big\", \"text\": \"" + std::string(3u << 20, 'a') + "\"}\n";
  std::string path = write_file(dir / "lines.jsonl", huge + "{\"id\": \"small\", \"text\": \"Small.\"}\n");
  ReadOptions options;
  options.limits.max_line_bytes = 1u << 20;
  Collect got = read_all({path}, options);
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].source_id, "small");
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].input, path + ":1");
  EXPECT_NE(got.errors[0].reason.find("line longer than"), std::string::npos);
}

TEST(ReaderTest, OversizedDocumentIsRefused) {
  auto dir = test_dir();
  std::string path = write_file(dir / "big.txt", std::string(2u << 20, 'w'));
  ReadOptions options;
  options.limits.max_document_bytes = 1u << 20;
  Collect got = read_all({path}, options);
  EXPECT_TRUE(got.docs.empty());
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].reason.find("--max-document-bytes"), std::string::npos);
}

TEST(ReaderTest, SourceAndDateFlagsFillOnlyWhatIsMissing) {
  auto dir = test_dir();
  std::string path = write_file(dir / "mixed.jsonl",
                                "{\"id\": 1, \"text\": \"A.\", \"source\": \"Reuters\"}\n{\"id\": 2, \"text\": \"B.\"}\n");
  ReadOptions options;
  options.source = "Wire";
  options.date = "2015-12-15";
  Collect got = read_all({path}, options);
  ASSERT_EQ(got.docs.size(), 2u);
  EXPECT_EQ(got.docs[0].source, "Reuters");
  EXPECT_EQ(got.docs[1].source, "Wire");
  EXPECT_EQ(got.docs[1].date, "2015-12-15");
}

TEST(InputStreamTest, ReadLineHandlesMissingFinalNewlineAndCrLf) {
  auto dir = test_dir();
  std::string path = write_file(dir / "lines.txt", "one\r\ntwo\nthree");
  std::string error;
  auto in = InputStream::open(path, {}, error);
  ASSERT_TRUE(in) << error;
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(in->read_line(line, 100, too_long));
  EXPECT_EQ(line, "one\r");
  ASSERT_TRUE(in->read_line(line, 100, too_long));
  EXPECT_EQ(line, "two");
  ASSERT_TRUE(in->read_line(line, 100, too_long));
  EXPECT_EQ(line, "three");
  EXPECT_FALSE(in->read_line(line, 100, too_long));
}

TEST(InputStreamTest, DirectoryIsAnError) {
  std::string error;
  EXPECT_FALSE(InputStream::open(test_dir().string(), {}, error));
  EXPECT_EQ(error, "is a directory");
}

}  // namespace
}  // namespace chronicle::ingest
