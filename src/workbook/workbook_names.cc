#include "workbook/workbook_names.h"

#include <map>
#include <set>

#include "language/text_util.h"
#include "workbook/workbook_layout.h"

namespace nastavnik::workbook {
namespace {

std::string name_key(const std::string& name) { return fold_for_match(collapse_whitespace(name)); }

// Folded full name → id, for names that belong to one person only; `all` gets every id.
std::map<std::string, std::string> unique_names(const OJson& doc, std::set<std::string>& all) {
  std::map<std::string, std::string> ids;
  std::set<std::string> twice;
  for (const char* list : {"staff", "pupils", "others"}) {
    if (!doc.contains(list) || !doc[list].is_array()) continue;
    for (const auto& person : doc[list]) {
      if (!person.is_object() || !person.contains("id") || !person.contains("full_name")) continue;
      if (!person["id"].is_string() || !person["full_name"].is_string()) continue;
      all.insert(person["id"].get<std::string>());
      std::string key = name_key(person["full_name"].get<std::string>());
      if (!ids.emplace(key, person["id"].get<std::string>()).second) twice.insert(key);
    }
  }
  for (const auto& key : twice) ids.erase(key);
  return ids;
}

struct Resolver {
  std::map<std::string, std::string> by_name;
  std::set<std::string> ids;

  void value(OJson& v) const {
    if (v.is_array()) {
      for (auto& x : v) value(x);
      return;
    }
    if (!v.is_string() || ids.count(v.get<std::string>())) return;
    if (auto it = by_name.find(name_key(v.get<std::string>())); it != by_name.end()) v = it->second;
  }

  // The value at a column's path («executor/staff») inside one item.
  void at_path(OJson& item, const std::string& path) const {
    OJson* cur = &item;
    size_t start = 0;
    while (true) {
      size_t slash = path.find('/', start);
      std::string key = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      if (!cur->is_object() || !cur->contains(key)) return;
      cur = &(*cur)[key];
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    value(*cur);
  }
};

bool is_person_column(const Column& c) {
  return c.type == CellType::StaffRef || c.type == CellType::PersonRef || c.type == CellType::IdList;
}

}  // namespace

void resolve_person_names(OJson& doc) {
  Resolver r;
  r.by_name = unique_names(doc, r.ids);
  if (r.by_name.empty()) return;
  for (const Sheet& s : sheets()) {
    if (s.kind != SheetKind::Table && s.kind != SheetKind::Form) continue;
    OJson::json_pointer ptr(s.target);
    if (!doc.contains(ptr)) continue;
    OJson& target = doc[ptr];
    for (const Column& c : s.columns) {
      if (!is_person_column(c)) continue;
      if (s.kind == SheetKind::Form) r.at_path(target, c.path);
      else if (target.is_array())
        for (auto& item : target) r.at_path(item, c.path);
    }
  }
}

}  // namespace nastavnik::workbook
