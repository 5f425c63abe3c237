// RawDoc: one document as a reader found it, before extraction.
//
// Readers (src/ingest) fill it; extract() turns it into an Article. The body is already UTF-8
// (readers decode legacy encodings and say so in `decoded_from`); container metadata (a JSON Lines
// record's fields, WARC headers, command-line flags) travels beside it and wins over guesses made
// from the body.
#pragma once
#include <string>

namespace chronicle {

// What the body is. A reader decides from the bytes, never from the file name alone.
enum class BodyFormat { text, html };

struct RawDoc {
  std::string origin;        // names the input in messages: "path", "path:LINE", "path#RECORD"
  BodyFormat format = BodyFormat::text;
  std::string body;          // UTF-8
  std::string decoded_from;  // "" when the input was UTF-8; else the source encoding, e.g. "windows-1252"

  // Container metadata, empty when absent.
  std::string source_id;     // the input's own id (JSON Lines `id`, WARC-Record-ID)
  std::string url;
  std::string source;        // outlet
  std::string date;          // as given; extract() normalises it
  std::string title;
  std::string lang;
  std::string extra_json;    // other JSON Lines fields, as one JSON object ("" when none)
};

}  // namespace chronicle
