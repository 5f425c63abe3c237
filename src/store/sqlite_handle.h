// Thin RAII wrappers over the SQLite C API: a statement that finalises itself, binds by position,
// and reads columns as std::string; and a transaction that rolls back unless committed.
//
// Every SQL text in the store goes through Statement with bound parameters: no value is ever
// spliced into SQL (the HTTP API's "every query parameterised").
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace chronicle::store {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  const std::string& error() const { return error_; }

  // Binding, 1-based as in SQLite.
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  Statement& bind_blob(int index, std::string_view bytes);

  // SQLITE_ROW → true; SQLITE_DONE → false; an error → false with error() set.
  bool step();
  void reset();
  // Runs a statement that returns no rows to completion and resets it for the next bindings;
  // false (with `error`) when SQLite refused it.
  bool run(std::string& error);

  std::string text(int column) const;
  std::string blob(int column) const;
  int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  std::string error_;
};

// Runs SQL with no results (schema, pragmas). Returns "" or SQLite's message.
std::string exec(sqlite3* db, const std::string& sql);

}  // namespace chronicle::store
