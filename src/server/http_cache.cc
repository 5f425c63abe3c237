#include "server/http_cache.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstring>

namespace chronicle::server {
namespace {

uint64_t fnv1a(const void* data, size_t size, uint64_t h = 1469598103934665603ULL) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < size; ++i) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

Generation store_generation(const std::string& db_path) {
  Generation g;
  uint64_t h = 1469598103934665603ULL;
  for (const std::string& path : {db_path, db_path + "-wal"}) {
    struct stat st {};
    int64_t parts[3] = {0, 0, 0};
    if (::stat(path.c_str(), &st) == 0) {
      parts[0] = static_cast<int64_t>(st.st_mtim.tv_sec);
      parts[1] = static_cast<int64_t>(st.st_mtim.tv_nsec);
      parts[2] = static_cast<int64_t>(st.st_size);
      if (st.st_mtim.tv_sec > g.modified) g.modified = st.st_mtim.tv_sec;
    }
    h = fnv1a(parts, sizeof parts, h);
  }
  g.stamp = h;
  return g;
}

std::string etag_of(const std::string& body) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(fnv1a(body.data(), body.size())));
  return buf;
}

std::string http_date(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

std::optional<std::time_t> parse_http_date(const std::string& s) {
  std::tm tm{};
  const char* end = strptime(s.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (!end || *end != '\0') return std::nullopt;
  return timegm(&tm);
}

bool not_modified(const std::string& if_none_match, const std::string& if_modified_since, const std::string& etag,
                  std::time_t modified) {
  if (!if_none_match.empty()) {
    if (if_none_match == "*") return true;
    // A list of tags, possibly weak (W/"…"): weak comparison, as RFC 9110 asks for If-None-Match.
    size_t i = 0;
    while (i < if_none_match.size()) {
      size_t comma = if_none_match.find(',', i);
      std::string tag = if_none_match.substr(i, comma == std::string::npos ? std::string::npos : comma - i);
      size_t a = tag.find_first_not_of(" \t"), b = tag.find_last_not_of(" \t");
      tag = a == std::string::npos ? "" : tag.substr(a, b - a + 1);
      if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
      if (tag == etag) return true;
      if (comma == std::string::npos) break;
      i = comma + 1;
    }
    return false;
  }
  if (!if_modified_since.empty()) {
    auto since = parse_http_date(if_modified_since);
    return since && modified <= *since;
  }
  return false;
}

std::optional<CachedAnswer> AnswerCache::get(const std::string& key, uint64_t generation) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  if (it->second->generation != generation) {
    order_.erase(it->second);
    index_.erase(it);
    return std::nullopt;
  }
  order_.splice(order_.begin(), order_, it->second);
  return it->second->answer;
}

void AnswerCache::put(const std::string& key, uint64_t generation, CachedAnswer answer) {
  if (answer.body.size() > kMaxCachedBody) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = index_.find(key); it != index_.end()) {
    order_.erase(it->second);
    index_.erase(it);
  }
  order_.push_front({key, generation, std::move(answer)});
  index_[key] = order_.begin();
  while (order_.size() > kEntries) {
    index_.erase(order_.back().key);
    order_.pop_back();
  }
}

}  // namespace chronicle::server
