#include "serve/work_queue.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>

namespace nastavnik::serve {

TEST_CASE("work queue: runs at most N at once and refuses beyond its length", "[serve]") {
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  std::atomic<int> started{0}, finished{0};
  {
    WorkQueue q(2, 1);
    auto task = [&] {
      ++started;
      gate.wait();
      ++finished;
    };
    CHECK(q.submit(task));
    CHECK(q.submit(task));
    for (int i = 0; i < 100 && started < 2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(started == 2);
    CHECK(q.submit(task));   // waits
    CHECK_FALSE(q.submit(task));  // beyond the queue: «занято»
    CHECK(q.pending() == 3);
    release.set_value();
    for (int i = 0; i < 200 && finished < 3; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(finished == 3);
}

}  // namespace nastavnik::serve
