// Query parameters of an API request, validated: each accessor either returns a value within its
// limits or records one error ("limit must be an integer from 1 to 100") that the server answers
// with 400. Nothing here throws; numbers are parsed with std::from_chars.
//
// Limits (what they guard):
//  - every value is at most kMaxParamBytes long (a query string is no place for a document);
//  - text must be valid UTF-8 without control characters (it is bound into SQL and echoed in JSON);
//  - a parameter the endpoint does not know is an error, so a typo ("limt=5") is not silently ignored.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace chronicle::server {

// Longest value of any parameter, in bytes. A search query of 512 bytes is ~80 words.
inline constexpr size_t kMaxParamBytes = 512;
// Page sizes: lists return at most kMaxLimit rows; offsets stop at kMaxOffset (deep paging is
// what `chronicle export` is for, and an SQL OFFSET is linear).
inline constexpr int64_t kMaxLimit = 100;
inline constexpr int64_t kMaxOffset = 10000;

class Params {
 public:
  // `values`: the decoded query parameters (a name given twice is an error).
  Params(const std::multimap<std::string, std::string>& values, std::set<std::string> allowed);

  // A text parameter ("" when absent), at most `max_bytes` long.
  std::string text(const std::string& name, size_t max_bytes = kMaxParamBytes);
  // An integer in [min, max]; `fallback` when absent.
  int64_t integer(const std::string& name, int64_t fallback, int64_t min, int64_t max);
  // One of `choices`; `fallback` when absent.
  std::string choice(const std::string& name, const std::vector<std::string>& choices, const std::string& fallback);
  // An ISO 8601 date prefix: YYYY, YYYY-MM, YYYY-MM-DD (validated ranges), "" when absent.
  std::string date(const std::string& name);
  // A CAMEO code or code prefix: 1-15 upper-case letters or digits, "" when absent.
  std::string code(const std::string& name);
  // A flag: 1/true/yes or 0/false/no; `fallback` when absent.
  bool flag(const std::string& name, bool fallback);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }  // the first error

 private:
  const std::string* find(const std::string& name);
  void fail(const std::string& message);

  std::map<std::string, std::string> values_;
  std::string error_;
};

}  // namespace chronicle::server
