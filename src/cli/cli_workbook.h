// The workbook commands of the command line — `init` (a fillable workbook or JSON
// skeleton) and `convert` (xlsx ↔ json) — and reading a data file of either syntax.
#pragma once
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "read/programme_reader.h"

namespace nastavnik {

// Runs `init …` or `convert …` (args without the program name); returns the exit status.
int run_workbook_command(const std::vector<std::string>& args, const std::filesystem::path& templates_dir,
                         std::ostream& out, std::ostream& err);

// True for a path the workbook reader takes (.xlsx, any letter case).
bool is_workbook_path(const std::string& path);

// Reads and validates a data file, .json or .xlsx, with every message located.
ReadResult read_data_file(const std::string& path, const std::vector<Stage>& standard_stages);

// Prints diagnostics one per line, at most `limit`, then «… и ещё N».
void print_diagnostics(std::ostream& err, const std::string& file, const Diagnostics& diagnostics,
                       std::size_t limit = 50);

}  // namespace nastavnik
