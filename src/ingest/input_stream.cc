#include "ingest/input_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace chronicle::ingest {
namespace {

constexpr size_t kChunk = 1 << 16;
// Small inputs legitimately inflate far beyond any ratio (a 40-byte gzip of 1 MB of spaces);
// the ratio limit applies only beyond this many output bytes.
constexpr uint64_t kRatioGrace = 1 << 20;

}  // namespace

struct InputStream::Impl {
  int fd = -1;
  bool owns_fd = false;
  z_stream zs{};
  bool inflating = false;
  std::string raw;         // compressed bytes read from fd, not yet fed to zlib
  bool raw_eof = false;
  uint64_t raw_total = 0;

  ~Impl() {
    if (inflating) inflateEnd(&zs);
    if (owns_fd && fd >= 0) ::close(fd);
  }

  // Reads more raw bytes; false at end of file or on error (errno set).
  bool read_raw(std::string& err) {
    if (raw_eof) return false;
    char buf[kChunk];
    ssize_t n;
    do {
      n = ::read(fd, buf, sizeof buf);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      err = std::string("read error: ") + std::strerror(errno);
      raw_eof = true;
      return false;
    }
    if (n == 0) {
      raw_eof = true;
      return false;
    }
    raw.append(buf, static_cast<size_t>(n));
    raw_total += static_cast<uint64_t>(n);
    return true;
  }
};

InputStream::~InputStream() = default;

std::unique_ptr<InputStream> InputStream::open(const std::string& path, const ReadLimits& limits,
                                               std::string& error) {
  std::unique_ptr<InputStream> stream(new InputStream());
  stream->impl_ = std::make_unique<Impl>();
  stream->limits_ = limits;
  Impl& impl = *stream->impl_;
  if (path == "-") {
    impl.fd = STDIN_FILENO;
  } else {
    impl.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (impl.fd < 0) {
      error = std::string("cannot open: ") + std::strerror(errno);
      return nullptr;
    }
    impl.owns_fd = true;
    struct stat st;
    if (::fstat(impl.fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      error = "is a directory";
      return nullptr;
    }
  }
  // Compression is told by the magic bytes, never by the name.
  while (impl.raw.size() < 2 && impl.read_raw(error)) {
  }
  if (!error.empty()) return nullptr;
  if (impl.raw.size() >= 2 && static_cast<unsigned char>(impl.raw[0]) == 0x1f &&
      static_cast<unsigned char>(impl.raw[1]) == 0x8b) {
    stream->compressed_ = true;
    if (inflateInit2(&impl.zs, 16 + MAX_WBITS) != Z_OK) {
      error = "cannot start gzip decoder";
      return nullptr;
    }
    impl.inflating = true;
  }
  return stream;
}

uint64_t InputStream::bytes_in() const { return impl_->raw_total; }

bool InputStream::fill() {
  if (eof_ || !error_.empty()) return false;
  Impl& impl = *impl_;
  if (buffer_pos_ > 0 && buffer_pos_ >= buffer_.size() / 2) {
    buffer_.erase(0, buffer_pos_);
    buffer_pos_ = 0;
  }
  if (!compressed_) {
    if (impl.raw.empty() && !impl.read_raw(error_)) {
      eof_ = true;
      return false;
    }
    bytes_out_ += impl.raw.size();
    buffer_ += impl.raw;
    impl.raw.clear();
    return true;
  }
  // Inflate until some output appears, the stream ends, or the input is exhausted.
  size_t before = buffer_.size();
  while (buffer_.size() == before) {
    if (impl.raw.empty() && !impl.read_raw(error_)) {
      if (error_.empty() && impl.zs.total_in > 0) error_ = "truncated gzip stream (unexpected end of file)";
      eof_ = true;
      return false;
    }
    char out[kChunk];
    impl.zs.next_in = reinterpret_cast<Bytef*>(impl.raw.data());
    impl.zs.avail_in = static_cast<uInt>(impl.raw.size());
    impl.zs.next_out = reinterpret_cast<Bytef*>(out);
    impl.zs.avail_out = sizeof out;
    int rc = inflate(&impl.zs, Z_NO_FLUSH);
    size_t produced = sizeof out - impl.zs.avail_out;
    impl.raw.erase(0, impl.raw.size() - impl.zs.avail_in);
    buffer_.append(out, produced);
    bytes_out_ += produced;
    if (rc == Z_STREAM_END) {
      // Another member may follow (a WARC file gzips each record alone): go on if its magic is there.
      while (impl.raw.size() < 2 && impl.read_raw(error_)) {
      }
      if (impl.raw.size() >= 2 && static_cast<unsigned char>(impl.raw[0]) == 0x1f &&
          static_cast<unsigned char>(impl.raw[1]) == 0x8b) {
        inflateReset(&impl.zs);
      } else {
        if (!impl.raw.empty()) error_ = "trailing bytes after the gzip stream";
        eof_ = true;
        break;
      }
    } else if (rc == Z_BUF_ERROR) {
      // No progress possible with the input at hand: read more (handled at the loop top).
      if (!impl.raw.empty() && produced == 0) {
        error_ = "corrupt gzip stream";
        eof_ = true;
        break;
      }
    } else if (rc != Z_OK) {
      error_ = std::string("corrupt gzip stream (") + (impl.zs.msg ? impl.zs.msg : "inflate failed") + ")";
      eof_ = true;
      break;
    }
    if (bytes_out_ > kRatioGrace && bytes_out_ > limits_.max_gzip_ratio * std::max<uint64_t>(impl.raw_total, 1)) {
      error_ = "gzip expands more than " + std::to_string(limits_.max_gzip_ratio) +
               " times its size (a decompression bomb?); see --max-gzip-ratio";
      eof_ = true;
      break;
    }
  }
  return buffer_.size() > before;
}

size_t InputStream::read(char* out, size_t n) {
  while (buffer_.size() - buffer_pos_ < n && fill()) {
  }
  size_t have = std::min(n, buffer_.size() - buffer_pos_);
  std::memcpy(out, buffer_.data() + buffer_pos_, have);
  buffer_pos_ += have;
  return have;
}

bool InputStream::read_line(std::string& line, size_t max_bytes, bool& too_long) {
  line.clear();
  too_long = false;
  size_t scanned = buffer_pos_;
  for (;;) {
    size_t nl = buffer_.find('\n', scanned);
    if (nl != std::string::npos) {
      size_t len = nl - buffer_pos_;
      if (!too_long) line.assign(buffer_, buffer_pos_, std::min(len, max_bytes));
      if (len > max_bytes) too_long = true;
      buffer_pos_ = nl + 1;
      return true;
    }
    // No newline yet. A line over the limit is kept only up to the limit and the rest skipped,
    // so memory stays bounded on a 1 GB line.
    size_t pending = buffer_.size() - buffer_pos_;
    if (pending > max_bytes) {
      if (!too_long) line.assign(buffer_, buffer_pos_, max_bytes);
      too_long = true;
      buffer_.erase(buffer_pos_);
      scanned = buffer_pos_;
    } else {
      scanned = buffer_.size();
    }
    size_t scanned_ahead = scanned - buffer_pos_;  // fill() may drop consumed bytes, shifting buffer_
    bool filled = fill();
    scanned = buffer_pos_ + scanned_ahead;
    if (!filled) {
      if (buffer_.size() > buffer_pos_) {
        size_t len = buffer_.size() - buffer_pos_;
        if (!too_long) line.assign(buffer_, buffer_pos_, std::min(len, max_bytes));
        if (len > max_bytes) too_long = true;
        buffer_pos_ = buffer_.size();
        return true;
      }
      return too_long;
    }
  }
}

std::string InputStream::read_all(size_t max_bytes, bool& too_big) {
  too_big = false;
  while (buffer_.size() - buffer_pos_ <= max_bytes && fill()) {
  }
  std::string out;
  size_t have = buffer_.size() - buffer_pos_;
  if (have > max_bytes) {
    too_big = true;
    have = max_bytes;
  }
  out.assign(buffer_, buffer_pos_, have);
  buffer_pos_ += have;
  return out;
}

std::string InputStream::peek(size_t n) {
  n = std::min<size_t>(n, 4096);
  while (buffer_.size() - buffer_pos_ < n && fill()) {
  }
  return buffer_.substr(buffer_pos_, n);
}

}  // namespace chronicle::ingest
