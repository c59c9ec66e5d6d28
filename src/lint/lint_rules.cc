// The one place that says what lint checks: the rules with their ids, the classes
// of events and which must come after which. A new rule is one entry in
// lint_rules() (and, for an ordering rule, one line in event_dependencies()).
#include "lint/lint.h"

#include <algorithm>

#include "language/text_util.h"

namespace nastavnik {

const std::vector<LintRule>& lint_rules() {
  static const std::vector<LintRule> rules = {
      {"L001", "дата вне учебного года",
       "Дата грифа, приказа, выдачи согласий или учебный год в сроке мероприятия не относится к учебному году "
       "программы — обычно остаток прошлогоднего файла.",
       "/roadmap/approvals/0/protocol/date: дата грифа (30.08.2022) не относится к 2023/2024 учебному году — не осталась ли она "
       "от прошлого года?",
       lint::dates_outside_year},
      {"L002", "другой учебный год в тексте",
       "В тексте мероприятия, этапа или приказа упомянут другой учебный год («в 2022 - 2023 учебном году») или "
       "прошлогодняя дата.",
       "/roadmap/events/4/title: в тексте мероприятия «2.2» упомянуто то, что не относится к 2023/2024 учебному "
       "году: «2022 - 2023» — не осталось ли от прошлогоднего файла?",
       lint::other_year_in_text},
      {"L003", "пары закреплены раньше баз",
       "Пары (группы) закрепляются раньше, чем сформированы базы наставников и наставляемых.",
       "/roadmap/events/14/deadline: мероприятие «5.4» (закрепление пар (групп), декабрь 2023 г.) стоит раньше, чем "
       "«2.3» (формирование базы наставляемых, февраль 2024 г.): по логике целевой модели оно должно идти после",
       lint::dependency},
      {"L004", "встречи пар раньше закрепления пар",
       "Встречи наставников с наставляемыми (этап 6) назначены раньше, чем пары закреплены.",
       "/roadmap/events/15/deadline: мероприятие «6.1» (встречи наставника и наставляемого, октябрь 2023 г.) стоит "
       "раньше, чем «5.4» (закрепление пар (групп), декабрь 2023 г.): по логике целевой модели оно должно идти после",
       lint::dependency},
      {"L005", "обучение наставников раньше отбора",
       "Обучение наставников назначено раньше отбора (собеседования, оценки) наставников.",
       "/roadmap/events/10/deadline: мероприятие «4.4» (обучение наставников, сентябрь 2023 г.) стоит раньше, чем "
       "«4.2» (отбор наставников, октябрь 2023 г.): по логике целевой модели оно должно идти после",
       lint::dependency},
      {"L006", "итоги раньше работы пар",
       "Мероприятия завершения программы (этап 7) назначены раньше, чем начинается работа пар (этап 6).",
       "/roadmap/events/25/deadline: мероприятие «7.3» (завершение программы, сентябрь 2023 г.) стоит раньше, чем "
       "«6.1» (работа наставнических пар, октябрь 2023 г.): по логике целевой модели оно должно идти после",
       lint::dependency},
      {"L007", "утверждение раньше согласования",
       "Документ утверждён (гриф УТВЕРЖДАЮ, приказ) раньше, чем согласован или принят с учётом мнения органа.",
       "/roadmap/approvals/1: дата утверждения (29.08.2023) раньше согласования (протокол от 30.08.2023) — "
       "утверждают уже согласованный документ",
       lint::approval_before_agreement},
      {"L008", "этапы не по порядку",
       "Мероприятия этапа стоят в календаре раньше, чем начинается предыдущий по логике модели этап.",
       "/roadmap/events/7/deadline: этап 4 начинается раньше этапа 3: мероприятия «4.1», «4.2», «4.3» (сентябрь "
       "2023 г.) стоят раньше первого мероприятия этапа 3 — «3.1» (октябрь 2023 г.)",
       lint::stage_out_of_order},
      {"L009", "нет срока", "Вместо срока мероприятия стоит прочерк или знак без слов и цифр.",
       "/roadmap/events/3/deadline: у мероприятия «2.1» нет срока («—»): укажите месяц, дату или «в течение года»",
       lint::missing_deadline},
      {"L010", "нет ответственного", "Вместо ответственного стоит прочерк или знак без слов.",
       "/roadmap/events/3/responsible: у мероприятия «2.1» не указан ответственный: укажите сотрудника или "
       "должность",
       lint::missing_responsible},
      {"L011", "ответственный не найден среди сотрудников",
       "Ответственный записан фамилией с инициалами (или ФИО), но такого сотрудника нет в списке staff — "
       "вероятно, опечатка; подсказывается ближайший сотрудник.",
       "/roadmap/events/5/responsible/0: у мероприятия «2.3» ответственный «Саколова Н.П.» не найден среди "
       "сотрудников — возможно, имелся в виду сотрудник «Соколова Наталья Петровна»; сошлитесь на него так: "
       "{\"staff\": \"zam_uvr\"}",
       lint::unknown_responsible_name},
      {"L012", "срок не распознан",
       "Срок записан фразой, которую программа не поняла: он печатается как есть и не попадает в помесячный "
       "график и в проверки порядка.",
       "/roadmap/events/21/deadline: срок мероприятия «6.4» («по мере комплектования групп») не распознан как дата "
       "или месяц: он будет напечатан как есть и не попадёт в помесячный график и в проверку порядка мероприятий",
       lint::unparsed_deadline},
      {"L013", "даты данных расходятся с дорожной картой",
       "Дата приказа (orders) или этапа мониторинга (monitoring_dates) не попадает в срок мероприятия дорожной "
       "карты, которое о нём говорит: приказ издан не тогда, когда запланирован, мониторинг — не в тот месяц.",
       "/monitoring_dates/0: дата первого этапа мониторинга (22.12.2023) не приходится ни на одно мероприятие "
       "дорожной карты о мониторинге: «7.3» (июнь 2024 г.), «7.4» (июнь 2024 г.)",
       lint::data_dates_disagree},
  };
  return rules;
}

const std::vector<EventClass>& event_classes() {
  static const std::vector<EventClass> classes = {
      {"mentee_base", "формирование базы наставляемых", {2}, {"базы наставляемых", "база наставляемых", "базу наставляемых"}, {}},
      {"mentor_base", "формирование базы наставников", {3}, {"базы наставников", "база наставников", "базу наставников"}, {}},
      {"mentor_selection", "отбор наставников", {4}, {"отбор", "собеседовани", "оценка участников-наставников", "оценка наставников"}, {}},
      // «Поиск экспертов и материалов для проведения обучения» prepares training and may precede selection.
      {"mentor_training", "обучение наставников", {4}, {"обучени"}, {"поиск", "подбор"}},
      {"pair_fixing", "закрепление пар (групп)", {5}, {"закреплен", "формирование пар", "формирование наставнических пар", "формирование наставнических групп"}, {}},
      {"pair_meetings", "встречи наставника и наставляемого", {6}, {"встреч"}, {}},
      {"pair_work", "работа наставнических пар", {6}, {}, {}},
      {"final", "завершение программы", {7}, {}, {}},
  };
  return classes;
}

const std::vector<Dependency>& event_dependencies() {
  static const std::vector<Dependency> deps = {
      {"L003", "pair_fixing", "mentee_base"},
      {"L003", "pair_fixing", "mentor_base"},
      {"L004", "pair_meetings", "pair_fixing"},
      {"L005", "mentor_training", "mentor_selection"},
      {"L006", "final", "pair_work"},
  };
  return deps;
}

const std::vector<StageOrder>& stage_order() {
  // The bases of mentees (2) and of mentors (3) are formed side by side, so 3 follows 1, not 2.
  static const std::vector<StageOrder> order = {{2, 1}, {3, 1}, {4, 3}, {5, 2}, {5, 4}, {6, 5}, {7, 6}};
  return order;
}

bool event_in_class(const Event& e, const EventClass& c) {
  if (!c.stages.empty() && std::find(c.stages.begin(), c.stages.end(), e.stage) == c.stages.end()) return false;
  const std::string title = fold_for_match(collapse_whitespace(e.title));
  const auto has = [&](const std::string& stem) { return title.find(stem) != std::string::npos; };
  if (std::any_of(c.excludes.begin(), c.excludes.end(), has)) return false;
  return c.stems.empty() || std::any_of(c.stems.begin(), c.stems.end(), has);
}

void lint_warn(Diagnostics& out, const LintRule& rule, std::string pointer, std::string message) {
  out.add({Diagnostic::Severity::Warning, std::move(pointer), 0, 0, std::move(message), rule.id, ""});
}

Diagnostics lint_programme(const Programme& p) {
  Diagnostics out;
  for (const auto& rule : lint_rules()) rule.check(p, rule, out);
  return out;
}

}  // namespace nastavnik
