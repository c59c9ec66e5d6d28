#include "read/validate.h"

#include <map>
#include <set>

#include "read/json_fields.h"

namespace nastavnik {

void report_unknown_staff(const std::string& id, const std::string& pointer, const Programme& p,
                          Diagnostics& diag) {
  std::vector<std::string> ids;
  for (const auto& s : p.staff) ids.push_back(s.id);
  std::string msg = "нет сотрудника с кодом «" + id + "» в списке staff";
  std::string hint = closest_match(id, ids);
  if (!hint.empty()) msg += " — возможно, имелось в виду «" + hint + "»";
  diag.error(pointer, msg);
}

namespace {

void check_unique_staff(const Programme& p, Diagnostics& diag) {
  std::set<std::string> seen;
  for (const auto& s : p.staff)
    if (!s.id.empty() && !seen.insert(s.id).second)
      diag.error(s.pointer + "/id", "код сотрудника «" + s.id + "» уже занят другим сотрудником");
}

void check_events(const Programme& p, Diagnostics& diag) {
  std::map<std::string, std::string> numbers;
  std::set<int> stages;
  for (const auto& s : p.roadmap.stages) stages.insert(s.number);
  for (const auto& e : p.roadmap.events) {
    if (!e.number.empty()) {
      auto [it, fresh] = numbers.emplace(e.number, e.pointer);
      if (!fresh)
        diag.error(e.pointer + "/number", "номер мероприятия «" + e.number +
                                              "» повторяется (он уже есть в " + it->second + ")");
    }
    if (e.stage > 0 && !stages.count(e.stage))
      diag.error(e.pointer + (e.pointer.empty() ? "" : "/stage"),
                 "мероприятие «" + e.number + "» относится к этапу " + std::to_string(e.stage) +
                     ", которого нет в дорожной карте");
    if (auto span = deadline_span(e.deadline)) {
      if (span->first < p.period_from || span->second > p.period_to) {
        std::string when = format_numeric(span->first);
        if (span->second != span->first) when += " – " + format_numeric(span->second);
        diag.error(e.pointer + "/deadline",
                   "срок мероприятия «" + e.number + "» (" + when + ") выходит за рамки " +
                       p.academic_year.label() + " учебного года (" + format_numeric(p.period_from) +
                       " – " + format_numeric(p.period_to) + ")");
      }
    }
  }
}

}  // namespace

void validate_programme(const Programme& p, Diagnostics& diag) {
  check_unique_staff(p, diag);
  check_events(p, diag);
  validate_participants(p, diag);
}

}  // namespace nastavnik
