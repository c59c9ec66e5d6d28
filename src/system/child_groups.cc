#include "system/child_groups.h"

#include <signal.h>

#include <array>
#include <atomic>
#include <stdexcept>

namespace nastavnik {
namespace {

// Fixed slots of lock-free atomics: a signal handler can walk them without a lock
// and without allocating. 0 marks a free slot.
std::array<std::atomic<pid_t>, kMaxChildGroups> g_groups{};
static_assert(std::atomic<pid_t>::is_always_lock_free, "the signal handler needs lock-free slots");

}  // namespace

void register_child_group(pid_t pgid) {
  for (auto& slot : g_groups) {
    pid_t expected = 0;
    if (slot.compare_exchange_strong(expected, pgid)) return;
  }
  throw std::runtime_error("слишком много одновременно запущенных внешних программ (больше " +
                           std::to_string(kMaxChildGroups) + ")");
}

void unregister_child_group(pid_t pgid) {
  for (auto& slot : g_groups) {
    pid_t expected = pgid;
    if (slot.compare_exchange_strong(expected, 0)) return;
  }
}

std::size_t kill_child_groups(int sig) {
  std::size_t n = 0;
  for (auto& slot : g_groups) {
    pid_t pgid = slot.load();
    if (pgid > 0 && kill(-pgid, sig) == 0) ++n;
  }
  return n;
}

std::size_t live_child_groups() {
  std::size_t n = 0;
  for (auto& slot : g_groups) n += slot.load() != 0;
  return n;
}

}  // namespace nastavnik
