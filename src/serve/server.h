// `nastavnik serve`: one Russian page over the core, with jobs in private folders,
// a bounded build queue, sessions and CSRF tokens, and safe response headers.
#pragma once
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

#include "render/build.h"

namespace nastavnik::serve {

struct ServeConfig {
  std::string host = "127.0.0.1";
  int port = 8080;                         // 0: any free port (tests)
  std::filesystem::path work_dir;          // jobs live in work_dir/<id>/
  std::chrono::seconds job_ttl{3600};      // a job's files are deleted after this at the latest
  std::chrono::seconds job_limit{900};     // a build's or import's external programs stop after this
  std::size_t max_upload = 20u << 20;      // bytes
  std::size_t builds = 2;                  // builds and imports at once
  std::size_t queue = 4;                   // more waiting; beyond: «занято»
  std::string token;                       // the login secret; empty: no login (localhost only)
  std::filesystem::path tls_cert, tls_key; // both set: HTTPS
};

class Server {
 public:
  // Prepares the work directory (removing earlier jobs) and the blank workbook;
  // throws std::runtime_error with a Russian message when that fails.
  Server(ServeConfig config, RenderEnv env);
  ~Server();
  // Binds the listening socket; returns the port, or -1 when it cannot be bound.
  int bind();
  // Serves until stop(); returns false when the server could not run.
  bool run();
  // Stops run() from another thread.
  void stop();
  // Job folders now on disk (the load test checks none is left).
  std::size_t job_folders() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for an address only this machine reaches (127.0.0.0/8, ::1, localhost).
bool is_loopback(const std::string& host);

}  // namespace nastavnik::serve
