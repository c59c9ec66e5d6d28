// The worker threads of a build: every task runs, never more at once than asked,
// and the first failure cancels the rest and is the one reported.
#include "system/task_pool.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace nastavnik;
using namespace std::chrono_literals;

TEST_CASE("a pool runs every task, at most its thread count at once", "[task_pool]") {
  TaskPool pool(2);
  std::atomic<int> running{0}, most{0}, done{0};
  for (int i = 0; i < 8; ++i)
    pool.add([&](const std::atomic<bool>&) {
      const int now = ++running;
      for (int seen = most; now > seen && !most.compare_exchange_weak(seen, now);) {
      }
      std::this_thread::sleep_for(20ms);
      --running;
      ++done;
    });
  pool.wait();
  CHECK(done == 8);
  CHECK(most == 2);  // two at once: both cores busy, never a third
  pool.add([&](const std::atomic<bool>&) { ++done; });  // usable again after wait()
  pool.wait();
  CHECK(done == 9);
  CHECK(default_jobs() >= 1);
}

TEST_CASE("the first failure cancels running tasks, skips waiting ones and is rethrown", "[task_pool]") {
  TaskPool pool(2);
  std::atomic<bool> saw_cancel{false};
  std::atomic<int> started{0};
  pool.add([&](const std::atomic<bool>& cancel) {  // a hung tool: ends only when cancelled
    ++started;
    const auto until = std::chrono::steady_clock::now() + 10s;
    while (!cancel && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(1ms);
    saw_cancel = cancel.load();
  });
  pool.add([&](const std::atomic<bool>&) {
    ++started;
    std::this_thread::sleep_for(50ms);
    throw std::runtime_error("первая ошибка");
  });
  for (int i = 0; i < 5; ++i)
    pool.add([&](const std::atomic<bool>&) {
      ++started;
      throw std::runtime_error("не должна начаться");
    });
  const auto begin = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(pool.wait(), "первая ошибка");
  CHECK(std::chrono::steady_clock::now() - begin < 5s);
  CHECK(saw_cancel);
  CHECK(started == 2);
  // The flag is down again for the next round.
  bool cancelled = true;
  pool.add([&](const std::atomic<bool>& cancel) { cancelled = cancel; });
  pool.wait();
  CHECK_FALSE(cancelled);
}

TEST_CASE("a pool destroyed while a task runs cancels it and waits for it", "[task_pool]") {
  std::atomic<bool> finished{false};
  {
    TaskPool pool(1);
    pool.add([&](const std::atomic<bool>& cancel) {
      while (!cancel) std::this_thread::sleep_for(1ms);
      finished = true;
    });
    std::this_thread::sleep_for(20ms);
  }
  CHECK(finished);
}
