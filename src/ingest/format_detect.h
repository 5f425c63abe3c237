// Format detection from the first bytes of an input (after gzip is undone).
#pragma once
#include <string_view>

#include "ingest/reader.h"

namespace chronicle::ingest {

enum class DetectedFormat { text, html, jsonl, warc, feed, binary, empty };

// Decides what `head` (the first few KB of the decompressed input) is. Content, not names:
// "WARC/1." → warc; a first non-blank byte '{' → jsonl; <rss or <feed near the top → feed; an HTML
// doctype or any of <html <head <body <div <p <article near the top → html; NUL bytes or many
// control characters → binary; nothing but white space → empty; anything else → text.
DetectedFormat detect_format(std::string_view head);

const char* detected_format_name(DetectedFormat format);

}  // namespace chronicle::ingest
