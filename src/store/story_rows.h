// Writing the index stage's stories, storylines and related links (inside a batch's transaction).
#pragma once
#include <sqlite3.h>

#include <string>

#include "store/store.h"

namespace chronicle::store {

// Upserts every story and storyline of `updates`, moves linked stories to their storyline, and
// replaces the related rows of the articles named. false with `error` on the first failure (the
// caller rolls the transaction back).
bool write_story_updates(sqlite3* db, const StoryUpdates& updates, std::string& error);

}  // namespace chronicle::store
