#include "store/store.h"

#include <sqlite3.h>

#include "store/migrations.h"
#include "store/sqlite_handle.h"

namespace chronicle::store {

Store::~Store() { sqlite3_close(db_); }

std::unique_ptr<Store> Store::open(const std::string& path, OpenMode mode, std::string& error) {
  sqlite3* db = nullptr;
  int flags = mode == OpenMode::read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    error = db ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close(db);
    return nullptr;
  }
  std::unique_ptr<Store> store(new Store(db));
  // A reader waits for a writer's checkpoint rather than failing at once.
  sqlite3_busy_timeout(db, 10000);
  // Is this a SQLite file at all? The first read fails with "file is not a database" if not.
  if (std::string e = exec(db, "SELECT count(*) FROM sqlite_master"); !e.empty()) {
    error = "not a Chronicle store (" + e + ")";
    return nullptr;
  }
  if (mode == OpenMode::read_write) {
    // WAL: readers (serve, queries) never block the ingest's writer, and a crash mid-batch leaves
    // the last committed batch intact. synchronous=NORMAL is durable across process crashes, which
    // is the failure the kill-9 test exercises; only a power loss may drop the last commit.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=OFF",
                               "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"}) {
      if (std::string e = exec(db, pragma); !e.empty()) {
        error = e;
        return nullptr;
      }
    }
    if (!store->migrate(error)) return nullptr;
  } else {
    Statement version(db, "PRAGMA user_version");
    int v = version.step() ? static_cast<int>(version.integer(0)) : 0;
    if (v == 0) {
      error = "not a Chronicle store (no schema); create it with `chronicle ingest`";
      return nullptr;
    }
    if (v > static_cast<int>(migrations().size())) {
      error = "store schema " + std::to_string(v) + " is newer than this chronicle (" +
              std::to_string(migrations().size()) + ")";
      return nullptr;
    }
  }
  return store;
}

bool Store::migrate(std::string& error) {
  // Statements that read the schema are finished before it changes: a pending read of
  // sqlite_master makes DROP fail with "database table is locked".
  int current = 0;
  {
    Statement version(db_, "PRAGMA user_version");
    current = version.step() ? static_cast<int>(version.integer(0)) : 0;
  }
  const auto& all = migrations();
  if (current > static_cast<int>(all.size())) {
    error = "store schema " + std::to_string(current) + " is newer than this chronicle (" + std::to_string(all.size()) + ")";
    return false;
  }
  if (current == 0) {
    // A non-empty database without our version is someone else's file: never alter it.
    int64_t tables = 0;
    {
      Statement count(db_, "SELECT count(*) FROM sqlite_master");
      tables = count.step() ? count.integer(0) : 0;
    }
    if (tables > 0) {
      error = "not a Chronicle store (it has tables but no Chronicle schema version)";
      return false;
    }
  }
  for (const Migration& m : all) {
    if (m.version <= current) continue;
    std::string sql = "BEGIN IMMEDIATE;\n" + m.sql + "\nPRAGMA user_version=" + std::to_string(m.version) + ";\nCOMMIT;";
    if (std::string e = exec(db_, sql); !e.empty()) {
      exec(db_, "ROLLBACK");
      error = "migration " + std::to_string(m.version) + " (" + m.description + ") failed: " + e;
      return false;
    }
  }
  return true;
}

int64_t Store::begin_run(const std::string& inputs) {
  Statement insert(db_, "INSERT INTO runs(started, inputs) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?)");
  insert.bind(1, inputs).step();
  return sqlite3_last_insert_rowid(db_);
}

void Store::finish_run(int64_t run, size_t read, size_t added, size_t duplicates, size_t failed, const std::string& status) {
  Statement update(db_,
                   "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ','now'), read = ?, added = ?, "
                   "duplicates = ?, failed = ?, status = ? WHERE id = ?");
  update.bind(1, static_cast<int64_t>(read))
      .bind(2, static_cast<int64_t>(added))
      .bind(3, static_cast<int64_t>(duplicates))
      .bind(4, static_cast<int64_t>(failed))
      .bind(5, status)
      .bind(6, run)
      .step();
}

bool Store::site_line_counts(const std::string& site, int& pages, std::vector<std::pair<uint64_t, int>>& lines) {
  pages = 0;
  lines.clear();
  Statement site_row(db_, "SELECT pages FROM sites WHERE site = ?");
  site_row.bind(1, site);
  if (!site_row.step()) return site_row.error().empty();
  pages = static_cast<int>(site_row.integer(0));
  Statement line_rows(db_, "SELECT line, pages FROM site_lines WHERE site = ?");
  line_rows.bind(1, site);
  while (line_rows.step())
    lines.emplace_back(static_cast<uint64_t>(line_rows.integer(0)), static_cast<int>(line_rows.integer(1)));
  return line_rows.error().empty();
}

StoreStats Store::stats() {
  StoreStats s;
  auto scalar = [&](const char* sql) -> int64_t {
    Statement q(db_, sql);
    return q.step() ? q.integer(0) : 0;
  };
  s.articles = scalar("SELECT count(*) FROM articles");
  s.duplicates = scalar("SELECT count(*) FROM articles WHERE duplicate_of != ''");
  s.sites = scalar("SELECT count(*) FROM sites");
  s.entities = scalar("SELECT count(*) FROM entities");
  s.quotes = scalar("SELECT count(*) FROM quotes");
  s.events = scalar("SELECT count(*) FROM events");
  s.places = scalar("SELECT count(DISTINCT name) FROM places");
  s.schema_version = static_cast<int>(scalar("PRAGMA user_version"));
  Statement dates(db_, "SELECT min(date), max(date) FROM articles WHERE date != ''");
  if (dates.step()) {
    s.first_date = dates.text(0);
    s.last_date = dates.text(1);
  }
  return s;
}

std::string Store::integrity_check() {
  Statement check(db_, "PRAGMA integrity_check");
  std::string result;
  while (check.step()) {
    std::string line = check.text(0);
    if (line == "ok") continue;
    if (!result.empty()) result += "; ";
    result += line;
  }
  if (!check.error().empty()) return check.error();
  return result;
}

}  // namespace chronicle::store
