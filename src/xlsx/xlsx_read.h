// Reading the cells of an XLSX workbook as Excel, LibreOffice or Google Sheets
// saved it, knowing nothing of what the sheets mean: sheets by name in tab order,
// cells by (row, column), merged ranges, and dates recognised through the cells'
// number formats. Memory is bounded: a part larger than the limits is refused
// before it is inflated, and inflating stops at the limit whatever the archive claims.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/date.h"
#include "model/input_limits.h"

namespace nastavnik::xlsx {

// A workbook that cannot be read; what() is a Russian message naming the file
// and what is wrong with it (bad data: the caller exits with status 2).
class ReadError : public std::runtime_error {
 public:
  ReadError(const std::string& path, const std::string& what);
};

enum class CellType { Empty, String, Number, Bool, Date, Error };

struct Cell {
  CellType type = CellType::Empty;
  // The value as stored: the string (shared, inline or a formula's cached text;
  // rich-text runs joined, "_x000D_" escapes decoded), a number's digits ("15",
  // "0.5", a date's serial "45170"), "1"/"0" for a boolean, "#N/A" for an error.
  std::string text;
  double number = 0;         // Number and Date (the serial), Bool (1 or 0)
  std::optional<Date> date;  // Date only: the day, any time of day dropped
};

// A rectangle of cells, 1-based and inclusive: "A5:F5" is {5, 1, 5, 6}.
struct CellRange {
  int first_row = 0, first_col = 0, last_row = 0, last_col = 0;
  bool contains(int row, int col) const {
    return row >= first_row && row <= last_row && col >= first_col && col <= last_col;
  }
};

class Sheet {
 public:
  // The name on the sheet's tab.
  const std::string& name() const { return name_; }
  // The cell at (row, col), both 1-based; an Empty cell where nothing is stored.
  // A string cell without text is Empty too.
  const Cell& cell(int row, int col) const;
  // What is shown at (row, col): inside a merged range its top-left cell, else cell().
  const Cell& value(int row, int col) const;
  // The merged range covering (row, col), or nullptr.
  const CellRange* merge_at(int row, int col) const;
  // Every merged range of the sheet, in file order.
  const std::vector<CellRange>& merges() const { return merges_; }
  // The last row / column holding a non-empty cell; 0 for an empty sheet.
  int max_row() const { return max_row_; }
  int max_col() const { return max_col_; }
  // The non-empty cells keyed by (row, col), row by row.
  const std::map<std::pair<int, int>, Cell>& cells() const { return cells_; }

 private:
  friend struct SheetBuilder;
  std::string name_;
  std::map<std::pair<int, int>, Cell> cells_;
  std::vector<CellRange> merges_;
  int max_row_ = 0, max_col_ = 0;
};

// Caps against damaged or hostile files. A school's sheet is well under 1 MB of
// XML; at these caps reading takes at most about 250 MB of memory (pugixml's tree
// of one part, about 8 bytes per byte of a sheet of tiny cells, plus the cells).
struct ReadLimits {
  std::uint64_t max_part_bytes = limits::kZipPartBytes;  // one XML part (a sheet, the shared strings), inflated
  std::size_t max_cells = 500'000;            // non-empty cells, all sheets together
  std::size_t max_shared_strings = 500'000;
  std::uint64_t max_text_bytes = 32u << 20;   // text held in cells, all sheets together
};

class Workbook {
 public:
  // The file it was read from, as given.
  const std::string& path() const { return path_; }
  // The worksheets in tab order (chart sheets left out).
  const std::vector<Sheet>& sheets() const { return sheets_; }
  // The worksheet with exactly that name, or nullptr.
  const Sheet* sheet(std::string_view name) const;
  // The worksheet with that name; throws ReadError «в книге нет листа «…»» listing those there are.
  const Sheet& require_sheet(std::string_view name) const;
  // True when the workbook counts dates from 1904 (old Mac Excel), not 1900.
  bool date1904() const { return date1904_; }

 private:
  friend Workbook read_workbook(const std::string& path, const ReadLimits& limits);
  std::string path_;
  std::vector<Sheet> sheets_;
  bool date1904_ = false;
};

// Reads every worksheet of the workbook at `path`; throws ReadError when the file
// is missing, not an XLSX, damaged or beyond `limits`.
Workbook read_workbook(const std::string& path, const ReadLimits& limits = {});

// The address Excel shows for (row, col), 1-based: (14, 3) -> "C14".
std::string cell_ref(int row, int col);

// Where a cell is, for messages: «лист «Наставники», ячейка C14».
std::string cell_location(const Sheet& sheet, int row, int col);

}  // namespace nastavnik::xlsx
