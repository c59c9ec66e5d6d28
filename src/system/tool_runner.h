// The one seam to external programs (pandoc, soffice): production runs real
// processes, unit tests substitute a fake.
#pragma once
#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace nastavnik {

struct ToolResult {
  enum class Status { Ok, NotFound, Failed, TimedOut, Cancelled };
  Status status = Status::Ok;
  int exit_code = 0;
  std::string output;  // stdout and stderr, the last few kilobytes
};

// A cancel flag that is never raised, for callers with nothing to cancel.
const std::atomic<bool>& no_cancel();

// The build runs tools from several threads at once (TaskPool): an implementation
// must allow concurrent calls.
class ToolRunner {
 public:
  virtual ~ToolRunner() = default;
  // Runs argv (argv[0] looked up on PATH) in a process group of its own and waits
  // at most `timeout`; on timeout the whole group is killed. A real runner registers
  // the group in child_groups.h while it lives, and throws Interrupted (interrupt.h)
  // after killing it when a termination signal arrives. Safe to call from several
  // threads at once (each call waits for its own child).
  virtual ToolResult run(const std::vector<std::string>& argv, std::chrono::seconds timeout) = 0;
  // As run(), but also kills the process group and returns Status::Cancelled soon
  // (within 0.1 s) after `cancel` becomes true: another tool of the build failed.
  // The default ignores `cancel`, which suits a fake that returns at once.
  virtual ToolResult run_cancellable(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                                     const std::atomic<bool>& cancel) {
    (void)cancel;
    return run(argv, timeout);
  }
};

// Runs real processes with fork/exec.
std::unique_ptr<ToolRunner> make_process_runner();

// An external program is missing, failed or hung: the build stops with exit status 3.
class ToolError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws ToolError with a Russian message naming the tool and its Debian package
// unless `r` succeeded.
void require_success(const ToolResult& r, const std::string& tool, const std::string& package,
                     std::chrono::seconds timeout);

}  // namespace nastavnik
