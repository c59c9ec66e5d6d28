// The server's jobs: each in its own owner-only folder under the work directory,
// named by 128 random bits, holding a list of files it may hand out. A job's
// folder goes when all its files were downloaded, when it expires, and (leftovers
// of a crash) when the server starts.
#pragma once
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "model/json.h"

namespace nastavnik::serve {

// 32 hex digits from the kernel's random source (128 bits).
std::string random_id();

// True for a string random_id() could have made: nothing else names a folder.
bool is_job_id(const std::string& s);

struct JobFile {
  std::string name;   // the download name, unique in the job («документы.zip»)
  std::string label;  // what it is for, in Russian
  std::filesystem::path path;
  bool downloaded = false;
};

enum class JobState { Queued, Running, Done, Failed };

// What the job page shows; the store copies it out under its lock.
struct JobView {
  std::string id, kind, owner;
  JobState state = JobState::Queued;
  std::size_t done = 0, total = 0;  // build progress
  std::string message;              // failure or summary, Russian
  Json details;                     // the action's own results (table rows, report lines)
  std::vector<JobFile> files;
  bool cleared = false;             // the folder is gone (downloaded or expired)
};

class JobStore {
 public:
  // Uses `root` (created 0700 if missing) and empties it of earlier jobs.
  JobStore(std::filesystem::path root, std::chrono::seconds ttl);
  ~JobStore();  // removes every job's folder: nothing of a stopped server stays on disk
  // A new job owned by session `owner`; its folder exists, mode 0700.
  JobView create(const std::string& kind, const std::string& owner);
  // The job's folder (whether or not it still exists).
  std::filesystem::path dir(const std::string& id) const;
  // A copy of the job, or nullopt for an id that is not a live job.
  std::optional<JobView> find(const std::string& id) const;
  // Updates a job in place under the lock; no-op for an unknown id.
  void update(const std::string& id, const std::function<void(JobView&)>& change);
  // The path of `name` in the job's list, or nullopt; marks it downloaded. When every
  // file has been taken, `*last` is set and the caller removes the folder with clear().
  std::optional<std::filesystem::path> take(const std::string& id, const std::string& name, bool* last);
  // Deletes the job's folder; the job page then says its files are gone.
  void clear(const std::string& id);
  // Deletes the folders of jobs older than the time limit, and forgets jobs twice as old.
  void expire();
  std::size_t live_folders() const;

 private:
  struct Entry {
    JobView view;
    std::chrono::steady_clock::time_point created;
  };
  std::filesystem::path root_;
  std::chrono::seconds ttl_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> jobs_;
};

}  // namespace nastavnik::serve
