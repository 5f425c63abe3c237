// Readers: every input format in, RawDoc out.
//
// read_inputs() expands each INPUT (a file, a directory read recursively in sorted order, a glob,
// or "-" for JSON Lines on stdin), detects each file's format from its bytes (gzip is undone
// first), and hands every document to the sink in input order. A bad input or a bad record is
// reported to the sink as one ReadError naming it, and reading goes on with the next one.
// Readers print nothing, touch no store, and throw nothing.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/raw_doc.h"

namespace chronicle::ingest {

enum class InputFormat { auto_detect, text, html, jsonl, warc };

// "auto", "text", "html", "jsonl", "warc" -> format; false for anything else.
bool parse_input_format(std::string_view name, InputFormat& out);

struct ReadLimits {
  // A document (a file, a JSON Lines record's text, a WARC record body) larger than this is
  // refused with a message; the default covers the largest real news pages with room to spare.
  size_t max_document_bytes = 32u << 20;
  // A JSON Lines line longer than this is skipped with a message (the rest of the file goes on).
  size_t max_line_bytes = 64u << 20;
  // Decompressed bytes per compressed byte before a gzip input is treated as a bomb. Deflate
  // cannot exceed about 1032:1, and real news (text, HTML, WARC, JSON Lines) compresses 3-20:1,
  // so 200 passes every real corpus and stops a run of zeros or spaces early.
  size_t max_gzip_ratio = 200;
  // Nesting depth of a JSON record.
  size_t max_json_depth = 64;
  // Records per WARC file.
  size_t max_warc_records = 10'000'000;
};

struct ReadOptions {
  InputFormat format = InputFormat::auto_detect;
  std::string source;  // --source: outlet for documents that do not name one
  std::string date;    // --date: date for documents that do not give one
  ReadLimits limits;
};

struct ReadError {
  std::string input;   // the file, "file:LINE" or "file#RECORD"
  std::string reason;  // one line, the offending fragment cut to about 100 characters
};

class DocSink {
 public:
  virtual ~DocSink() = default;
  virtual void on_doc(RawDoc&& doc) = 0;
  virtual void on_error(ReadError&& error) = 0;
};

// Reads every input in order. Stops early (between documents) when `should_stop` returns true.
void read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options, DocSink& sink,
                 const std::function<bool()>& should_stop = {});

// Reads one file's bytes as given (format detection and gzip included). Used by `analyze` and
// `extract`, which take one document.
void read_file(const std::string& path, const ReadOptions& options, DocSink& sink);

}  // namespace chronicle::ingest
