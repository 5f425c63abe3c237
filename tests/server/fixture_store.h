// Fixture stores for the API and browser tests, built from tests/server/fixtures/*.jsonl.
//
// A fixture line is the article record (DESIGN.md) with its annotations written as text rather than
// offsets, so that a person can write and read it:
//   entities[].mentions, places[].mentions: surface strings; every whole-word occurrence in `text`
//     becomes a span (longer strings first, so "Lavrov" inside "Sergei Lavrov" is not counted twice);
//   quotes[].text: the quoted words; the first occurrence in `text` is the span;
//   events[].sentence: the words of the event's sentence; the first occurrence is the span.
// Everything else (id, url, source, section, title, author, date, lang, story, duplicate_of, and the
// annotation fields) is copied as it is. A string that is not found in `text` is an error naming
// the line, so a fixture cannot silently lose an annotation.
#pragma once
#include <string>
#include <vector>

#include "model/article.h"

namespace chronicle::testing {

bool load_fixture_articles(const std::string& path, std::vector<Article>& out, std::string& error);

// Creates (or adds to) the store at `db` with the fixture's articles.
bool make_fixture_store(const std::string& jsonl, const std::string& db, std::string& error);

}  // namespace chronicle::testing
