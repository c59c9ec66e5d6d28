#include "workbook/findings.h"

#include <algorithm>
#include <tuple>

#include "xlsx/xlsx_annotate.h"
#include "xlsx/xlsx_read.h"

namespace nastavnik {
namespace {

// Splits a workbook location «Лист «Имя», ячейка C14» (Place::text in
// workbook_reader.cc) into its parts.
void parse_location(const std::string& where, FindingRow& row) {
  const std::string open = "Лист «", cell = "», ячейка ", line = "», строка ";
  if (where.rfind(open, 0) != 0) return;
  size_t at = where.rfind(cell);
  size_t line_at = where.rfind(line);
  if (at != std::string::npos && at >= open.size()) {
    row.sheet = where.substr(open.size(), at - open.size());
    row.cell = where.substr(at + cell.size());
    std::tie(row.row, row.col) = parse_cell_ref(row.cell);
  } else if (line_at != std::string::npos && line_at >= open.size()) {
    row.sheet = where.substr(open.size(), line_at - open.size());
    row.cell = "строка " + where.substr(line_at + line.size());
    row.row = std::atoi(where.c_str() + line_at + line.size());
  } else if (where.size() > open.size() + 2 && where.compare(where.size() - 2, 2, "»") == 0) {
    row.sheet = where.substr(open.size(), where.size() - open.size() - 2);
  }
}

}  // namespace

std::pair<int, int> parse_cell_ref(const std::string& ref) {
  size_t i = 0;
  int col = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) col = col * 26 + (ref[i++] - 'A' + 1);
  if (col == 0 || i == ref.size()) return {0, 0};
  int row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || row > 1'048'576) return {0, 0};
    row = row * 10 + (ref[i] - '0');
  }
  return {row, col};
}

std::vector<FindingRow> finding_rows(const Diagnostics& diagnostics, const std::vector<std::string>& sheet_order) {
  std::vector<FindingRow> rows;
  for (const auto& d : diagnostics.items()) {
    FindingRow r;
    r.message = d.message;
    r.rule = d.rule;
    r.error = d.severity == Diagnostic::Severity::Error;
    if (!d.location.empty()) parse_location(d.location, r);
    else if (d.line > 0) r.cell = std::to_string(d.line) + ":" + std::to_string(d.column);
    else r.cell = d.pointer;
    rows.push_back(std::move(r));
  }
  auto sheet_index = [&](const std::string& s) -> long {
    if (s.empty()) return -1;
    auto it = std::find(sheet_order.begin(), sheet_order.end(), s);
    return it == sheet_order.end() ? static_cast<long>(sheet_order.size()) : it - sheet_order.begin();
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const FindingRow& a, const FindingRow& b) {
    long sa = sheet_index(a.sheet), sb = sheet_index(b.sheet);
    if (sa < 0 || sb < 0) return sa < sb;  // file-level messages first, in their order
    return std::tie(sa, a.row, a.col) < std::tie(sb, b.row, b.col);
  });
  return rows;
}

std::vector<std::string> workbook_sheet_names(const std::string& path) {
  std::vector<std::string> names;
  try {
    const xlsx::Workbook book = xlsx::read_workbook(path);
    for (const auto& s : book.sheets()) names.push_back(s.name());
  } catch (const std::exception&) {
  }
  return names;
}

void annotate_findings(const std::string& in, const std::string& out, const std::vector<FindingRow>& rows) {
  std::vector<xlsx::CellNote> notes;
  for (const auto& r : rows)
    notes.push_back({r.sheet, r.row, r.col, r.cell, (r.error ? "" : "предупреждение: ") + r.message, r.rule});
  xlsx::annotate_workbook(in, out, notes);
}

}  // namespace nastavnik
