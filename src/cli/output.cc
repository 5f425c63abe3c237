#include "cli/output.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "pipeline/stages.h"
#include "text/utf8.h"

namespace chronicle::cli {
namespace {

// Display width in code points (close enough for a terminal table of news metadata).
size_t display_width(std::string_view s) {
  size_t width = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  return width;
}

}  // namespace

std::string fit(std::string_view s, size_t width) {
  std::string one_line;
  for (char c : s) one_line += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
  if (display_width(one_line) <= width) return one_line;
  // Cut on a code point boundary at `width - 1` characters and mark the cut.
  size_t chars = 0, i = 0;
  while (i < one_line.size() && chars + 1 < width) {
    ++i;
    while (i < one_line.size() && (static_cast<unsigned char>(one_line[i]) & 0xC0) == 0x80) ++i;
    ++chars;
  }
  return one_line.substr(0, i) + "\xE2\x80\xA6";
}


std::string store_path(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("CHRONICLE_DB"); env && *env) return env;
  return "chronicle.db";
}

std::string json_text(const nlohmann::ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string dash_if_empty(const std::string& s) { return s.empty() ? "-" : s; }

void add_list_flags(CLI::App* cmd, ListFlags& flags, const char* json_help) {
  cmd->add_option("--db", flags.db, "Store path");
  cmd->add_flag("--json", flags.json, json_help);
  cmd->add_option("--limit", flags.limit, "Most rows")->capture_default_str()->check(CLI::Range(int64_t{1}, int64_t{100000}));
  cmd->add_option("--offset", flags.offset, "Skip this many rows")->check(CLI::NonNegativeNumber);
}

std::string data_dir(const std::string& flag) { return flag.empty() ? pipeline::default_data_dir() : flag; }

std::unique_ptr<store::Store> open_store(const std::string& path, store::OpenMode mode) {
  std::string error;
  auto store = store::Store::open(path, mode, error);
  if (!store) print_error(path, error);
  return store;
}

void print_error(const std::string& what, const std::string& reason) {
  // Input bytes quoted in a reason (or a file name) may hold newlines or terminal escapes: every
  // control character becomes a space, so the message stays one line and cannot drive the terminal.
  auto fold_controls = [](std::string s) {
    for (char& c : s)
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
    return s;
  };
  std::fprintf(stderr, "chronicle: %s: %s\n", fold_controls(what).c_str(),
               text::truncate_utf8(fold_controls(reason), 300).c_str());
}

void print_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  size_t columns = header.size();
  size_t terminal = 100;
  if (const char* env = std::getenv("COLUMNS")) terminal = std::max<size_t>(40, std::strtoul(env, nullptr, 10));
  // Every column but the last is capped, so one long title cannot push the rest off screen.
  constexpr size_t kMaxColumn = 40;
  std::vector<size_t> widths(columns, 0);
  for (size_t c = 0; c < columns; ++c) widths[c] = display_width(header[c]);
  for (const auto& row : rows)
    for (size_t c = 0; c < columns && c < row.size(); ++c)
      widths[c] = std::max(widths[c], std::min(kMaxColumn, display_width(row[c])));
  size_t used = 0;
  for (size_t c = 0; c + 1 < columns; ++c) used += widths[c] + 2;
  size_t last = terminal > used + 10 ? terminal - used : 10;
  auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t c = 0; c < columns; ++c) {
      std::string cell = c < row.size() ? row[c] : "";
      bool is_last = c + 1 == columns;
      std::string shown = fit(cell, is_last ? last : widths[c]);
      line += shown;
      if (!is_last) line += std::string(widths[c] - display_width(shown) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::printf("%s\n", line.c_str());
  };
  print_row(header);
  for (const auto& row : rows) print_row(row);
}

}  // namespace chronicle::cli
