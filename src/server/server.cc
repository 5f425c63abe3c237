#include "server/server.h"

#include <httplib.h>
#include <sys/stat.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "server/api.h"
#include "server/http_cache.h"
#include "server/static_files.h"
#include "server/store_pool.h"

namespace chronicle::server {
namespace {

// Connections stay open for many requests (a page loads a dozen; wrk reuses each connection):
// httplib's default of 5 requests per connection would make every sixth request pay a handshake.
constexpr size_t kKeepAliveRequests = 10000;
constexpr int kDefaultThreads = 64;
constexpr time_t kKeepAliveSeconds = 5;
// The API reads only; a request body has no use, so it is kept tiny.
constexpr size_t kMaxBody = 1024;

// The cache key: path and parameters in sorted order, each part length-prefixed so that no
// parameter value can imitate another.
std::string cache_key(const httplib::Request& req) {
  std::vector<std::pair<std::string, std::string>> params(req.params.begin(), req.params.end());
  std::sort(params.begin(), params.end());
  std::string key = std::to_string(req.path.size()) + ":" + req.path;
  for (const auto& [k, v] : params) key += "|" + std::to_string(k.size()) + ":" + k + std::to_string(v.size()) + ":" + v;
  return key;
}

void set_json_error(httplib::Response& res, int status, const std::string& message) {
  ApiResponse err = error_response(status, message);
  res.status = status;
  res.set_content(err.body, err.content_type.c_str());
}

std::string reason_of(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 416: return "range not satisfiable";
    default: return status >= 500 ? "server error" : "request refused";
  }
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  std::string web_root;  // real path of web_dir, "" for none
  StorePool pool;
  AnswerCache cache;
  httplib::Server http;

  explicit Impl(const ServerOptions& o) : options(o), pool(o.db) {}

  // Sends `body` with validators, or 304 when the client's copy is current.
  void send(const httplib::Request& req, httplib::Response& res, int status, const std::string& type,
            const std::string& body, const std::string& etag, std::time_t modified) {
    res.set_header("ETag", etag);
    res.set_header("Last-Modified", http_date(modified));
    res.set_header("Cache-Control", "no-cache");
    if (status == 200 &&
        not_modified(req.get_header_value("If-None-Match"), req.get_header_value("If-Modified-Since"), etag, modified)) {
      res.status = 304;
      return;
    }
    res.status = status;
    res.set_content(body, type.c_str());
  }

  void handle_api(const httplib::Request& req, httplib::Response& res) {
    Generation gen = store_generation(options.db);
    std::string key;
    if (options.cache) {
      key = cache_key(req);
      if (auto hit = cache.get(key, gen.stamp)) {
        send(req, res, hit->status, hit->content_type, hit->body, hit->etag, gen.modified);
        return;
      }
    }
    std::string error;
    StorePool::Lease store = pool.acquire(error);
    if (!store) {
      set_json_error(res, 503, "the store cannot be opened: " + error);
      return;
    }
    ApiResponse answer = answer_api(*store, req.path, req.params);
    std::string etag = etag_of(answer.body);
    // Errors are not cached: a 500 may be a passing lock, and bad requests are cheap to refuse.
    if (options.cache && answer.status == 200)
      cache.put(key, gen.stamp, {answer.status, answer.content_type, answer.body, etag});
    send(req, res, answer.status, answer.content_type, answer.body, etag, gen.modified);
  }

  void handle_static(const httplib::Request& req, httplib::Response& res) {
    if (web_root.empty()) {
      set_json_error(res, 404, "no web page is served (start with --web DIR)");
      return;
    }
    auto file = resolve_static(web_root, req.path);
    std::string body;
    if (!file || !read_file(*file, body)) {
      set_json_error(res, 404, "no such file");
      return;
    }
    struct stat st {};
    ::stat(file->c_str(), &st);
    // The page must never be framed by another site, nor run scripts from anywhere else.
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                   "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    send(req, res, 200, content_type_of(*file), body, etag_of(body), st.st_mtim.tv_sec);
  }

  void routes() {
    http.set_keep_alive_max_count(kKeepAliveRequests);
    http.set_keep_alive_timeout(kKeepAliveSeconds);
    http.set_payload_max_length(kMaxBody);
    // httplib writes headers and body separately; with Nagle's algorithm the body then waited for
    // the client's delayed ACK, about 40 ms on every answer (measured: 86 requests/s from cache).
    http.set_tcp_nodelay(true);
    // httplib serves a keep-alive connection on one worker until it closes, so the worker count is
    // how many clients are served at once, not a CPU budget: with 2 × cores workers, a 32-connection
    // load left 28 connections queued for seconds (p99 6.8 s) while 4 were answered in 0.2 ms.
    int threads = options.threads > 0 ? options.threads : kDefaultThreads;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    http.Get("/api/.*", [this](const httplib::Request& req, httplib::Response& res) { handle_api(req, res); });
    http.Get("/.*", [this](const httplib::Request& req, httplib::Response& res) { handle_static(req, res); });
    auto refuse = [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Allow", "GET, HEAD");
      set_json_error(res, 405, "read-only: only GET and HEAD are answered");
    };
    http.Post(".*", refuse);
    http.Put(".*", refuse);
    http.Patch(".*", refuse);
    http.Delete(".*", refuse);
    http.Options(".*", refuse);
    // Errors httplib raises itself (bad request line, URI too long) get a JSON body too.
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) set_json_error(res, res.status, reason_of(res.status));
    });
    http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
      set_json_error(res, 500, "the request failed inside the server");
    });
  }
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

std::unique_ptr<Server> Server::create(const ServerOptions& options, std::string& error) {
  auto impl = std::make_unique<Impl>(options);
  {
    StorePool::Lease probe = impl->pool.acquire(error);
    if (!probe) return nullptr;
  }
  if (!options.web_dir.empty()) {
    char resolved[PATH_MAX];
    struct stat st {};
    if (!::realpath(options.web_dir.c_str(), resolved) || ::stat(resolved, &st) != 0 || !S_ISDIR(st.st_mode)) {
      error = options.web_dir + ": not a folder (build the page with `bash scripts/setup.sh`)";
      return nullptr;
    }
    impl->web_root = resolved;
  }
  impl->routes();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

int Server::bind(std::string& error) {
  int port = impl_->options.port;
  bool ok = port == 0 ? (port = impl_->http.bind_to_any_port(impl_->options.host)) > 0
                      : impl_->http.bind_to_port(impl_->options.host, port);
  if (!ok) {
    error = "cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port);
    return -1;
  }
  return port;
}

bool Server::run() { return impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

std::string default_web_dir() {
#ifdef CHRONICLE_DATA_DIR
  std::string dir = std::string(CHRONICLE_DATA_DIR) + "/../web/dist";
  struct stat st {};
  if (::stat((dir + "/index.html").c_str(), &st) == 0) return dir;
#endif
  return "";
}

}  // namespace chronicle::server
