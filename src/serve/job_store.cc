#include "serve/job_store.h"

#include <sys/stat.h>

#include <fstream>
#include <stdexcept>

namespace nastavnik::serve {
namespace fs = std::filesystem;

std::string random_id() {
  std::ifstream in("/dev/urandom", std::ios::binary);
  unsigned char bytes[16];
  if (!in.read(reinterpret_cast<char*>(bytes), sizeof bytes)) throw std::runtime_error("нет /dev/urandom");
  static const char* hex = "0123456789abcdef";
  std::string s;
  for (unsigned char b : bytes) {
    s += hex[b >> 4];
    s += hex[b & 15];
  }
  return s;
}

bool is_job_id(const std::string& s) {
  if (s.size() != 32) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

JobStore::JobStore(fs::path root, std::chrono::seconds ttl) : root_(std::move(root)), ttl_(ttl) {
  fs::create_directories(root_);
  fs::permissions(root_, fs::perms::owner_all, fs::perm_options::replace);
  // Only folders this server makes are removed: a job id is 32 hex digits.
  for (const auto& entry : fs::directory_iterator(root_))
    if (is_job_id(entry.path().filename().string())) fs::remove_all(entry.path());
}

JobStore::~JobStore() {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_, ec))
    if (is_job_id(entry.path().filename().string())) fs::remove_all(entry.path(), ec);
}

JobView JobStore::create(const std::string& kind, const std::string& owner) {
  JobView v;
  v.id = random_id();
  v.kind = kind;
  v.owner = owner;
  fs::path d = root_ / v.id;
  if (::mkdir(d.c_str(), 0700) != 0) throw std::runtime_error("не удалось создать папку задания");
  std::lock_guard lock(mutex_);
  jobs_[v.id] = Entry{v, std::chrono::steady_clock::now()};
  return v;
}

fs::path JobStore::dir(const std::string& id) const { return root_ / id; }

std::optional<JobView> JobStore::find(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  return it->second.view;
}

void JobStore::update(const std::string& id, const std::function<void(JobView&)>& change) {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it != jobs_.end()) change(it->second.view);
}

std::optional<fs::path> JobStore::take(const std::string& id, const std::string& name, bool* last) {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second.view.cleared) return std::nullopt;
  std::optional<fs::path> found;
  bool all = true;
  for (auto& f : it->second.view.files) {
    if (f.name == name) {
      f.downloaded = true;
      found = f.path;
    }
    all = all && f.downloaded;
  }
  if (last) *last = found && all;
  return found;
}

void JobStore::clear(const std::string& id) {
  {
    std::lock_guard lock(mutex_);
    auto it = jobs_.find(id);
    if (it == jobs_.end()) return;
    it->second.view.cleared = true;
  }
  std::error_code ec;
  if (is_job_id(id)) fs::remove_all(root_ / id, ec);
}

void JobStore::expire() {
  const auto now = std::chrono::steady_clock::now();
  std::vector<std::string> gone;
  {
    std::lock_guard lock(mutex_);
    for (auto it = jobs_.begin(); it != jobs_.end();) {
      const auto age = now - it->second.created;
      const bool busy = it->second.view.state == JobState::Queued || it->second.view.state == JobState::Running;
      if (age >= ttl_ && !busy && !it->second.view.cleared) {
        it->second.view.cleared = true;
        gone.push_back(it->first);
      }
      if (age >= 2 * ttl_ && !busy) it = jobs_.erase(it);
      else ++it;
    }
  }
  std::error_code ec;
  for (const auto& id : gone) fs::remove_all(root_ / id, ec);
}

std::size_t JobStore::live_folders() const {
  std::size_t n = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_, ec)) n += is_job_id(entry.path().filename().string());
  return n;
}

}  // namespace nastavnik::serve
