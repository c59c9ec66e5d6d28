// A data file of either syntax — JSON or the workbook — read by its extension;
// every face (the command line, the server) reads through here.
#pragma once
#include <string>
#include <vector>

#include "read/programme_reader.h"

namespace nastavnik {

// True for a path the workbook reader takes (.xlsx, any letter case).
bool is_workbook_path(const std::string& path);

// True when `path` ends with `ext` («.json»), any letter case.
bool has_extension(const std::string& path, const std::string& ext);

// Reads and validates a data file, .json or .xlsx, with every message located.
ReadResult read_data_file(const std::string& path, const std::vector<Stage>& standard_stages);

}  // namespace nastavnik
