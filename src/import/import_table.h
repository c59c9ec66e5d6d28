// A document being imported, reduced to what a roadmap needs and independent of
// the format it came from (DOCX/ODT through pandoc, or a plain-text export):
// paragraphs and tables in reading order, each table a grid of cells that
// remembers merging.
#pragma once
#include <string>
#include <vector>

namespace nastavnik {

struct ImportCell {
  std::string text;  // paragraphs of the cell joined with '\n', each trimmed
  int column = 0;    // grid column (0-based) where the cell starts
  int colspan = 1;
  int rowspan = 1;
  // Covered by a vertically merged cell above: `text` repeats that cell's text.
  bool from_above = false;
};

struct ImportRow {
  std::vector<ImportCell> cells;  // in column order, covering the grid without gaps
  int line = 0;                   // 1-based line in a text file; 0 for DOCX/ODT
};

struct ImportTable {
  std::vector<ImportRow> rows;
  int columns = 0;  // grid width
};

struct ImportBlock {
  enum class Kind { Paragraph, Table };
  Kind kind = Kind::Paragraph;
  std::string text;   // Paragraph: its text (a blank line in a text file is an empty paragraph)
  ImportTable table;  // Table
  int line = 0;       // 1-based line in a text file; 0 for DOCX/ODT
};

struct ImportDocument {
  std::vector<ImportBlock> blocks;
  bool from_text_file = false;  // locations are lines, not table/row numbers
};

// The cell that covers grid column `col` of `row`, or nullptr past the grid.
const ImportCell* cell_at(const ImportRow& row, int col);

// Fills each row so its cells cover [0, columns): a short row's last cell spans
// the rest (text exports lose merging, and a stage row is the usual short row).
void normalise_grid(ImportTable& table);

// Where a cell is, for messages: «строка 14, столбец 3» in a text file,
// «таблица 1, строка 5, столбец 3» in DOCX/ODT (all 1-based).
std::string cell_location(const ImportDocument& doc, int table_number, const ImportRow& row, int row_index,
                          int column);

// Where a row is, for the ledger: «строка 57» in a text file, «таблица 1, строка 23»
// in DOCX/ODT (1-based).
std::string row_location(const ImportDocument& doc, int table_number, const ImportRow& row, int row_index);

// The row's own cells (not those covered from above), whitespace collapsed, joined
// with « | »: how the ledger quotes a row and how header rows are compared.
std::string row_text(const ImportRow& row);

// «1 | 2 | 3 | 4 | 5» (or «1 2 3 4 5» in one cell): the numbering of the columns
// that official tables put under the header; at least three numbers 1, 2, 3 … in order.
bool is_column_numbering(const ImportRow& row);

}  // namespace nastavnik
