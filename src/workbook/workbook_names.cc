#include "workbook/workbook_names.h"

#include <functional>
#include <map>
#include <set>

#include "language/text_util.h"
#include "workbook/workbook_layout.h"

namespace nastavnik::workbook {
namespace {

bool is_person_column(const Column& c) {
  return c.type == CellType::StaffRef || c.type == CellType::PersonRef || c.type == CellType::IdList;
}

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

// Applies `change` to every string (or list item) in a person cell of the layout's table and form sheets.
void for_each_person_value(OJson& doc, const std::function<void(OJson&)>& change) {
  std::function<void(OJson&)> value = [&](OJson& v) {
    if (v.is_array())
      for (auto& x : v) value(x);
    else if (v.is_string())
      change(v);
  };
  // The value at a column's path («executor/staff») inside one item.
  auto at_path = [&](OJson& item, const std::string& path) {
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
  };
  for (const Sheet& s : sheets()) {
    if (s.kind != SheetKind::Table && s.kind != SheetKind::Form) continue;
    OJson::json_pointer ptr(s.target);
    if (!doc.contains(ptr)) continue;
    OJson& target = doc[ptr];
    for (const Column& c : s.columns) {
      if (!is_person_column(c)) continue;
      if (s.kind == SheetKind::Form) at_path(target, c.path);
      else if (target.is_array())
        for (auto& item : target) at_path(item, c.path);
    }
  }
}

}  // namespace

void resolve_person_names(OJson& doc) {
  std::set<std::string> ids;
  const std::map<std::string, std::string> by_name = unique_names(doc, ids);
  if (by_name.empty()) return;
  for_each_person_value(doc, [&](OJson& v) {
    if (ids.count(v.get<std::string>())) return;
    if (auto it = by_name.find(name_key(v.get<std::string>())); it != by_name.end()) v = it->second;
  });
}

void person_codes_to_names(OJson& doc) {
  std::set<std::string> ids;
  const std::map<std::string, std::string> by_name = unique_names(doc, ids);
  std::map<std::string, std::string> name_of;  // id → full name, for names only one person has
  for (const char* list : {"staff", "pupils", "others"}) {
    if (!doc.contains(list) || !doc[list].is_array()) continue;
    for (const auto& person : doc[list]) {
      if (!person.is_object() || !person.contains("id") || !person.contains("full_name")) continue;
      if (!person["id"].is_string() || !person["full_name"].is_string()) continue;
      const std::string name = collapse_whitespace(person["full_name"].get<std::string>());
      auto it = by_name.find(name_key(name));
      // A name that is also somebody's code would read back as that code: keep the code.
      if (it != by_name.end() && it->second == person["id"] && !ids.count(name)) name_of[it->second] = name;
    }
  }
  for_each_person_value(doc, [&](OJson& v) {
    if (auto it = name_of.find(v.get<std::string>()); it != name_of.end()) v = it->second;
  });
}

}  // namespace nastavnik::workbook
