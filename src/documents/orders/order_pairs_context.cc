// The order fixing mentoring pairs and groups, with their table as appendix 1
// and, for teacher mentors, the written consent and additional agreement that
// ТК РФ ст. 351.8 requires.
#include <algorithm>

#include "documents/approval_block.h"
#include "documents/page.h"
#include "documents/documents.h"
#include "model/mentoring_form.h"
#include "documents/orders/order_frame.h"
#include "model/person_forms.h"
#include "language/person_name.h"
#include "language/plural.h"
#include "documents/publication.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

// An outside participant of the publication view without a consent: shown by role only.
bool unnamed_other(const Programme& p, const std::string& id) {
  const OtherPerson* o = p.find_other(id);
  return o && is_withheld(*o);
}

std::string curator_of(const Programme& p, const Pair& x) { return x.curator.empty() ? p.curator : x.curator; }

// «Кравцова И.В. — письменное согласие от 28.08.2023, дополнительное соглашение от 01.09.2023 № 12;»
std::string consent_line(const Programme& p, const StaffMember& s) {
  std::string line = person_short_name(p, s.id) + " — ";
  if (!s.mentoring_consent) return line + "письменное согласие и дополнительное соглашение к трудовому договору "
                                          "оформить до начала работы пары (группы);";
  const MentoringConsent& c = *s.mentoring_consent;
  line += "письменное согласие" + (c.date ? " от " + format_numeric(*c.date) : std::string());
  if (!c.agreement.number.empty() || c.agreement.date)
    line += ", дополнительное соглашение к трудовому договору " + dated_number(c.agreement);
  return line + ";";
}

}  // namespace

Json order_pairs_context(const Programme& p) {
  const Order& o = *p.pairs_order;
  const std::string org = p.organisation.short_name;
  const std::string year = p.academic_year.label();

  Json rows = Json::array();
  std::vector<std::string> mentors, staff_mentors, curators;  // each once, in order of appearance
  for (const Pair& x : p.pairs) {
    Json mentees = Json::array();
    long long unnamed = 0;  // pupils of the publication view without consent: a count, not names
    for (const auto& m : x.mentees) {
      const Pupil* pu = p.find_pupil(m);
      if (pu && is_withheld(*pu)) {
        ++unnamed;
        continue;
      }
      if (unnamed_other(p, m)) {
        mentees.push_back(capitalize_first_utf8(person_role(p, m)));
        continue;
      }
      std::string who = person_full_name(p, m);
      if (pu && !pu->class_name.empty()) who += ", " + pu->class_name;
      mentees.push_back(who);
    }
    if (unnamed > 0)
      mentees.push_back((mentees.empty() ? "" : "и ещё ") + plural(unnamed, "обучающийся", "обучающихся", "обучающихся"));
    const Pupil* pupil_mentor = p.find_pupil(x.mentor);
    bool unnamed_mentor = pupil_mentor && is_withheld(*pupil_mentor);
    // Without a name the role says who mentors: «Студент, ГБПОУ «…»» on one line.
    std::string mentor = unnamed_mentor                   ? std::string("Обучающийся")
                         : unnamed_other(p, x.mentor) ? capitalize_first_utf8(person_role(p, x.mentor))
                                                          : person_full_name(p, x.mentor);
    bool role_line = !unnamed_mentor && !unnamed_other(p, x.mentor);
    rows.push_back({{"n", std::to_string(rows.size() + 1)},
                    {"mentor", mentor},
                    {"mentor_role", role_line ? person_role(p, x.mentor) : std::string()},
                    {"mentees", mentees},
                    {"form", x.form + (x.role_pair.empty() ? "" : " (" + x.role_pair + ")")},
                    {"term", term_text(x.from, x.to)},
                    {"curator", person_short_name(p, curator_of(p, x))}});
    if (std::find(mentors.begin(), mentors.end(), x.mentor) == mentors.end()) {
      mentors.push_back(x.mentor);
      if (p.find_staff(x.mentor)) staff_mentors.push_back(x.mentor);
    }
    if (std::find(curators.begin(), curators.end(), curator_of(p, x)) == curators.end())
      curators.push_back(curator_of(p, x));
  }

  Json points = Json::array();
  points.push_back(order_point("Закрепить наставнические пары (группы) на " + year +
                               " учебный год в составе согласно приложению 1."));
  if (!staff_mentors.empty()) {
    std::vector<std::string> consents;
    for (const auto& id : staff_mentors) consents.push_back(consent_line(p, *p.find_staff(id)));
    consents.back().back() = '.';
    points.push_back(order_point(
        "Установить, что педагогические работники осуществляют наставническую деятельность с их письменного "
        "согласия на основании дополнительных соглашений к трудовым договорам (статья 351.8 Трудового кодекса "
        "Российской Федерации), в которых определены содержание, срок и форма наставничества:",
        consents));
  }
  points.push_back(order_point("Наставникам организовать работу наставнических пар (групп) в соответствии с "
                               "индивидуальными планами развития наставляемых."));
  points.push_back(order_point("Куратору " + person_short_name(p, p.curator, NameCase::Dative) +
                               " обеспечить контроль за работой наставнических пар (групп) и проведение мониторинга "
                               "реализации программы наставничества."));
  for (const auto& extra : o.extra_points) points.push_back(order_point(extra));
  points.push_back(order_point("Контроль за исполнением настоящего приказа оставляю за собой."));

  std::string basis = legal_basis(p, false);
  if (p.roadmap_order)
    basis += ", на основании дорожной карты (плана мероприятий) по реализации целевой модели наставничества, "
             "утверждённой приказом " + org + " " + order_reference(*p.roadmap_order);
  basis += ", по результатам формирования баз наставников и наставляемых";

  Json appendix = {{"page", {{"text_width", text_width_twips(true)}, {"landscape", true}}},
                   {"order_width", text_width_twips(false)},
                   {"heading", appendix_heading(p, o, 1)},
                   {"title", "Наставнические пары (группы) " + org + " на " + year + " учебный год"},
                   {"rows", rows}};
  // Every employee the order names: the curators, the teacher mentors and the
  // teachers they mentor (appendix 1), and staff of the school's own points.
  std::vector<std::string> acquainted = {p.curator};
  acquainted.insert(acquainted.end(), curators.begin(), curators.end());
  acquainted.insert(acquainted.end(), mentors.begin(), mentors.end());
  for (const Pair& x : p.pairs) acquainted.insert(acquainted.end(), x.mentees.begin(), x.mentees.end());
  acquainted.insert(acquainted.end(), o.acquaint.begin(), o.acquaint.end());  // the sheet keeps staff, each once
  return order_document(p, o, "О закреплении наставнических пар (групп) на " + year + " учебный год", basis, points,
                        appendix, acquainted);
}

}  // namespace nastavnik
