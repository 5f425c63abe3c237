// HTTP caching for the API: validators (ETag, Last-Modified), conditional requests, and a small
// in-memory cache of answered requests.
//
// The store's generation is read from the file system: the database file and its WAL change size
// or modification time whenever a writer commits, so (mtime, size) of both names one state of the
// data. A cached answer is served only for the generation it was computed on; an ingest that
// commits makes every cached answer stale at once. Last-Modified is the newer of the two mtimes.
#pragma once
#include <cstdint>
#include <ctime>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace chronicle::server {

struct Generation {
  uint64_t stamp = 0;       // hash of both files' (mtime, size): changes with every commit
  std::time_t modified = 0; // newest mtime, seconds
};
Generation store_generation(const std::string& db_path);

// A strong ETag for a body: quoted hex of a 64-bit hash.
std::string etag_of(const std::string& body);

// "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 IMF-fixdate) and back; nullopt when unreadable.
std::string http_date(std::time_t t);
std::optional<std::time_t> parse_http_date(const std::string& s);

// True when the request's validators say the client's copy is current: If-None-Match lists the
// ETag (or is "*"); or, without If-None-Match, If-Modified-Since is not older than `modified`.
bool not_modified(const std::string& if_none_match, const std::string& if_modified_since, const std::string& etag,
                  std::time_t modified);

struct CachedAnswer {
  int status = 200;
  std::string content_type, body, etag;
};

// Least-recently-used answers keyed by request (path and sorted parameters) and generation.
// Safe for concurrent use. Bodies above kMaxCachedBody are not kept (large TSV pages).
class AnswerCache {
 public:
  static constexpr size_t kEntries = 4096;
  static constexpr size_t kMaxCachedBody = 512 * 1024;

  std::optional<CachedAnswer> get(const std::string& key, uint64_t generation);
  void put(const std::string& key, uint64_t generation, CachedAnswer answer);

 private:
  struct Entry {
    std::string key;
    uint64_t generation;
    CachedAnswer answer;
  };
  std::mutex mutex_;
  std::list<Entry> order_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace chronicle::server
