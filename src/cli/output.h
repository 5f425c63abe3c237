// What the subcommands share: where the store is, how errors and tables are printed.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"

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

// The knowledge directory: --data when given, else $CHRONICLE_DATA, else the build's data/.
std::string data_dir(const std::string& flag);

}  // namespace chronicle::cli
