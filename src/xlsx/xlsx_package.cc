#include "xlsx/xlsx_package.h"

#include <zip.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <stdexcept>

#include "xlsx/xlsx_read.h"
#include "xlsx/xlsx_xml.h"
#include "xlsx/xlsx_zip.h"

namespace nastavnik::xlsx {
namespace {
constexpr std::uint64_t kPartLimit = 64u << 20, kTotalLimit = 256u << 20;

// «xl/worksheets/sheet1.xml» → «xl/worksheets/_rels/sheet1.xml.rels».
std::string rels_of(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? "_rels/" + part + ".rels"
                                    : part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

// A relationship target relative to the part's folder, as a part name.
std::string resolve(const std::string& part, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string dir = part.substr(0, part.rfind('/') + 1), t = target;
  while (t.rfind("../", 0) == 0) {
    t = t.substr(3);
    size_t cut = dir.size() >= 2 ? dir.rfind('/', dir.size() - 2) : std::string::npos;
    dir = cut == std::string::npos ? "" : dir.substr(0, cut + 1);
  }
  return dir + t;
}

int column_of(const std::string& ref) {
  int col = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
  }
  return col;
}

}  // namespace

Package read_package(const std::string& path) {
  ZipPackage zip(path);  // the reader's checks and Russian messages
  int code = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (!z) throw ReadError(path, kNotAWorkbook);
  Package p;
  const zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) p.order.push_back(zip_get_name(z, static_cast<zip_uint64_t>(i), 0));
  zip_discard(z);
  std::uint64_t total = 0;
  for (const auto& name : p.order) {
    if (!name.empty() && name.back() == '/') continue;
    std::string& bytes = p.parts[name] = zip.read(name, kPartLimit).value_or("");
    if ((total += bytes.size()) > kTotalLimit) throw ReadError(path, "книга слишком большая");
  }
  return p;
}

void write_package(const Package& package, const std::string& path) {
  int code = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!z) throw std::runtime_error("не удалось создать файл «" + path + "»");
  std::vector<std::string> names;
  for (const auto& n : package.order)
    if (package.parts.count(n)) names.push_back(n);
  for (const auto& [n, _] : package.parts)
    if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  for (const auto& n : names) {
    const std::string& bytes = package.parts.at(n);
    zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    if (!src || zip_file_add(z, n.c_str(), src, ZIP_FL_ENC_UTF_8) < 0) {
      if (src) zip_source_free(src);
      zip_discard(z);
      throw std::runtime_error("не удалось записать книгу «" + path + "»");
    }
  }
  if (zip_close(z) != 0) {
    zip_discard(z);
    throw std::runtime_error("не удалось записать книгу «" + path + "»");
  }
}

pugi::xml_document parse_part(const Package& package, const std::string& name) {
  pugi::xml_document doc;
  auto it = package.parts.find(name);
  if (it == package.parts.end() || !doc.load_buffer(it->second.data(), it->second.size(),
                                                    pugi::parse_default | pugi::parse_ws_pcdata_single))
    throw std::runtime_error("в книге не читается часть " + name);
  return doc;
}

std::string serialize(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw);
  return out.str();
}

std::string fresh_name(const Package& package, const std::string& stem, const std::string& ext) {
  std::string name;
  for (int i = 1; package.parts.count(name = stem + std::to_string(i) + ext); ++i) {
  }
  return name;
}

std::string prefix_of(const pugi::xml_node& node) {
  const std::string name = node.name();
  const size_t colon = name.find(':');
  return colon == std::string::npos ? "" : name.substr(0, colon + 1);
}

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

Relationships::Relationships(Package& package, std::string part)
    : package_(package), name_(rels_of(part)), part_(std::move(part)) {
  if (package_.parts.count(name_)) doc_ = parse_part(package_, name_);
  else
    doc_.append_child("Relationships").append_attribute("xmlns") =
        "http://schemas.openxmlformats.org/package/2006/relationships";
}

std::string Relationships::target(const std::string& type) const {
  for (auto r : doc_.document_element().children())
    if (type == r.attribute("Type").value()) return resolve(part_, r.attribute("Target").value());
  return "";
}

std::string Relationships::target_of_id(const std::string& id) const {
  for (auto r : doc_.document_element().children())
    if (id == r.attribute("Id").value()) return resolve(part_, r.attribute("Target").value());
  return "";
}

std::string Relationships::add(const std::string& type, const std::string& target_part) {
  std::set<std::string> ids;
  for (auto r : doc_.document_element().children()) ids.insert(r.attribute("Id").value());
  std::string id;
  for (int i = 1; ids.count(id = "rIdNastavnik" + std::to_string(i)); ++i) {
  }
  auto r = doc_.document_element().append_child("Relationship");
  r.append_attribute("Id") = id.c_str();
  r.append_attribute("Type") = type.c_str();
  r.append_attribute("Target") = ("/" + target_part).c_str();
  package_.parts[name_] = serialize(doc_);
  return id;
}

void add_content_type(Package& package, const std::string& part, const std::string& type) {
  pugi::xml_document doc = parse_part(package, "[Content_Types].xml");
  auto o = doc.document_element().append_child("Override");
  o.append_attribute("PartName") = ("/" + part).c_str();
  o.append_attribute("ContentType") = type.c_str();
  package.parts["[Content_Types].xml"] = serialize(doc);
}

void ensure_vml_default(Package& package) {
  pugi::xml_document doc = parse_part(package, "[Content_Types].xml");
  for (auto d : doc.document_element().children("Default"))
    if (std::string(d.attribute("Extension").value()) == "vml") return;
  auto d = doc.document_element().prepend_child("Default");
  d.append_attribute("Extension") = "vml";
  d.append_attribute("ContentType") = "application/vnd.openxmlformats-officedocument.vmlDrawing";
  package.parts["[Content_Types].xml"] = serialize(doc);
}

WarningStyles::WarningStyles(Package& package, std::string part, const char* argb)
    : package_(package), part_(std::move(part)), doc_(parse_part(package_, part_)) {
  auto root = doc_.document_element();
  const std::string p = prefix_of(root);
  auto fills = child(root, "fills");
  if (!fills) throw std::runtime_error("в книге нет таблицы заливок (styles.xml)");
  auto fill = fills.append_child((p + "fill").c_str()).append_child((p + "patternFill").c_str());
  fill.append_attribute("patternType") = "solid";
  fill.append_child((p + "fgColor").c_str()).append_attribute("rgb") = argb;
  fill.append_child((p + "bgColor").c_str()).append_attribute("indexed") = "64";
  fill_id_ = static_cast<int>(std::distance(fills.children().begin(), fills.children().end())) - 1;
  if (auto count = fills.attribute("count")) count.set_value(fill_id_ + 1);
  xfs_ = child(root, "cellXfs");
  if (!xfs_) throw std::runtime_error("в книге нет таблицы стилей ячеек (styles.xml)");
}

int WarningStyles::marked(int xf) {
  if (auto it = made_.find(xf); it != made_.end()) return it->second;
  int i = 0, count = 0;
  pugi::xml_node source;
  for (auto x : xfs_.children()) {
    if (i++ == xf) source = x;
    ++count;
  }
  auto copy = source ? xfs_.append_copy(source) : xfs_.append_child((prefix_of(xfs_) + "xf").c_str());
  (copy.attribute("fillId") ? copy.attribute("fillId") : copy.append_attribute("fillId")).set_value(fill_id_);
  (copy.attribute("applyFill") ? copy.attribute("applyFill") : copy.append_attribute("applyFill")).set_value(1);
  if (auto c = xfs_.attribute("count")) c.set_value(count + 1);
  return made_[xf] = count;
}

void WarningStyles::save() { package_.parts[part_] = serialize(doc_); }

pugi::xml_node cell_node(pugi::xml_node sheet_data, int row, int col) {
  const std::string p = prefix_of(sheet_data), ref = cell_ref(row, col);
  pugi::xml_node r;
  for (auto x : sheet_data.children()) {
    if (!named(x, "row")) continue;
    const int n = x.attribute("r").as_int();
    if (n == row) r = x;
    else if (n > row) (r = sheet_data.insert_child_before((p + "row").c_str(), x)).append_attribute("r") = row;
    if (r) break;
  }
  if (!r) (r = sheet_data.append_child((p + "row").c_str())).append_attribute("r") = row;
  for (auto c : r.children()) {
    if (!named(c, "c")) continue;
    if (ref == c.attribute("r").value()) return c;
    if (column_of(c.attribute("r").value()) > col) {
      auto made = r.insert_child_before((p + "c").c_str(), c);
      made.append_attribute("r") = ref.c_str();
      return made;
    }
  }
  auto made = r.append_child((p + "c").c_str());
  made.append_attribute("r") = ref.c_str();
  return made;
}

}  // namespace nastavnik::xlsx
