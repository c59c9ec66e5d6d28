#include "system/file_modes.h"

#include <vector>

namespace nastavnik {
namespace fs = std::filesystem;

namespace {

void set_mode(const fs::path& path, fs::file_status status, fs::perms mode) {
  if ((status.permissions() & fs::perms::mask) != mode) fs::permissions(path, mode, fs::perm_options::replace);
}

}  // namespace

void set_tree_modes(const fs::path& root, fs::perms file_mode, fs::perms dir_mode, const std::set<fs::path>& skip) {
  set_mode(root, fs::symlink_status(root), dir_mode);
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    if (skip.count(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    const fs::file_status status = it->symlink_status();
    set_mode(it->path(), status, fs::is_directory(status) ? dir_mode : file_mode);
  }
}

fs::path create_public_folders(const fs::path& dir) {
  std::vector<fs::path> missing;
  for (fs::path p = fs::absolute(dir).lexically_normal(); !p.empty(); p = p.parent_path()) {
    if (p.filename().empty() && p.has_parent_path() && p != p.root_path()) continue;  // a trailing slash
    std::error_code ec;
    if (fs::exists(p, ec)) break;
    missing.push_back(p);
    if (p == p.root_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    fs::create_directory(*it);
    fs::permissions(*it, kPublicDir, fs::perm_options::replace);
  }
  return missing.empty() ? fs::path() : missing.back();
}

}  // namespace nastavnik
