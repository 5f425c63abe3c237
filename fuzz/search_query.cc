// Fuzz target: a search request as the HTTP API and `chronicle search` pass it to the store, in
// query-string form: "q=WORDS&source=...&lang=...&from=...&to=...&place=...&person=...&org=...
// &limit=N&offset=N". Store::search promises that no user query can fail to parse: every FTS5
// expression fts_query() builds is run against a small store and must not be an SQLite error.
#include <sqlite3.h>

#include <charconv>

#include "fuzz_support.h"
#include "store/store.h"
#include "text/hash.h"

using namespace chronicle;

namespace {

store::Store* g_store = nullptr;

Article make_article(const char* title, const char* source, const char* date, const char* text) {
  Article a;
  a.title = title;
  a.source = source;
  a.date = date;
  a.lang = "en";
  a.text = text;
  a.id = text::article_id("", a.text);
  return a;
}

int64_t number(std::string_view s, int64_t fallback) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size() ? v : fallback;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string error;
  static auto store = store::Store::open(":memory:", store::OpenMode::read_write, error);
  if (!store) fuzz::fail("cannot open an in-memory store", error);
  std::vector<Article> articles = {
      make_article("Kerry and Lavrov meet in Geneva over Syria", "Wire Desk", "2013-09-12",
                   "GENEVA — U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov on "
                   "Thursday.\n\n\"We are here to test the seriousness,\" Kerry said."),
      make_article("Council votes on AT&T merger", "Metro Ledger", "2015-12-15",
                   "The city council voted 7-2 on Tuesday to back the AT&T plan, officials said."),
      make_article("Flooding closes roads near Ümeå", "Nordic Courier", "2019-06-03",
                   "Heavy rain closed three roads near Ümeå on Monday, the Swedish transport agency said."),
  };
  store::WriteResult written;
  if (!store->write_batch(articles, {}, written, error)) fuzz::fail("cannot write the articles", error);
  g_store = store.get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view request(reinterpret_cast<const char*>(data), size);
  std::string query;
  store::ArticleFilter filter;
  int64_t limit = 10, offset = 0;
  while (!request.empty()) {
    size_t amp = request.find('&');
    std::string_view param = request.substr(0, amp);
    request = amp == std::string_view::npos ? std::string_view() : request.substr(amp + 1);
    size_t eq = param.find('=');
    std::string_view key = param.substr(0, eq);
    std::string value(eq == std::string_view::npos ? std::string_view() : param.substr(eq + 1));
    if (key == "q") query = value;
    else if (key == "source") filter.source = value;
    else if (key == "lang") filter.lang = value;
    else if (key == "from") filter.date_from = value;
    else if (key == "to") filter.date_to = value;
    else if (key == "place") filter.place = value;
    else if (key == "person") filter.person = value;
    else if (key == "org") filter.org = value;
    else if (key == "story") filter.story = value;
    else if (key == "limit") limit = std::clamp<int64_t>(number(value, 10), 0, 100);
    else if (key == "offset") offset = std::clamp<int64_t>(number(value, 0), 0, 1000);
  }
  std::string match = store::Store::fts_query(query);
  if (!match.empty()) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(g_store->handle(), "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", -1,
                                &stmt, nullptr);
    if (rc != SQLITE_OK) fuzz::fail("cannot prepare the FTS query", sqlite3_errmsg(g_store->handle()));
    sqlite3_bind_text(stmt, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
    rc = sqlite3_step(stmt);
    std::string message = sqlite3_errmsg(g_store->handle());
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) fuzz::fail(("FTS5 refused the built query: " + message).c_str(), match);
  }
  store::SearchResult result = g_store->search(query, filter, limit, offset, true);
  fuzz::check(result.hits.size() <= static_cast<size_t>(limit), "more hits than the limit");
  fuzz::check(result.total >= static_cast<int64_t>(result.hits.size()) || offset > 0, "total below the hits");
  for (const auto& hit : result.hits) fuzz::check(text::is_valid_utf8(hit.snippet), "snippet is not UTF-8", hit.snippet);
  g_store->articles(filter, limit, offset);
  g_store->count_articles(filter);
  return 0;
}
