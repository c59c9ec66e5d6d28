// Lint rules about the numbers of events as the school wrote them: a number
// skipped inside a stage (5.1 → 5.3) and a number used twice.
#include <algorithm>
#include <cctype>
#include <map>

#include "lint/lint.h"

namespace nastavnik::lint {
namespace {

// «6.1.2» → {6, 1, 2}; empty when the number is not dotted digits.
std::vector<int> parts_of(const std::string& number) {
  std::vector<int> out;
  std::string cur;
  for (char c : number + ".") {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      cur += c;
    } else if (c == '.' && !cur.empty() && cur.size() < 6) {
      out.push_back(std::stoi(cur));
      cur.clear();
    } else {
      return {};
    }
  }
  return out;
}

}  // namespace

void numbering_gap(const Programme& p, const LintRule& rule, Diagnostics& out) {
  // The last number seen under each parent («5» for 5.1, «6.1» for 6.1.2).
  std::map<std::vector<int>, std::pair<int, const Event*>> last;
  for (const auto& e : p.roadmap.events) {
    std::vector<int> parts = parts_of(e.number);
    if (parts.size() < 2) continue;
    std::vector<int> parent(parts.begin(), parts.end() - 1);
    auto it = last.find(parent);
    if (it != last.end() && parts.back() > it->second.first + 1) {
      std::string prefix = e.number.substr(0, e.number.rfind('.') + 1);
      std::string missing = prefix + std::to_string(it->second.first + 1);
      if (parts.back() > it->second.first + 2) missing += "–" + prefix + std::to_string(parts.back() - 1);
      lint_warn(out, rule, e.pointer + "/number",
                "после мероприятия «" + it->second.second->number + "» идёт «" + e.number + "»: нет номера «" + missing +
                    "» — мероприятие потеряно или нумерация сбита");
    }
    if (it == last.end() || parts.back() > it->second.first) last[parent] = {parts.back(), &e};
  }
}

void numbering_duplicate(const Programme& p, const LintRule& rule, Diagnostics& out) {
  std::map<std::string, const Event*> seen;
  for (const auto& e : p.roadmap.events) {
    if (e.number.empty()) continue;
    auto [it, fresh] = seen.emplace(e.number, &e);
    if (!fresh)
      lint_warn(out, rule, e.pointer + "/number",
                "номер «" + e.number + "» уже есть у мероприятия «" + it->second->title.substr(0, 60) +
                    (it->second->title.size() > 60 ? "…" : "") + "» — у каждого мероприятия свой номер");
  }
}

}  // namespace nastavnik::lint
