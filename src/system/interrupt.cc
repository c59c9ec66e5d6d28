#include "system/interrupt.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>

#include "system/child_groups.h"

namespace nastavnik {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

std::atomic<int> g_signal{0};
std::atomic<int> g_pipe_read{-1}, g_pipe_write{-1};
struct sigaction g_previous[3];

void on_signal(int sig) {
  const int saved_errno = errno;
  int expected = 0;
  g_signal.compare_exchange_strong(expected, sig);  // the first signal decides the exit code
  int fd = g_pipe_write.load();
  if (fd >= 0) (void)!write(fd, "!", 1);  // non-blocking; one byte is enough, it is never read
  kill_child_groups(SIGKILL);             // soffice ignores SIGTERM while converting; its output is discarded anyway
  errno = saved_errno;
}

}  // namespace

Interrupted::Interrupted(int signal)
    : std::runtime_error("сборка прервана сигналом " + signal_name(signal)), signal_(signal) {}

InterruptGuard::InterruptGuard() {
  g_signal = 0;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) == 0) {
    g_pipe_read = fds[0];
    g_pipe_write = fds[1];
  }
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  for (int i = 0; i < 3; ++i) {
    sigaction(kSignals[i], &sa, &g_previous[i]);
    // A signal ignored when we started stays ignored: `nohup` (SIGHUP), a
    // background job of a script (SIGINT) asked not to be stopped by it.
    if (g_previous[i].sa_handler == SIG_IGN) sigaction(kSignals[i], &g_previous[i], nullptr);
  }
}

InterruptGuard::~InterruptGuard() {
  for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &g_previous[i], nullptr);
  g_signal = 0;  // whatever came has been acted on: the Interrupted exception carries it
  int r = g_pipe_read.exchange(-1), w = g_pipe_write.exchange(-1);
  if (r >= 0) close(r);
  if (w >= 0) close(w);
}

int interrupt_signal() { return g_signal.load(); }

void throw_if_interrupted() {
  if (int sig = g_signal.load()) throw Interrupted(sig);
}

int interrupt_fd() { return g_pipe_read.load(); }

std::string signal_name(int signal) {
  switch (signal) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    case SIGHUP: return "SIGHUP";
  }
  return std::to_string(signal);
}

}  // namespace nastavnik
