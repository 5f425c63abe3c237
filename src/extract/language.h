// Language identification of article text with CLD2 (Compact Language Detector 2, Debian libcld2).
//
// In: clean UTF-8 text. Out: an ISO 639-1 code ("en", "de", "zh"), or "" when the text is too
// short or too mixed for CLD2 to be reliable and no hint is given. CLD2 is a table-driven naive
// Bayes over character quadgrams, with no global state to set up: safe for concurrent use, and
// its cost is linear in the bytes it sees.
#pragma once
#include <string>
#include <string_view>

namespace chronicle::extract {

// CLD2 sees at most this many bytes of an article: the opening of a story tells its language as
// well as the whole does, and detection cost stays small and bounded (the plain-text cleaner found
// whole-text detection to be a fifth of its time on bbc-news).
inline constexpr size_t kLanguageProbeBytes = 2048;

// The language of `text`. When CLD2 is not reliable, `hint` (a page's <html lang> or a feed's
// language, ISO 639-1) is returned if CLD2's best guess agrees with it or had nothing to go on;
// otherwise "". Invalid UTF-8 is repaired before detection.
std::string detect_language(std::string_view text, std::string_view hint = "");

}  // namespace chronicle::extract
