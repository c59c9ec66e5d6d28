// Reading one worksheet part into a Sheet (internal to the workbook reader).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "xlsx/xlsx_read.h"

namespace nastavnik::xlsx {

// The workbook-wide things cells are read against, and the running totals the
// limits apply to.
struct SheetContext {
  std::string path;                         // the workbook file, for messages
  std::vector<std::string> shared_strings;  // xl/sharedStrings.xml in order
  std::vector<bool> date_styles;            // per cellXfs index: shows a date
  bool date1904 = false;
  ReadLimits limits;
  std::size_t cells = 0;        // non-empty cells read so far
  std::uint64_t text_bytes = 0;  // text held in those cells
};

struct SheetBuilder {
  // The sheet `name` read from `xml`, the content of part `part`; throws ReadError
  // naming the sheet (and the cell) when the part is damaged or beyond the limits.
  static Sheet parse(const std::string& name, std::string xml, const std::string& part, SheetContext& ctx);
};

// "C14" -> row 14, column 3; false for anything else or beyond Excel's grid.
bool parse_cell_ref(std::string_view ref, int& row, int& col);

}  // namespace nastavnik::xlsx
