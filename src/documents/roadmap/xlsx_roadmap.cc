#include "documents/roadmap/xlsx_roadmap.h"

#include <algorithm>
#include <array>
#include <vector>

#include "language/typography.h"
#include "xlsx/xlsx_util.h"

namespace nastavnik {
namespace {

using xlsx::Status;
using xlsx::TableFormats;

constexpr std::array<const char*, 12> kMonths = {
    "Сентябрь", "Октябрь", "Ноябрь", "Декабрь", "Январь", "Февраль",
    "Март",     "Апрель",  "Май",    "Июнь",    "Июль",   "Август"};
// A mark as well as a fill, so the timeline survives black-and-white printing.
constexpr const char* kMonthMark = "●";

constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kHeaderRow = 1;
constexpr lxw_row_t kFirstDataRow = 2;

double total(const std::vector<double>& widths) {
  double sum = 0;
  for (double w : widths) sum += w;
  return sum;
}

// «2. Организационный этап»; either part may be missing in odd data.
std::string stage_heading(const RoadmapRow& row) {
  if (row.number.empty()) return row.title;
  if (row.title.empty()) return row.number;
  return row.number + ". " + row.title;
}

// A stage as one merged row: the bold heading, then its goal, task and result
// lines inside the same cell, so the stage reads as one block.
void write_stage_row(lxw_worksheet* ws, lxw_row_t r, const RoadmapRow& row, bool with_lines,
                     const std::vector<double>& widths, const TableFormats& f, Status& st) {
  const auto last_col = static_cast<lxw_col_t>(widths.size() - 1);
  std::string head = xlsx::cell_text(typeset(stage_heading(row)));
  std::string tail_raw;
  if (with_lines) {
    for (const std::string& line : row.stage_lines) {
      if (!tail_raw.empty() || !head.empty()) tail_raw += '\n';
      tail_raw += typeset(line);
    }
  }
  // Both parts together must stay within Excel's cell limit.
  std::string tail = xlsx::cell_text(tail_raw, xlsx::kMaxCellChars - xlsx::excel_length(head));

  // Already cleaned: go to libxlsxwriter directly, cell_text() must not run twice.
  const bool rich = !head.empty() && !tail.empty();
  const std::string& whole = rich ? std::string() : head.empty() ? tail : head;
  st.check(worksheet_merge_range(ws, r, 0, r, last_col, whole.c_str(), f.group));
  if (rich) {
    // Only the heading is bold. Written over the merge's first cell, the way
    // libxlsxwriter documents formatted text in merged ranges.
    lxw_rich_string_tuple bold{f.bold_font, head.data()};
    lxw_rich_string_tuple plain{f.plain_font, tail.data()};
    lxw_rich_string_tuple* fragments[] = {&bold, &plain, nullptr};
    st.check(worksheet_write_rich_string(ws, r, 0, fragments, f.group));
  }
  const double width = total(widths);
  int lines = 0;
  if (!head.empty()) lines += xlsx::estimate_lines(head, width, true);
  if (!tail.empty()) {
    const std::string_view body = tail.front() == '\n' ? std::string_view(tail).substr(1) : tail;
    lines += xlsx::estimate_lines(body, width);
  }
  st.check(worksheet_set_row(ws, r, xlsx::row_height(std::max(lines, 1)), nullptr));
}

// A month the event runs in: filled and marked.
lxw_format* make_marked_format(lxw_workbook* wb) {
  constexpr lxw_color_t kMarkedFill = 0x9BC2E6;
  lxw_format* f = xlsx::add_format(wb);
  format_set_border(f, LXW_BORDER_THIN);
  format_set_align(f, LXW_ALIGN_CENTER);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(f, kMarkedFill);
  return f;
}

// Stops Excel flagging «2.1» as a number stored as text in the № column.
void ignore_number_as_text(lxw_worksheet* ws, lxw_row_t first, lxw_row_t last, Status& st) {
  if (last < first) return;
  char range[64];
  lxw_rowcol_to_range(range, first, 0, last, 0);
  st.check(worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range));
}

void write_roadmap_sheet(lxw_worksheet* ws, const RoadmapTable& table, const TableFormats& f,
                         Status& st) {
  std::vector<double> widths = {8, 60, 20, 30};
  if (table.with_result) widths.push_back(30);
  const auto ncols = widths.size();
  st.check(xlsx::set_column_widths(ws, widths));
  st.check(xlsx::write_title_row(ws, kTitleRow, typeset(table.title), widths, f.title));
  st.check(xlsx::write_header_row(ws, kHeaderRow, table.headers, widths, f.header));

  lxw_row_t r = kFirstDataRow;
  for (const RoadmapRow& row : table.rows) {
    if (row.is_stage) {
      write_stage_row(ws, r++, row, true, widths, f, st);
      continue;
    }
    std::string responsible;  // one party a line, as in the printed table
    for (const auto& party : row.responsible) responsible += (responsible.empty() ? "" : "\n") + party;
    std::vector<const std::string*> cells = {&row.number, &row.title, &row.deadline, &responsible};
    if (table.with_result) cells.push_back(&row.result);
    int lines = 1;
    for (std::size_t c = 0; c < ncols; ++c) {
      lxw_format* format = c == 0 ? f.cell_center : f.cell;
      const std::string printed = typeset(*cells[c]);
      st.check(xlsx::write_text(ws, r, static_cast<lxw_col_t>(c), printed, format));
      lines = std::max(lines, xlsx::estimate_lines(xlsx::cell_text(printed), widths[c]));
    }
    st.check(worksheet_set_row(ws, r, xlsx::row_height(lines), nullptr));
    ++r;
  }
  ignore_number_as_text(ws, kFirstDataRow, r - 1, st);

  if (!table.executor.empty()) {
    const lxw_row_t er = r + 1;  // one empty row between the table and the executor
    st.check(xlsx::merge_text(ws, er, 0, er, static_cast<lxw_col_t>(ncols - 1), typeset(table.executor),
                              f.note));
    const int lines = xlsx::estimate_lines(xlsx::cell_text(table.executor), total(widths));
    st.check(worksheet_set_row(ws, er, xlsx::row_height(lines), nullptr));
  }

  worksheet_freeze_panes(ws, kFirstDataRow, 0);
  st.check(xlsx::apply_page_setup(ws, {.landscape = true,
                                       .repeat_first_row = static_cast<int>(kHeaderRow),
                                       .repeat_last_row = static_cast<int>(kHeaderRow)}));
}

void write_timeline_sheet(lxw_worksheet* ws, const RoadmapTable& table, const TableFormats& f,
                          lxw_format* marked_format, Status& st) {
  constexpr lxw_col_t kFirstMonthCol = 2;
  std::vector<double> widths = {8, 45};
  widths.resize(kFirstMonthCol + kMonths.size(), 10);
  st.check(xlsx::set_column_widths(ws, widths));

  std::string title = "График мероприятий дорожной карты";
  if (!table.year_label.empty()) title += " на " + table.year_label + " учебный год";
  st.check(xlsx::write_title_row(ws, kTitleRow, typeset(title), widths, f.title));

  // The first two headers match the table's own; the rest are the months.
  std::vector<std::string> headers = {"№ п/п", "Мероприятие"};
  for (std::size_t c = 0; c < 2 && c < table.headers.size(); ++c) {
    if (!table.headers[c].empty()) headers[c] = table.headers[c];
  }
  st.check(xlsx::write_header_row(ws, kHeaderRow, headers, widths, f.header));
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    st.check(worksheet_write_string(ws, kHeaderRow, static_cast<lxw_col_t>(kFirstMonthCol + i),
                                    kMonths[i], f.header));
  }

  lxw_row_t r = kFirstDataRow;
  for (const RoadmapRow& row : table.rows) {
    if (row.is_stage) {
      write_stage_row(ws, r++, row, false, widths, f, st);
      continue;
    }
    st.check(xlsx::write_text(ws, r, 0, row.number, f.cell_center));
    st.check(xlsx::write_text(ws, r, 1, typeset(row.title), f.cell));
    std::array<bool, kMonths.size()> marked{};
    for (int month : row.months) {
      if (month >= 0 && month < static_cast<int>(kMonths.size())) marked[month] = true;
    }
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
      const auto col = static_cast<lxw_col_t>(kFirstMonthCol + i);
      st.check(marked[i] ? worksheet_write_string(ws, r, col, kMonthMark, marked_format)
                         : worksheet_write_blank(ws, r, col, f.cell_center));
    }
    const int lines = std::max(xlsx::estimate_lines(xlsx::cell_text(row.number), widths[0]),
                               xlsx::estimate_lines(xlsx::cell_text(row.title), widths[1]));
    st.check(worksheet_set_row(ws, r, xlsx::row_height(lines), nullptr));
    ++r;
  }
  ignore_number_as_text(ws, kFirstDataRow, r - 1, st);

  worksheet_freeze_panes(ws, kFirstDataRow, kFirstMonthCol);
  st.check(xlsx::apply_page_setup(ws, {.landscape = true,
                                       .repeat_first_row = static_cast<int>(kHeaderRow),
                                       .repeat_last_row = static_cast<int>(kHeaderRow)}));
}

}  // namespace

bool write_roadmap_xlsx(const RoadmapTable& table, const std::string& org_name,
                        const std::string& path, std::string* error) {
  xlsx::WorkbookFile file(path);
  lxw_workbook* wb = file.workbook();
  Status st;
  if (wb) {
    // libxlsxwriter copies the property strings; they only need to live until the call returns.
    std::string title = xlsx::property_text(table.title);
    std::string subject = "Дорожная карта наставничества";
    if (!table.year_label.empty()) subject += ", " + table.year_label + " учебный год";
    subject = xlsx::property_text(subject);
    std::string author = "nastavnik";
    std::string company = xlsx::property_text(org_name);
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    props.company = company.empty() ? nullptr : company.data();
    st.check(workbook_set_properties(wb, &props));

    const TableFormats formats = xlsx::make_table_formats(wb);
    lxw_format* marked = make_marked_format(wb);
    lxw_worksheet* roadmap = workbook_add_worksheet(wb, "Дорожная карта");
    lxw_worksheet* timeline = workbook_add_worksheet(wb, "График");
    if (!roadmap || !timeline) {
      st.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    } else {
      write_roadmap_sheet(roadmap, table, formats, st);
      write_timeline_sheet(timeline, table, formats, marked, st);
    }
  }
  return file.commit(st, error);
}

}  // namespace nastavnik
