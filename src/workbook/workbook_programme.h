// The data of a workbook through the one data reader: the workbook's document is
// read and validated exactly like a JSON data file, and every message is placed
// at its sheet and cell.
#pragma once
#include <string>
#include <vector>

#include "read/programme_reader.h"
#include "workbook/workbook_values.h"

namespace nastavnik::workbook {

// Reads a workbook file into the validated programme; `doc`, when given, receives
// the data document (for `convert`). A file that is not a readable workbook is one
// error without a cell. Never throws on bad input.
ReadResult read_programme_workbook(const std::string& path, const std::vector<Stage>& standard_stages,
                                   OJson* doc = nullptr);

// The skeleton `init` starts from: format version 1 and the seven standard stages written out.
OJson init_document(const std::vector<Stage>& standard_stages);

// The skeleton as a JSON data file (`init --json`): the same stages, plus one item per
// sheet made from the example row, to be replaced.
OJson example_document(const std::vector<Stage>& standard_stages);

}  // namespace nastavnik::workbook
