// Reading quotes from SQL rows: the one column list and the one reader that the article record
// (article_rows.cc) and the quote list (query_quotes.cc) share, so a new quote column is read once.
#pragma once
#include "model/annotations.h"
#include "store/sqlite_handle.h"

namespace chronicle::store {

// Select these (with the quotes table aliased `q`) and read them with quote_from().
inline constexpr const char* kQuoteColumns =
    "q.start, q.end, q.kind, q.speaker, q.speaker_name, q.cue, q.reported_by, "
    "q.speaker_start, q.speaker_end, q.cue_start, q.cue_end";

// Reads kQuoteColumns starting at column `first` of the current row.
Quote quote_from(const Statement& row, int first = 0);

}  // namespace chronicle::store
