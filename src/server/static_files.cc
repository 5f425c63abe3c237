#include "server/static_files.h"

#include <sys/stat.h>

#include <climits>
#include <cstdlib>

namespace chronicle::server {
namespace {

// Longest request path considered; httplib already caps the whole URI at 8 KiB.
constexpr size_t kMaxStaticPath = 1024;

bool safe_segments(const std::string& path) {
  if (path.empty() || path[0] != '/' || path.size() > kMaxStaticPath) return false;
  size_t i = 1;
  while (i <= path.size()) {
    size_t slash = path.find('/', i);
    if (slash == std::string::npos) slash = path.size();
    std::string segment = path.substr(i, slash - i);
    if (segment.empty() || segment[0] == '.') return false;
    if (segment.find('\\') != std::string::npos || segment.find('\0') != std::string::npos) return false;
    i = slash + 1;
  }
  return true;
}

}  // namespace

std::optional<std::string> resolve_static(const std::string& root, const std::string& request_path) {
  std::string path = request_path == "/" ? "/index.html" : request_path;
  if (!safe_segments(path)) return std::nullopt;
  std::string candidate = root + path;
  char resolved[PATH_MAX];
  if (!::realpath(candidate.c_str(), resolved)) return std::nullopt;
  std::string real = resolved;
  if (real.size() <= root.size() || real.compare(0, root.size(), root) != 0 || real[root.size()] != '/')
    return std::nullopt;
  struct stat st {};
  if (::stat(real.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return real;
}

std::string content_type_of(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},  {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},    {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},              {".png", "image/png"},
      {".ico", "image/x-icon"},               {".map", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},  {".woff2", "font/woff2"},
  };
  for (const auto& [ext, type] : kTypes) {
    std::string e = ext;
    if (path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0) return type;
  }
  return "application/octet-stream";
}

}  // namespace chronicle::server
