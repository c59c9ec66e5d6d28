// Look-ups by id in constant time for the programme's lists of people: a build
// of a large school looks each participant up thousands of times.
#pragma once
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace nastavnik {

// The position of every id in one list, made on the first look-up and extended as
// the list grows. A found position is checked against the list, so an element
// replaced in place is found by a scan (and the index made again); a list that
// shrank is indexed again. What it cannot see is an id edited in place to a new
// value: the model's lists are filled by the readers and then only read.
// Copies start empty (they index their own lists); look-ups may come from several threads.
class IdIndex {
 public:
  IdIndex() = default;
  IdIndex(const IdIndex&) {}
  IdIndex& operator=(const IdIndex&) {
    std::lock_guard lock(mutex_);
    positions_.clear();
    indexed_ = 0;
    return *this;
  }

  // The first element of `list` whose id is `id`, or nullptr.
  template <class T>
  const T* find(const std::vector<T>& list, const std::string& id) const {
    std::lock_guard lock(mutex_);
    if (list.size() < indexed_) positions_.clear(), indexed_ = 0;
    for (; indexed_ < list.size(); ++indexed_) positions_.try_emplace(list[indexed_].id, indexed_);
    auto it = positions_.find(id);
    if (it == positions_.end()) return nullptr;
    if (list[it->second].id == id) return &list[it->second];
    positions_.clear(), indexed_ = 0;  // an element was replaced: index the list afresh
    for (; indexed_ < list.size(); ++indexed_) positions_.try_emplace(list[indexed_].id, indexed_);
    it = positions_.find(id);
    return it == positions_.end() ? nullptr : &list[it->second];
  }

 private:
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, size_t> positions_;
  mutable size_t indexed_ = 0;
};

}  // namespace nastavnik
