// The server over real sockets on 127.0.0.1 with an ephemeral port: caching headers, methods,
// static files and traversal attempts, and many readers while an ingest writes the same store.
#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <fstream>
#include <thread>

#include "server_test_util.h"
#include "store/store.h"

namespace chronicle::server {
namespace {

using nlohmann::json;

class HttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = chronicle::testing::temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    db_ = dir_ + "/fixture.db";
    std::string error;
    ASSERT_TRUE(chronicle::testing::make_fixture_store(chronicle::testing::fixture_path(), db_, error)) << error;
    std::filesystem::create_directories(dir_ + "/web/assets");
    std::ofstream(dir_ + "/web/index.html") << "<!doctype html><title>Chronicle</title>";
    std::ofstream(dir_ + "/web/assets/app.js") << "console.log(1)";
    std::ofstream(dir_ + "/web/.hidden") << "hidden";
    std::ofstream(dir_ + "/secret.txt") << "outside the page folder";
    std::filesystem::create_symlink(dir_ + "/secret.txt", dir_ + "/web/link.txt");
    ServerOptions options;
    options.db = db_;
    options.port = 0;
    options.web_dir = dir_ + "/web";
    options.threads = 4;
    server_ = Server::create(options, error);
    ASSERT_TRUE(server_) << error;
    port_ = server_->bind(error);
    ASSERT_GT(port_, 0) << error;
    thread_ = std::thread([this] { server_->run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }

  std::string dir_, db_;
  std::unique_ptr<Server> server_;
  int port_ = 0;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(HttpTest, ApiAnswersJsonWithValidators) {
  auto res = client_->Get("/api/stats");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(json::parse(res->body)["articles"], 6);
  std::string etag = res->get_header_value("ETag");
  std::string modified = res->get_header_value("Last-Modified");
  EXPECT_EQ(etag.front(), '"');
  EXPECT_NE(modified.find("GMT"), std::string::npos);
  auto again = client_->Get("/api/stats", {{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  auto since = client_->Get("/api/stats", {{"If-Modified-Since", modified}});
  ASSERT_TRUE(since);
  EXPECT_EQ(since->status, 304);
  auto other = client_->Get("/api/stats", {{"If-None-Match", "\"0000000000000000\""}});
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 200);
}

TEST_F(HttpTest, QueryStringsAreDecodedAndValidated) {
  auto res = client_->Get("/api/search?q=Lavrov%20Kerry&limit=2");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(json::parse(res->body)["hits"].size(), 2u);
  auto bad = client_->Get("/api/search?q=Lavrov&limit=1e9");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["status"], 400);
  auto missing = client_->Get("/api/articles/does-not-exist");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(json::parse(missing->body)["error"]["message"], "no article with this id");
}

TEST_F(HttpTest, OnlyGetAndHeadAreAnswered) {
  auto head = client_->Head("/api/stats");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  auto post = client_->Post("/api/search", "q=x", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
  EXPECT_EQ(json::parse(post->body)["error"]["status"], 405);
  auto del = client_->Delete("/api/articles/wire-sochi-1");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  EXPECT_EQ(json::parse(client_->Get("/api/stats")->body)["articles"], 6);
}

TEST_F(HttpTest, StaticFilesComeFromThePageFolderOnly) {
  auto index = client_->Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(index->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  auto js = client_->Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  for (const char* attempt : {"/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/assets/%2E%2E/%2E%2E/secret.txt",
                              "/..%2fsecret.txt", "/.hidden", "/link.txt", "/assets", "/nothing.html", "//etc/passwd",
                              "/assets/..\\..\\secret.txt", "/index.html%00.js"}) {
    auto res = client_->Get(attempt);
    ASSERT_TRUE(res) << attempt;
    EXPECT_TRUE(res->status == 404 || res->status == 400) << attempt << " → " << res->status;
    EXPECT_EQ(res->body.find("outside the page folder"), std::string::npos) << attempt;
    EXPECT_EQ(res->body.find("hidden"), std::string::npos) << attempt;
  }
}

TEST_F(HttpTest, ManyReadersWhileAnIngestWrites) {
  std::atomic<bool> writing{true};
  std::atomic<int> written{0};
  std::thread writer([&] {
    std::string error;
    auto store = store::Store::open(db_, store::OpenMode::read_write, error);
    ASSERT_TRUE(store) << error;
    for (int i = 0; i < 40; ++i) {
      Article a;
      a.id = "live-" + std::to_string(i);
      a.title = "Live report " + std::to_string(i);
      a.source = "Example Live Desk";
      a.date = "2017-01-01";
      a.text = "Diplomats met again in Geneva on Syria; report number " + std::to_string(i) + ".";
      store::WriteResult result;
      ASSERT_TRUE(store->write_batch({a}, {}, result, error)) << error;
      written = i + 1;
    }
    writing = false;
  });
  std::vector<std::thread> readers;
  std::atomic<int> failures{0}, answered{0};
  for (int r = 0; r < 4; ++r) {
    readers.emplace_back([&] {
      httplib::Client c("127.0.0.1", port_);
      while (writing || answered < 40) {
        auto res = c.Get("/api/search?q=Geneva&facets=0");
        if (!res || res->status != 200) ++failures;
        ++answered;
        if (answered > 2000) break;
      }
    });
  }
  writer.join();
  for (auto& t : readers) t.join();
  EXPECT_EQ(failures, 0);
  // A commit is seen by the next request: the cache is keyed by the store's generation.
  auto res = client_->Get("/api/search?q=Geneva&facets=0&limit=1");
  ASSERT_TRUE(res);
  EXPECT_EQ(json::parse(res->body)["total"], 1 + 40);
}

TEST_F(HttpTest, ErrorsFromTheHttpLayerAreJsonToo) {
  auto res = client_->Get("/api/search?q=" + std::string(9000, 'a'));
  ASSERT_TRUE(res);
  EXPECT_GE(res->status, 400);
  EXPECT_FALSE(json::parse(res->body, nullptr, false).is_discarded()) << res->body;
}

TEST(ServerCreate, RefusesAMissingStoreOrPageFolder) {
  std::string dir = chronicle::testing::temp_dir("create");
  std::string error;
  ServerOptions o;
  o.db = dir + "/missing.db";
  EXPECT_FALSE(Server::create(o, error));
  EXPECT_FALSE(error.empty());
  o.db = chronicle::testing::fixture_store("create2");
  o.web_dir = dir + "/no-such-folder";
  error.clear();
  EXPECT_FALSE(Server::create(o, error));
  EXPECT_NE(error.find("not a folder"), std::string::npos) << error;
}

}  // namespace
}  // namespace chronicle::server
