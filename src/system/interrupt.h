// Termination signals during a build (Ctrl-C, SIGTERM from a service manager,
// SIGHUP from a closed terminal). The handler only records the signal, wakes
// waiting loops through a self-pipe and kills the registered child groups
// (child_groups.h) — all async-signal-safe. Everything else happens on the
// normal path: the loop that waits for a child throws Interrupted, the stack
// unwinds, Staging removes its folder, and the command line prints one Russian
// line and exits 128 + the signal number.
#pragma once
#include <stdexcept>
#include <string>

namespace nastavnik {

// Thrown on the normal path once a termination signal has arrived.
class Interrupted : public std::runtime_error {
 public:
  explicit Interrupted(int signal);
  int signal() const { return signal_; }
  // 128 + the signal: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP.
  int exit_code() const { return 128 + signal_; }

 private:
  int signal_;
};

// While alive, SIGINT, SIGTERM and SIGHUP are caught as described above (one
// that was ignored at start, as under nohup, stays ignored); the previous
// dispositions come back on destruction. One at a time per process.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;
};

// The signal that arrived since the guard was installed, or 0.
int interrupt_signal();

// Throws Interrupted if a signal arrived; a checkpoint for long work between tool runs.
void throw_if_interrupted();

// A descriptor that becomes (and stays) readable once a signal arrives, for a
// poll(2) loop that waits on a child; -1 when no guard is installed.
int interrupt_fd();

// «SIGTERM», «SIGINT», «SIGHUP» (or the number) for messages.
std::string signal_name(int signal);

}  // namespace nastavnik
