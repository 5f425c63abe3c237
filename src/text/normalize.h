// Normalisation for comparing text: whitespace folding, case folding, and the key used to decide
// that two lines or paragraphs "say the same thing".
#pragma once
#include <string>
#include <string_view>

namespace chronicle::text {

// Collapses every run of Unicode white space (including U+00A0 and U+2000-U+200B) to one ASCII
// space and trims both ends.
std::string fold_whitespace(std::string_view s);

// Unicode case folding and NFKC composition (utf8proc), for case-insensitive keys. Invalid UTF-8
// is repaired first.
std::string casefold(std::string_view s);

// The comparison key of a line: case-folded, letters and digits only, single spaces between words.
// "Copyright 2020 NPR." and "copyright 2020  NPR" share a key.
std::string comparison_key(std::string_view s);

// True for the ASCII white space characters and the Unicode spaces listed above, given a code point.
bool is_space(char32_t cp);

// Trims ASCII and Unicode white space from both ends.
std::string_view trim(std::string_view s);

}  // namespace chronicle::text
