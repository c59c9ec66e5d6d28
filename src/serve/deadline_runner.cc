#include "serve/deadline_runner.h"

#include <algorithm>

namespace nastavnik::serve {

DeadlineRunner::DeadlineRunner(ToolRunner& inner, std::chrono::seconds limit)
    : inner_(inner), deadline_(std::chrono::steady_clock::now() + limit) {}

ToolResult DeadlineRunner::run(const std::vector<std::string>& argv, std::chrono::seconds timeout) {
  const auto left = std::chrono::duration_cast<std::chrono::seconds>(deadline_ - std::chrono::steady_clock::now());
  if (left.count() <= 0) {
    ToolResult r;
    r.status = ToolResult::Status::TimedOut;
    return r;
  }
  return inner_.run(argv, std::min(timeout, left));
}

}  // namespace nastavnik::serve
