// The registry of child process groups: registering, forgetting, and killing
// every registered group at once (what a termination signal does).
#include "system/child_groups.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <vector>

using namespace nastavnik;

namespace {

// A child in a process group of its own that sleeps until killed.
pid_t sleeping_group() {
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    execlp("sleep", "sleep", "60", static_cast<char*>(nullptr));
    _exit(127);
  }
  setpgid(pid, pid);
  return pid;
}

}  // namespace

TEST_CASE("kill_child_groups ends every registered group, however many", "[child_groups]") {
  const size_t before = live_child_groups();
  std::vector<pid_t> children;
  for (int i = 0; i < 5; ++i) {
    children.push_back(sleeping_group());
    register_child_group(children.back());
  }
  CHECK(live_child_groups() == before + 5);
  CHECK(kill_child_groups(SIGKILL) == 5);
  for (pid_t pid : children) {
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    unregister_child_group(pid);
  }
  CHECK(live_child_groups() == before);
}

TEST_CASE("unregistering an unknown group is harmless; a full registry refuses", "[child_groups]") {
  unregister_child_group(999999);
  std::vector<pid_t> fake;  // pids far above pid_max: kill() fails with ESRCH
  for (pid_t p = 0x3FFF0000; live_child_groups() < kMaxChildGroups; ++p) {
    register_child_group(p);
    fake.push_back(p);
  }
  CHECK_THROWS_WITH(register_child_group(1), Catch::Contains("слишком много"));
  for (pid_t p : fake) unregister_child_group(p);
  CHECK(live_child_groups() == 0);
}
