// What every Chronicle fuzz target shares: feeding fuzz bytes to code that reads files, and the
// checks that turn a wrong answer (not only a crash) into a finding.
//
// The readers take a path, so a fuzz input is handed to them as an anonymous in-memory file
// (memfd_create) opened through /proc/self/fd: no disk, no leftover files, one per process.
// The checks abort(), which libFuzzer reports as a crash with the input saved, so a reader that
// returns a multi-line message or a document whose body is not UTF-8 is caught like a crash.
#pragma once
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/reader.h"
#include "model/article.h"
#include "text/utf8.h"

namespace chronicle::fuzz {

// Stops the run with `what` and the offending value (cut short) on stderr.
[[noreturn]] inline void fail(const char* what, std::string_view value) {
  std::fprintf(stderr, "fuzz check failed: %s: \"%.*s\"\n", what, static_cast<int>(std::min<size_t>(value.size(), 300)),
               value.data());
  std::abort();
}

inline void check(bool ok, const char* what, std::string_view value = {}) {
  if (!ok) fail(what, value);
}

// An anonymous file holding the fuzz bytes, rewritten for each input.
class MemFile {
 public:
  MemFile() {
    fd_ = ::memfd_create("chronicle-fuzz", 0);
    if (fd_ < 0) fail("memfd_create", "");
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  ~MemFile() { ::close(fd_); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;

  // Replaces the file's content with `data`; returns the path to open.
  const std::string& write(const uint8_t* data, size_t size) {
    if (::ftruncate(fd_, 0) != 0) fail("ftruncate", "");
    size_t done = 0;
    while (done < size) {
      ssize_t n = ::pwrite(fd_, data + done, size - done, static_cast<off_t>(done));
      if (n <= 0) fail("pwrite", "");
      done += static_cast<size_t>(n);
    }
    return path_;
  }

 private:
  int fd_ = -1;
  std::string path_;
};

// The error contract (DESIGN.md, "Bad input"): a reason is present, is UTF-8, and quotes at most
// a short fragment of the input. A quoted fragment may carry the input's control characters
// (a "\r", an escape): the CLI's print_error folds them, and hostile.py's control_chars kind
// checks the printed line end to end.
inline void check_message(std::string_view input, std::string_view reason) {
  check(!input.empty(), "error names no input", reason);
  check(!reason.empty(), "error without a reason", input);
  check(reason.size() <= 400, "error reason longer than 400 bytes", reason);
  check(text::is_valid_utf8(reason), "error reason is not UTF-8", reason);
}

// Every document a reader yields: a UTF-8 body within the limit, an origin naming it.
class CheckingSink : public ingest::DocSink {
 public:
  explicit CheckingSink(const ingest::ReadLimits& limits) : limits_(limits) {}
  void on_doc(RawDoc&& doc) override {
    check(!doc.origin.empty(), "document without origin");
    check(text::is_valid_utf8(doc.body), "document body is not UTF-8", doc.body);
    // A decoded legacy encoding may grow up to 3x (windows-1252 → UTF-8), never more.
    check(doc.body.size() <= 3 * limits_.max_document_bytes + 16, "document body over the size limit", doc.origin);
    ++docs;
  }
  void on_error(ingest::ReadError&& error) override {
    check_message(error.input, error.reason);
    ++errors;
  }
  size_t docs = 0, errors = 0;

 private:
  ingest::ReadLimits limits_;
};

// Span invariant 1 (src/model/span.h): inside the text, on code-point boundaries.
inline void check_span(const std::string& text, uint32_t start, uint32_t end, const char* what) {
  check(start <= end && end <= text.size(), what, "span outside the text");
  auto boundary = [&](uint32_t at) {
    return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
  };
  check(boundary(start) && boundary(end), what, "span not on a UTF-8 boundary");
}

// Article invariants 2 and 4 and the stand-off annotations (src/model/article.h, span.h).
inline void check_article(const Article& a) {
  check(text::is_valid_utf8(a.text), "article text is not UTF-8", a.text);
  if (!a.text.empty()) {
    auto is_ws = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    check(!is_ws(a.text.front()) && !is_ws(a.text.back()), "article text has outer white space", a.text);
    check(a.text.find("\n\n\n") == std::string::npos, "paragraphs separated by more than one blank line", a.text);
  }
  for (const std::string* field : {&a.title, &a.author, &a.source, &a.date, &a.lang, &a.url, &a.dek, &a.section})
    check(text::is_valid_utf8(*field), "article metadata is not UTF-8", *field);
  for (const auto& e : a.entities)
    for (const auto& m : e.mentions) check_span(a.text, m.start, m.end, "entity mention");
  for (const auto& p : a.places)
    for (const auto& m : p.mentions) check_span(a.text, m.start, m.end, "place mention");
  for (const auto& q : a.quotes) check_span(a.text, q.span.start, q.span.end, "quote span");
  for (const auto& ev : a.events) check_span(a.text, ev.sentence.start, ev.sentence.end, "event sentence");
}

}  // namespace chronicle::fuzz
