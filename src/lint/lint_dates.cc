// Lint rules about years: dates of documents outside the programme's year, and
// other academic years or last year's dates inside free text.
#include "lint/lint.h"
#include "lint/year_mentions.h"

namespace nastavnik::lint {
namespace {

// Documents for a year are signed from the January before it (a plan is approved
// in spring or August) until the year ends; older dates are last year's file.
bool outside_year(const Programme& p, const Date& d) {
  return d < Date{p.academic_year.first, 1, 1} || d > p.period_to;
}

std::string not_this_year(const Programme& p, const Date& d) {
  return " (" + format_numeric(d) + ") не относится к " + p.academic_year.label() +
         " учебному году — не осталась ли она от прошлого года?";
}

// What of a text belongs to another year: other academic years, dates before the
// programme's period and bare years before its first, of the last three years (not
// after «от»: that is a document referred to, «распоряжение от 25.12.2019»).
std::vector<std::string> foreign_years(const Programme& p, const std::string& text) {
  std::vector<std::string> found;
  const int first = p.academic_year.first;
  for (const auto& m : find_year_mentions(text)) {
    bool foreign = false;
    if (m.kind == YearMention::Kind::AcademicYear) foreign = m.year != first;
    else if (!m.after_ot && m.year >= first - 3)
      foreign = m.kind == YearMention::Kind::Date ? m.date < p.period_from : m.year < first;
    if (foreign) found.push_back("«" + mention_text(text, m) + "»");
  }
  return found;
}

}  // namespace

void dates_outside_year(const Programme& p, const LintRule& rule, Diagnostics& out) {
  for (const auto& a : p.roadmap.approvals) {
    const bool signed_date = a.date.has_value();
    std::optional<Date> d = signed_date ? a.date : a.document.date;
    const char* field = signed_date ? "/date" : a.kind == Approval::Kind::ApprovedByOrder ? "/order/date" : "/protocol/date";
    if (d && outside_year(p, *d)) lint_warn(out, rule, a.pointer + field, "дата грифа" + not_this_year(p, *d));
  }
  for (const auto* o : {&p.roadmap_order, &p.pairs_order})
    if (*o && (*o)->date && outside_year(p, *(*o)->date))
      lint_warn(out, rule, (*o)->pointer + "/date", "дата приказа" + not_this_year(p, *(*o)->date));
  if (p.consents_date && outside_year(p, *p.consents_date))
    lint_warn(out, rule, "/consents_date", "дата выдачи согласий" + not_this_year(p, *p.consents_date));
  for (const auto& e : p.roadmap.events)
    if (e.deadline.stated_year && e.deadline.stated_year->first != p.academic_year.first)
      lint_warn(out, rule, e.pointer + "/deadline",
                "в сроке мероприятия «" + e.number + "» («" + e.deadline_source + "») указан " +
                    e.deadline.stated_year->label() + " учебный год, а программа — на " + p.academic_year.label());
}

void other_year_in_text(const Programme& p, const LintRule& rule, Diagnostics& out) {
  const auto scan = [&](const std::string& text, const std::string& pointer, const std::string& what) {
    auto found = foreign_years(p, text);
    if (found.empty()) return;
    std::string list;
    for (const auto& f : found) list += (list.empty() ? "" : ", ") + f;
    lint_warn(out, rule, pointer,
              "в тексте " + what + " упомянуто то, что не относится к " + p.academic_year.label() +
                  " учебному году: " + list + " — не осталось ли от прошлогоднего файла?");
  };
  scan(p.roadmap.title, "/roadmap/title", "заголовка дорожной карты");
  for (const auto& s : p.roadmap.stages) {
    if (s.pointer.empty()) continue;  // the standard text, not the school's
    const std::string what = "этапа " + std::to_string(s.number);
    scan(s.name, s.pointer + "/name", what);
    scan(s.goal, s.pointer + "/goal", what);
    scan(s.task, s.pointer + "/task", what);
    scan(s.result, s.pointer + "/result", what);
  }
  for (const auto& e : p.roadmap.events) {
    const std::string what = "мероприятия «" + e.number + "»";
    scan(e.title, e.pointer + "/title", what);
    scan(e.result, e.pointer + "/result", what);
    // Dated deadlines are the reader's and L001's; free phrases only here.
    if (e.deadline.kind == Deadline::Kind::Text) scan(e.deadline.text, e.pointer + "/deadline", what);
  }
  for (const auto* o : {&p.roadmap_order, &p.pairs_order}) {
    if (!*o) continue;
    for (size_t i = 0; i < (*o)->extra_points.size(); ++i)
      scan((*o)->extra_points[i], (*o)->pointer + "/points/" + std::to_string(i), "пункта приказа");
  }
  for (const auto& x : p.pairs) scan(x.goal, x.pointer + "/goal", "цели пары «" + x.id + "»");
}

}  // namespace nastavnik::lint
