#include "model/consent_plan.h"

#include <unordered_set>

namespace nastavnik {

bool is_minor_pupil(const Programme& p, const Pupil& x) {
  if (!x.birth_date) return true;
  Date adult{x.birth_date->year + 18, x.birth_date->month, x.birth_date->day};
  if (!is_valid_date(adult.year, adult.month, adult.day)) adult = {adult.year, 3, 1};  // born on 29 February
  return p.academic_year.start() < adult;
}

std::vector<ConsentItem> plan_consents(const Programme& p) {
  std::vector<std::string> participants, staff_mentors;
  std::unordered_set<std::string> seen, seen_mentors;  // a search of the lists would be quadratic
  auto add = [](std::vector<std::string>& list, std::unordered_set<std::string>& in_list, const std::string& id) {
    if (in_list.insert(id).second) list.push_back(id);
  };
  for (const Pair& x : p.pairs) {
    add(participants, seen, x.mentor);
    for (const auto& m : x.mentees) add(participants, seen, m);
    if (p.find_staff(x.mentor)) add(staff_mentors, seen_mentors, x.mentor);
  }
  auto minor = [&](const std::string& id) {
    const Pupil* x = p.find_pupil(id);
    return x && is_minor_pupil(p, *x);
  };
  std::vector<ConsentItem> out;
  for (const auto& id : participants)
    if (!minor(id)) out.push_back({ConsentKind::PersonalData, id, false});
  for (const auto& id : participants)
    if (minor(id)) out.push_back({ConsentKind::RepresentativePersonalData, id, true});
  if (p.publication && !p.publication->pages.empty())
    for (const auto& id : participants)
      if (!p.find_pupil(id) || p.publication->pupils) out.push_back({ConsentKind::Dissemination, id, minor(id)});
  for (const auto& id : staff_mentors) out.push_back({ConsentKind::Mentoring, id, false});
  return out;
}

}  // namespace nastavnik
