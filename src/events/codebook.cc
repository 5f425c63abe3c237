#include "events/codebook.h"

#include <charconv>
#include <string>

namespace chronicle::events {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}
}  // namespace

bool Codebook::load(std::istream& in, std::string_view source, std::string& error) {
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view view = trim(line);
    if (view.empty() || view.front() == '#') continue;
    std::string_view fields[4];
    size_t count = 0, start = 0;
    while (count < 4) {
      size_t tab = view.find('\t', start);
      if (count == 3 || tab == std::string_view::npos) {
        fields[count++] = trim(view.substr(start));
        break;
      }
      fields[count++] = trim(view.substr(start, tab - start));
      start = tab + 1;
    }
    auto fail = [&](const std::string& why) {
      error = std::string(source) + ":" + std::to_string(number) + ": " + why;
      return false;
    };
    if (count != 4) return fail("expected 4 tab-separated fields, got " + std::to_string(count));
    CodeInfo info;
    info.code = std::string(fields[0]);
    if (!all_digits(info.code) || info.code.size() < 2 || info.code.size() > 4)
      return fail("bad event code '" + info.code + "'");
    auto [p1, e1] = std::from_chars(fields[1].data(), fields[1].data() + fields[1].size(), info.quad_class);
    if (e1 != std::errc() || p1 != fields[1].data() + fields[1].size() || info.quad_class < 1 || info.quad_class > 4)
      return fail("bad quad class '" + std::string(fields[1]) + "'");
    auto [p2, e2] = std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), info.goldstein);
    if (e2 != std::errc() || p2 != fields[2].data() + fields[2].size() || info.goldstein < -10 || info.goldstein > 10)
      return fail("bad Goldstein value '" + std::string(fields[2]) + "'");
    info.name = std::string(fields[3]);
    if (info.name.empty()) return fail("empty name");
    if (!codes_.emplace(info.code, info).second) return fail("code " + info.code + " listed twice");
  }
  if (codes_.empty()) {
    error = std::string(source) + ": no codes";
    return false;
  }
  return true;
}

const CodeInfo* Codebook::find(std::string_view code) const {
  std::string key(code);
  while (key.size() >= 2) {
    auto it = codes_.find(key);
    if (it != codes_.end()) return &it->second;
    key.pop_back();
  }
  return nullptr;
}

std::string Codebook::root(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return "";
  return std::string(code.substr(0, 2));
}

int Codebook::quad_of_root(std::string_view root) {
  if (root.size() != 2 || !all_digits(root)) return 0;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 9) return 2;
  if (r >= 10 && r <= 14) return 3;
  if (r >= 15 && r <= 20) return 4;
  return 0;
}

}  // namespace chronicle::events
