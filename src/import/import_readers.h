// Readers that turn an existing roadmap file into an ImportDocument: plain-text
// exports directly, DOCX and ODT through pandoc's JSON AST.
#pragma once
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "import/import_table.h"
#include "system/tool_runner.h"

namespace nastavnik {

// The input cannot be read as a roadmap; what() is a Russian message with its location.
class ImportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses a text export of a Word document. Two shapes are understood: one cell
// per line, each cell line starting with a tab, rows separated by blank lines
// (seed 000), and one row per line with tab-separated cells (seed 003). Lines
// outside tables become paragraphs. Never fails; Windows-1251 text is decoded.
ImportDocument read_text_export(std::string_view text);

// Walks pandoc's JSON AST (pandoc-api 1.22, pandoc 2.17) into paragraphs and
// tables, expanding row and column spans into the grid. Throws ImportError when
// the text is not such JSON.
ImportDocument document_from_pandoc_json(std::string_view json);

// Converts `file` (format "docx" or "odt") with `pandoc -t json` through `tools`
// and walks the result; ODT is first converted to DOCX by LibreOffice, because
// pandoc 2.17 reads neither its header rows' text nor its merged cells. Throws
// ToolError when pandoc or LibreOffice fails or is missing.
ImportDocument read_with_pandoc(const std::filesystem::path& file, const std::string& format, ToolRunner& tools,
                                std::chrono::seconds timeout);

}  // namespace nastavnik
