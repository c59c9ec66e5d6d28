#include "import/import_table.h"

#include <algorithm>
#include <cctype>

#include "language/text_util.h"

namespace nastavnik {

const ImportCell* cell_at(const ImportRow& row, int col) {
  for (const auto& c : row.cells)
    if (col >= c.column && col < c.column + c.colspan) return &c;
  return nullptr;
}

void normalise_grid(ImportTable& table) {
  int width = table.columns;
  for (const auto& r : table.rows)
    if (!r.cells.empty()) width = std::max(width, r.cells.back().column + r.cells.back().colspan);
  table.columns = width;
  for (auto& r : table.rows) {
    if (r.cells.empty()) continue;
    ImportCell& last = r.cells.back();
    if (last.column + last.colspan < width) last.colspan = width - last.column;
  }
}

std::string cell_location(const ImportDocument& doc, int table_number, const ImportRow& row, int row_index,
                          int column) {
  std::string col = "столбец " + std::to_string(column + 1);
  if (doc.from_text_file && row.line > 0) return "строка " + std::to_string(row.line) + ", " + col;
  return "таблица " + std::to_string(table_number) + ", строка " + std::to_string(row_index + 1) + ", " + col;
}

std::string row_location(const ImportDocument& doc, int table_number, const ImportRow& row, int row_index) {
  if (doc.from_text_file && row.line > 0) return "строка " + std::to_string(row.line);
  return "таблица " + std::to_string(table_number) + ", строка " + std::to_string(row_index + 1);
}

std::string row_text(const ImportRow& row) {
  std::string out;
  for (const auto& c : row.cells) {
    if (c.from_above) continue;
    std::string t = collapse_whitespace(c.text);
    if (t.empty()) continue;
    out += (out.empty() ? "" : " | ") + t;
  }
  return out;
}

bool is_column_numbering(const ImportRow& row) {
  int expected = 1;
  for (const auto& c : row.cells) {
    if (c.from_above) return false;
    std::string word;
    for (char ch : c.text + " ") {
      if (std::isdigit(static_cast<unsigned char>(ch))) {
        word += ch;
        continue;
      }
      bool separator = ch == ' ' || ch == '\t' || ch == '\n' || ch == '|';
      if (!separator) return false;
      if (word.empty()) continue;
      if (word.size() > 2 || std::stoi(word) != expected) return false;
      ++expected;
      word.clear();
    }
  }
  return expected > 3;
}

}  // namespace nastavnik
