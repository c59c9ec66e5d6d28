// A folder as one ZIP archive for download, its layout kept.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace nastavnik::serve {

// Writes every regular file under `dir` into the archive `zip` (paths relative to
// `dir`, inside a top folder `top` when not empty); returns the stored names.
// Throws std::runtime_error on failure.
std::vector<std::string> zip_folder(const std::filesystem::path& dir, const std::filesystem::path& zip,
                                    const std::string& top = "");

}  // namespace nastavnik::serve
