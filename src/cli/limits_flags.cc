#include "cli/limits_flags.h"

#include <CLI/CLI.hpp>

namespace chronicle::cli {

void add_limit_flags(CLI::App& cmd, ingest::ReadLimits& limits) {
  cmd.add_option("--max-document-bytes", limits.max_document_bytes, "Largest document read (default 32 MiB)")
      ->group("Limits");
  cmd.add_option("--max-line-bytes", limits.max_line_bytes, "Longest JSON Lines line (default 64 MiB)")->group("Limits");
  cmd.add_option("--max-gzip-ratio", limits.max_gzip_ratio, "Largest gzip expansion ratio (default 200)")->group("Limits");
  cmd.add_option("--max-json-depth", limits.max_json_depth, "Deepest JSON nesting (default 64)")->group("Limits");
  cmd.add_option("--max-warc-records", limits.max_warc_records, "Most records read per WARC file (default 10,000,000)")
      ->group("Limits");
}

}  // namespace chronicle::cli
