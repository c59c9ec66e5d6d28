// What `-o` may name, checked before anything is read or written, so a wrong
// path is a usage error (exit 1) in Russian rather than a file-system exception.
#pragma once
#include <filesystem>
#include <string>

namespace nastavnik {

// Why `out` cannot be the folder a build writes into ("" when it can): empty, a
// file or a device, a link to nothing, under a file.
std::string output_folder_problem(const std::filesystem::path& out);

// Why `out` cannot be the file a command writes (import, rollover) in place of
// nothing or an older copy ("" when it can): empty, a folder, a device, a link to
// nothing, the input file itself.
std::string output_file_problem(const std::filesystem::path& out, const std::filesystem::path& input);

}  // namespace nastavnik
