#include "workbook/workbook_names.h"

#include <functional>
#include <map>
#include <set>

#include "language/safe_filename.h"
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

std::size_t person_index_by_name(const OJson& people, const std::string& name) {
  std::size_t found = people.size();
  const std::string key = name_key(name);
  for (std::size_t i = 0; people.is_array() && i < people.size(); ++i) {
    const OJson& p = people[i];
    if (!p.is_object() || !p.contains("full_name") || !p["full_name"].is_string()) continue;
    if (name_key(p["full_name"].get<std::string>()) != key) continue;
    if (found != people.size()) return people.size();  // two people of that name: no guess
    found = i;
  }
  return found;
}

namespace {

// «Орлов Тимофей Алексеевич» → «orlov_ta»: the transliterated surname and initials.
std::string code_from_name(const std::string& full_name) {
  std::string stem = safe_file_stem(full_name), code;
  size_t start = 0;
  for (int word = 0; start <= stem.size(); ++word) {
    size_t end = stem.find('_', start);
    if (end == std::string::npos) end = stem.size();
    const std::string part = lower_utf8(stem.substr(start, end - start));
    if (!part.empty()) code += word == 0 ? part : (word == 1 ? "_" : "") + part.substr(0, 1);
    start = end + 1;
  }
  return code.empty() ? "person" : code;
}

}  // namespace

void fill_missing_codes(OJson& doc) {
  std::set<std::string> taken;
  for (const char* list : {"staff", "pupils", "others", "pairs"})
    if (doc.contains(list) && doc[list].is_array())
      for (const auto& item : doc[list])
        if (item.is_object() && item.contains("id") && item["id"].is_string()) taken.insert(item["id"].get<std::string>());
  auto unique = [&](const std::string& base) {
    std::string code = base;
    for (int n = 2; taken.count(code); ++n) code = base + "_" + std::to_string(n);
    taken.insert(code);
    return code;
  };
  for (const char* list : {"staff", "pupils", "others"}) {
    if (!doc.contains(list) || !doc[list].is_array()) continue;
    for (auto& person : doc[list])
      if (person.is_object() && !person.contains("id") && person.contains("full_name") &&
          person["full_name"].is_string()) {
        OJson with_id = {{"id", unique(code_from_name(person["full_name"].get<std::string>()))}};
        for (const auto& [k, v] : person.items()) with_id[k] = v;  // the code first, as in the data file
        person = with_id;
      }
  }
  if (doc.contains("pairs") && doc["pairs"].is_array()) {
    int n = 0;
    for (auto& pair : doc["pairs"]) {
      ++n;
      if (!pair.is_object() || pair.contains("id")) continue;
      std::string number = std::to_string(n);
      if (number.size() < 2) number = "0" + number;
      OJson with_id = {{"id", unique("pair_" + number)}};
      for (const auto& [k, v] : pair.items()) with_id[k] = v;
      pair = with_id;
    }
  }
}

}  // namespace nastavnik::workbook
