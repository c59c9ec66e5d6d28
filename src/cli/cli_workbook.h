// The workbook commands of the command line — `init` (a fillable workbook or JSON
// skeleton) and `convert` (xlsx ↔ json) — and reading a data file of either syntax.
#pragma once
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "workbook/data_file.h"

namespace nastavnik {

// Runs `init …` or `convert …` (args without the program name); returns the exit status.
int run_workbook_command(const std::vector<std::string>& args, const std::filesystem::path& templates_dir,
                         std::ostream& out, std::ostream& err);

// Prints diagnostics one per line, at most `limit`, then «… и ещё N».
void print_diagnostics(std::ostream& err, const std::string& file, const Diagnostics& diagnostics,
                       std::size_t limit = 50);

}  // namespace nastavnik
