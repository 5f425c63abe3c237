#include "server/params.h"

#include <charconv>

#include "text/utf8.h"

namespace chronicle::server {
namespace {

bool has_control(const std::string& s) {
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7F) return true;
  return false;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

Params::Params(const std::multimap<std::string, std::string>& values, std::set<std::string> allowed) {
  for (const auto& [name, value] : values) {
    if (!allowed.count(name)) {
      std::string shown = name.size() > 40 || !text::is_valid_utf8(name) || has_control(name) ? "(unreadable)" : name;
      fail("unknown parameter " + shown);
      continue;
    }
    if (!values_.emplace(name, value).second) fail("parameter " + name + " is given more than once");
  }
}

void Params::fail(const std::string& message) {
  if (error_.empty()) error_ = message;
}

const std::string* Params::find(const std::string& name) {
  auto it = values_.find(name);
  return it == values_.end() ? nullptr : &it->second;
}

std::string Params::text(const std::string& name, size_t max_bytes) {
  const std::string* v = find(name);
  if (!v) return "";
  if (v->size() > max_bytes) {
    fail(name + " is longer than " + std::to_string(max_bytes) + " bytes");
    return "";
  }
  if (!text::is_valid_utf8(*v) || has_control(*v)) {
    fail(name + " must be UTF-8 text without control characters");
    return "";
  }
  return *v;
}

int64_t Params::integer(const std::string& name, int64_t fallback, int64_t min, int64_t max) {
  const std::string* v = find(name);
  if (!v) return fallback;
  int64_t value = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), value);
  if (v->empty() || ec != std::errc() || end != v->data() + v->size() || value < min || value > max) {
    fail(name + " must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
    return fallback;
  }
  return value;
}

std::string Params::choice(const std::string& name, const std::vector<std::string>& choices, const std::string& fallback) {
  const std::string* v = find(name);
  if (!v) return fallback;
  for (const std::string& c : choices)
    if (*v == c) return c;
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
  fail(name + " must be one of " + list);
  return fallback;
}

std::string Params::date(const std::string& name) {
  const std::string* v = find(name);
  if (!v) return "";
  std::string_view s = *v;
  bool ok = false;
  if (s.size() == 4 || s.size() == 7 || s.size() == 10) {
    ok = all_digits(s.substr(0, 4));
    if (ok && s.size() >= 7) {
      int month = all_digits(s.substr(5, 2)) ? to_int(s.substr(5, 2)) : 0;
      ok = s[4] == '-' && month >= 1 && month <= 12;
    }
    if (ok && s.size() == 10) {
      int day = all_digits(s.substr(8, 2)) ? to_int(s.substr(8, 2)) : 0;
      ok = s[7] == '-' && day >= 1 && day <= 31;
    }
  }
  if (!ok) {
    fail(name + " must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
    return "";
  }
  return *v;
}

std::string Params::code(const std::string& name) {
  const std::string* v = find(name);
  if (!v) return "";
  bool ok = !v->empty() && v->size() <= 15;
  for (char c : *v) ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  if (!ok) {
    fail(name + " must be a CAMEO code: 1 to 15 upper-case letters or digits");
    return "";
  }
  return *v;
}

bool Params::flag(const std::string& name, bool fallback) {
  const std::string* v = find(name);
  if (!v) return fallback;
  if (*v == "1" || *v == "true" || *v == "yes") return true;
  if (*v == "0" || *v == "false" || *v == "no") return false;
  fail(name + " must be 1 or 0");
  return fallback;
}

}  // namespace chronicle::server
