// InputStream: the bytes of one input file or of stdin, with gzip undone transparently.
//
// Every reader reads through this, so compression is detected by its magic bytes (never by the
// file name), concatenated gzip members (one per WARC record) read as one stream, and a truncated
// or corrupt gzip stream is an error that names the input after the bytes before the damage have
// been delivered. The gzip ratio limit (ReadLimits::max_gzip_ratio) guards against bombs.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "ingest/reader.h"

namespace chronicle::ingest {

class InputStream {
 public:
  // Opens `path` ("-" for stdin). Null with `error` set ("cannot open: No such file or directory",
  // "is a directory") on failure.
  static std::unique_ptr<InputStream> open(const std::string& path, const ReadLimits& limits, std::string& error);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads up to `n` bytes; returns how many, 0 at the end or on error (check error()).
  size_t read(char* buffer, size_t n);

  // Reads one line without its "\n" (a trailing "\r" is kept: callers trim). Returns false at the
  // end of input or on error. A line longer than `max_bytes` is consumed to its end and reported
  // with `too_long` set and `line` holding its first `max_bytes` bytes.
  bool read_line(std::string& line, size_t max_bytes, bool& too_long);

  // Reads everything that is left, up to `max_bytes`; sets `too_big` (and stops) past that.
  std::string read_all(size_t max_bytes, bool& too_big);

  // Looks at the first bytes without consuming them (after gunzip). Up to 4096 bytes.
  std::string peek(size_t n);

  bool compressed() const { return compressed_; }
  const std::string& error() const { return error_; }  // "" unless reading failed
  uint64_t bytes_in() const;                             // compressed bytes read so far

 private:
  InputStream() = default;
  bool fill();

  struct Impl;
  std::unique_ptr<Impl> impl_;
  bool compressed_ = false;
  std::string error_;
  std::string buffer_;  // decompressed bytes not yet consumed, from buffer_pos_
  size_t buffer_pos_ = 0;
  bool eof_ = false;
  uint64_t bytes_out_ = 0;
  ReadLimits limits_;
};

}  // namespace chronicle::ingest
