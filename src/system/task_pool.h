// A few worker threads that run the build's external tools side by side (one per
// core): pandoc runs and LibreOffice groups. The first failure cancels the rest,
// so a failed build stops every tool it started before it reports.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nastavnik {

// How many tools a build runs at once when the user does not say: the cores this
// process may use (sched_getaffinity), at least 1.
size_t default_jobs();

class TaskPool {
 public:
  // A task gets the pool's cancel flag: it passes it to ToolRunner::run_cancellable,
  // which stops its tool once another task has failed.
  using Task = std::function<void(const std::atomic<bool>& cancel)>;

  // Runs at most `threads` tasks at once (at least 1).
  explicit TaskPool(size_t threads);
  // Raises the cancel flag and waits for the running tasks: nothing outlives a failed build.
  ~TaskPool();
  TaskPool(const TaskPool&) = delete;
  TaskPool& operator=(const TaskPool&) = delete;

  // Queues `task`; it starts, in order of adding, as soon as a thread is free.
  void add(Task task);

  // Waits until every task has finished, then rethrows the first exception a task
  // threw (tasks not started by then are skipped, running ones see the cancel flag).
  // The pool can take new tasks afterwards.
  void wait();

 private:
  void work();

  const size_t max_threads_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<Task> queue_;
  std::vector<std::thread> threads_;
  size_t idle_ = 0;
  bool closing_ = false;
  std::exception_ptr error_;
  std::atomic<bool> cancel_{false};
};

}  // namespace nastavnik
