#include "system/tool_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "system/child_groups.h"
#include "system/interrupt.h"

namespace nastavnik {
namespace {

constexpr size_t kKeepOutput = 16 * 1024;

class ProcessRunner : public ToolRunner {
 public:
  ToolResult run(const std::vector<std::string>& argv, std::chrono::seconds timeout) override {
    return run_cancellable(argv, timeout, no_cancel());
  }

  ToolResult run_cancellable(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                             const std::atomic<bool>& cancel) override {
    throw_if_interrupted();  // no new process once the build is to end
    ToolResult result;
    int pipefd[2];
    int errpipe[2];  // reports exec failure (ENOENT) from the child
    if (pipe2(pipefd, O_CLOEXEC) != 0 || pipe2(errpipe, O_CLOEXEC) != 0) {
      result.status = ToolResult::Status::Failed;
      result.output = std::strerror(errno);
      return result;
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    const pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
      setpgid(0, 0);  // own group, so a hung soffice and its children die together
      // If nastavnik itself is killed (SIGKILL: no handler runs), the tool goes too.
      prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (getppid() != parent) _exit(127);  // the parent died before prctl took effect
      int devnull = open("/dev/null", O_RDONLY);
      dup2(devnull, 0);
      dup2(pipefd[1], 1);
      dup2(pipefd[1], 2);
      execvp(args[0], args.data());
      int err = errno;
      (void)!write(errpipe[1], &err, sizeof err);
      _exit(127);
    }
    close(pipefd[1]);
    close(errpipe[1]);
    if (pid < 0) {
      close(pipefd[0]);
      close(errpipe[0]);
      result.status = ToolResult::Status::Failed;
      result.output = std::strerror(errno);
      return result;
    }
    setpgid(pid, pid);
    try {
      register_child_group(pid);  // from here a termination signal kills the whole group
    } catch (...) {
      kill(-pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      close(pipefd[0]);
      close(errpipe[0]);
      throw;
    }
    // Ends the child's group, reaps the leader and forgets the group; then a
    // pending signal ends this run.
    auto stop = [&](int& status) {
      kill(-pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      unregister_child_group(pid);
    };
    auto abandon_if_interrupted = [&] {
      if (!interrupt_signal()) return;
      int status = 0;
      stop(status);
      close(errpipe[0]);
      throw_if_interrupted();
    };

    auto deadline = std::chrono::steady_clock::now() + timeout;
    char buf[4096];
    bool timed_out = false, cancelled = false;
    for (;;) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) {
        timed_out = true;
        break;
      }
      if (cancel) {
        cancelled = true;
        break;
      }
      pollfd pfd[2] = {{pipefd[0], POLLIN, 0}, {interrupt_fd(), POLLIN, 0}};
      int n = poll(pfd, pfd[1].fd >= 0 ? 2 : 1, static_cast<int>(std::min<long long>(left.count(), 100)));
      if (interrupt_signal()) {
        close(pipefd[0]);
        abandon_if_interrupted();
      }
      if (n < 0 && errno != EINTR) break;
      if (n <= 0 || !(pfd[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t got = read(pipefd[0], buf, sizeof buf);
      if (got <= 0) break;  // EOF: the child closed its output
      result.output.append(buf, static_cast<size_t>(got));
      if (result.output.size() > 2 * kKeepOutput) result.output.erase(0, result.output.size() - kKeepOutput);
    }
    close(pipefd[0]);

    int status = 0;
    if (timed_out || cancelled) {
      stop(status);
      result.status = cancelled ? ToolResult::Status::Cancelled : ToolResult::Status::TimedOut;
    } else {
      // Output closed, but the process may linger: keep honouring the deadline.
      for (;;) {
        abandon_if_interrupted();
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid || (w < 0 && errno != EINTR)) break;
        if (std::chrono::steady_clock::now() >= deadline || cancel) {
          stop(status);
          result.status = cancel ? ToolResult::Status::Cancelled : ToolResult::Status::TimedOut;
          break;
        }
        usleep(10000);
      }
    }
    int exec_errno = 0;
    if (read(errpipe[0], &exec_errno, sizeof exec_errno) == sizeof exec_errno) {
      result.status = exec_errno == ENOENT ? ToolResult::Status::NotFound : ToolResult::Status::Failed;
      result.output = std::strerror(exec_errno);
    } else if (result.status != ToolResult::Status::TimedOut && result.status != ToolResult::Status::Cancelled) {
      result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      result.status = result.exit_code == 0 ? ToolResult::Status::Ok : ToolResult::Status::Failed;
    }
    close(errpipe[0]);
    // Kill any daemon the tool left behind in its group (soffice can fork one).
    kill(-pid, SIGKILL);
    unregister_child_group(pid);
    throw_if_interrupted();  // the tool finished, but the build is to end all the same
    return result;
  }
};

}  // namespace

const std::atomic<bool>& no_cancel() {
  static const std::atomic<bool> never{false};
  return never;
}

std::unique_ptr<ToolRunner> make_process_runner() { return std::make_unique<ProcessRunner>(); }

void require_success(const ToolResult& r, const std::string& tool, const std::string& package,
                     std::chrono::seconds timeout) {
  switch (r.status) {
    case ToolResult::Status::Ok:
      return;
    case ToolResult::Status::NotFound:
      throw ToolError("не найдена программа " + tool + ". Установите её: apt-get install " + package +
                      " (или запустите scripts/setup.sh)");
    case ToolResult::Status::Cancelled:  // another tool failed; its error is the one reported
      throw ToolError("программа " + tool + " остановлена: другая программа сборки завершилась с ошибкой");
    case ToolResult::Status::TimedOut:
      throw ToolError("программа " + tool + " (пакет " + package + ") не закончила работу за " +
                      std::to_string(timeout.count()) + " с и была остановлена");
    case ToolResult::Status::Failed: {
      std::string tail = r.output.size() > 2000 ? r.output.substr(r.output.size() - 2000) : r.output;
      throw ToolError("программа " + tool + " (пакет " + package + ") завершилась с ошибкой (код " +
                      std::to_string(r.exit_code) + ")" + (tail.empty() ? "" : ":\n" + tail));
    }
  }
}

}  // namespace nastavnik
