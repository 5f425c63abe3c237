// UTF-8 checks and conversions from the legacy encodings news text still arrives in.
//
// Readers call to_utf8() on every input body; everything after the readers may assume valid UTF-8.
// None of these functions throws; bad bytes are replaced, never passed on.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace chronicle::text {

// The length of the longest prefix of `s` that is valid UTF-8 (no overlongs, no surrogates, no
// code points above U+10FFFF). Equals s.size() when all of `s` is valid.
size_t valid_utf8_prefix(std::string_view s);
inline bool is_valid_utf8(std::string_view s) { return valid_utf8_prefix(s) == s.size(); }

// Decodes Windows-1252 (a superset of Latin-1's printable range; its five unassigned bytes map to
// the C1 controls as Latin-1 does) to UTF-8.
std::string windows1252_to_utf8(std::string_view s);

// Replaces every invalid byte sequence with U+FFFD. Valid input comes back unchanged.
std::string repair_utf8(std::string_view s);

struct Decoded {
  std::string text;
  std::string decoded_from;  // "" for UTF-8 input, "windows-1252" or "utf-8 (repaired)" otherwise
};

// Decodes a body of unknown encoding to UTF-8: a UTF-8 BOM is dropped; valid UTF-8 is kept; text
// whose invalid bytes look like single-byte high characters is read as Windows-1252; anything else
// is repaired with U+FFFD. `declared` (an HTTP or meta charset, "" when none) is honoured when it
// names a single-byte Western encoding and the bytes are not valid UTF-8.
Decoded to_utf8(std::string_view bytes, std::string_view declared = "");

// True when `bytes` look binary rather than text: NUL bytes, or many C0 control characters other
// than tab, CR, LF and form feed, in the first `probe` bytes.
bool looks_binary(std::string_view bytes, size_t probe = 8192);

// Cuts `s` to at most `max_bytes` without splitting a code point, appending "…" when cut.
std::string truncate_utf8(std::string_view s, size_t max_bytes);

// Decodes one code point at `pos`; returns it and advances `pos`. Invalid bytes yield U+FFFD and
// advance by one. REQUIRES: pos < s.size().
char32_t decode_code_point(std::string_view s, size_t& pos);
void append_code_point(std::string& out, char32_t cp);

}  // namespace chronicle::text
