// A build writes into a private temporary folder inside the output folder and
// moves finished files into place only when everything succeeded, so a failed
// or interrupted build leaves the output folder exactly as it was. Inside, not
// beside: the move is then a rename on one file system even when the output
// folder is the root of a mounted one.
#pragma once
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace nastavnik {

namespace fs = std::filesystem;

// The staging folder's name starts with this, then the owner's pid: «.nastavnik-build-4242-Ab12Cd».
inline constexpr const char* kStagingPrefix = ".nastavnik-build-";

class Staging {
 public:
  // Creates out_dir (and missing parents, mode 0755) if needed, removes staging
  // folders that killed builds left there (stale_staging_folders), then creates
  // its own, recording its pid. Throws std::runtime_error with a Russian message.
  explicit Staging(fs::path out_dir);
  // Removes the temporary folder and everything left in it; without a commit, also
  // the folders the constructor created, so a failed build leaves no trace.
  ~Staging();
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;

  // Where finished outputs go, mirroring the layout of out_dir.
  const fs::path& dir() const { return dir_; }
  // Scratch space for intermediates (HTML for pandoc, LibreOffice profile).
  fs::path work() const { return root_ / "work"; }

  // Moves every file under dir() into out_dir (replacing same-named files, leaving
  // others), creating folders with the staged folders' modes; returns the moved
  // paths relative to out_dir. Throws Interrupted (interrupt.h) before moving
  // anything if a termination signal has arrived.
  std::vector<fs::path> commit();

 private:
  fs::path out_dir_, root_, dir_;
  fs::path created_;  // the topmost folder the constructor created; empty if none
  bool committed_ = false;
};

// Staging folders directly in `dir` whose owner is gone: its pid is dead, or now
// belongs to a process that started later than the one that made the folder.
std::vector<fs::path> stale_staging_folders(const fs::path& dir);

// When a process started, in clock ticks since boot (/proc/PID/stat); 0 when unknown.
unsigned long long process_start_ticks(pid_t pid);

// Writes `data` to `path` (creating or truncating it); throws std::runtime_error
// with a Russian message on failure.
void write_file(const fs::path& path, const std::string& data);

// Reads a whole file; throws std::runtime_error with a Russian message on failure.
std::string read_file(const fs::path& path);

}  // namespace nastavnik
