#include "xlsx/xlsx_annotate.h"

#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>

#include "xlsx/xlsx_package.h"
#include "xlsx/xlsx_read.h"
#include "xlsx/xlsx_xml.h"

namespace nastavnik::xlsx {
namespace {

const char* kWarningFill = "FFFFC7CE";  // Excel's own light red «неверные данные»
const char* kAuthor = "Наставник";
const char* kNewVml =
    "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
    "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" "
    "data=\"1\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" "
    "path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" "
    "o:connecttype=\"rect\"/></v:shapetype></xml>";

using Cells = std::map<std::pair<int, int>, std::string>;  // (row, col) → the messages, one per line

// A hidden note box anchored beside the cell, as Excel draws one.
std::string vml_shape(int id, int row, int col) {
  const std::string r = std::to_string(row - 1), c = std::to_string(col - 1);
  return "<v:shape id=\"_x0000_s" + std::to_string(id) +
         "\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;"
         "height:90pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill "
         "color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
         "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
         "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>" +
         std::to_string(col) + ", 15, " + r + ", 2, " + std::to_string(col + 4) + ", 15, " + std::to_string(row + 5) +
         ", 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>" + r + "</x:Row><x:Column>" + c +
         "</x:Column></x:ClientData></v:shape>";
}

void set_attr(pugi::xml_node n, const char* name, const std::string& value) {
  (n.attribute(name) ? n.attribute(name) : n.append_attribute(name)).set_value(value.c_str());
}

// Puts <legacyDrawing> where the schema wants it: before the parts that follow it.
void add_legacy_drawing(pugi::xml_node sheet, const std::string& rel_id) {
  const std::string p = prefix_of(sheet);
  pugi::xml_node before;
  for (auto c : sheet.children())
    for (const char* later : {"legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems",
                              "tableParts", "extLst"})
      if (!before && named(c, later)) before = c;
  auto node = before ? sheet.insert_child_before((p + "legacyDrawing").c_str(), before)
                     : sheet.append_child((p + "legacyDrawing").c_str());
  node.append_attribute("r:id") = rel_id.c_str();
  if (!sheet.attribute("xmlns:r")) sheet.append_attribute("xmlns:r") = kRelNs;
}

// Adds the messages as comments by author «Наставник», one per cell (appended to a comment already there).
void add_comments(Package& pkg, const std::string& sheet_part, pugi::xml_node sheet, const Cells& cells) {
  Relationships rels(pkg, sheet_part);
  std::string comments = rels.target(kRelComments), vml = rels.target(kRelVml);
  if (comments.empty()) {
    comments = fresh_name(pkg, "xl/commentsNastavnik", ".xml");
    pkg.parts[comments] = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><comments xmlns=\"") +
                          kMainNs + "\"><authors/><commentList/></comments>";
    add_content_type(pkg, comments, "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
    rels.add(kRelComments, comments);
  }
  if (vml.empty()) {
    vml = fresh_name(pkg, "xl/drawings/vmlDrawingNastavnik", ".vml");
    pkg.parts[vml] = kNewVml;
    ensure_vml_default(pkg);
    add_legacy_drawing(sheet, rels.add(kRelVml, vml));
  }
  pugi::xml_document doc = parse_part(pkg, comments);
  auto root = doc.document_element();
  const std::string p = prefix_of(root);
  auto authors = child(root, "authors"), list = child(root, "commentList");
  int author = 0, count = 0;
  for (auto a : authors.children()) {
    if (std::string(a.text().get()) == kAuthor) break;
    ++author;
  }
  for (auto a : authors.children()) count += named(a, "author");
  if (author >= count) authors.append_child((p + "author").c_str()).text() = kAuthor;
  std::string shapes;
  int id = 1024 + 700;
  for (const auto& [at, text] : cells) {
    const std::string ref = cell_ref(at.first, at.second);
    pugi::xml_node comment;
    for (auto c : list.children())
      if (ref == c.attribute("ref").value()) comment = c;
    if (!comment) {
      comment = list.append_child((p + "comment").c_str());
      comment.append_attribute("ref") = ref.c_str();
      comment.append_attribute("authorId") = author;
      comment.append_child((p + "text").c_str());
      shapes += vml_shape(id++, at.first, at.second);
    }
    auto run = child(comment, "text").append_child((p + "r").c_str());
    auto t = run.append_child((p + "t").c_str());
    t.append_attribute("xml:space") = "preserve";
    t.text() = (std::string(kAuthor) + ":\n" + text).c_str();
  }
  pkg.parts[comments] = serialize(doc);
  std::string& drawing = pkg.parts[vml];
  const size_t end = drawing.rfind("</xml>");
  if (end != std::string::npos) drawing.insert(end, shapes);
}

std::string inline_cell(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xml_escape(text) + "</t></is></c>";
}

// The «Замечания» sheet: one row per note, its cell linked.
std::string notes_sheet(const std::vector<CellNote>& notes) {
  std::string rows = "<row r=\"1\">" + inline_cell("A1", "Лист") + inline_cell("B1", "Ячейка") +
                     inline_cell("C1", "Что не так") + inline_cell("D1", "Правило") + "</row>";
  std::string links;
  int r = 2;
  for (const auto& n : notes) {
    const std::string row = std::to_string(r);
    rows += "<row r=\"" + row + "\">" + inline_cell("A" + row, n.sheet) + inline_cell("B" + row, n.place) +
            inline_cell("C" + row, n.message) + inline_cell("D" + row, n.rule) + "</row>";
    if (!n.sheet.empty() && n.row > 0) {
      std::string quoted;
      for (char c : n.sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
      const std::string target = "'" + quoted + "'!" + cell_ref(n.row, n.col > 0 ? n.col : 1);
      links += "<hyperlink ref=\"B" + row + "\" location=\"" + xml_escape(target) + "\" display=\"" +
               xml_escape(n.place) + "\"/>";
    }
    ++r;
  }
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"") + kMainNs +
         "\" xmlns:r=\"" + kRelNs +
         "\"><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
         "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols><col min=\"1\" max=\"1\" "
         "width=\"24\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"11\" customWidth=\"1\"/><col min=\"3\" "
         "max=\"3\" width=\"100\" customWidth=\"1\"/><col min=\"4\" max=\"4\" width=\"10\" customWidth=\"1\"/></cols>"
         "<sheetData>" + rows + "</sheetData>" + (links.empty() ? "" : "<hyperlinks>" + links + "</hyperlinks>") +
         "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
}

// Inserts the notes sheet as the first tab and makes it the one that opens.
void add_notes_sheet(Package& pkg, const std::string& wb_part, pugi::xml_document& wb, Relationships& wb_rels,
                     const std::vector<CellNote>& notes) {
  auto root = wb.document_element();
  auto sheets = child(root, "sheets");
  std::set<std::string> names;
  int max_id = 0;
  for (auto s : sheets.children()) {
    names.insert(s.attribute("name").value());
    max_id = std::max(max_id, s.attribute("sheetId").as_int());
  }
  std::string name = "Замечания";
  for (int i = 2; names.count(name); ++i) name = "Замечания " + std::to_string(i);
  const std::string part = fresh_name(pkg, "xl/worksheets/sheetNastavnik", ".xml");
  pkg.parts[part] = notes_sheet(notes);
  add_content_type(pkg, part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
  const std::string id = wb_rels.add(kRelSheet, part);
  std::string r_prefix = "r";
  for (auto a : root.attributes())
    if (std::string(a.value()) == kRelNs && std::string(a.name()).rfind("xmlns:", 0) == 0)
      r_prefix = std::string(a.name()).substr(6);
  if (!root.attribute(("xmlns:" + r_prefix).c_str())) root.append_attribute(("xmlns:" + r_prefix).c_str()) = kRelNs;
  auto s = sheets.prepend_child((prefix_of(sheets) + "sheet").c_str());
  s.append_attribute("name") = name.c_str();
  s.append_attribute("sheetId") = max_id + 1;
  s.append_attribute((r_prefix + ":id").c_str()) = id.c_str();
  // Sheet-local names count tabs from 0: every existing one moved one to the right.
  for (auto d : child(root, "definedNames").children())
    if (auto local = d.attribute("localSheetId")) local.set_value(local.as_int() + 1);
  for (auto v : child(root, "bookViews").children()) {
    set_attr(v, "activeTab", "0");
    v.remove_attribute("firstSheet");
  }
  pkg.parts[wb_part] = serialize(wb);
}

}  // namespace

void annotate_workbook(const std::string& in, const std::string& out, const std::vector<CellNote>& notes) {
  Package pkg = read_package(in);
  Relationships package_rels(pkg, "");
  const std::string wb_part = package_rels.target(kRelOffice);
  Relationships wb_rels(pkg, wb_part);
  pugi::xml_document wb = parse_part(pkg, wb_part);
  std::map<std::string, std::string> sheet_parts;  // tab name → part
  for (auto s : child(wb.document_element(), "sheets").children())
    for (auto a : s.attributes())
      if (std::string(a.name()).size() > 3 && std::string(a.name()).substr(std::string(a.name()).size() - 3) == ":id")
        sheet_parts[s.attribute("name").value()] = wb_rels.target_of_id(a.value());
  std::map<std::string, Cells> marked;
  for (const auto& n : notes)
    if (n.row > 0 && n.col > 0 && sheet_parts.count(n.sheet)) {
      std::string& text = marked[n.sheet][{n.row, n.col}];
      text += (text.empty() ? "" : "\n") + n.message + (n.rule.empty() ? "" : " [" + n.rule + "]");
    }
  WarningStyles styles(pkg, wb_rels.target(kRelStyles), kWarningFill);
  for (const auto& [name, part] : sheet_parts) {
    auto it = marked.find(name);
    const bool selected = pkg.parts[part].find("tabSelected") != std::string::npos;
    if (it == marked.end() && !selected) continue;  // untouched: written back byte for byte
    pugi::xml_document sheet = parse_part(pkg, part);
    auto root = sheet.document_element();
    for (auto v : child(root, "sheetViews").children()) v.remove_attribute("tabSelected");
    if (it != marked.end()) {
      auto data = child(root, "sheetData");
      for (const auto& [at, _] : it->second) {
        auto c = cell_node(data, at.first, at.second);
        c.parent().remove_attribute("spans");
        set_attr(c, "s", std::to_string(styles.marked(c.attribute("s").as_int(0))));
      }
      add_comments(pkg, part, root, it->second);
    }
    pkg.parts[part] = serialize(sheet);
  }
  styles.save();
  add_notes_sheet(pkg, wb_part, wb, wb_rels, notes);
  // Written beside the target and renamed: a failure never leaves half a workbook.
  const std::string tmp = out + ".part-" + std::to_string(::getpid());
  write_package(pkg, tmp);
  std::filesystem::rename(tmp, out);
}

}  // namespace nastavnik::xlsx
