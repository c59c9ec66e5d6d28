// Staff from the roadmap itself: the people named in the responsible column
// («Зам. директора по УВР Порошина М.И.», «А.А. Лазутин»), so that lint's name
// check (L011) has a list to compare with and flags only a near-miss spelling.
#include <algorithm>
#include <map>

#include "import/import_roadmap.h"
#include "import/import_text.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

struct Found {
  std::string name;      // «Лазутин А.А.»
  std::string position;  // role text beside the name, first seen
  int count = 0;
  size_t order = 0;
};

// «А.А. Лазутин» and «Лазутин А. А.» as «Лазутин А.А.»: one spelling per person.
std::string surname_first(const std::string& name) {
  std::string n = collapse_whitespace(name);
  size_t space = n.rfind(' ');
  if (space == std::string::npos) return n;
  std::string a = n.substr(0, space), b = n.substr(space + 1);
  bool initials_first = !a.empty() && a.back() == '.' && (b.empty() || b.back() != '.');
  std::string out = initials_first ? b + " " + a : n;
  // «Лазутин А. А.» → «Лазутин А.А.»
  size_t first_space = out.find(' ');
  if (first_space == std::string::npos) return out;
  std::string ini = out.substr(first_space + 1);
  ini.erase(std::remove(ini.begin(), ini.end(), ' '), ini.end());
  if (ini.find('.') == std::string::npos) return out;  // «Фамилия Имя Отчество» stays
  return out.substr(0, first_space) + " " + ini;
}

std::string surname_of(const std::string& name) { return fold_for_match(name.substr(0, name.find(' '))); }
std::string initials_of(const std::string& name) {
  size_t sp = name.find(' ');
  return sp == std::string::npos ? "" : name.substr(sp + 1);
}

// The same initials and a surname one or two letters apart: a typo, not a person.
bool near_miss(const std::string& a, const std::string& b) {
  if (initials_of(a) != initials_of(b)) return false;
  std::u32string sa = decode_utf8(surname_of(a)), sb = decode_utf8(surname_of(b));
  size_t d = edit_distance(sa, sb);
  return d > 0 && d <= std::max<size_t>(1, sa.size() / 4);
}

}  // namespace

std::vector<ImportedStaff> staff_from_events(const std::vector<ImportedEvent>& events) {
  std::map<std::string, Found> found;
  for (const auto& e : events) {
    std::string text = e.responsible;
    for (char& c : text)
      if (c == ';' || c == '\n') c = ',';
    size_t start = 0;
    while (start <= text.size()) {
      size_t comma = text.find(',', start);
      if (comma == std::string::npos) comma = text.size();
      std::string part = trim(text.substr(start, comma - start));
      start = comma + 1;
      std::string before;
      auto name = find_person_name(part, &before);
      if (!name) continue;
      std::string key = surname_first(*name);
      Found& f = found[key];
      if (f.count++ == 0) {
        f.name = key;
        f.order = found.size();
      }
      if (f.position.empty()) {  // the first role text written beside the name
        f.position = lower_first_word(trim(before));
        while (!f.position.empty() && (f.position.back() == ',' || f.position.back() == '-')) f.position.pop_back();
        f.position = trim(f.position);
      }
    }
  }
  std::vector<const Found*> by_count;
  for (const auto& [k, f] : found) by_count.push_back(&f);
  // The spelling used most often is the person; a rarer near-miss is left for lint to flag.
  std::stable_sort(by_count.begin(), by_count.end(), [](const Found* a, const Found* b) {
    return a->count != b->count ? a->count > b->count : a->order < b->order;
  });
  std::vector<ImportedStaff> out;
  for (const Found* f : by_count) {
    if (std::any_of(out.begin(), out.end(), [&](const ImportedStaff& s) { return near_miss(s.full_name, f->name); }))
      continue;
    out.push_back({f->name, f->position});
  }
  std::sort(out.begin(), out.end(), [&](const ImportedStaff& a, const ImportedStaff& b) {
    return found.at(a.full_name).order < found.at(b.full_name).order;
  });
  return out;
}

void fill_staff_positions(ImportedRoadmap& r) {
  std::vector<std::pair<std::string, std::string>> known;  // name, position
  for (const auto& a : r.approvals)
    if (!a.signer.empty() && !a.position.empty()) known.emplace_back(surname_first(a.signer), a.position);
  if (r.executor && !r.executor->full_name.empty() && !r.executor->position.empty())
    known.emplace_back(surname_first(r.executor->full_name), r.executor->position);
  for (auto& s : r.staff) {
    if (!s.position.empty()) continue;
    for (const auto& [name, position] : known)
      if (surname_of(name) == surname_of(s.full_name) && initials_of(name) == initials_of(s.full_name)) {
        s.position = lower_first_word(position);
        break;
      }
  }
}

}  // namespace nastavnik
