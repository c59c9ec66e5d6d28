#include "documents/report/report_conclusions.h"

#include <algorithm>

#include "documents/orders/order_frame.h"
#include "documents/roadmap/roadmap_table.h"
#include "language/number_format.h"
#include "language/plural.h"

namespace nastavnik {
namespace {

// A target category: who, in the genitive plural, and the noun «недостаёт N …» agrees with.
struct Category {
  const char* who;
  const char* one;   // after 1, 21 …: «недостаёт 1 обучающегося»
  const char* many;  // after 2–4 and 5+: the genitive plural
};

std::string target_sentence(const Category& c, const Share& s) {
  std::string text = "Вовлечённость " + std::string(c.who) + " — " + format_percent(s.percent()) + " (" +
                     std::to_string(s.part) + " из " + std::to_string(s.whole) +
                     ") при целевом показателе не менее 70\u00a0%: показатель ";
  if (s.meets_target()) return text + "достигнут.";
  return text + "не достигнут, недостаёт " + plural(s.missing(), c.one, c.many, c.many) + ".";
}

}  // namespace

std::vector<std::string> target_sentences(const ReportFigures& f) {
  std::vector<std::string> out;
  if (f.pupils.whole > 0)
    out.push_back(target_sentence({"обучающихся в возрасте от 10 лет", "обучающегося", "обучающихся"}, f.pupils));
  if (f.teachers.whole > 0)
    out.push_back(target_sentence({"педагогических работников", "педагога", "педагогов"}, f.teachers));
  if (f.young_teachers)
    out.push_back(target_sentence({"молодых специалистов", "молодого специалиста", "молодых специалистов"},
                                  *f.young_teachers));
  return out;
}

Json conclusions_section(const Programme& p, const ReportFigures& f) {
  const Results& r = *p.results;
  Json actions = Json::array();
  int number = 0;
  for (const FollowUpAction& a : r.actions) {
    Json responsible = Json::array();
    for (const Responsible& x : a.responsible) responsible.push_back(render_responsible(x));
    // A cell the school left empty says so with a dash rather than looking forgotten.
    if (responsible.empty()) responsible.push_back("—");
    actions.push_back({{"number", ++number},
                       {"action", a.text},
                       {"deadline", a.deadline.empty() ? "—" : a.deadline},
                       {"responsible", responsible}});
  }
  Json school = Json::array();
  for (const std::string& text : r.conclusions) school.push_back(end_sentence(text));
  return {{"title", actions.empty() ? "Выводы" : "Выводы и меры по итогам года"},
          {"targets", target_sentences(f)},
          {"school", school},
          {"has_school", !school.empty()},
          {"actions", actions},
          {"has_actions", !actions.empty()}};
}

Json curator_survey_section(const Programme& p) {
  const std::vector<CuratorAnswer>& answers = p.results->curator_survey;
  if (answers.empty()) return nullptr;
  Json rows = Json::array();
  int scored = 0, sum = 0, lowest = 11;
  for (const CuratorAnswer& a : answers) {
    rows.push_back({{"number", rows.size() + 1},
                    {"question", a.question},
                    {"score", a.score ? std::to_string(*a.score) : "—"},
                    {"answer", a.answer.empty() ? "—" : end_sentence(a.answer)}});
    if (!a.score) continue;
    ++scored;
    sum += *a.score;
    lowest = std::min(lowest, *a.score);
  }
  const long long total = static_cast<long long>(answers.size());
  std::string text = "В анкете " + plural(total, "вопрос", "вопроса", "вопросов");
  if (scored == 0) return {{"text", text + "; ответы на них даны словами."}, {"rows", rows}};
  text += "; оценка по шкале от 1 до 10 дана на " + std::to_string(scored) + " из них. " +
          (scored == 1 ? "Оценка — " : "Средняя оценка — ") +
          format_decimal(round_decimal(static_cast<double>(sum) / scored, 1)) + " из 10";
  if (scored > 1) {
    std::vector<std::string> weakest;
    for (const CuratorAnswer& a : answers)
      if (a.score == lowest) weakest.push_back("«" + a.question + "»");
    std::string list;
    for (size_t i = 0; i < weakest.size(); ++i) list += (i == 0 ? "" : i + 1 == weakest.size() ? " и " : ", ") + weakest[i];
    text += ", самая низкая (" + std::to_string(lowest) + " из 10) — по " +
            (weakest.size() == 1 ? "вопросу " : "вопросам ") + list;
  }
  return {{"text", text + "."}, {"rows", rows}};
}

}  // namespace nastavnik
