// JSON Lines reader: one article per line, in the shared record format.
//
// Known fields: id (string or number → RawDoc::source_id), url, source, date, title, lang, and the
// body as `text` (plain text with or without chrome) or `html` (a page). Any other field is kept in
// RawDoc::extra_json. Blank lines are skipped. Each bad line (malformed JSON, not an object, no
// text or html, too long, too deeply nested) is one ReadError "FILE:LINE: reason", and the file goes on.
#pragma once
#include <string>

#include "ingest/input_stream.h"
#include "ingest/reader.h"

namespace chronicle::ingest {

void read_jsonl(InputStream& in, const std::string& origin, const ReadOptions& options, DocSink& sink);

// Parses one line (exposed for tests and the fuzzer). Returns "" and fills `doc`, or the reason.
std::string parse_jsonl_record(std::string_view line, const ReadOptions& options, RawDoc& doc);

}  // namespace chronicle::ingest
