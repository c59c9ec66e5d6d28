// A build writes into a private temporary folder beside the output folder and
// moves finished files into place only when everything succeeded, so a failed
// build leaves the output folder exactly as it was.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace nastavnik {

namespace fs = std::filesystem;

class Staging {
 public:
  // Creates the temporary folder next to `out_dir` (same file system, so moving is
  // a rename); creates out_dir's parent folders if needed.
  explicit Staging(fs::path out_dir);
  ~Staging();  // removes the temporary folder and everything left in it
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;

  // Where finished outputs go, mirroring the layout of out_dir.
  const fs::path& dir() const { return dir_; }
  // Scratch space for intermediates (HTML for pandoc, LibreOffice profile).
  fs::path work() const { return root_ / "work"; }

  // Moves every file under dir() into out_dir (replacing same-named files, leaving
  // others), creating folders as needed; returns the moved paths relative to out_dir.
  std::vector<fs::path> commit();

 private:
  fs::path out_dir_, root_, dir_;
};

// Writes `data` to `path` (creating or truncating it); throws std::runtime_error
// with a Russian message on failure.
void write_file(const fs::path& path, const std::string& data);

// Reads a whole file; throws std::runtime_error with a Russian message on failure.
std::string read_file(const fs::path& path);

}  // namespace nastavnik
