// Marks problems in the user's own workbook: the package is edited in place
// (libxlsxwriter cannot edit), so the data, formats and drop-downs stay as the
// user left them; only fills, comments and a first sheet «Замечания» are added.
#pragma once
#include <string>
#include <vector>

namespace nastavnik::xlsx {

struct CellNote {
  std::string sheet;  // the tab's name; empty: a note on the file as a whole
  int row = 0, col = 0;  // 1-based; 0: no cell (listed on «Замечания» only)
  std::string place;  // what the list shows in the cell column («C14», «строка 5»)
  std::string message;
  std::string rule;   // lint rule id, may be empty
};

// Writes a copy of the workbook `in` at `out` with each noted cell filled in a
// warning colour and carrying a comment with its messages, and a first sheet
// «Замечания» listing every note with a link to its cell. Throws ReadError when
// `in` is not a readable workbook, std::runtime_error when `out` cannot be written.
void annotate_workbook(const std::string& in, const std::string& out, const std::vector<CellNote>& notes);

}  // namespace nastavnik::xlsx
