#include "serve/work_queue.h"

namespace nastavnik::serve {

WorkQueue::WorkQueue(std::size_t workers, std::size_t max_waiting) : max_waiting_(max_waiting) {
  for (std::size_t i = 0; i < (workers ? workers : 1); ++i) threads_.emplace_back([this] { work(); });
}

WorkQueue::~WorkQueue() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    waiting_.clear();
  }
  ready_.notify_all();
  for (auto& t : threads_) t.join();
}

bool WorkQueue::submit(std::function<void()> task) {
  {
    std::lock_guard lock(mutex_);
    // A free worker takes the task at once: only tasks beyond the workers wait.
    const std::size_t free_workers = threads_.size() - running_;
    if (waiting_.size() >= max_waiting_ + free_workers) return false;
    waiting_.push_back(std::move(task));
  }
  ready_.notify_one();
  return true;
}

std::size_t WorkQueue::pending() const {
  std::lock_guard lock(mutex_);
  return waiting_.size() + running_;
}

void WorkQueue::work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
      if (stopping_) return;
      task = std::move(waiting_.front());
      waiting_.pop_front();
      ++running_;
    }
    try {
      task();
    } catch (...) {  // a task reports its own failure; the worker must live on
    }
    std::lock_guard lock(mutex_);
    --running_;
  }
}

}  // namespace nastavnik::serve
