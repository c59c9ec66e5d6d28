// Folders a build must not write into: documents land beside (and may replace)
// whatever is there, so the output folder has to be a folder of its own.
#pragma once
#include <filesystem>
#include <string>

namespace nastavnik {

// Why `dir` may not be an output folder — the root «/», the home folder itself,
// a system folder (/usr, /etc, /bin, /var … and what is under most of them), or
// the folder that holds `input` (the data file) — as a Russian sentence; "" when
// it may. Symbolic links and «..» are resolved first; `dir` need not exist.
std::string refused_output_folder(const std::filesystem::path& dir, const std::filesystem::path& input);

}  // namespace nastavnik
