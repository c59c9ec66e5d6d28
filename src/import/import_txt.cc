// Plain-text exports of Word roadmaps. Word's «Save as text» writes each table
// cell on its own line after a tab, keeps line breaks inside a cell, and puts a
// blank line after each row (seed 000); other tools write one row per line with
// tab-separated cells (seed 003). Merging is lost in both: normalise_grid lets a
// short row's last cell span the rest.
#include <cctype>
#include <vector>

#include "import/import_readers.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

// Windows-1251, 0x80..0xBF (0xC0..0xFF are А..я in order).
constexpr char16_t kCp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

std::string decode(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (is_valid_utf8(text)) return std::string(text);
  std::string out;
  for (unsigned char b : text) {
    if (b < 0x80) out.push_back(static_cast<char>(b));
    else if (b >= 0xC0) append_utf8(out, 0x0410 + (b - 0xC0));
    else append_utf8(out, kCp1251High[b - 0x80]);
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

// «2.1», «3», «1.» — what the first cell of a roadmap row holds.
bool looks_like_row_number(const std::string& text) {
  std::string t = trim(text);
  if (t.empty() || !std::isdigit(static_cast<unsigned char>(t[0]))) return false;
  for (char c : t)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return false;
  return true;
}

// Index of the tab that opens a cell line («\t…» or « \t…»), or npos.
size_t cell_tab(const std::string& line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i < line.size() && line[i] == '\t' ? i : std::string::npos;
}

// Does the text look like one row per line («a\tb\tc»)? A cell-per-line export
// never has text before a tab, nor two tabs on a line.
bool rows_per_line(const std::vector<std::string>& lines) {
  int wide = 0;
  for (const auto& l : lines) {
    size_t first = l.find('\t');
    if (first == std::string::npos) continue;
    bool text_before = l.find_first_not_of(' ') < first;
    if (text_before || l.find('\t', first + 1) != std::string::npos) ++wide;
  }
  return wide >= 2;
}

class Builder {
 public:
  ImportDocument doc;

  void paragraph(const std::string& text, int line) {
    end_table();
    ImportBlock b;
    b.text = trim(text);
    b.line = line;
    doc.blocks.push_back(std::move(b));
  }
  ImportTable& table() {
    if (!in_table_) {
      ImportBlock b;
      b.kind = ImportBlock::Kind::Table;
      doc.blocks.push_back(std::move(b));
      in_table_ = true;
    }
    return doc.blocks.back().table;
  }
  bool in_table() const { return in_table_; }
  void end_table() {
    if (!in_table_) return;
    ImportTable& t = doc.blocks.back().table;
    for (auto& r : t.rows)
      for (auto& c : r.cells) c.text = trim(c.text);
    normalise_grid(t);
    in_table_ = false;
  }

 private:
  bool in_table_ = false;
};

void add_cell(ImportRow& row, const std::string& text) {
  ImportCell c;
  c.text = text;
  c.column = row.cells.empty() ? 0 : row.cells.back().column + row.cells.back().colspan;
  row.cells.push_back(std::move(c));
}

void read_rows_per_line(const std::vector<std::string>& lines, Builder& b) {
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    int n = static_cast<int>(i) + 1;
    if (l.find('\t') != std::string::npos) {
      ImportRow row;
      row.line = n;
      for (const auto& cell : split(l, '\t')) add_cell(row, trim(cell));
      b.table().rows.push_back(std::move(row));
    } else if (trim(l).empty()) {
      if (!b.in_table()) b.paragraph("", n);  // blank lines inside a table are layout
    } else {
      b.paragraph(l, n);
    }
  }
}

void read_cell_per_line(const std::vector<std::string>& lines, Builder& b) {
  bool blank_before = false;
  size_t header_width = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    int n = static_cast<int>(i) + 1;
    size_t tab = cell_tab(l);
    if (tab != std::string::npos) {
      bool fresh = !b.in_table();
      ImportTable& t = b.table();
      if (fresh) header_width = 0;
      for (const auto& text : split(l.substr(tab + 1), '\t')) {
        bool new_row = t.rows.empty();
        if (!new_row) {
          const ImportRow& cur = t.rows.back();
          bool full = header_width > 0 && cur.cells.size() >= header_width;
          // A blank line ends a row, except inside a row that is still short and
          // gets a cell that is no row number (Word sometimes leaves an empty
          // paragraph in a cell).
          new_row = full || (blank_before && (looks_like_row_number(text) || header_width == 0 ||
                                              cur.cells.size() >= header_width));
        }
        if (new_row) {
          if (t.rows.size() == 1) header_width = t.rows[0].cells.size();
          ImportRow row;
          row.line = n;
          t.rows.push_back(std::move(row));
        }
        add_cell(t.rows.back(), text);
        blank_before = false;
      }
    } else if (trim(l).empty()) {
      if (b.in_table()) blank_before = true;
      else b.paragraph("", n);
    } else if (b.in_table() && !blank_before) {
      b.table().rows.back().cells.back().text += "\n" + trim(l);  // a line break inside the cell
    } else {
      b.paragraph(l, n);
      blank_before = false;
    }
  }
}

}  // namespace

ImportDocument read_text_export(std::string_view raw) {
  std::string text = decode(raw);
  std::vector<std::string> lines = split(text, '\n');
  for (auto& l : lines)
    if (!l.empty() && l.back() == '\r') l.pop_back();
  Builder b;
  b.doc.from_text_file = true;
  if (rows_per_line(lines)) read_rows_per_line(lines, b);
  else read_cell_per_line(lines, b);
  b.end_table();
  return std::move(b.doc);
}

}  // namespace nastavnik
