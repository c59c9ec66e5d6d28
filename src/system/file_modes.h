// File modes of what nastavnik writes, set explicitly so they do not depend on
// the user's umask: public documents are readable by everyone (a web server must
// read the site pack), personal data only by its owner.
#pragma once
#include <filesystem>
#include <set>

namespace nastavnik {

inline constexpr std::filesystem::perms kPublicFile = std::filesystem::perms(0644);
inline constexpr std::filesystem::perms kPublicDir = std::filesystem::perms(0755);
inline constexpr std::filesystem::perms kPrivateFile = std::filesystem::perms(0600);
inline constexpr std::filesystem::perms kPrivateDir = std::filesystem::perms(0700);

// Gives `root` and every folder under it `dir_mode`, and every file `file_mode`,
// leaving out the paths in `skip` (a folder with all it holds). Only a mode that
// differs is changed: a chmod writes the inode, thousands of them cost seconds.
void set_tree_modes(const std::filesystem::path& root, std::filesystem::perms file_mode,
                    std::filesystem::perms dir_mode, const std::set<std::filesystem::path>& skip = {});

// Creates `dir` and any missing parents, each with mode kPublicDir whatever the
// umask; returns the topmost folder it created, or an empty path if it created none.
std::filesystem::path create_public_folders(const std::filesystem::path& dir);

}  // namespace nastavnik
