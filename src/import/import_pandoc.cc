// DOCX and ODT through pandoc: `pandoc -f docx -t json` gives the document as
// an AST (pandoc-api 1.22 in pandoc 2.17), whose Table blocks keep row and
// column spans; this walks it into an ImportDocument. ODT goes through
// LibreOffice to DOCX first.
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "import/import_readers.h"
#include "language/text_util.h"
#include "model/input_limits.h"

namespace nastavnik {
namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

const Json& field(const Json& node, size_t i) {
  static const Json kNull;
  return node.is_array() && i < node.size() ? node[i] : kNull;
}

void inlines_text(const Json& inlines, std::string& out);

void inline_text(const Json& in, std::string& out) {
  const std::string t = in.value("t", "");
  const Json& c = in.contains("c") ? in["c"] : Json();
  if (t == "Str") out += c.get<std::string>();
  else if (t == "Space" || t == "SoftBreak") out += ' ';
  else if (t == "LineBreak") out += '\n';
  else if (t == "Emph" || t == "Strong" || t == "Underline" || t == "Strikeout" || t == "Superscript" ||
           t == "Subscript" || t == "SmallCaps")
    inlines_text(c, out);
  else if (t == "Span" || t == "Link" || t == "Cite") inlines_text(field(c, 1), out);
  else if (t == "Quoted") {
    out += "«";
    inlines_text(field(c, 1), out);
    out += "»";
  } else if (t == "Code" || t == "Math") {
    if (field(c, 1).is_string()) out += field(c, 1).get<std::string>();
  }
  // Images, notes and raw formats carry no roadmap text.
}

void inlines_text(const Json& inlines, std::string& out) {
  if (!inlines.is_array()) return;
  for (const auto& in : inlines) inline_text(in, out);
}

class Walker {
 public:
  ImportDocument doc;

  void blocks(const Json& bs, std::vector<std::string>* into) {
    if (!bs.is_array()) return;
    for (const auto& b : bs) block(b, into);
  }

 private:
  // Paragraph text goes to `into` inside a cell, else becomes a document paragraph.
  void text(std::string s, std::vector<std::string>* into) {
    s = trim(s);
    if (into) {
      if (!s.empty()) into->push_back(std::move(s));
      return;
    }
    ImportBlock p;
    p.text = std::move(s);
    doc.blocks.push_back(std::move(p));
  }

  void block(const Json& b, std::vector<std::string>* into) {
    const std::string t = b.value("t", "");
    const Json& c = b.contains("c") ? b["c"] : Json();
    if (t == "Para" || t == "Plain") {
      std::string s;
      inlines_text(c, s);
      text(s, into);
    } else if (t == "Header") {
      std::string s;
      inlines_text(field(c, 2), s);
      text(s, into);
    } else if (t == "LineBlock") {
      for (const auto& line : c) {
        std::string s;
        inlines_text(line, s);
        text(s, into);
      }
    } else if (t == "BulletList") {
      for (const auto& item : c) blocks(item, into);
    } else if (t == "OrderedList") {
      for (const auto& item : field(c, 1)) blocks(item, into);
    } else if (t == "BlockQuote") {
      blocks(c, into);
    } else if (t == "Div") {
      blocks(field(c, 1), into);
    } else if (t == "Table") {
      if (into) {  // a table inside a cell: its text joins the cell
        for_each_row(c, [&](const Json& row) {
          for (const auto& cell : field(row, 1)) blocks(field(cell, 4), into);
        });
      } else {
        table(c);
      }
    }
  }

  template <class F>
  static void for_each_row(const Json& c, F f) {
    for (const auto& r : field(field(c, 3), 1)) f(r);
    for (const auto& body : field(c, 4)) {
      for (const auto& r : field(body, 2)) f(r);
      for (const auto& r : field(body, 3)) f(r);
    }
    for (const auto& r : field(field(c, 5), 1)) f(r);
  }

  void table(const Json& c) {
    ImportBlock tb;
    tb.kind = ImportBlock::Kind::Table;
    ImportTable& t = tb.table;
    t.columns = field(c, 2).is_array() ? static_cast<int>(field(c, 2).size()) : 0;
    struct Pending {
      int rows_left = 0;
      ImportCell cell;
    };
    std::vector<Pending> pending;
    auto covered = [&](ImportRow& row, int& col) {
      while (col < static_cast<int>(pending.size()) && pending[col].rows_left > 0) {
        ImportCell cell = pending[col].cell;
        cell.from_above = true;
        --pending[col].rows_left;
        col += cell.colspan;
        row.cells.push_back(std::move(cell));
      }
    };
    for_each_row(c, [&](const Json& r) {
      ImportRow row;
      int col = 0;
      for (const auto& jc : field(r, 1)) {
        covered(row, col);
        ImportCell cell;
        cell.column = col;
        cell.rowspan = std::max(1, field(jc, 2).is_number_integer() ? field(jc, 2).get<int>() : 1);
        cell.colspan = std::max(1, field(jc, 3).is_number_integer() ? field(jc, 3).get<int>() : 1);
        std::vector<std::string> paras;
        blocks(field(jc, 4), &paras);
        for (size_t i = 0; i < paras.size(); ++i) cell.text += (i ? "\n" : "") + paras[i];
        if (cell.rowspan > 1) {
          if (static_cast<int>(pending.size()) <= col) pending.resize(col + 1);
          pending[col] = {cell.rowspan - 1, cell};
        }
        col += cell.colspan;
        row.cells.push_back(std::move(cell));
      }
      covered(row, col);
      t.rows.push_back(std::move(row));
    });
    normalise_grid(t);
    doc.blocks.push_back(std::move(tb));
  }
};

}  // namespace

ImportDocument document_from_pandoc_json(std::string_view text) {
  // The walk below recurses once per level of the AST; a document nested deeper
  // than any roadmap (tables in tables in lists…) is refused before it.
  constexpr int kMaxAstDepth = 1000;
  bool too_deep = false;
  Json j = Json::parse(
      text, [&](int depth, Json::parse_event_t, Json&) { return !(too_deep = too_deep || depth > kMaxAstDepth); },
      false);
  if (too_deep)
    throw ImportError("в документе слишком глубоко вложены таблицы и списки (больше " + std::to_string(kMaxAstDepth) +
                      " уровней); это не дорожная карта или файл повреждён");
  if (j.is_discarded() || !j.is_object() || !j.contains("blocks"))
    throw ImportError("pandoc вернул не то, что ожидалось (нет JSON с «blocks»); нужен pandoc 2.17 или новее");
  Walker w;
  w.blocks(j["blocks"], nullptr);
  return std::move(w.doc);
}

ImportDocument read_with_pandoc(const fs::path& file, const std::string& format, ToolRunner& tools,
                                std::chrono::seconds timeout) {
  std::random_device rd;
  fs::path dir = fs::temp_directory_path() / ("nastavnik-import-" + std::to_string(rd()));
  fs::create_directories(dir);
  struct Cleanup {
    fs::path p;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(p, ec);
    }
  } cleanup{dir};
  fs::path source = fs::absolute(file);
  if (format == "odt") {
    // pandoc 2.17's ODT reader drops the text of header rows and every merge;
    // LibreOffice's DOCX keeps both.
    ToolResult lo = tools.run({"soffice", "-env:UserInstallation=file://" + (dir / "lo-profile").string(), "--headless",
                               "--norestore", "--nologo", "--nolockcheck", "--convert-to", "docx", "--outdir",
                               (dir / "docx").string(), source.string()},
                              timeout);
    require_success(lo, "soffice", "libreoffice-writer-nogui", timeout);
    source = dir / "docx" / source.filename().replace_extension(".docx");
    if (!fs::exists(source))
      throw ToolError("LibreOffice (soffice, пакет libreoffice-writer-nogui) не преобразовал " +
                      file.filename().string() + " в DOCX" + (lo.output.empty() ? "" : ":\n" + lo.output));
  }
  // pandoc's JSON goes to a file: the runner keeps only the tail of the output.
  fs::path json = dir / "ast.json";
  // The heap limit keeps a pathological document from taking the machine's memory;
  // --sandbox keeps pandoc from fetching anything the document links to.
  ToolResult r = tools.run({"pandoc", "+RTS", "-M" + std::to_string(limits::kPandocHeapMB) + "m", "-RTS", "--sandbox", "-f",
                            "docx", "-t", "json", "-o", json.string(), source.string()},
                           timeout);
  if (r.status == ToolResult::Status::Failed && r.output.find("Heap exhausted") != std::string::npos)
    throw ImportError("документ слишком сложен: pandoc не уложился в " + std::to_string(limits::kPandocHeapMB) +
                      " МБ памяти; сохраните таблицу мероприятий отдельным документом .docx");
  require_success(r, "pandoc", "pandoc", timeout);
  std::ifstream in(json, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return document_from_pandoc_json(ss.str());
}

}  // namespace nastavnik
