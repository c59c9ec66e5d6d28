#include "system/file_modes.h"

#include <vector>

namespace nastavnik {
namespace fs = std::filesystem;

void set_tree_modes(const fs::path& root, fs::perms file_mode, fs::perms dir_mode) {
  fs::permissions(root, dir_mode, fs::perm_options::replace);
  for (const auto& entry : fs::recursive_directory_iterator(root))
    fs::permissions(entry.path(), entry.is_directory() ? dir_mode : file_mode, fs::perm_options::replace);
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
