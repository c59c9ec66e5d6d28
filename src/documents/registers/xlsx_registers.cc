#include "documents/registers/xlsx_registers.h"

#include <charconv>
#include <stdexcept>
#include <system_error>

#include "language/typography.h"
#include "xlsx/xlsx_util.h"

namespace nastavnik {
namespace {

using Type = RegisterColumn::Type;
using xlsx::Status;
using xlsx::TableFormats;

constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kHeaderRow = 1;
constexpr lxw_row_t kFirstDataRow = 2;

using Formats = RegisterFormats;

// One cell by its column's type; returns the lines it takes.
int write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& text,
               const RegisterColumn& column, const Formats& f, Status& st) {
  lxw_format* centered = f.table.cell_center;
  if (column.type == Type::Number && !text.empty()) {
    double n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec == std::errc() && end == text.data() + text.size()) {
      st.check(worksheet_write_number(ws, r, c, n, centered));
      return 1;
    }
  }
  if (column.type == Type::Date && !text.empty()) {
    if (const auto d = parse_numeric_date(text)) {
      lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
      st.check(worksheet_write_datetime(ws, r, c, &dt, f.date));
      return 1;
    }
  }
  lxw_format* format = column.type == Type::Text ? f.table.cell : centered;
  if (text.empty()) {
    st.check(worksheet_write_blank(ws, r, c, format));
    return 1;
  }
  const std::string printed = typeset(text);
  st.check(xlsx::write_text(ws, r, c, printed, format));
  return xlsx::estimate_lines(xlsx::cell_text(printed), column.width);
}

}  // namespace

RegisterFormats make_register_formats(lxw_workbook* wb) {
  RegisterFormats f{xlsx::make_table_formats(wb), xlsx::add_format(wb)};
  format_set_border(f.date, LXW_BORDER_THIN);
  format_set_align(f.date, LXW_ALIGN_CENTER);
  format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format(f.date, "dd.mm.yyyy");
  return f;
}

void write_register_sheet(lxw_worksheet* ws, const RegisterSheet& s, const RegisterFormats& f, Status& st) {
  std::vector<double> widths;
  std::vector<std::string> headers;
  for (const RegisterColumn& c : s.columns) {
    widths.push_back(c.width);
    headers.push_back(typeset(c.header));
  }
  const auto last_col = static_cast<lxw_col_t>(s.columns.size() - 1);
  st.check(xlsx::set_column_widths(ws, widths));
  st.check(xlsx::write_title_row(ws, kTitleRow, typeset(s.title), widths, f.table.title));
  st.check(xlsx::write_header_row(ws, kHeaderRow, headers, widths, f.table.header));

  lxw_row_t r = kFirstDataRow;
  for (const auto& row : s.rows) {
    int lines = 1;
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
      const std::string& text = c < row.size() ? row[c] : std::string();
      const auto col = static_cast<lxw_col_t>(c);
      lines = std::max(lines, write_cell(ws, r, col, text, s.columns[c], f, st));
    }
    st.check(worksheet_set_row(ws, r, xlsx::row_height(lines), nullptr));
    ++r;
  }
  // The filter covers the header and every data row (just the header when empty).
  st.check(worksheet_autofilter(ws, kHeaderRow, 0, std::max(kHeaderRow, r - 1), last_col));
  worksheet_freeze_panes(ws, kFirstDataRow, static_cast<lxw_col_t>(s.frozen_columns));
  st.check(xlsx::apply_page_setup(ws, {.landscape = true,
                                       .repeat_first_row = static_cast<int>(kHeaderRow),
                                       .repeat_last_row = static_cast<int>(kHeaderRow)}));
}

void set_register_properties(lxw_workbook* wb, const Programme& p, const std::string& what, Status& st,
                             const std::string& personal_data) {
  // libxlsxwriter copies the property strings; they only need to live until the call returns.
  std::string title = xlsx::property_text(what);
  std::string subject = xlsx::property_text(what + ", " + p.academic_year.label() + " учебный год");
  std::string author = "nastavnik";
  std::string company = xlsx::property_text(p.organisation.short_name);
  std::string comments = personal_data;
  lxw_doc_properties props{};
  props.title = title.data();
  props.subject = subject.data();
  props.author = author.data();
  props.company = company.empty() ? nullptr : company.data();
  props.comments = comments.data();
  st.check(workbook_set_properties(wb, &props));
}

void write_registers_xlsx(const Programme& p, const std::string& path) {
  write_register_workbook(p, build_registers(p), "Реестры программы наставничества", path);
}

void write_register_workbook(const Programme& p, const std::vector<RegisterSheet>& sheets, const std::string& what,
                             const std::string& path) {
  xlsx::WorkbookFile file(path, xlsx::FileAccess::OwnerOnly);
  lxw_workbook* wb = file.workbook();
  Status st;
  if (wb) {
    set_register_properties(wb, p, what, st);
    const RegisterFormats formats = make_register_formats(wb);
    for (const RegisterSheet& sheet : sheets) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.sheet_name.c_str());
      if (!ws) {
        st.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        break;
      }
      write_register_sheet(ws, sheet, formats, st);
    }
  }
  std::string error;
  if (!file.commit(st, &error)) throw std::runtime_error(error);
}

}  // namespace nastavnik
