// Server: `chronicle serve` — the JSON API (api.h) and the web page's static files over HTTP.
//
// What it guarantees (issue 7, "Safety"):
//  - it binds 127.0.0.1 unless told another host;
//  - it is read-only: every request reads through a read-only Store connection from a pool
//    (store_pool.h), so an ingest may write the same store meanwhile (WAL);
//  - only GET and HEAD are answered (405 otherwise); every error is JSON with its status;
//  - static files come from the page's folder only (static_files.h);
//  - every answer carries an ETag and Last-Modified; If-None-Match / If-Modified-Since give 304;
//  - answers are cached in memory per store generation (http_cache.h), so a commit by an ingest
//    is visible to the next request.
//
// Use: create(), then bind() (port 0 picks a free port), then run() until stop() from another
// thread (or a signal handler's thread). Not copyable.
#pragma once
#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace chronicle::server {

struct ServerOptions {
  std::string db;               // the store (must exist)
  std::string host = "127.0.0.1";
  int port = 8080;              // 0: any free port
  std::string web_dir;          // the built page (web/dist); "" serves the API only
  int threads = 0;              // worker threads, one per connection served at once; 0: 64
  bool cache = true;            // keep answers in memory per store generation
};

class Server {
 public:
  // Checks that the store opens read-only and that web_dir (when given) is a folder; null with
  // `error` set otherwise.
  static std::unique_ptr<Server> create(const ServerOptions& options, std::string& error);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket; returns the port, or -1 with `error` set.
  int bind(std::string& error);
  // Serves until stop(); false when the server could not run.
  bool run();
  void stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The page's folder built by the set-up (web/dist in the source tree), "" when it is not there.
std::string default_web_dir();

}  // namespace chronicle::server
