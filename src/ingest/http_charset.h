// The character encoding an HTML page declares: in its HTTP Content-Type header, or in its own
// <meta charset> / <meta http-equiv="Content-Type"> within the first kMetaSniffBytes, as
// browsers look for it. The name comes back lowercased ("windows-1252", "utf-8"), "" when none;
// text::to_utf8() decides what to do with it (valid UTF-8 wins over a wrong declaration).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace chronicle::ingest {

// Browsers look for a meta charset in the first 1024 bytes; pages with long heads put it later,
// so a little more is read (the scan is cheap).
inline constexpr size_t kMetaSniffBytes = 4096;

// "text/html; charset=ISO-8859-1" -> "iso-8859-1"; "" when there is no charset parameter.
std::string charset_from_content_type(std::string_view content_type);

// The charset declared by a <meta> tag in the first kMetaSniffBytes of `html`, "" when none.
std::string sniff_meta_charset(std::string_view html);

// The HTTP declaration when there is one, else the page's own.
std::string declared_html_charset(std::string_view content_type, std::string_view html);

}  // namespace chronicle::ingest
