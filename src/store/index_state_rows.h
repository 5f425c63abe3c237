// Saving and loading the index stage's state (model/index_state.h) in the index_* tables of
// migration 3. The state is saved as changes (IndexStateChanges) inside each batch's transaction,
// so the saved window always matches the committed articles, even after a killed run.
#pragma once
#include <sqlite3.h>

#include <string>

#include "model/index_state.h"

namespace chronicle::store {

// Applies `changes` to the saved state, which must still be at `generation` (the number of saves
// so far, 0 for none; it becomes generation + 1): changes are only right against the state they
// were taken from, so a save over another ingest's is refused. false with `error` on the first
// failure (the caller rolls the transaction back).
bool write_index_changes(sqlite3* db, const IndexStateChanges& changes, int64_t generation, std::string& error);

// Reads the saved state (an empty IndexState when none was saved) and its generation. false with
// `error` when the state has a version this chronicle does not read, or a damaged row.
bool read_index_state(sqlite3* db, IndexState& state, int64_t& generation, std::string& error);

}  // namespace chronicle::store
