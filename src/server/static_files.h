// Static files of the web page, served from one folder only.
//
// resolve_static() maps a request path to a file inside the page's folder, or refuses it. The rules,
// each guarding one way out of the folder:
//  (1) the path is absolute and its segments are non-empty and never "." or ".." (httplib has
//      already percent-decoded it, so "%2e%2e" arrives here as "..");
//  (2) no segment starts with "." (no hidden files: .git, .env), none holds a backslash or NUL;
//  (3) the file's real path (symlinks resolved) lies under the folder's real path;
//  (4) it is a regular file.
// "/" is index.html. Safe for concurrent use (no state).
#pragma once
#include <optional>
#include <string>

namespace chronicle::server {

// The real path of the file to send, or nullopt (answer 404).
std::optional<std::string> resolve_static(const std::string& root_real_path, const std::string& request_path);

// Content type from the file name's extension ("application/octet-stream" when unknown).
std::string content_type_of(const std::string& path);

}  // namespace chronicle::server
