// The workbook's structure: where the workbook part is, its sheets in tab order
// and their parts, the shared strings and which cell styles show dates.
#include "xlsx/xlsx_read.h"

#include <map>

#include "language/text_util.h"
#include "xlsx/xlsx_dates.h"
#include "xlsx/xlsx_sheet.h"
#include "xlsx/xlsx_xml.h"
#include "xlsx/xlsx_zip.h"

namespace nastavnik::xlsx {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "xl/workbook.xml" -> "xl/".
std::string folder_of(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// A relationship target as a part name: "/xl/worksheets/sheet1.xml" is from the
// package root, "worksheets/sheet1.xml" and "../x.xml" from the source's folder.
std::string resolve_target(const std::string& folder, std::string_view target) {
  const std::string joined = !target.empty() && target[0] == '/' ? std::string(target.substr(1))
                                                                  : folder + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    const std::string seg = joined.substr(start, slash - start);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

struct Relationship {
  std::string type;
  std::string part;  // resolved target
};

struct Contents {
  std::vector<Sheet> sheets;
  bool date1904 = false;
};

class Reader {
 public:
  Reader(const std::string& path, const ReadLimits& limits) : zip_(path) {
    ctx_.path = path;
    ctx_.limits = limits;
  }

  Contents read();

 private:
  ReadError damaged(const std::string& what) const { return ReadError(ctx_.path, std::string(kNotAWorkbook) + " — " + what); }

  // Parses `part` into `doc` (keeping its text in `xml`); false when the part is absent.
  bool load(const std::string& part, std::string& xml, pugi::xml_document& doc) {
    std::optional<std::string> bytes = zip_.read(part, ctx_.limits.max_part_bytes);
    if (!bytes) return false;
    xml = std::move(*bytes);
    parse_part(doc, xml, ctx_.path, part);
    return true;
  }

  // The relationships of `part` keyed by id (none when it has no .rels part).
  std::map<std::string, Relationship> relationships(const std::string& part) {
    std::map<std::string, Relationship> rels;
    const std::string folder = folder_of(part);
    std::string xml;
    pugi::xml_document doc;
    if (!load(folder + "_rels/" + part.substr(folder.size()) + ".rels", xml, doc)) return rels;
    for (pugi::xml_node r = doc.document_element().first_child(); r; r = r.next_sibling()) {
      if (!named(r, "Relationship") || std::string_view(r.attribute("TargetMode").value()) == "External") continue;
      rels[r.attribute("Id").value()] = {r.attribute("Type").value(), resolve_target(folder, r.attribute("Target").value())};
    }
    return rels;
  }

  std::string locate_workbook();
  void read_shared_strings(const std::string& part);
  void read_styles(const std::string& part);

  ZipPackage zip_;
  SheetContext ctx_;
};

std::string Reader::locate_workbook() {
  std::string part = "xl/workbook.xml";
  for (const auto& [id, rel] : relationships(""))
    if (ends_with(rel.type, "/officeDocument")) part = rel.part;
  if (zip_.has(part)) return part;
  if (zip_.has("word/document.xml")) throw ReadError(ctx_.path, "это документ Word (.docx), а не книга Excel (.xlsx)");
  if (zip_.has("content.xml"))
    throw ReadError(ctx_.path, "это таблица OpenDocument (.ods), а не книга Excel; "
                               "сохраните её как «Книга Excel (.xlsx)»");
  throw damaged("в архиве нет книги (" + part + ")");
}

void Reader::read_shared_strings(const std::string& part) {
  std::string xml;
  pugi::xml_document doc;
  if (!load(part, xml, doc)) return;
  for (pugi::xml_node si = doc.document_element().first_child(); si; si = si.next_sibling()) {
    if (!named(si, "si")) continue;
    if (ctx_.shared_strings.size() >= ctx_.limits.max_shared_strings)
      throw ReadError(ctx_.path, "слишком много строк в книге (больше " + std::to_string(ctx_.limits.max_shared_strings) +
                                     "); книга повреждена или это не таблица школы");
    ctx_.shared_strings.push_back(string_item_text(si));
  }
}

void Reader::read_styles(const std::string& part) {
  std::string xml;
  pugi::xml_document doc;
  if (!load(part, xml, doc)) return;
  const pugi::xml_node styles = doc.document_element();
  std::map<int, bool> custom;  // numFmtId -> shows a date; ids below 164 may be redefined too
  for (pugi::xml_node f = child(child(styles, "numFmts"), "numFmt"); f; f = f.next_sibling())
    if (named(f, "numFmt")) custom[f.attribute("numFmtId").as_int(-1)] = is_date_format_code(f.attribute("formatCode").value());
  for (pugi::xml_node xf = child(child(styles, "cellXfs"), "xf"); xf; xf = xf.next_sibling()) {
    if (!named(xf, "xf")) continue;
    const int id = xf.attribute("numFmtId").as_int(0);
    const auto it = custom.find(id);
    ctx_.date_styles.push_back(it != custom.end() ? it->second : is_builtin_date_format(id));
  }
}

Contents Reader::read() {
  Contents out;
  const std::string workbook_part = locate_workbook();
  std::string xml;
  pugi::xml_document doc;
  load(workbook_part, xml, doc);
  const pugi::xml_node wb = doc.document_element();
  ctx_.date1904 = child(wb, "workbookPr").attribute("date1904").as_bool(false);
  out.date1904 = ctx_.date1904;

  const std::map<std::string, Relationship> rels = relationships(workbook_part);
  const std::string folder = folder_of(workbook_part);
  auto part_of = [&](std::string_view type, const char* fallback) {
    for (const auto& [id, rel] : rels)
      if (ends_with(rel.type, type)) return rel.part;
    return folder + fallback;
  };
  read_shared_strings(part_of("/sharedStrings", "sharedStrings.xml"));
  read_styles(part_of("/styles", "styles.xml"));

  for (pugi::xml_node s = child(child(wb, "sheets"), "sheet"); s; s = s.next_sibling()) {
    if (!named(s, "sheet")) continue;
    const std::string name = s.attribute("name").value();
    if (!is_valid_utf8(name)) throw damaged("название листа не в кодировке UTF-8");
    std::string id;  // r:id, whatever the prefix
    for (pugi::xml_attribute a = s.first_attribute(); a; a = a.next_attribute())
      if (std::string_view(a.name()).find(':') != std::string_view::npos && local_name(a.name()) == "id") id = a.value();
    const auto rel = rels.find(id);
    if (rel == rels.end()) throw damaged("для листа «" + name + "» нет его части в архиве");
    if (!ends_with(rel->second.type, "/worksheet")) continue;  // chart sheets and the like hold no cells
    std::optional<std::string> sheet_xml = zip_.read(rel->second.part, ctx_.limits.max_part_bytes);
    if (!sheet_xml) throw damaged("нет листа «" + name + "» (" + rel->second.part + ")");
    out.sheets.push_back(SheetBuilder::parse(name, std::move(*sheet_xml), rel->second.part, ctx_));
  }
  if (out.sheets.empty()) throw damaged("в книге нет ни одного листа с ячейками");
  return out;
}

}  // namespace

ReadError::ReadError(const std::string& path, const std::string& what) : std::runtime_error("«" + path + "»: " + what) {}

const Cell& Sheet::cell(int row, int col) const {
  static const Cell kEmpty;
  const auto it = cells_.find({row, col});
  return it == cells_.end() ? kEmpty : it->second;
}

const Cell& Sheet::value(int row, int col) const {
  const CellRange* m = merge_at(row, col);
  return m ? cell(m->first_row, m->first_col) : cell(row, col);
}

const CellRange* Sheet::merge_at(int row, int col) const {
  for (const CellRange& m : merges_)
    if (m.contains(row, col)) return &m;
  return nullptr;
}

const Sheet* Workbook::sheet(std::string_view name) const {
  for (const Sheet& s : sheets_)
    if (s.name() == name) return &s;
  return nullptr;
}

const Sheet& Workbook::require_sheet(std::string_view name) const {
  if (const Sheet* s = sheet(name)) return *s;
  std::string there;
  for (const Sheet& s : sheets_) there += (there.empty() ? "«" : ", «") + s.name() + "»";
  throw ReadError(path_, "в книге нет листа «" + std::string(name) + "» (есть: " + there + ")");
}

Workbook read_workbook(const std::string& path, const ReadLimits& limits) {
  Contents parts = Reader(path, limits).read();
  Workbook wb;
  wb.path_ = path;
  wb.sheets_ = std::move(parts.sheets);
  wb.date1904_ = parts.date1904;
  return wb;
}

std::string cell_ref(int row, int col) {
  std::string letters;
  for (int c = col; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

std::string cell_location(const Sheet& sheet, int row, int col) {
  return "лист «" + sheet.name() + "», ячейка " + cell_ref(row, col);
}

}  // namespace nastavnik::xlsx
