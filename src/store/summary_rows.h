// Reading article summaries (store.h's ArticleSummary) from SQL rows: the one column list and the one
// reader that every query returning article lists shares, so a new summary field is added once.
#pragma once
#include "store/sqlite_handle.h"
#include "store/store.h"

namespace chronicle::store {

// Select these (with the articles table aliased `a`) and read them with summary_from().
inline constexpr const char* kSummaryColumns =
    "a.id, a.source_id, a.date, a.source, a.author, a.title, a.lang, a.url, a.duplicate_of, a.story, length(a.text)";

// Reads kSummaryColumns starting at column `first` of the current row.
ArticleSummary summary_from(const Statement& row, int first = 0);

}  // namespace chronicle::store
