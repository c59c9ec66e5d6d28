// A filled workbook → the data document it stands for: the same JSON a data file
// would hold, plus where each value came from, so every message of the one data
// reader can name the sheet and cell. Problems only a cell can show (a date that is
// not a date, a value outside the drop-down list, a required cell left empty) are
// reported here, at the cell.
#pragma once
#include <map>
#include <string>

#include "model/diagnostics.h"
#include "workbook/workbook_values.h"
#include "xlsx/xlsx_read.h"

namespace nastavnik::workbook {

// A place in the workbook: a cell (row and col 1-based), a whole row (col 0) or a
// whole sheet (row 0).
struct Place {
  std::string sheet;
  int sheet_order = 0;  // the sheet's position among the tabs
  int row = 0, col = 0;
  // «Лист «Пары и группы», ячейка C14» / «…, строка 14» / «Лист «Пары и группы»».
  std::string text() const;
};

class WorkbookLocator {
 public:
  // Records where the value at a JSON pointer is.
  void add(const std::string& pointer, const Place& place);
  // Where the value at `pointer` is, or where its nearest recorded ancestor is;
  // nullopt when neither is recorded.
  std::optional<Place> find(const std::string& pointer) const;

 private:
  std::map<std::string, Place> places_;
};

struct WorkbookDocument {
  OJson doc;                // the data document, keys in the data file's usual order
  WorkbookLocator locator;  // JSON pointer → cell
  Diagnostics diagnostics;  // cell-level problems, each with its location set
  std::map<std::string, Place> places;  // location text → place, to order messages
};

// Maps the sheets of the layout found in `wb` (in any order; other sheets ignored)
// to the data document. Never throws on bad cells: they become diagnostics. With
// `examples_as_data` the grey example rows (and a form's example column) are read
// as data instead — the JSON skeleton of `init --json`.
WorkbookDocument workbook_to_json(const xlsx::Workbook& wb, bool examples_as_data = false);

}  // namespace nastavnik::workbook
