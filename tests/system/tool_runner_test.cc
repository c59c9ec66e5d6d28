// The real process runner under a termination signal: the child's whole group
// dies (a shell and the sleep it started), and run() throws Interrupted.
#include "system/tool_runner.h"

#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <atomic>
#include <thread>
#include <vector>

#include "system/child_groups.h"
#include "system/interrupt.h"
#include "support/test_support.h"

using namespace nastavnik;

TEST_CASE("a signal during a tool run kills the child's group and throws Interrupted", "[tool_runner]") {
  test::TempDir tmp;
  const std::string pidfile = (tmp.path / "grandchild").string();
  auto runner = make_process_runner();
  InterruptGuard guard;
  std::thread signaller([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    kill(getpid(), SIGTERM);
  });
  auto start = std::chrono::steady_clock::now();
  // The shell forks a sleep (like soffice forks soffice.bin) and waits for it.
  CHECK_THROWS_AS(runner->run({"sh", "-c", "sleep 60 & echo $! > " + pidfile + "; wait"}, std::chrono::seconds(60)),
                  Interrupted);
  signaller.join();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  CHECK(live_child_groups() == 0);
  pid_t grandchild = std::stoi(test::shell_output("cat " + pidfile));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK((kill(grandchild, 0) != 0 || test::shell_output("ps -o stat= -p " + std::to_string(grandchild)).find('Z') !=
                                          std::string::npos));
}

TEST_CASE("parallel runs (one per thread) all end on one signal", "[tool_runner]") {
  auto runner = make_process_runner();
  InterruptGuard guard;
  std::atomic<int> interrupted{0};
  std::vector<std::thread> workers;
  for (int i = 0; i < 4; ++i)
    workers.emplace_back([&] {
      try {
        runner->run({"sleep", "60"}, std::chrono::seconds(60));
      } catch (const Interrupted&) {
        ++interrupted;
      }
    });
  for (int i = 0; i < 100 && live_child_groups() < 4; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK(live_child_groups() == 4);
  auto start = std::chrono::steady_clock::now();
  kill(getpid(), SIGINT);
  for (auto& w : workers) w.join();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  CHECK(interrupted == 4);
  CHECK(live_child_groups() == 0);
}

TEST_CASE("a finished run leaves no registered group", "[tool_runner]") {
  auto runner = make_process_runner();
  ToolResult r = runner->run({"sh", "-c", "echo готово"}, std::chrono::seconds(10));
  CHECK(r.status == ToolResult::Status::Ok);
  CHECK(r.output == "готово\n");
  CHECK(live_child_groups() == 0);
}
