// Builds at once are limited: a fixed number of workers take tasks from a queue
// of bounded length, and a task beyond it is refused at once (the page says
// «занято») instead of waiting unseen.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nastavnik::serve {

class WorkQueue {
 public:
  // `workers` tasks run at once; at most `max_waiting` more wait.
  WorkQueue(std::size_t workers, std::size_t max_waiting);
  ~WorkQueue();  // finishes the running tasks, drops the waiting ones
  WorkQueue(const WorkQueue&) = delete;
  WorkQueue& operator=(const WorkQueue&) = delete;
  // Queues `task`; false (and the task is not kept) when the queue is full.
  bool submit(std::function<void()> task);
  // Tasks waiting plus running.
  std::size_t pending() const;

 private:
  void work();
  std::size_t max_waiting_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> waiting_;
  std::size_t running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace nastavnik::serve
