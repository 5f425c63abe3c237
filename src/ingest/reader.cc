#include "ingest/reader.h"

#include <glob.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "ingest/format_detect.h"
#include "ingest/http_charset.h"
#include "ingest/input_stream.h"
#include "ingest/jsonl_reader.h"
#include "ingest/warc_reader.h"
#include "text/utf8.h"

namespace chronicle::ingest {
namespace fs = std::filesystem;
namespace {

// A whole file as one document (plain text or one HTML page).
void read_single_document(InputStream& in, const std::string& origin, BodyFormat format,
                          const ReadOptions& options, DocSink& sink) {
  bool too_big = false;
  std::string bytes = in.read_all(options.limits.max_document_bytes, too_big);
  if (too_big) {
    sink.on_error({origin, "document larger than " + std::to_string(options.limits.max_document_bytes) +
                               " bytes; see --max-document-bytes"});
    return;
  }
  if (!in.error().empty()) {
    sink.on_error({origin, in.error()});
    return;
  }
  if (text::looks_binary(bytes)) {
    sink.on_error({origin, "binary content, not text"});
    return;
  }
  // An HTML page's own <meta charset> says how to read it when its bytes are not UTF-8.
  text::Decoded decoded = text::to_utf8(bytes, format == BodyFormat::html ? sniff_meta_charset(bytes) : "");
  RawDoc doc;
  doc.origin = origin;
  doc.format = format;
  doc.body = std::move(decoded.text);
  doc.decoded_from = std::move(decoded.decoded_from);
  doc.source = options.source;
  doc.date = options.date;
  sink.on_doc(std::move(doc));
}

// The first bytes are all white space: read on (in chunks, keeping nothing) to tell an empty file
// from a whitespace bomb or a file whose content starts very late.
std::string explain_blank_start(InputStream& in) {
  char buffer[1 << 16];
  uint64_t blank = 0;
  for (;;) {
    size_t n = in.read(buffer, sizeof buffer);
    if (n == 0) break;
    for (size_t i = 0; i < n; ++i) {
      char c = buffer[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v')
        return std::to_string(blank + i) + " bytes of white space before any content";
    }
    blank += n;
  }
  if (!in.error().empty()) return in.error();
  return blank == 0 ? "empty file" : "empty file (only white space)";
}

bool has_glob_characters(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

// Every regular file under `dir`, recursively, sorted so that the order (and so the ids of stories)
// does not depend on the file system. Hidden files and folders are skipped, as version-control
// folders and editor droppings are not news.
void list_directory(const std::string& dir, std::vector<std::string>& files, DocSink& sink) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  if (ec) {
    sink.on_error({dir, "cannot read directory: " + ec.message()});
    return;
  }
  std::vector<std::string> found;
  while (it != end) {
    const fs::directory_entry& entry = *it;
    if (is_hidden(entry.path())) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
    } else if (entry.is_regular_file(ec)) {
      found.push_back(entry.path().string());
    } else if (entry.is_directory(ec) && ::access(entry.path().c_str(), R_OK | X_OK) != 0) {
      sink.on_error({entry.path().string(), "cannot read directory: permission denied"});
      it.disable_recursion_pending();
    }
    it.increment(ec);
    if (ec) {
      sink.on_error({dir, "cannot read directory: " + ec.message()});
      break;
    }
  }
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
}

void expand_glob(const std::string& pattern, std::vector<std::string>& files, DocSink& sink) {
  glob_t matches{};
  int rc = ::glob(pattern.c_str(), 0, nullptr, &matches);
  if (rc == GLOB_NOMATCH) {
    sink.on_error({pattern, "no files match"});
  } else if (rc != 0) {
    sink.on_error({pattern, "cannot expand the pattern"});
  } else {
    for (size_t i = 0; i < matches.gl_pathc; ++i) {
      std::string path = matches.gl_pathv[i];
      if (fs::is_directory(path)) list_directory(path, files, sink);
      else files.push_back(path);
    }
  }
  globfree(&matches);
}

}  // namespace

bool parse_input_format(std::string_view name, InputFormat& out) {
  if (name == "auto") out = InputFormat::auto_detect;
  else if (name == "text") out = InputFormat::text;
  else if (name == "html") out = InputFormat::html;
  else if (name == "jsonl") out = InputFormat::jsonl;
  else if (name == "warc") out = InputFormat::warc;
  else return false;
  return true;
}

void read_file(const std::string& path, const ReadOptions& options, DocSink& sink) {
  std::string error;
  auto in = InputStream::open(path, options.limits, error);
  if (!in) {
    sink.on_error({path, error});
    return;
  }
  std::string origin = path == "-" ? "<stdin>" : path;
  InputFormat format = options.format;
  if (format == InputFormat::auto_detect) {
    if (path == "-") {
      format = InputFormat::jsonl;  // DESIGN.md: "-" is JSON Lines on stdin
    } else {
      std::string head = in->peek(4096);
      switch (detect_format(head)) {
        case DetectedFormat::warc: format = InputFormat::warc; break;
        case DetectedFormat::jsonl: format = InputFormat::jsonl; break;
        case DetectedFormat::html: format = InputFormat::html; break;
        case DetectedFormat::text: format = InputFormat::text; break;
        case DetectedFormat::empty:
          sink.on_error({origin, explain_blank_start(*in)});
          return;
        case DetectedFormat::binary:
          sink.on_error({origin, "binary content (not text, HTML, JSON Lines or WARC)"});
          return;
        case DetectedFormat::feed:
          sink.on_error({origin, "RSS/Atom feeds are not read yet; convert the feed's items to JSON Lines"});
          return;
      }
    }
  }
  switch (format) {
    case InputFormat::jsonl: read_jsonl(*in, origin, options, sink); break;
    case InputFormat::warc: read_warc(*in, origin, options, sink); break;
    case InputFormat::html: read_single_document(*in, origin, BodyFormat::html, options, sink); break;
    case InputFormat::text:
    case InputFormat::auto_detect: read_single_document(*in, origin, BodyFormat::text, options, sink); break;
  }
}

void read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options, DocSink& sink,
                 const std::function<bool()>& should_stop) {
  for (const std::string& input : inputs) {
    if (should_stop && should_stop()) return;
    std::vector<std::string> files;
    std::error_code ec;
    if (input == "-") {
      files.push_back(input);
    } else if (fs::is_directory(input, ec)) {
      list_directory(input, files, sink);
    } else if (!fs::exists(input, ec) && has_glob_characters(input)) {
      expand_glob(input, files, sink);
    } else {
      files.push_back(input);
    }
    for (const std::string& file : files) {
      if (should_stop && should_stop()) return;
      read_file(file, options, sink);
    }
  }
}

}  // namespace chronicle::ingest
