// The year-end sheets of the workbook (the final report's data, `results`).
#include "workbook/workbook_layout_parts.h"

namespace nastavnik::workbook::layout {

Sheet year_results_sheet() {
  Sheet s{"Итоги года", SheetKind::Form, "/results", "", "", false,
          "численность школы и дата отчёта — заполняют в конце года", {}};
  s.columns = {
      col("Обучающихся от 10 лет", "school/pupils_10_plus", T::Integer, false,
          "Всех обучающихся школы от 10 лет: от них считается доля вовлечённых.", 0, "486"),
      col("Педагогов", "school/teachers", T::Integer, false, "Всех педагогов школы.", 0, "41"),
      col("Молодых специалистов", "school/young_teachers", T::Integer, false, "Необязательно.", 0, "5"),
      col("Дата отчёта", "report_date", T::Date, false, "Пусто — последний день периода.", 0, "30.08.2024"),
  };
  return s;
}

Sheet event_results_sheet() {
  Sheet s{"Итоги мероприятий", SheetKind::Table, "/results/events", "", "", false,
          "как прошли мероприятия дорожной карты", {}};
  s.columns = {col("Мероприятие", "event", T::TextOrInteger, true, "Номер мероприятия с листа «Мероприятия».", 12,
                   "3.2"),
               col("Итог", "status", T::Choice, true, "Как прошло мероприятие.", 24, "выполнено",
                   {{"выполнено", "выполнено"},
                    {"выполнено с опозданием", "выполнено с опозданием"},
                    {"перенесено", "перенесено"},
                    {"отменено", "отменено"}}),
               col("Дата", "date", T::Date, false, "Фактическая дата; обязательна для «выполнено с опозданием».", 12,
                   ""),
               col("Примечание", "note", T::Text, false, "Причина или новый срок.", 50, "")};
  return s;
}

Sheet survey_sheet() {
  Sheet s{"Мониторинг", SheetKind::Table, "/results/survey", "", "", false,
          "анкеты участников (этап 1 мониторинга), по строке на анкету", {}};
  s.columns = {col("Пара", "pair", T::Text, true, "Код пары с листа «Пары и группы».", 12, "pair_01"),
               col("Участник", "person", T::PersonRef, true, "Код наставника или наставляемого этой пары.", 16,
                   "orlov_ta"),
               col("Удовлетворённость", "satisfaction", T::Integer, true, "От 1 до 10.", 12, "9"),
               col("Полезность", "usefulness", T::Integer, true, "От 1 до 10.", 12, "8")};
  return s;
}

Sheet swot_sheet() {
  Sheet s{"SWOT-анализ", SheetKind::KeyedList, "/results/swot", "", "", false,
          "SWOT-анализ куратора, по строке на пункт", {}};
  s.columns = {col("Раздел", kKeyPath, T::Choice, true, "Раздел анализа.", 18, "сильные стороны",
                   {{"сильные стороны", "strengths"},
                    {"слабые стороны", "weaknesses"},
                    {"возможности", "opportunities"},
                    {"угрозы", "threats"}}),
               col("Текст", kValuePath, T::Text, true, "Один пункт анализа.", 80, "")};
  return s;
}

Sheet measures_sheet() {
  Sheet s{"Показатели", SheetKind::Table, "/results/measures", "", "", false,
          "показатели «до/после» (этап 2 мониторинга)", {}};
  s.columns = {
      col("Код", "id", T::Text, true, "Код показателя: строчные латинские буквы, цифры, «_».", 14, "motivation"),
      col("Название", "name", T::Text, true, "Название в отчёте.", 30, "Мотивация к обучению"),
      col("Единица", "unit", T::Text, false, "Единица измерения.", 14, "баллы из 10"),
      col("Для кого", "group", T::Choice, false, "Пусто — все.", 14, "обучающиеся",
          {{"обучающиеся", "обучающиеся"}, {"педагоги", "педагоги"}, {"все", "все"}}),
      col("Шкала", "scale", T::Choice, false, "Пусто — число.", 10, "число",
          {{"число", "число"}, {"да/нет", "да/нет"}})};
  return s;
}

Sheet growth_sheet() {
  Sheet s{"До и после", SheetKind::Table, "/results/growth", "", "", false,
          "значения показателей до и после, по строке на участника и показатель", {}};
  s.columns = {col("Участник", "person", T::PersonRef, true, "Код участника.", 16, "orlov_ta"),
               col("Показатель", "measure", T::Text, true, "Код показателя с листа «Показатели».", 14, "motivation"),
               col("До", "before", T::NumberOrYesNo, true, "Число; для показателя «да/нет» — да или нет.", 8, "5"),
               col("После", "after", T::NumberOrYesNo, true, "Число; для показателя «да/нет» — да или нет.", 8, "8")};
  return s;
}

Sheet practices_sheet() {
  Sheet s{"Лучшие практики", SheetKind::Table, "/results/best_practices", "", "", false,
          "лучшие практики года", {}};
  s.columns = {col("Название", "title", T::Text, true, "Название практики.", 30, ""),
               col("Описание", "text", T::Text, true, "Что сделали и чего добились.", 60, ""),
               col("Участники", "participants", T::IdList, false, "Коды участников через «; ».", 24, "")};
  return s;
}

Sheet best_mentors_sheet() {
  Sheet s{"Лучшие наставники", SheetKind::Table, "/results/best_mentors", "", "", false,
          "лучшие наставники года", {}};
  s.columns = {col("Наставник", "person", T::PersonRef, true, "Код наставника.", 16, "teacher_math"),
               col("За что", "reason", T::Text, false, "За что отмечен.", 60,
                   "подготовила двух призёров олимпиады")};
  return s;
}

Sheet curator_survey_sheet() {
  Sheet s{"Анкета куратора", SheetKind::Table, "/results/curator_survey", "", "", false,
          "анкета куратора (этап 1 мониторинга), по строке на вопрос", {}};
  s.columns = {col("Вопрос", "question", T::Text, true, "Вопрос анкеты куратора.", 60,
                   "Насколько регулярно проходили встречи пар по графику?"),
               col("Оценка", "score", T::Integer, false, "От 1 до 10; пусто — вопрос без оценки, нужен ответ.", 10, "6"),
               col("Ответ", "answer", T::Text, false, "Ответ словами; пусто — только оценка.", 60,
                   "Встречи части пар переносились из-за нагрузки наставников.")};
  return s;
}

Sheet conclusions_sheet() {
  Sheet s{"Выводы", SheetKind::Table, "/results/conclusions", "", "", false,
          "свои выводы школы по итогам года, по абзацу в строке", {}};
  s.columns = {col("Вывод", kValuePath, T::Text, true,
                   "Абзац выводов: почему целевые показатели достигнуты или нет. Отчёт печатает его после выводов "
                   "из цифр.",
                   100, "Доля вовлечённых обучающихся мала, потому что форма «ученик – ученик» работала только в 7–8 классах.")};
  return s;
}

Sheet actions_sheet() {
  Sheet s{"Меры", SheetKind::Table, "/results/actions", "", "", false,
          "меры по итогам года: что школа сделает по своим выводам", {}};
  s.columns = {col("Мера", "action", T::Text, true, "Что сделать, без точки в конце.", 60,
                   "Распространить форму «ученик – ученик» на 5–9 классы"),
               col("Срок", "deadline", T::Text, false, "Как пишете в плане: «до 30.09.2024».", 18, "до 30.09.2024"),
               col("Ответственные", "responsible", T::Responsible, false,
                   "Коды сотрудников или роли текстом через «; ».", 28, "zam_uvr; Классные руководители")};
  return s;
}

}  // namespace nastavnik::workbook::layout
