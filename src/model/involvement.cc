#include "model/involvement.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "language/number_format.h"

namespace nastavnik {
namespace {

// Age in full years on a day.
int age_on(const Date& birth, const Date& day) {
  int age = day.year - birth.year;
  if (std::make_pair(day.month, day.day) < std::make_pair(birth.month, birth.day)) --age;
  return age;
}

// The target counts pupils from age 10; a pupil without a birth date is counted,
// as the school's total of pupils 10+ most likely includes them.
bool counts_for_target(const Programme& p, const Pupil& x) {
  return !x.birth_date || age_on(*x.birth_date, p.period_from) >= 10;
}

}  // namespace

double Share::percent() const {
  if (whole <= 0) return 0;
  return round_decimal(100.0 * part / whole, 1);
}

int Share::missing() const {
  if (meets_target()) return 0;
  return std::max(0, static_cast<int>(std::ceil(whole * kTargetPercent / 100.0 - 1e-9)) - part);
}

Involvement compute_involvement(const Programme& p) {
  Involvement out;
  if (!p.results) return out;
  std::set<std::string> everyone;
  for (const Pair& pair : p.pairs) {
    everyone.insert(pair.mentor);
    everyone.insert(pair.mentees.begin(), pair.mentees.end());
  }
  int pupils = 0, staff = 0, young = 0;
  for (const auto& id : everyone) {
    if (const Pupil* x = p.find_pupil(id); x && counts_for_target(p, *x)) ++pupils;
    if (const StaffMember* s = p.find_staff(id)) {
      ++staff;
      if (s->young_specialist) ++young;
    }
  }
  const SchoolTotals& school = p.results->school;
  out.pupils = {pupils, school.pupils_10_plus};
  out.teachers = {staff, school.teachers};
  if (school.young_teachers && *school.young_teachers > 0) out.young_teachers = Share{young, *school.young_teachers};
  return out;
}

}  // namespace nastavnik
