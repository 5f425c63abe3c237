// The schema as an ordered list of migrations. The store's PRAGMA user_version is the number of
// migrations applied; opening a store applies the missing ones, each in its own transaction.
// A store newer than this binary (user_version > migrations().size()) is refused, never altered.
//
// To change the schema, append a migration; never edit one that has shipped.
#pragma once
#include <string>
#include <vector>

namespace chronicle::store {

struct Migration {
  int version;
  std::string description;
  std::string sql;
};

const std::vector<Migration>& migrations();

}  // namespace chronicle::store
