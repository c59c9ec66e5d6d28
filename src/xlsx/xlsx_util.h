// Shared pieces of every XLSX document the tool writes (roadmap now; registers of
// mentors, pairs and consents later): safe cell text, approximate row heights,
// common cell formats, the office's print set-up, and a workbook file that only
// appears at its path once it has been written completely.
#pragma once
#include <xlsxwriter.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik::xlsx {

// Excel refuses longer cell values (counted in UTF-16 code units).
inline constexpr std::size_t kMaxCellChars = 32767;
// Excel's maximum row height in points.
inline constexpr double kMaxRowHeight = 409.0;
// The font of the office's documents (Liberation Serif stands in for it on Linux
// with the same metrics, so row estimates hold in LibreOffice too).
inline constexpr const char* kFontName = "Times New Roman";
inline constexpr double kFontSize = 12;
// Height of one line of that font, in points (Excel's own row height for it).
inline constexpr double kLinePoints = 15.75;
inline constexpr double kTitleFontSize = 14;
inline constexpr double kTitleLinePoints = 18.75;

// Text as Excel must receive it: valid UTF-8 (bad bytes become U+FFFD), CR/CRLF
// turned into "\n", other control characters dropped, a literal "_xHHHH_" kept
// literal, and at most max_chars long (cut at a character boundary, ending in «…»).
std::string cell_text(std::string_view text, std::size_t max_chars = kMaxCellChars);

// Text for a document property (title, company): valid UTF-8 without control
// characters, at most max_chars long; properties know no "_xHHHH_" escape.
std::string property_text(std::string_view text, std::size_t max_chars = 255);

// Length of UTF-8 text as Excel counts it (UTF-16 code units).
std::size_t excel_length(std::string_view text);

// Approximate number of lines wrapped text takes in a column `width` characters
// wide; libxlsxwriter cannot autofit, so rows are sized from this. `bold` text is wider.
int estimate_lines(std::string_view text, double width, bool bold = false,
                   double font_size = kFontSize);

// Row height in points for that many lines, with a little padding, capped at Excel's limit.
double row_height(int lines, double line_points = kLinePoints);

// Sets the widths of consecutive columns starting at column A.
lxw_error set_column_widths(lxw_worksheet* ws, const std::vector<double>& widths);

// Writes a table's title merged across its columns (one per width) and sizes the
// row for the wrapped text, with a little air below.
lxw_error write_title_row(lxw_worksheet* ws, lxw_row_t row, std::string_view title,
                          const std::vector<double>& widths, lxw_format* format);

// Writes a table's header cells and sizes the row for the tallest wrapped header.
lxw_error write_header_row(lxw_worksheet* ws, lxw_row_t row,
                           const std::vector<std::string>& headers,
                           const std::vector<double>& widths, lxw_format* format);

// The common cell styles of the office's tables, created in one workbook.
struct TableFormats {
  lxw_format* title;        // bold, a size larger, centred, wrapped, no border
  lxw_format* header;       // bold, centred, wrapped, grey fill, thin borders
  lxw_format* cell;         // top-left, wrapped, thin borders
  lxw_format* cell_center;  // as cell, centred horizontally
  lxw_format* group;        // bold, pale fill, top-left, wrapped, thin borders (section rows)
  lxw_format* note;         // plain wrapped text below a table, no border
  lxw_format* bold_font;    // font only, for rich-text fragments
  lxw_format* plain_font;   // font only, for rich-text fragments
};

// A new format of `wb` in the office's font (libxlsxwriter owns and frees it).
lxw_format* add_format(lxw_workbook* wb);

// Creates the common formats in `wb`.
TableFormats make_table_formats(lxw_workbook* wb);

// Print set-up of a table sheet; rows are zero-based.
struct PageSetup {
  bool landscape = true;
  int repeat_first_row = -1;  // rows repeated on every printed page; -1 for none
  int repeat_last_row = -1;
  bool page_numbers = true;   // footer «Страница N из M»
  // Printed at this percentage instead of fitted one page wide: Excel ignores manual
  // page breaks on a sheet fitted to pages, so a sheet with breaks needs a scale.
  int print_scale = 0;
  int pages_tall = 0;  // fitted this many pages tall; 0: as many as needed
};

// Applies A4, the orientation, fit to one page wide (or the print scale), the margins,
// repeated rows and the footer.
lxw_error apply_page_setup(lxw_worksheet* ws, const PageSetup& setup);

// Remembers the first failing libxlsxwriter call so a writer checks every call yet
// reports one cause.
class Status {
 public:
  void check(lxw_error e) {
    if (error_ == LXW_NO_ERROR) error_ = e;
  }
  bool ok() const { return error_ == LXW_NO_ERROR; }
  lxw_error error() const { return error_; }

 private:
  lxw_error error_ = LXW_NO_ERROR;
};

// Writes raw user text as a literal string (never a formula) after cell_text();
// pass text not yet through cell_text(), whose escape must not be applied twice.
lxw_error write_text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::string_view text,
                     lxw_format* format);

// Merges a range and writes user text into it as a literal string after cell_text().
lxw_error merge_text(lxw_worksheet* ws, lxw_row_t first_row, lxw_col_t first_col,
                     lxw_row_t last_row, lxw_col_t last_col, std::string_view text,
                     lxw_format* format);

// Who may read a workbook file: as the umask allows, or its owner only (mode 0600,
// for files with personal data).
enum class FileAccess { Default, OwnerOnly };

// A workbook written to "<path>.part" and renamed over `path` only when complete, so
// a failure never leaves a truncated file or destroys the previous one.
class WorkbookFile {
 public:
  explicit WorkbookFile(std::string path);
  // With FileAccess::OwnerOnly the ".part" is created with mode 0600 before
  // libxlsxwriter fills it, and the file keeps that mode when moved into place.
  WorkbookFile(std::string path, FileAccess access);
  ~WorkbookFile();
  WorkbookFile(const WorkbookFile&) = delete;
  WorkbookFile& operator=(const WorkbookFile&) = delete;

  // The workbook to fill; nullptr when libxlsxwriter could not create one.
  lxw_workbook* workbook() const { return workbook_; }

  // Closes the workbook and moves it into place; with a failed `status` discards it.
  // False with a Russian message naming the path in *error on any failure.
  bool commit(const Status& status, std::string* error);

 private:
  // Discards the workbook and the ".part" this object created, if any.
  void discard();

  std::string path_;
  std::string part_path_;
  FileAccess access_ = FileAccess::Default;
  bool created_part_ = false;  // the ".part" was made here (OwnerOnly)
  lxw_workbook* workbook_ = nullptr;
};

}  // namespace nastavnik::xlsx
