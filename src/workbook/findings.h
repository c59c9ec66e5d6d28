// The messages about one data file as rows of a table (sheet, cell, message, rule)
// in the order of the workbook, for the server's «Проверить» and `check --annotate`.
#pragma once
#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace nastavnik {

struct FindingRow {
  std::string sheet;  // the tab's name; empty for a JSON file or the file as a whole
  std::string cell;   // «C14»; «строка 5» for a whole row; for JSON «12:7» or the pointer
  int row = 0, col = 0;  // 1-based; 0 when the message has no cell
  std::string message;
  std::string rule;   // lint rule id («L004»), empty for the reader's checks
  bool error = true;  // false for a warning
};

// One row per diagnostic, ordered by sheet (as in `sheet_order`, the workbook's tabs),
// then row, then column; messages without a sheet come first, in their own order.
std::vector<FindingRow> finding_rows(const Diagnostics& diagnostics, const std::vector<std::string>& sheet_order);

// The workbook's tab names in order; empty when it cannot be read (the reader says why).
std::vector<std::string> workbook_sheet_names(const std::string& path);

// Writes the workbook `in` at `out` with every row's cell filled and commented and a
// first sheet «Замечания» listing the rows (xlsx::annotate_workbook); throws like it.
void annotate_findings(const std::string& in, const std::string& out, const std::vector<FindingRow>& rows);

// (row, col) of an address like «C14»; {0, 0} when it is not one.
std::pair<int, int> parse_cell_ref(const std::string& ref);

}  // namespace nastavnik
