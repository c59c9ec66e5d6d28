#include "workbook/workbook_layout.h"

#include <map>

#include "workbook/workbook_layout_parts.h"

namespace nastavnik::workbook {

using namespace layout;

namespace {

Sheet organisation_sheet() {
  Sheet s{"Организация", SheetKind::Form, "", "", "", false,
          "сведения о школе, учебный год, куратор, исполнитель, публикация на сайте", {}};
  s.columns = {
      col("Полное наименование", "organisation/full_name", T::Text, true, "Полное наименование по уставу.", 0,
          "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»"),
      col("Полное наименование в дательном падеже", "organisation/full_name_dative", T::Text, false,
          "Только если программа склоняет неверно («даю согласие Муниципальному бюджетному …»).", 0, ""),
      col("Сокращённое наименование", "organisation/short_name", T::Text, true,
          "Сокращённое наименование по уставу.", 0, "МБОУ «СОШ № 7»"),
      col("Тип организации", "organisation/type", T::Text, false, "Тип организации словами, со строчной буквы.", 0,
          "общеобразовательная организация"),
      col("Город", "organisation/city", T::Text, true, "Город или село, где издаются документы, без «г.».", 0,
          "Ставрополь"),
      col("Адрес", "organisation/address", T::Text, false, "Юридический адрес с индексом.", 0,
          "355000, Ставропольский край, г. Ставрополь, ул. Садовая, д. 15"),
      col("Сайт", "organisation/site", T::Text, false, "Адрес сайта, начиная с https://.", 0,
          "https://school7-example.ru"),
      col("ИНН", "organisation/inn", T::Text, false, "ИНН: 10 или 12 цифр.", 0, "2634012345"),
      col("ОГРН", "organisation/ogrn", T::Text, false, "ОГРН: 13 или 15 цифр.", 0, "1022601234567"),
      col("Учебный год", "academic_year", T::Text, true, "Два года через косую черту.", 0, "2023/2024"),
      col("Период: с", "period/from", T::Date, false,
          "Первый день программы, если она шире учебного года (например, подготовка в августе).", 0,
          "01.08.2023"),
      col("Период: по", "period/to", T::Date, false, "Последний день программы, если она шире учебного года.", 0,
          "31.08.2024"),
      col("Куратор программы", "curator", T::StaffRef, false,
          "Код сотрудника с листа «Сотрудники». Обязателен, если есть пары или приказы.", 0, "zam_uvr"),
      col("Даты мониторинга", "monitoring_dates", T::DateList, false,
          "Одна или две даты через «; »: первый и второй этапы мониторинга.", 0, "22.12.2023; 27.05.2024"),
      col("Наставляемых у наставника, не больше", "max_mentees_per_mentor", T::Integer, false,
          "Число от 1 до 50. Пусто — ограничение 3 только для педагогов в формах наставничества педагогов.", 0,
          "3"),
      col("Исполнитель: код сотрудника", "executor/staff", T::StaffRef, false,
          "Строка «Исп.» в конце документов: код сотрудника. Или заполните ФИО ниже.", 0, "zam_uvr"),
      col("Исполнитель: ФИО", "executor/full_name", T::Text, false, "Если исполнителя нет среди сотрудников.", 0,
          "Иванова Мария Петровна"),
      col("Исполнитель: должность", "executor/position", T::Text, false, "Должность исполнителя не из списка.", 0,
          "методист"),
      col("Исполнитель: телефон", "executor/phone", T::Text, false, "Телефон, если нужен другой.", 0,
          "8 (8652) 12-34-56"),
      col("Страницы сайта для согласий", "publication/pages", T::TextList, false,
          "Полные адреса страниц сайта через «; », где публикуются сведения о программе.", 0,
          "https://school7-example.ru/nastavnichestvo"),
      col("Публиковать данные обучающихся", "publication/pupils", T::YesNo, false,
          "«да» — обучающиеся тоже получат согласие на распространение.", 0, "нет"),
      col("Дата выдачи согласий", "consents_date", T::Date, false, "Печатается в согласиях.", 0, "11.12.2023"),
      col("Кому передаются данные участников", "data_recipients", T::TextList, false,
          "Третьи лица через «; » (например, региональная база наставников): их назовут согласия.", 0, ""),
      col("Заголовок дорожной карты", "roadmap/title", T::Text, false, "Пусто — стандартный заголовок.", 0, ""),
      col("Столбец «Результат» в дорожной карте", "roadmap/show_result_column", T::YesNo, false,
          "Пусто — да, если у мероприятий указан результат.", 0, "да"),
      col("Стандартные этапы в дорожной карте", "roadmap/standard_stages", T::YesNo, false,
          "Пусто — да. «нет» — только этапы и текст из листа этапов (так пишет импорт).", 0, ""),
      col("Версия формата", "format_version", T::Integer, false, "Служебное: версия формата данных (1).", 0, "1"),
      col("Схема ($schema)", "$schema", T::Text, false, "Служебное: путь к схеме JSON; программа его не читает.",
          0, "./nastavnik.schema.json"),
  };
  return s;
}

// The roadmap's and the report's approval blocks share one set of columns.
Sheet approvals_sheet(const std::string& name, const std::string& pointer, const std::string& about) {
  Sheet s{name, SheetKind::Table, pointer, "", "", false, about, {}};
  s.columns = {
      col("Гриф", "kind", T::Choice, true, "Вид грифа.", 22, "СОГЛАСОВАНО",
          {{"СОГЛАСОВАНО", "agreed"},
           {"ПРИНЯТО", "accepted"},
           {"УТВЕРЖДАЮ", "approve"},
           {"УТВЕРЖДЕН приказом", "approved_by_order"}}),
      col("Орган", "body", T::Text, false, "Орган в родительном падеже, как в грифе (для СОГЛАСОВАНО и ПРИНЯТО).",
          26, "педагогического совета"),
      col("Протокол: номер", "protocol/number", T::TextOrInteger, false, "Номер протокола.", 12, "1"),
      col("Протокол: дата", "protocol/date", T::Date, false, "Дата протокола.", 13, "30.08.2023"),
      col("Подписывает: код сотрудника", "staff", T::StaffRef, false,
          "Для УТВЕРЖДАЮ и СОГЛАСОВАНО лицом: код сотрудника. Или должность и ФИО.", 16, "director"),
      col("Должность", "position", T::Text, false, "Если подписывающего нет среди сотрудников.", 20, ""),
      col("ФИО подписывающего", "signer", T::Text, false, "Вместе с должностью.", 26, ""),
      col("Дата под подписью", "date", T::Date, false, "Дата под подписью.", 13, "31.08.2023"),
      col("Приказ: номер", "order/number", T::TextOrInteger, false, "Для УТВЕРЖДЕН приказом: номер приказа.", 12,
          ""),
      col("Приказ: дата", "order/date", T::Date, false, "Для УТВЕРЖДЕН приказом: дата приказа.", 13, ""),
      col("Слова грифа", "heading", T::Text, false,
          "Пусто — стандартные. Иначе первые слова грифа, как в документе школы («УТВЕРЖДЕНО»).", 18, ""),
      col("Кем принято (как в грифе)", "by", T::Text, false,
          "Вместо органа: «Педагогическим советом» — печатается вместо «с учетом мнения …».", 22, ""),
  };
  return s;
}

Sheet stages_sheet() {
  Sheet s{"Этапы", SheetKind::Table, "/roadmap/stages", "", "", false,
          "семь стандартных этапов; меняйте текст или добавляйте свои с номера 8", {}};
  s.columns = {
      col("Номер", "number", T::Integer, true, "Номер этапа от 1 до 20.", 8, "1"),
      col("Название", "name", T::Text, false, "Название этапа; для этапов 8 и больше обязательно.", 40,
          "Подготовка условий для запуска программы наставничества"),
      col("Цель", "goal", T::Text, false, "Текст после «Цель:».", 30, ""),
      col("Задача", "task", T::Text, false, "Текст после «Задача:», со строчной буквы.", 50, ""),
      col("Результат", "result", T::Text, false, "Текст после «Результат:», со строчной буквы.", 50, ""),
      col("Примечание", "note", T::Text, false, "Для себя: в документы не печатается (сюда импорт кладёт нераспознанное).",
          30, ""),
  };
  return s;
}

Sheet events_sheet() {
  Sheet s{"Мероприятия", SheetKind::Table, "/roadmap/events", "", "", true,
          "мероприятия дорожной карты, по строке на мероприятие", {}};
  s.columns = {
      col("Номер", "number", T::TextOrInteger, true, "Номер этапа, точка, номер внутри этапа.", 8, "2.1"),
      col("Этап", "stage", T::Integer, false, "Номер этапа. Пусто — число до первой точки в номере.", 7, ""),
      col("Мероприятие", "title", T::Text, true, "Текст мероприятия.", 50,
          "Проведение анкетирования среди обучающихся."),
      col("Срок", "deadline", T::Deadline, true,
          "Срок фразой, как в дорожной карте: «Январь 2024», «до 30.08.2023», «Февраль – май», «Ежегодно в мае», "
          "«по отдельному графику». Точный срок — с видом в следующем столбце.",
          24, "Сентябрь 2023"),
      col("Вид срока", "deadline", T::DeadlineKind, false,
          "Пусто — срок фразой. «дата» или «до даты» — дата; «период» — «01.12.2023 – 25.05.2024»; «месяц» — "
          "«январь» или «август 2023»; «месяцы» — «февраль – май»; «ежегодно» — «май» или «сентябрь 1–15»; "
          "«текст» — печатается как написано.",
          12, "",
          {{"дата", "date"},
           {"до даты", "until"},
           {"период", "from"},
           {"месяц", "month"},
           {"месяцы", "months"},
           {"ежегодно", "yearly"},
           {"текст", "text"}}),
      col("Ответственные", "responsible", T::Responsible, true,
          "Через «; »: коды сотрудников (печатаются должность и ФИО) или роли текстом («Классные руководители»).", 30,
          "zam_uvr; Классные руководители"),
      col("Результат", "result", T::Text, false, "Результат и вид документа — пятый столбец.", 30,
          "Анкеты, база наставляемых"),
      col("Примечание", "note", T::Text, false, "Для себя: в документы не печатается (сюда импорт кладёт нераспознанное).",
          30, ""),
  };
  return s;
}


const std::vector<Choice> kForms = {
    {"ученик – ученик", "ученик – ученик"},   {"учитель – ученик", "учитель – ученик"},
    {"студент – ученик", "студент – ученик"}, {"работодатель – ученик", "работодатель – ученик"},
    {"учитель – учитель", "учитель – учитель"}, {"традиционная", "традиционная"},
    {"групповая", "групповая"},               {"виртуальная", "виртуальная"},
    {"реверсивная", "реверсивная"},           {"ситуационная", "ситуационная"},
    {"скоростная", "скоростная"},             {"краткосрочная", "краткосрочная"}};

Sheet pairs_sheet() {
  Sheet s{"Пары и группы", SheetKind::Table, "/pairs", "", "", false,
          "наставнические пары и группы: наставник, наставляемые, форма, сроки", {}};
  s.columns = {
      col("Код пары", "id", T::Text, false,
          "Код пары: можно не заполнять — новая пара получит следующий номер (pair_NN); по коду пару называют итоги.", 10,
          "pair_01"),
      col("Форма", "form", T::FreeChoice, true, "Форма наставничества.", 22, "учитель – ученик", kForms),
      col("Ролевая модель", "role_pair", T::Text, false, "Для форм наставничества педагогов.", 24, ""),
      col("Наставник", "mentor", T::PersonRef, true, "ФИО наставника из списка: сотрудник, обучающийся или участник.", 16,
          "teacher_math"),
      col("Наставляемые", "mentees", T::IdList, true, "ФИО наставляемых (из списка) через «; ».", 28,
          "Орлов Тимофей Алексеевич; Панов Иван Андреевич"),
      col("С", "from", T::Date, true, "Первый день работы пары.", 12, "18.12.2023"),
      col("По", "to", T::Date, true, "Последний день работы пары.", 12, "31.05.2024"),
      col("Цель", "goal", T::Text, false, "Цель работы пары или группы.", 40, ""),
      col("Куратор пары", "curator", T::StaffRef, false, "ФИО сотрудника, если это не куратор программы.", 14, ""),
  };
  return s;
}

const std::vector<Choice> kOrders = {{"об утверждении дорожной карты", "roadmap"},
                                     {"о закреплении пар", "pairs"}};

Sheet orders_sheet() {
  Sheet s{"Приказы", SheetKind::KeyedMap, "/orders", "", "", false,
          "реквизиты приказов: номер, дата, кто подписывает", {}};
  s.columns = {col("Приказ", kKeyPath, T::Choice, true, "Какой приказ.", 30, "об утверждении дорожной карты", kOrders),
               col("Номер", "number", T::TextOrInteger, true, "Номер приказа; может быть с дробью.", 10, "45"),
               col("Дата", "date", T::Date, true, "Дата приказа.", 12, "31.08.2023"),
               col("Подписывает", "signer", T::StaffRef, true, "ФИО сотрудника, обычно директора (из списка).", 14,
                   "Кравцова Ирина Владимировна"),
               col("Ознакомить", "acquaint", T::IdList, false,
                   "Коды сотрудников через «; », которых называют свои пункты: они попадут в лист ознакомления.", 24,
                   "zam_vr")};
  return s;
}

Sheet order_points_sheet() {
  Sheet s{"Пункты приказов", SheetKind::KeyedList, "/orders", "points", "signer", false,
          "свои пункты приказов, по строке на пункт", {}};
  s.columns = {col("Приказ", kKeyPath, T::Choice, true, "К какому приказу пункт.", 30, "об утверждении дорожной карты",
                   kOrders),
               col("Текст пункта", kValuePath, T::Text, true,
                   "Полное предложение с точкой: кому, что сделать и в какой срок. Номер не пишите.", 90,
                   "Заместителю директора по ВР Гусеву А.Н. обеспечить размещение информации на сайте школы.")};
  return s;
}

}  // namespace

const std::vector<Sheet>& sheets() {
  static const std::vector<Sheet> all = {
      organisation_sheet(),
      approvals_sheet("Согласование и утверждение", "/roadmap/approvals",
                      "грифы дорожной карты: СОГЛАСОВАНО, ПРИНЯТО, УТВЕРЖДАЮ"),
      stages_sheet(),   events_sheet(),      staff_sheet(),
      pupils_sheet(),       representatives_sheet(), others_sheet(), pairs_sheet(),     orders_sheet(),
      order_points_sheet(), year_results_sheet(),
      approvals_sheet("Грифы отчёта", "/results/approvals", "грифы отчёта о реализации программы: СОГЛАСОВАНО, УТВЕРЖДАЮ"),
      event_results_sheet(), survey_sheet(), swot_sheet(),
      measures_sheet(),     growth_sheet(),     practices_sheet(), best_mentors_sheet(),
      curator_survey_sheet(), conclusions_sheet(), actions_sheet()};
  return all;
}

const Sheet* find_sheet(const std::string& name) {
  for (const auto& s : sheets())
    if (s.name == name) return &s;
  return nullptr;
}

const std::vector<std::string>& key_order(const std::string& pointer) {
  static const std::map<std::string, std::vector<std::string>> orders = {
      {"",
       {"$schema", "format_version", "organisation", "academic_year", "period", "curator", "monitoring_dates",
        "max_mentees_per_mentor", "publication", "consents_date", "data_recipients", "staff", "pupils", "others", "executor", "roadmap",
        "pairs", "orders", "results"}},
      {"/roadmap", {"title", "approvals", "stages", "standard_stages", "events", "show_result_column"}},
      {"/orders", {"roadmap", "pairs"}},
      {"/results",
       {"school", "report_date", "approvals", "events", "survey", "swot", "measures", "growth", "best_practices", "best_mentors",
        "curator_survey", "conclusions", "actions"}},
      {"/results/swot", {"strengths", "weaknesses", "opportunities", "threats"}},
  };
  static const std::vector<std::string> none;
  auto it = orders.find(pointer);
  return it == orders.end() ? none : it->second;
}

}  // namespace nastavnik::workbook
