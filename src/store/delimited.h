// Rows of the CSV and GDELT-style TSV exports, shared by `chronicle export` and the HTTP API.
//
// CSV follows RFC 4180 (fields quoted when they hold a comma, quote or line break). The TSV has
// GDELT 1.0's event columns that Chronicle can fill, in GDELT's order, then its own provenance
// columns; tabs and line breaks inside fields become spaces. docs/formats.md lists every column.
#pragma once
#include <string>
#include <vector>

#include "model/article.h"

namespace chronicle::store {

std::string csv_row(const std::vector<std::string>& fields);

const std::vector<std::string>& article_csv_header();
std::vector<std::string> article_csv_fields(const Article& article);

const std::vector<std::string>& quote_csv_header();
std::vector<std::string> quote_csv_fields(const Article& article, const Quote& quote);

const std::vector<std::string>& event_csv_header();
std::vector<std::string> event_csv_fields(const Article& article, const Event& event, size_t ordinal);

// GDELT-style TSV: header line and one row per event.
const std::vector<std::string>& event_tsv_header();
std::vector<std::string> event_tsv_fields(const Article& article, const Event& event, size_t ordinal);
std::string tsv_row(const std::vector<std::string>& fields);

}  // namespace chronicle::store
