// The final report «Отчёт о реализации программы наставничества …»: the
// figures of report_figures.h put into sentences, tables and figure slots.
// The report is published on the school site, so pupils are named only as
// their dissemination consent allows (152-ФЗ ст. 10.1), otherwise counted.
#include <algorithm>
#include <cmath>

#include "documents/approval_block.h"
#include "documents/documents.h"
#include "documents/orders/order_frame.h"
#include "model/person_forms.h"
#include "language/person_name.h"
#include "language/plural.h"
#include "documents/publication.h"
#include "documents/report/report_charts.h"
#include "documents/report/report_conclusions.h"
#include "documents/report/report_figures.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

// A person as a published document may name them: staff by full name, a pupil or an
// outside participant only in the form their dissemination consent allows; "" when
// they may not be named.
std::string public_name(const Programme& p, const std::string& id) {
  if (const OtherPerson* o = p.find_other(id))
    return o->dissemination ? consented_name(o->full_name, o->dissemination->name) : std::string();
  const Pupil* x = p.find_pupil(id);
  if (!x) return person_full_name(p, id);
  if (!x->dissemination) return "";
  std::string name = consented_name(x->full_name, x->dissemination->name);  // idempotent: the site's copy holds it already
  if (x->dissemination->class_name) name += " (" + x->class_name + " класс)";
  return name;
}

// Staff by position; an outside participant with the position only when their consent allows it.
std::string public_role(const Programme& p, const std::string& id) {
  const OtherPerson* o = p.find_other(id);
  return o ? other_role(*o, o->dissemination && o->dissemination->position) : person_role(p, id);
}

// «Наставник-обучающийся», «Наставник — представитель работодателя, АО «…»»: who, without a name.
std::string unnamed_mentor(const Programme& p, const std::string& id) {
  const OtherPerson* o = p.find_other(id);
  return o ? "Наставник — " + other_role(*o, false) : "Наставник-обучающийся";
}

std::string status_text(const EventFigures& e) {
  if (!e.status) return "Нет сведений";
  switch (*e.status) {
    case EventOutcome::Status::Done: return "Выполнено";
    case EventOutcome::Status::Late:
      return "Выполнено с опозданием" + (e.outcome->date ? " (" + format_numeric(*e.outcome->date) + ")" : "");
    case EventOutcome::Status::Moved: return "Перенесено";
    case EventOutcome::Status::Cancelled: return "Отменено";
  }
  return "";
}

Json share_row(const std::string& category, const Share& s) {
  return {{"category", category},
          {"part", s.part},
          {"whole", s.whole},
          {"percent", format_percent(s.percent())},
          {"verdict", s.meets_target() ? "достигнут" : "не достигнут"}};
}

// «вовлечено 13 из 41 педагога»: after «из N» the noun agrees with N in the genitive.
std::string share_sentence(const std::string& one, const std::string& many, const Share& s) {
  return "вовлечено " + std::to_string(s.part) + " из " + std::to_string(s.whole) + " " +
         plural_form(s.whole, one, many, many) + " (" +
         format_percent(s.percent()) + ")";
}

Json participants_section(const Programme& p, const ReportFigures& f) {
  Json rows = Json::array();
  auto add = [&](const std::string& role, int n) {
    if (n > 0) rows.push_back({{"role", role}, {"count", n}});
  };
  add("Наставники — педагоги и другие работники школы", f.mentors_staff);
  add("Наставники — обучающиеся", f.mentors_pupils);
  add("Наставники — студенты и представители работодателей", f.mentors_others);
  add("Наставляемые — обучающиеся", f.mentees_pupils);
  add("Наставляемые — педагоги", f.mentees_staff);
  std::string text = "В программе наставничества в " + p.academic_year.label() + " учебном году " +
                     plural_form(f.participants, "участвовал", "участвовали", "участвовали") + " " +
                     plural(f.participants, "человек", "человека", "человек") + ": " +
                     plural(f.mentors, "наставник", "наставника", "наставников") + " и " +
                     plural(f.mentees, "наставляемый", "наставляемых", "наставляемых");
  // A person with both roles is one participant: say so, or the figures do not add up.
  if (int both = f.mentors + f.mentees - f.participants; both > 0)
    text += "; " + plural(both, "участник", "участника", "участников") + " — " +
            (both == 1 ? "одновременно наставник и наставляемый, в общем числе он учтён один раз"
                       : "одновременно наставники и наставляемые, в общем числе каждый учтён один раз");
  text += ".";
  return {{"text", text}, {"rows", rows}};
}

Json forms_section(const ReportFigures& f) {
  Json rows = Json::array();
  for (const auto& x : f.forms)
    rows.push_back({{"form", x.form}, {"pairs", x.pairs}, {"groups", x.groups}, {"mentors", x.mentors},
                    {"mentees", x.mentees}});
  std::string text = "Сформировано " + plural(f.pairs, "наставническая пара", "наставнические пары",
                                              "наставнических пар") +
                     " и " + plural(f.groups, "группа", "группы", "групп") + " в " +
                     plural(static_cast<long long>(f.forms.size()), "форме", "формах", "формах") + " наставничества.";
  if (f.pairs == 0 && f.groups == 0) text = "Наставнические пары и группы не сформированы.";
  return {{"text", text}, {"rows", rows}, {"has_rows", !rows.empty()}};
}

Json involvement_section(const ReportFigures& f) {
  Json rows = Json::array();
  rows.push_back(share_row("Обучающиеся в возрасте от 10 лет", f.pupils));
  rows.push_back(share_row("Педагогические работники", f.teachers));
  if (f.young_teachers) rows.push_back(share_row("Молодые специалисты", *f.young_teachers));
  std::string text = "Целевой показатель — не менее 70" + std::string("\u00a0%") +
                     " обучающихся от 10 лет и педагогов, вовлечённых в различные формы наставничества. ";
  bool pupils_ok = f.pupils.meets_target(), teachers_ok = f.teachers.meets_target();
  if (pupils_ok && teachers_ok) text += "Показатель достигнут: ";
  else if (!pupils_ok && !teachers_ok) text += "Показатель не достигнут: ";
  else text += "Показатель достигнут частично: ";
  text += share_sentence("обучающегося", "обучающихся", f.pupils) + ", " +
          share_sentence("педагога", "педагогов", f.teachers) + ".";
  // What a missed target means in people: the figure the school plans the next year by.
  std::vector<std::string> missing;
  if (f.pupils.missing() > 0) missing.push_back(plural(f.pupils.missing(), "обучающегося", "обучающихся", "обучающихся"));
  if (f.teachers.missing() > 0) missing.push_back(plural(f.teachers.missing(), "педагога", "педагогов", "педагогов"));
  if (!missing.empty())
    text += " Чтобы достичь целевого показателя, в программу нужно вовлечь ещё " + missing[0] +
            (missing.size() > 1 ? " и " + missing[1] : std::string()) + ".";
  return {{"text", text}, {"rows", rows}};
}

Json events_section(const ReportFigures& f) {
  Json rows = Json::array();
  for (const auto& e : f.events)
    rows.push_back({{"number", e.event->number},
                    {"title", e.event->title},
                    {"deadline", render_deadline(e.event->deadline)},
                    {"status", status_text(e)},
                    {"note", e.outcome ? e.outcome->note : ""}});
  const int total = static_cast<int>(f.events.size());
  std::string text = "Дорожная карта включает " + plural(total, "мероприятие", "мероприятия", "мероприятий") +
                     ". Выполнено в срок — " + std::to_string(f.events_done) + " (" +
                     format_percent(f.on_time.percent()) + ")";
  auto part = [&](int n, const std::string& what) {
    if (n > 0) text += ", " + what + " — " + std::to_string(n);
  };
  part(f.events_late, "с опозданием");
  part(f.events_moved, "перенесено");
  part(f.events_cancelled, "отменено");
  part(f.events_unknown, "нет сведений");
  text += ".";
  return {{"text", text}, {"rows", rows}};
}

Json monitoring_section(const ReportFigures& f) {
  std::string stage1 =
      f.answers == 0
          ? "Анкетирование участников не проводилось или его результаты не внесены."
          // A mentor of several pairs answers about each: people and questionnaires differ.
          : "В анкетировании " + plural_form(f.respondents, "принял", "приняли", "приняли") + " участие " +
                plural(f.respondents, "участник", "участника", "участников") + " программы (получено " +
                plural(f.answers, "анкета", "анкеты", "анкет") + "). Средняя оценка удовлетворённости участием в программе — " +
                format_decimal(f.satisfaction) + " из 10, полезности — " + format_decimal(f.usefulness) + " из 10.";
  Json rows = Json::array();
  for (const auto& m : f.measures) {
    bool yes_no = m.measure->scale == Measure::Scale::YesNo;
    const int decimals = m.decimals();
    auto value = [&](double v) { return format_decimal(v, decimals) + (yes_no ? "\u00a0%" : ""); };
    const double change = round_decimal(m.change(), decimals);
    std::string sign = change > 0 ? "+" : (change < 0 ? "\u2212" : "");
    std::string delta = sign + format_decimal(std::abs(change), decimals) + (yes_no ? " п.\u00a0п." : "");
    std::string name = m.measure->name;
    if (!m.measure->unit.empty()) name += ", " + m.measure->unit;
    if (yes_no) name += " (доля ответивших «да»)";
    rows.push_back({{"name", name}, {"people", m.people}, {"before", value(m.before)}, {"after", value(m.after)},
                    {"change", delta}});
  }
  // The satisfaction chart's figures as a table: what the chart says, for a reader who cannot see it.
  Json scores = nullptr;
  if (f.answers > 0) {
    Json points = Json::array(), satisfaction = Json::array(), usefulness = Json::array();
    for (std::size_t k = 0; k < f.satisfaction_counts.size(); ++k) {
      points.push_back(k + 1);
      satisfaction.push_back(f.satisfaction_counts[k]);
      usefulness.push_back(f.usefulness_counts[k]);
    }
    scores = {{"points", points}, {"satisfaction", satisfaction}, {"usefulness", usefulness}};
  }
  return {{"stage1", stage1}, {"scores", scores}, {"measures", rows}, {"has_measures", !rows.empty()}};
}

Json swot_section(const Swot& s) {
  if (s.empty()) return nullptr;
  return {{"strengths", s.strengths}, {"weaknesses", s.weaknesses}, {"opportunities", s.opportunities},
          {"threats", s.threats}};
}

Json best_section(const Programme& p) {
  const Results& r = *p.results;
  Json mentors = Json::array();
  for (const auto& b : r.best_mentors) {
    std::string name = public_name(p, b.person);
    // A pupil's role would carry the class, which only the consent may allow (public_name adds it).
    std::string role = p.find_pupil(b.person) ? "обучающийся" : public_role(p, b.person);
    std::string who = name.empty() ? unnamed_mentor(p, b.person) : name + ", " + role;
    mentors.push_back(end_sentence(who + (b.reason.empty() ? "" : " — " + b.reason)));
  }
  Json practices = Json::array();
  for (const auto& b : r.best_practices) {
    std::vector<std::string> named;
    int unnamed = 0;
    for (const auto& id : b.participants) {
      std::string n = public_name(p, id);
      if (const OtherPerson* o = p.find_other(id); o && n.empty()) named.push_back(other_role(*o, false));
      else if (n.empty()) ++unnamed;
      else named.push_back(n);
    }
    std::string who;
    for (const auto& n : named) who += (who.empty() ? "" : ", ") + n;
    if (unnamed > 0) who += (who.empty() ? "" : ", ") + plural(unnamed, "обучающийся", "обучающихся", "обучающихся");
    // A consented short name ends with its initial's full stop («Орлов Т.»): no second one.
    practices.push_back(
        {{"title", b.title}, {"text", end_sentence(b.text)}, {"participants", who.empty() ? who : end_sentence(who)}});
  }
  if (mentors.empty() && practices.empty()) return nullptr;
  return {{"mentors", mentors}, {"has_mentors", !mentors.empty()}, {"practices", practices}};
}

// «Таблица N — …» (ГОСТ Р 7.32) on every table, numbered in the order the template
// shows them; a table the data leaves out takes no number. Keep this list in the
// template's order (report.html.mustache).
void number_tables(Json& ctx) {
  const std::pair<const char*, const char*> tables[] = {
      {"/participants", "Участники программы по ролям"},
      {"/forms", "Наставнические пары и группы по формам наставничества"},
      {"/involvement", "Вовлечённость в программу наставничества"},
      {"/events", "Выполнение мероприятий дорожной карты"},
      {"/monitoring/scores", "Распределение оценок удовлетворённости и полезности программы"},
      {"/curator_survey", "Анкета куратора программы"},
      {"/monitoring", "Показатели участников до начала работы в паре (группе) и по её итогам"},
      {"/swot", "SWOT-анализ реализации программы"},
      {"/conclusions", "Меры по итогам учебного года"},
  };
  const auto shown = [](const Json& section) {
    if (section.is_null()) return false;
    for (const char* flag : {"has_rows", "has_measures", "has_actions"})
      if (section.contains(flag)) return section[flag].get<bool>();
    return true;
  };
  int number = 0;
  for (const auto& [pointer, title] : tables) {
    Json& section = ctx[Json::json_pointer(pointer)];
    if (shown(section)) section["caption"] = "Таблица " + std::to_string(++number) + " — " + title;
  }
}

// The section a chart belongs to: the template places each list of figures after its text
// and its table («forms» → the slot «figures_forms» after the table «report-forms»).
std::string figure_section(const std::string& chart_id) {
  if (chart_id == "forms" || chart_id == "involvement" || chart_id == "satisfaction") return chart_id;
  return "growth";  // measures_share, measures_values_N
}

}  // namespace

Json report_context(const Programme& p) {
  const ReportFigures f = compute_report_figures(p);
  const Results& r = *p.results;
  const std::string org = p.organisation.short_name;
  const Date date = r.report_date.value_or(p.period_to);
  Json ctx = {
      {"title", "Отчёт о реализации программы наставничества в " + org + " за " + p.academic_year.label() +
                    " учебный год"},
      {"approvals", approvals_context(r.approvals, p.organisation, "УТВЕРЖДЕН")},
      {"period", "Период реализации программы: с " + format_numeric(p.period_from) + " по " +
                     format_numeric(p.period_to) + "."},
      {"basis", end_sentence(legal_basis(p, false) + " в " + org +
                             " реализуется программа наставничества (целевая модель наставничества)")},
      {"participants", participants_section(p, f)},
      {"forms", forms_section(f)},
      {"involvement", involvement_section(f)},
      {"events", events_section(f)},
      {"monitoring", monitoring_section(f)},
      {"swot", swot_section(r.swot)},
      {"best", best_section(p)},
      {"curator_survey", curator_survey_section(p)},
      {"conclusions", conclusions_section(p, f)},
      {"signature",
       {{"position", capitalize_first_utf8(person_role(p, p.curator)) + ", куратор программы наставничества"},
        {"name", person_signature_name(p, p.curator)}}},
      {"date", format_numeric(date)},
  };
  // Sections after the monitoring are numbered as they appear.
  int section = 5;
  for (const char* key : {"swot", "best", "conclusions"})
    if (!ctx[key].is_null()) ctx[key]["number"] = ++section;
  number_tables(ctx);
  // The charts come in the order the text shows them (report_charts.h), so they are
  // numbered as they come; a view without data has no chart and no figure.
  int number = 0;
  for (const ChartSpec& c : report_charts(f)) {
    // The table before a chart holds its figures: the site page points the chart at it.
    const std::string section = figure_section(c.id);
    Json& slot = ctx["figures_" + section];
    if (slot.is_null()) slot = Json::array();
    slot.push_back({{"chart_id", c.id}, {"number", ++number}, {"caption", c.title}, {"width", "16cm"},
                    {"table_id", "report-" + section}});
  }
  return ctx;
}

}  // namespace nastavnik
