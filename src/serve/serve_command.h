// `nastavnik serve [--listen 127.0.0.1:8080] …`: the options, their checks, and
// running the server until SIGINT or SIGTERM.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "render/build.h"
#include "serve/server.h"

namespace nastavnik::serve {

// The usage lines `nastavnik --help` shows for serve.
extern const char* kServeUsage;

// Parses the options after `serve`; false with a Russian message in `err` when they
// make no sense (listening beyond this machine without --token-file included).
bool parse_serve_args(const std::vector<std::string>& args, ServeConfig& config, std::ostream& err);

// Runs `nastavnik serve …`; returns an exit status (0, 1 usage or start-up failure).
int run_serve(const std::vector<std::string>& args, const RenderEnv& env, std::ostream& out, std::ostream& err);

}  // namespace nastavnik::serve
