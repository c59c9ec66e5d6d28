#include "documents/roadmap/roadmap_table.h"

#include "language/person_name.h"
#include "language/text_util.h"

namespace nastavnik {

std::string render_responsible(const Responsible& r) {
  if (r.staff_id.empty()) return r.text;
  std::string name = PersonName::parse(r.text).surname_first();
  return capitalize_first_utf8(r.position.empty() ? name : r.position + " " + name);
}

std::string executor_line(const Programme& p) {
  if (!p.executor) return "";
  std::string s = "Исп. " + p.executor->full_name;
  if (!p.executor->phone.empty()) s += ", тел. " + p.executor->phone;
  return s;
}

std::string roadmap_title(const Programme& p) {
  if (!p.roadmap.title.empty()) return p.roadmap.title;
  return "План мероприятий (дорожная карта) по реализации целевой модели наставничества в " +
         p.organisation.short_name + " на " + p.academic_year.label() + " учебный год";
}

RoadmapTable build_roadmap_table(const Programme& p) {
  RoadmapTable t;
  t.title = roadmap_title(p);
  t.year_label = p.academic_year.label();
  t.with_result = p.roadmap.show_result_column;
  t.headers = {"№ п/п", "Мероприятие", "Сроки", "Ответственные"};
  if (t.with_result) t.headers.push_back("Результат. Вид документа");
  for (const Stage& s : p.roadmap.stages) {
    // An imported table without stages keeps its events under a stage with no text: no stage row for it.
    if (!s.name.empty() || !s.goal.empty() || !s.task.empty() || !s.result.empty()) {
      RoadmapRow sr;
      sr.is_stage = true;
      sr.number = std::to_string(s.number);
      sr.title = s.name;
      if (!s.goal.empty()) sr.stage_lines.push_back("Цель: " + s.goal);
      if (!s.task.empty()) sr.stage_lines.push_back("Задача: " + s.task);
      if (!s.result.empty()) sr.stage_lines.push_back("Результат: " + s.result);
      t.rows.push_back(std::move(sr));
    }
    for (const Event* e : p.events_of_stage(s.number)) {
      RoadmapRow r;
      r.number = e->number;
      r.title = e->title;
      r.deadline = render_deadline(e->deadline);
      for (const auto& resp : e->responsible) r.responsible.push_back(render_responsible(resp));
      r.result = e->result;
      r.months = deadline_month_indices(e->deadline, p.academic_year);
      t.rows.push_back(std::move(r));
    }
  }
  t.executor = executor_line(p);
  return t;
}

}  // namespace nastavnik
