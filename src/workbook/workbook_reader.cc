#include "workbook/workbook_reader.h"

#include <algorithm>
#include <set>

#include "language/text_util.h"
#include "workbook/workbook_names.h"

namespace nastavnik::workbook {
namespace {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

void set_path(OJson& item, const std::string& path, OJson value) {
  OJson* o = &item;
  for (const auto& key : split_path(path)) o = &(*o)[key];
  *o = std::move(value);
}

// The object with `order`'s keys first, in that order, then the rest as they were.
OJson reorder(const OJson& obj, const std::vector<std::string>& order) {
  if (!obj.is_object() || order.empty()) return obj;
  OJson out = OJson::object();
  for (const auto& k : order)
    if (obj.contains(k)) out[k] = obj[k];
  for (auto it = obj.begin(); it != obj.end(); ++it)
    if (!out.contains(it.key())) out[it.key()] = it.value();
  return out;
}

// Field order of an item: its sheet's columns, with a field another sheet adds after `after`.
std::vector<std::string> item_order(const Sheet& owner, const std::string& field, const std::string& after) {
  std::vector<std::string> order;
  for (const auto& c : owner.columns) {
    std::string first = split_path(c.path).front();
    if (first == kKeyPath || std::find(order.begin(), order.end(), first) != order.end()) continue;
    order.push_back(first);
    if (first == after) order.push_back(field);
  }
  return order;
}

const Sheet* sheet_with_target(const std::string& target, SheetKind kind) {
  for (const auto& s : sheets())
    if (s.target == target && s.kind == kind) return &s;
  return nullptr;
}

std::string header_key(const std::string& text) { return lower_utf8(collapse_whitespace(text)); }

bool is_example(const xlsx::Sheet& ws, int row) {
  const xlsx::Cell& c = ws.cell(row, 1);
  return c.type == xlsx::CellType::String && trim(c.text).rfind(kExampleMarker, 0) == 0;
}

class Mapper {
 public:
  Mapper(WorkbookDocument& out, bool examples) : out_(out), examples_(examples) {}
  void sheet(const Sheet& s, const xlsx::Sheet& ws, int order);
  void missing(const Sheet& s);
  void finish();

 private:
  void form(const Sheet& s, const xlsx::Sheet& ws, int order);
  void table(const Sheet& s, const xlsx::Sheet& ws, int order);
  // Reads one row's cells into an item; false when a cell is wrong (reported).
  OJson row_item(const Sheet& s, const xlsx::Sheet& ws, const std::vector<int>& cols, int row, int order,
                 const std::string& item_ptr, bool register_places);
  void error(const Place& p, const std::string& pointer, const std::string& message);
  Place place(const xlsx::Sheet& ws, int order, int row, int col) const { return {ws.name(), order, row, col}; }
  void locate(const std::string& pointer, const Place& p) {
    out_.locator.add(pointer, p);
    out_.places[p.text()] = p;
  }

  // The cell at (row, col), with the example marker taken off when examples are data.
  xlsx::Cell cell_at(const xlsx::Sheet& ws, int row, int col) const;

  WorkbookDocument& out_;
  bool examples_ = false;
  std::set<std::string> keyed_seen_;
};

xlsx::Cell Mapper::cell_at(const xlsx::Sheet& ws, int row, int col) const {
  xlsx::Cell c = ws.cell(row, col);
  if (examples_ && col == 1 && is_example(ws, row)) c.text = trim(trim(c.text).substr(std::string(kExampleMarker).size()));
  return c;
}

void Mapper::error(const Place& p, const std::string& pointer, const std::string& message) {
  Diagnostic d{Diagnostic::Severity::Error, pointer, p.row, p.col, message, "", p.text()};
  out_.places[d.location] = p;
  out_.diagnostics.add(std::move(d));
}

void Mapper::missing(const Sheet& s) {
  bool required = s.always;
  for (const auto& c : s.columns) required = required || (s.kind == SheetKind::Form && c.required);
  if (required) error(Place{s.name, -1, 0, 0}, s.target, "в книге нет листа «" + s.name + "»");
}

void Mapper::sheet(const Sheet& s, const xlsx::Sheet& ws, int order) {
  out_.locator.add(s.target.empty() ? "/organisation" : s.target, place(ws, order, 0, 0));
  if (s.kind == SheetKind::Form) form(s, ws, order);
  else table(s, ws, order);
}

void Mapper::form(const Sheet& s, const xlsx::Sheet& ws, int order) {
  std::map<std::string, int> rows;
  for (int r = 1; r <= ws.max_row(); ++r) rows.emplace(header_key(cell_text(ws.cell(r, 1))), r);
  for (const auto& c : s.columns) {
    const std::string ptr = s.target + "/" + c.path;
    auto it = rows.find(header_key(c.header));
    if (it == rows.end()) {
      if (c.required) error(place(ws, order, 0, 0), ptr, "на листе нет строки «" + c.header + "»");
      continue;
    }
    Place p = place(ws, order, it->second, examples_ && blank(ws.cell(it->second, 2)) ? 3 : 2);
    locate(ptr, p);
    const xlsx::Cell cell = ws.cell(it->second, p.col);
    if (blank(cell)) {
      if (c.required) error(p, ptr, "не заполнено обязательное поле «" + c.header + "»");
      continue;
    }
    std::string why;
    if (auto v = from_cell(c, cell, &why)) set_path(out_.doc, (s.target.empty() ? "" : s.target.substr(1) + "/") + c.path, *v);
    else error(p, ptr, why);
  }
}

OJson Mapper::row_item(const Sheet& s, const xlsx::Sheet& ws, const std::vector<int>& cols, int row, int order,
                       const std::string& item_ptr, bool register_places) {
  OJson item = OJson::object();
  for (size_t i = 0; i < s.columns.size(); ++i) {
    const Column& c = s.columns[i];
    if (c.type == CellType::DeadlineKind) continue;  // read with its deadline
    const std::string ptr = item_ptr + "/" + c.path;
    if (cols[i] == 0) continue;
    Place p = place(ws, order, row, cols[i]);
    if (register_places) locate(ptr, p);
    const xlsx::Cell cell = cell_at(ws, row, cols[i]);
    if (blank(cell)) {
      if (c.required) error(p, ptr, "не заполнено обязательное поле «" + c.header + "»");
      continue;
    }
    std::string why;
    std::optional<OJson> v;
    if (c.type == CellType::Deadline) {
      std::string kind;
      for (size_t k = 0; k < s.columns.size(); ++k) {
        if (s.columns[k].type != CellType::DeadlineKind || cols[k] == 0 || blank(ws.cell(row, cols[k]))) continue;
        if (auto kv = from_cell(s.columns[k], ws.cell(row, cols[k]), &why)) kind = kv->get<std::string>();
        else {
          error(place(ws, order, row, cols[k]), ptr, why);
          kind = "\x01";
        }
      }
      if (kind == "\x01") continue;
      v = read_deadline_cell(cell, kind, &why);
    } else {
      v = from_cell(c, cell, &why);
    }
    if (v) set_path(item, c.path, *v);
    else error(p, ptr, why);
  }
  return item;
}

void Mapper::table(const Sheet& s, const xlsx::Sheet& ws, int order) {
  std::map<std::string, int> headers;
  for (int c = 1; c <= ws.max_col(); ++c) headers.emplace(header_key(cell_text(ws.cell(1, c))), c);
  std::vector<int> cols(s.columns.size(), 0);
  for (size_t i = 0; i < s.columns.size(); ++i) {
    auto it = headers.find(header_key(s.columns[i].header));
    if (it != headers.end()) cols[i] = it->second;
    else if (s.columns[i].required)
      error(place(ws, order, 1, 0), s.target, "на листе нет столбца «" + s.columns[i].header + "»");
  }
  if (cols[0] == 0 && s.kind != SheetKind::Table) return;  // rows cannot be attached
  OJson::json_pointer target(s.target);
  if (s.always && !out_.doc.contains(target)) out_.doc[target] = OJson::array();
  auto empty_row = [&](int row) {
    for (size_t i = 0; i < cols.size(); ++i)
      if (cols[i] != 0 && !blank(ws.cell(row, cols[i]))) return false;
    return true;
  };
  // The skeleton reads a sheet's example row only where the sheet has no data.
  bool examples = examples_;
  for (int row = 2; examples && row <= ws.max_row(); ++row) examples = empty_row(row) || is_example(ws, row);
  for (int row = 2; row <= ws.max_row(); ++row) {
    if (empty_row(row) || is_example(ws, row) != examples) continue;
    Place row_place = place(ws, order, row, 0);
    if (s.kind == SheetKind::Table) {
      OJson& arr = out_.doc[target];
      if (!arr.is_array()) arr = OJson::array();
      std::string item_ptr = s.target + "/" + std::to_string(arr.size());
      locate(item_ptr, row_place);
      OJson item = row_item(s, ws, cols, row, order, item_ptr, true);
      // A sheet whose one column is the value holds a list of texts («Выводы»): the row is its text.
      if (s.columns[0].path == kValuePath) {
        if (cols[0]) locate(item_ptr, place(ws, order, row, cols[0]));
        if (item.contains(kValuePath)) arr.push_back(item[kValuePath]);
        continue;
      }
      arr.push_back(std::move(item));
      continue;
    }
    // Keyed sheets: the first column says where the row belongs.
    const Column& key_col = s.columns[0];
    Place key_place = place(ws, order, row, cols[0]);
    std::string why;
    std::optional<OJson> key = from_cell(key_col, cell_at(ws, row, cols[0]), &why);
    if (blank(cell_at(ws, row, cols[0]))) {
      error(key_place, s.target, "не заполнено обязательное поле «" + key_col.header + "»");
      continue;
    }
    if (!key) {
      error(key_place, s.target, why);
      continue;
    }
    const std::string k = key->get<std::string>();
    if (s.kind == SheetKind::KeyedField) {
      OJson& owners = out_.doc[target];
      size_t index = owners.is_array() ? owners.size() : 0;
      for (size_t i = 0; owners.is_array() && i < owners.size(); ++i)
        if (owners[i].is_object() && owners[i].value("id", OJson()) == k) index = i;
      if (index == (owners.is_array() ? owners.size() : 0)) index = person_index_by_name(owners, k);  // by ФИО
      const Sheet* owner_sheet = sheet_with_target(s.target, SheetKind::Table);
      if (!owners.is_array() || index == owners.size()) {
        error(key_place, s.target,
              "нет кода «" + k + "» на листе «" + (owner_sheet ? owner_sheet->name : s.target) + "»");
        continue;
      }
      std::string ptr = s.target + "/" + std::to_string(index) + "/" + s.field;
      if (!keyed_seen_.insert(ptr).second) {
        error(key_place, ptr, "для «" + k + "» уже есть строка выше; оставьте одну");
        continue;
      }
      locate(ptr, row_place);
      OJson item = row_item(s, ws, cols, row, order, ptr, true);
      item.erase(key_col.path);
      owners[index][s.field] = item;
      if (owner_sheet) owners[index] = reorder(owners[index], item_order(*owner_sheet, s.field, s.insert_after));
      continue;
    }
    std::string owner_ptr = s.target + "/" + k;
    if (s.kind == SheetKind::KeyedMap) {
      if (!keyed_seen_.insert(owner_ptr).second) {
        error(key_place, owner_ptr, "приказ «" + cell_text(ws.cell(row, cols[0])) + "» уже есть в строке выше");
        continue;
      }
      locate(owner_ptr, row_place);
      OJson item = row_item(s, ws, cols, row, order, owner_ptr, true);
      item.erase(key_col.path);
      OJson& slot = out_.doc[OJson::json_pointer(owner_ptr)];
      for (auto it = slot.begin(); slot.is_object() && it != slot.end(); ++it) item[it.key()] = it.value();
      slot = item;
      continue;
    }
    // KeyedList: the value column appends to the keyed object's list.
    std::string list_ptr = owner_ptr + (s.field.empty() ? "" : "/" + s.field);
    OJson& list = out_.doc[OJson::json_pointer(list_ptr)];
    if (!list.is_array()) list = OJson::array();
    std::string item_ptr = list_ptr + "/" + std::to_string(list.size());
    OJson item = row_item(s, ws, cols, row, order, item_ptr, false);
    if (cols[1]) locate(item_ptr, place(ws, order, row, cols[1]));
    if (item.contains(kValuePath)) list.push_back(item[kValuePath]);
    if (!s.field.empty()) {
      const Sheet* owner_sheet = sheet_with_target(s.target, SheetKind::KeyedMap);
      OJson& owner = out_.doc[OJson::json_pointer(owner_ptr)];
      if (owner_sheet) owner = reorder(owner, item_order(*owner_sheet, s.field, s.insert_after));
    }
  }
}

void Mapper::finish() {
  for (const char* ptr : {"/roadmap", "/results", "/results/swot", "/orders"}) {
    OJson::json_pointer p(ptr);
    if (out_.doc.contains(p)) out_.doc[p] = reorder(out_.doc[p], key_order(ptr));
  }
  out_.doc = reorder(out_.doc, key_order(""));
}

}  // namespace

std::string Place::text() const {
  std::string s = "Лист «" + sheet + "»";
  if (row > 0 && col > 0) return s + ", ячейка " + xlsx::cell_ref(row, col);
  if (row > 0) return s + ", строка " + std::to_string(row);
  return s;
}

void WorkbookLocator::add(const std::string& pointer, const Place& place) { places_[pointer] = place; }

std::optional<Place> WorkbookLocator::find(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    auto it = places_.find(p);
    if (it != places_.end()) return it->second;
    if (p.empty()) return std::nullopt;
    size_t slash = p.rfind('/');
    p = slash == std::string::npos ? "" : p.substr(0, slash);
  }
}

WorkbookDocument workbook_to_json(const xlsx::Workbook& wb, bool examples_as_data) {
  WorkbookDocument out;
  out.doc = OJson::object();
  Mapper m(out, examples_as_data);
  // Layout order, whatever the tab order: representatives need their pupils first.
  for (const auto& s : sheets()) {
    int order = 0;
    const xlsx::Sheet* found = nullptr;
    for (size_t i = 0; i < wb.sheets().size() && !found; ++i)
      if (trim(wb.sheets()[i].name()) == s.name) {
        found = &wb.sheets()[i];
        order = static_cast<int>(i);
      }
    if (found) m.sheet(s, *found, order);
    else m.missing(s);
  }
  fill_missing_codes(out.doc);
  resolve_person_names(out.doc);
  m.finish();
  return out;
}

}  // namespace nastavnik::workbook
