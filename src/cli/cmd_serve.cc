// chronicle serve [--db PATH] [--host 127.0.0.1] [--port 8080] [--web DIR]: the HTTP API and the
// web page (src/server). Runs until SIGINT or SIGTERM, then stops cleanly.
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "cli/output.h"
#include "server/server.h"

namespace chronicle::cli {
namespace {

struct ServeFlags {
  std::string db, host = "127.0.0.1", web;
  int port = 8080;
  int threads = 0;
  bool no_cache = false;
};

int run_serve(const ServeFlags& f) {
  server::ServerOptions options;
  options.db = store_path(f.db);
  options.host = f.host;
  options.port = f.port;
  options.web_dir = f.web.empty() ? server::default_web_dir() : f.web;
  options.threads = f.threads;
  options.cache = !f.no_cache;
  std::string error;
  auto srv = server::Server::create(options, error);
  if (!srv) {
    print_error(options.db, error);
    return 1;
  }
  int port = srv->bind(error);
  if (port < 0) {
    print_error("serve", error);
    return 1;
  }
  // Signals are waited for on their own thread (sigwait), so stopping needs no async-signal-safe
  // tricks: the thread calls stop(), run() returns, and the store connections close normally.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    srv->stop();
  });
  std::fprintf(stderr, "chronicle: serving %s on http://%s:%d/%s\n", options.db.c_str(), options.host.c_str(), port,
               options.web_dir.empty() ? " (API only: no web page found)" : "");
  bool ok = srv->run();
  if (!ok) {
    print_error("serve", "the server stopped with an error");
    pthread_kill(waiter.native_handle(), SIGTERM);
  }
  waiter.join();
  return ok ? 0 : 1;
}

}  // namespace

void add_serve_command(CLI::App& app, CommandStatus& status) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the HTTP API and the web page (read-only)");
  cmd->add_option("--db", flags->db, "Store (default ./chronicle.db or $CHRONICLE_DB)");
  cmd->add_option("--host", flags->host, "Address to bind (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", flags->port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--web", flags->web, "The built page's folder (default: the source tree's web/dist)");
  cmd->add_option("--threads", flags->threads, "Worker threads, one per connection served at once (default 64)")->check(CLI::Range(0, 256));
  cmd->add_flag("--no-cache", flags->no_cache, "Do not keep answers in memory");
  cmd->callback([flags, &status] { status.exit_code = run_serve(*flags); });
}

}  // namespace chronicle::cli
