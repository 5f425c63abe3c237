// What the subcommands share: where the store is, how errors and tables are printed.
#pragma once
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace CLI {
class App;
}

namespace chronicle::cli {

// The store path: --db when given, else $CHRONICLE_DB, else ./chronicle.db.
std::string store_path(const std::string& flag);

// Opens the store for reading or writing; prints "chronicle: PATH: reason" and returns null on failure.
std::unique_ptr<store::Store> open_store(const std::string& path, store::OpenMode mode);

// "chronicle: WHAT: reason" on stderr, the reason cut to one line.
void print_error(const std::string& what, const std::string& reason);

// A plain-text table: a header row and rows, columns padded to their widest cell and the last
// column cut to the terminal width ($COLUMNS, else 100).
void print_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

// One JSON value on one line (invalid UTF-8 replaced, never thrown on).
std::string json_text(const nlohmann::ordered_json& value);

// `s` on one line, cut to `width` code points with "…" when longer (for table cells).
std::string fit(std::string_view s, size_t width);

// "-" for an empty table cell, so columns stay aligned and an absent value is visible.
std::string dash_if_empty(const std::string& s);

// The flags every list query shares: --db, --json, --limit, --offset.
struct ListFlags {
  std::string db;
  bool json = false;
  int64_t limit = 20, offset = 0;
};
void add_list_flags(CLI::App* cmd, ListFlags& flags, const char* json_help = "One JSON object per line");

// A list query's rows: with `json`, one object per line (to_json(row)); else a table of
// to_cells(row) under `header`, then "N NOUN" (or "N of TOTAL NOUN" when `total` ≥ 0).
template <typename Row, typename ToJson, typename ToCells>
void print_list(bool json, const std::vector<Row>& rows, ToJson to_json, const std::vector<std::string>& header,
                ToCells to_cells, const char* noun, int64_t total = -1) {
  if (json) {
    for (const Row& row : rows) std::printf("%s\n", json_text(to_json(row)).c_str());
    return;
  }
  std::vector<std::vector<std::string>> table;
  for (const Row& row : rows) table.push_back(to_cells(row));
  print_table(header, table);
  if (total >= 0) std::printf("%zu of %lld %s\n", rows.size(), static_cast<long long>(total), noun);
  else std::printf("%zu %s\n", rows.size(), noun);
}

// The knowledge directory: --data when given, else $CHRONICLE_DATA, else the build's data/.
std::string data_dir(const std::string& flag);

}  // namespace chronicle::cli
