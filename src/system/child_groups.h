// The registry of live child process groups. Every external program runs in a
// process group of its own (so a hung soffice and the daemon it forks die
// together), which also means a terminal's Ctrl-C never reaches it: whoever
// starts a child registers its group here, and a termination signal kills every
// registered group at once, however many run in parallel.
#pragma once
#include <sys/types.h>

#include <cstddef>

namespace nastavnik {

// How many child groups may be live at once; register_child_group throws beyond it.
inline constexpr std::size_t kMaxChildGroups = 256;

// Records a live child process group (its leader's pid); thread-safe. Throws
// std::runtime_error when kMaxChildGroups are already registered.
void register_child_group(pid_t pgid);

// Forgets a group once its leader has been reaped; thread-safe, a no-op for an unknown group.
void unregister_child_group(pid_t pgid);

// Sends `sig` to every registered group; async-signal-safe (lock-free slots,
// only kill(2)), so a signal handler may call it. Returns how many groups it signalled.
std::size_t kill_child_groups(int sig);

// How many groups are registered now (tests, diagnostics).
std::size_t live_child_groups();

}  // namespace nastavnik
