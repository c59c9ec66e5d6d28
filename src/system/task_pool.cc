#include "system/task_pool.h"

#include <sched.h>

#include <algorithm>
#include <utility>

namespace nastavnik {

size_t default_jobs() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

TaskPool::TaskPool(size_t threads) : max_threads_(std::max<size_t>(1, threads)) {}

TaskPool::~TaskPool() {
  cancel_ = true;
  try {
    wait();
  } catch (...) {  // the error that is unwinding already tells the story
  }
}

void TaskPool::add(Task task) {
  std::lock_guard lock(mutex_);
  queue_.push_back(std::move(task));
  // Threads start lazily: a build with one pandoc run starts one thread.
  if (queue_.size() > idle_ && threads_.size() < max_threads_) threads_.emplace_back([this] { work(); });
  cv_.notify_one();
}

void TaskPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    cv_.wait(lock, [this] { return !queue_.empty() || closing_; });
    --idle_;
    if (queue_.empty()) return;  // closing and nothing left
    Task task = std::move(queue_.front());
    queue_.pop_front();
    if (error_ || cancel_) continue;  // a task failed: skip what has not started
    lock.unlock();
    try {
      task(cancel_);
    } catch (...) {
      lock.lock();
      if (!error_) error_ = std::current_exception();
      cancel_ = true;
      continue;
    }
    lock.lock();
  }
}

void TaskPool::wait() {
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
    threads.swap(threads_);
  }
  cv_.notify_all();
  for (auto& t : threads) t.join();
  std::lock_guard lock(mutex_);
  closing_ = false;
  idle_ = 0;
  queue_.clear();
  std::exception_ptr error = std::exchange(error_, nullptr);
  cancel_ = false;
  if (error) std::rethrow_exception(error);
}

}  // namespace nastavnik
