#include "ingest/format_detect.h"

#include <string>

#include "text/utf8.h"

namespace chronicle::ingest {
namespace {

std::string lower_prefix(std::string_view s, size_t n) {
  std::string out(s.substr(0, n));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

const char* detected_format_name(DetectedFormat format) {
  switch (format) {
    case DetectedFormat::text: return "text";
    case DetectedFormat::html: return "html";
    case DetectedFormat::jsonl: return "jsonl";
    case DetectedFormat::warc: return "warc";
    case DetectedFormat::feed: return "feed";
    case DetectedFormat::binary: return "binary";
    case DetectedFormat::empty: return "empty";
  }
  return "text";
}

DetectedFormat detect_format(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  if (head.starts_with("WARC/")) return DetectedFormat::warc;
  size_t first = head.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string_view::npos) return DetectedFormat::empty;
  if (text::looks_binary(head)) return DetectedFormat::binary;
  if (head[first] == '{') return DetectedFormat::jsonl;
  // Markup is recognised in the first 2 KB: a text file that merely mentions "<p>" later on is text.
  std::string top = lower_prefix(head.substr(first), 2048);
  if (top.find("<rss") != std::string::npos || top.find("<feed") != std::string::npos ||
      top.find("<rdf:rdf") != std::string::npos)
    return DetectedFormat::feed;
  if (top.starts_with("<!doctype html") || top.starts_with("<html") || top.starts_with("<?xml")) return DetectedFormat::html;
  static constexpr std::string_view kMarkers[] = {"<html", "<head", "<body", "<div", "<article", "<p>", "<p ", "<meta", "<title"};
  if (top.starts_with("<")) {
    for (std::string_view marker : kMarkers)
      if (top.find(marker) != std::string::npos) return DetectedFormat::html;
  }
  return DetectedFormat::text;
}

}  // namespace chronicle::ingest
