// Cross-checks of participants and pairs: references, roles per form, overlaps,
// mentee limits, dates, minors' representatives, teachers' consent to mentoring.
#include <map>
#include <set>

#include "model/consent_plan.h"
#include "model/mentoring_form.h"
#include "language/person_name.h"
#include "read/validate.h"
#include "read/json_fields.h"

namespace nastavnik {
namespace {

void check_unique_ids(const Programme& p, Diagnostics& diag) {
  std::map<std::string, std::string> seen;  // id -> pointer of its first owner
  auto visit = [&](const std::string& id, const std::string& ptr) {
    if (id.empty()) return;
    auto [it, fresh] = seen.emplace(id, ptr);
    if (!fresh && it->second.rfind("/staff/", 0) != 0)  // staff duplicates are reported by validate.cc
      diag.error(ptr + "/id", "код «" + id + "» уже занят (" + it->second + "); коды участников не должны повторяться");
    else if (!fresh && ptr.rfind("/staff/", 0) != 0)
      diag.error(ptr + "/id", "код «" + id + "» уже занят сотрудником (" + it->second + ")");
  };
  for (const auto& s : p.staff) visit(s.id, s.pointer);
  for (const auto& s : p.pupils) visit(s.id, s.pointer);
  for (const auto& s : p.others) visit(s.id, s.pointer);
  std::set<std::string> pairs;
  for (const auto& x : p.pairs)
    if (!x.id.empty() && !pairs.insert(x.id).second)
      diag.error(x.pointer + "/id", "код пары «" + x.id + "» повторяется");
}

void check_pupils(const Programme& p, Diagnostics& diag) {
  for (const auto& x : p.pupils) {
    if (x.birth_date && *x.birth_date > p.academic_year.end()) {
      diag.error(x.pointer + "/birth_date", "дата рождения " + format_numeric(*x.birth_date) +
                                                " позже конца " + p.academic_year.label() + " учебного года");
      continue;
    }
    if (!x.birth_date && !x.representative)
      diag.warning(x.pointer + "/birth_date", "у обучающегося «" + x.full_name +
                                                  "» нет даты рождения: не понять, нужен ли законный представитель");
    else if (x.birth_date && is_minor_pupil(p, x) && !x.representative)
      diag.error(x.pointer + "/representative", "«" + x.full_name +
                                                   "» несовершеннолетний: укажите законного представителя "
                                                   "(он подписывает согласие на обработку персональных данных)");
  }
}

bool overlaps(const Pair& a, const Pair& b) {
  if (!a.from || !a.to || !b.from || !b.to) return true;
  return !(*a.to < *b.from || *b.to < *a.from);
}

void check_pair(const Programme& p, const Pair& x, Diagnostics& diag) {
  const MentoringForm* form = find_form(x.form);
  if (!x.mentor.empty()) {
    if (!p.person_kind(x.mentor)) report_unknown_person(x.mentor, x.pointer + "/mentor", p, diag);
    else if (form && !fits_role(p, x.mentor, form->mentor))
      diag.error(x.pointer + "/mentor", "в форме «" + form->name + "» наставник — " + role_name(form->mentor) +
                                            ", а «" + x.mentor + "» не из этого списка");
  }
  for (size_t i = 0; i < x.mentees.size(); ++i) {
    const std::string& id = x.mentees[i];
    std::string ptr = x.pointer + "/mentees/" + std::to_string(i);
    if (!p.person_kind(id)) report_unknown_person(id, ptr, p, diag);
    else if (form && !fits_role(p, id, form->mentee))
      diag.error(ptr, "в форме «" + form->name + "» наставляемый — " + role_name(form->mentee) + ", а «" + id +
                          "» не из этого списка");
    if (id == x.mentor) diag.error(ptr, "наставник не может быть своим наставляемым");
  }
  if (x.from && x.to) {
    if (*x.to < *x.from) diag.error(x.pointer + "/to", "пара заканчивает работу раньше, чем начинает");
    for (const auto& [key, d] : {std::pair{"from", *x.from}, std::pair{"to", *x.to}})
      if (d < p.period_from || d > p.period_to)
        diag.error(x.pointer + "/" + key, "дата " + format_numeric(d) + " вне " + p.academic_year.label() +
                                               " учебного года (" + format_numeric(p.period_from) + " – " +
                                               format_numeric(p.period_to) + ")");
  }
  if (!x.curator.empty() && !p.find_staff(x.curator)) report_unknown_staff(x.curator, x.pointer + "/curator", p, diag);
  if (const StaffMember* s = p.find_staff(x.mentor); s && !s->mentoring_consent)
    diag.warning(x.pointer + "/mentor", "у педагога «" + s->full_name +
                                            "» не записано письменное согласие на наставничество "
                                            "(ТК РФ ст. 351.8): добавьте mentoring_consent в его запись staff");
}

void check_overlaps_and_limits(const Programme& p, Diagnostics& diag) {
  for (size_t i = 0; i < p.pairs.size(); ++i)
    for (size_t j = i + 1; j < p.pairs.size(); ++j) {
      const Pair& a = p.pairs[i];
      const Pair& b = p.pairs[j];
      if (a.form.empty() || a.form != b.form || !overlaps(a, b)) continue;
      for (size_t k = 0; k < b.mentees.size(); ++k)
        for (const auto& m : a.mentees)
          if (m == b.mentees[k])
            diag.error(b.pointer + "/mentees/" + std::to_string(k),
                       "«" + m + "» уже наставляемый в паре «" + a.id + "» той же формы «" + a.form + "» в те же сроки");
    }
  std::map<std::string, std::set<std::string>> mentees_of;
  std::map<std::string, std::string> last_pair;
  for (const auto& x : p.pairs) {
    const MentoringForm* form = find_form(x.form);
    if (!p.mentee_limit_set && !(form && form->teacher_model)) continue;
    for (const auto& m : x.mentees) mentees_of[x.mentor].insert(m);
    last_pair[x.mentor] = x.pointer;
  }
  for (const auto& [mentor, set] : mentees_of)
    if (static_cast<int>(set.size()) > p.max_mentees_per_mentor)
      diag.error(last_pair[mentor] + "/mentor", "у наставника «" + mentor + "» " + std::to_string(set.size()) +
                                                    " наставляемых, а допускается не больше " +
                                                    std::to_string(p.max_mentees_per_mentor) +
                                                    " (поле max_mentees_per_mentor)");
}

}  // namespace

static std::vector<std::string> all_ids(const Programme& p) {
  std::vector<std::string> ids;
  for (const auto& s : p.staff) ids.push_back(s.id);
  for (const auto& s : p.pupils) ids.push_back(s.id);
  for (const auto& s : p.others) ids.push_back(s.id);
  return ids;
}

void report_unknown_person(const std::string& id, const std::string& ptr, const Programme& p, Diagnostics& diag) {
  std::string msg = "нет участника с кодом «" + id + "» ни в staff, ни в pupils, ни в others";
  std::string hint = closest_match(id, all_ids(p));
  if (!hint.empty()) msg += " — возможно, имелось в виду «" + hint + "»";
  diag.error(ptr, msg);
}

void validate_participants(const Programme& p, Diagnostics& diag) {
  check_unique_ids(p, diag);
  check_pupils(p, diag);
  if (!p.curator.empty() && !p.find_staff(p.curator)) report_unknown_staff(p.curator, "/curator", p, diag);
  if (p.curator.empty() && (!p.pairs.empty() || p.roadmap_order || p.pairs_order))
    diag.error("/curator", "укажите куратора программы (curator: код сотрудника) — он нужен парам и приказам");
  for (const auto& x : p.pairs) check_pair(p, x, diag);
  check_overlaps_and_limits(p, diag);
  for (const auto& d : p.monitoring_dates)
    if (d < p.period_from || d > p.period_to)
      diag.error("/monitoring_dates", "дата мониторинга " + format_numeric(d) + " вне " + p.academic_year.label() +
                                          " учебного года");
}

}  // namespace nastavnik
