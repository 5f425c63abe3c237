#include "ingest/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "ingest/format_detect.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace chronicle::ingest {
namespace {

using nlohmann::json;

// The deepest nesting of objects and arrays in `line`, counted outside strings. Checked before
// parsing so that a line of a million '[' is refused without recursion.
size_t nesting_depth(std::string_view line) {
  size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : line) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') deepest = std::max(deepest, ++depth);
    else if ((c == '}' || c == ']') && depth > 0) --depth;
  }
  return deepest;
}

// A field's value as text: strings as they are, numbers printed, null and absent as "".
std::string field_text(const json& record, const char* key) {
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer() || it->is_number_unsigned() || it->is_number_float()) return it->dump();
  return "";
}

bool is_known_field(const std::string& key) {
  static constexpr std::string_view kKnown[] = {"id", "url", "source", "date", "title", "lang", "text", "html"};
  for (std::string_view known : kKnown)
    if (key == known) return true;
  return false;
}

}  // namespace

std::string parse_jsonl_record(std::string_view line, const ReadOptions& options, RawDoc& doc) {
  std::string repaired;
  if (!text::is_valid_utf8(line)) {
    repaired = text::repair_utf8(line);
    line = repaired;
    doc.decoded_from = "utf-8 (repaired)";
  }
  if (nesting_depth(line) > options.limits.max_json_depth)
    return "JSON nested deeper than " + std::to_string(options.limits.max_json_depth) + " levels; see --max-json-depth";
  json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) {
    // Re-parse with exceptions only to get the position, which the message names.
    try {
      json unused = json::parse(line);
    } catch (const json::parse_error& e) {
      return "malformed JSON at byte " + std::to_string(e.byte) + ": " + text::truncate_utf8(std::string(line), 100);
    } catch (const json::exception&) {
      // Not a syntax error but, e.g., a number such as 1e999 that overflows a double (out_of_range
      // 406): no byte position to name, and nothing may escape the reader (fuzz/read_jsonl,
      // FuzzFindings.NumberOverflowIsMalformedJson).
    }
    return "malformed JSON: " + text::truncate_utf8(std::string(line), 100);
  }
  if (!record.is_object()) return std::string("not a JSON object but ") + record.type_name();
  std::string body = field_text(record, "text");
  std::string html = field_text(record, "html");
  if (text::trim(body).empty() && text::trim(html).empty()) return "record has no \"text\" or \"html\"";
  if (!text::trim(html).empty() && text::trim(body).empty()) {
    doc.format = BodyFormat::html;
    doc.body = std::move(html);
  } else {
    // Some dumps put a page in "text": the content decides, as for files.
    doc.format = detect_format(body) == DetectedFormat::html ? BodyFormat::html : BodyFormat::text;
    doc.body = std::move(body);
  }
  if (doc.body.size() > options.limits.max_document_bytes)
    return "document of " + std::to_string(doc.body.size()) + " bytes exceeds the limit of " +
           std::to_string(options.limits.max_document_bytes) + "; see --max-document-bytes";
  doc.source_id = field_text(record, "id");
  doc.url = field_text(record, "url");
  doc.source = field_text(record, "source");
  doc.date = field_text(record, "date");
  doc.title = field_text(record, "title");
  doc.lang = field_text(record, "lang");
  if (doc.source.empty()) doc.source = options.source;
  if (doc.date.empty()) doc.date = options.date;
  json extra = json::object();
  for (auto it = record.begin(); it != record.end(); ++it)
    if (!is_known_field(it.key())) extra[it.key()] = it.value();
  if (!extra.empty()) doc.extra_json = extra.dump();
  return "";
}

void read_jsonl(InputStream& in, const std::string& origin, const ReadOptions& options, DocSink& sink) {
  std::string line;
  bool too_long = false;
  size_t line_number = 0;
  while (in.read_line(line, options.limits.max_line_bytes, too_long)) {
    ++line_number;
    std::string where = origin + ":" + std::to_string(line_number);
    if (too_long) {
      sink.on_error({where, "line longer than " + std::to_string(options.limits.max_line_bytes) +
                                " bytes; see --max-line-bytes"});
      continue;
    }
    if (text::trim(line).empty()) continue;
    RawDoc doc;
    doc.origin = where;
    std::string reason = parse_jsonl_record(line, options, doc);
    if (!reason.empty()) {
      sink.on_error({where, reason});
      continue;
    }
    sink.on_doc(std::move(doc));
  }
  if (!in.error().empty()) sink.on_error({origin, in.error()});
}

}  // namespace chronicle::ingest
