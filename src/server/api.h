// The JSON API (DESIGN.md, "The HTTP API and the page"), apart from HTTP: a path under /api/ and
// its decoded query parameters in, a status, a content type and a body out. The server
// (server.h) adds sockets, caching headers and static files around it; tests call it directly.
//
// Endpoints (docs/api.md has an example of each):
//   search       q + facets (place, person, org, source, lang, from, to), limit/offset, snippets
//   articles     filtered list; articles/ID the article record (store/record_json.h)
//   stories      sort=newest|biggest; stories/ID with its members (timeline, sources)
//   storylines   storylines/ID
//   entities     type, prefix; entities/ID with timeline, quotes by and about, co-occurring
//   quotes       speaker, about, article
//   events       actor, source, target, root, code, from, to, article; format=json|tsv
//   dyads        a, b, bucket=day|week|month|year: counts and mean Goldstein per period
//   places       per-country counts and named places (the map)
//   stats        the store's counts
// Errors: {"error": {"status": N, "message": "..."}} with status 400 (bad parameter), 404 (unknown
// endpoint or id) or 500 (the store failed). Nothing here throws.
#pragma once
#include <map>
#include <string>

#include "store/store.h"

namespace chronicle::server {

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

// Answers GET `path` (starting with "/api/") with `params` from `store` (read-only use only).
ApiResponse answer_api(store::Store& store, const std::string& path,
                       const std::multimap<std::string, std::string>& params);

// The JSON error body for a status and message.
ApiResponse error_response(int status, const std::string& message);

// Longest id accepted in a path; ids are short hashes, so anything longer is a bad request.
inline constexpr size_t kMaxIdBytes = 128;

}  // namespace chronicle::server
