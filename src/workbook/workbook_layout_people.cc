// The people sheets of the workbook: staff, pupils, their representatives and
// participants from outside the school, with the columns they share (identity
// document, address, name forms, consent to dissemination).
#include "workbook/workbook_layout_parts.h"

namespace nastavnik::workbook::layout {
namespace {

void append(std::vector<Column>& to, const std::vector<Column>& more) { to.insert(to.end(), more.begin(), more.end()); }

const std::vector<Choice> kGender = {{"мужской", "male"}, {"женский", "female"}};

std::vector<Column> gender_column() {
  return {col("Пол", "gender", T::Choice, false, "Мужской или женский. Помогает склонять ФИО.", 11, "женский", kGender)};
}

// An identity document for a consent (152-ФЗ ст. 9): the same columns wherever a person has one.
std::vector<Column> document_columns() {
  return {
      col("Документ: вид", "document/kind", T::Text, false,
          "Вид документа, удостоверяющего личность. Пусто — паспорт гражданина Российской Федерации.", 22, ""),
      col("Документ: серия", "document/series", T::TextOrInteger, false, "Серия документа, как в документе.", 11,
          "07 21"),
      col("Документ: номер", "document/number", T::TextOrInteger, false, "Номер документа.", 11, "583047"),
      col("Документ: кем выдан", "document/issued_by", T::Text, false, "Кем выдан, как записано в документе.", 30,
          "ГУ МВД России по Ставропольскому краю"),
      col("Документ: дата выдачи", "document/issued_on", T::Date, false, "Дата выдачи документа.", 13,
          "08.04.2021"),
      col("Документ: код подразделения", "document/division_code", T::Text, false,
          "Код подразделения (есть в паспорте гражданина РФ).", 13, "260-012"),
  };
}

std::vector<Column> address_column(const std::string& what) {
  return {col("Адрес", "address", T::Text, false, what + " с индексом — для согласия на обработку персональных данных.",
              36, "356712, Ставропольский край, г. Краснодольск, ул. Пушкина, д. 14, кв. 3")};
}

// Forms of a full name the data gives when automatic declension is wrong.
std::vector<Column> name_form_columns() {
  const char* cases[][3] = {{"родительный", "genitive", "кого?"},
                            {"дательный", "dative", "кому?"},
                            {"винительный", "accusative", "кого?"},
                            {"творительный", "instrumental", "кем?"},
                            {"предложный", "prepositional", "о ком?"}};
  std::vector<Column> out;
  for (auto& c : cases)
    out.push_back(col(std::string("ФИО: ") + c[0] + " падеж", std::string("name_forms/") + c[1], T::Text, false,
                      std::string("ФИО полностью в ") + c[0] + "ном падеже (" + c[2] +
                          "), только если программа склоняет его неверно.",
                      24, ""));
  return out;
}

// Codes are the data file's; the workbook keeps them in a hidden column and makes one
// from the name for a row added without it (fill_missing_codes).
Column id_column(const std::string& what, const std::string& example) {
  return col("Код", "id", T::Text, false,
             "Код " + what + " для файла данных (столбец скрыт): заполнять не нужно — для новой строки " +
                 "программа составит его из ФИО. Другие листы ссылаются на человека по ФИО.",
             16, example);
}

Column full_name_column(const std::string& example) {
  return col("ФИО", "full_name", T::Text, true, "Фамилия, имя, отчество полностью, в именительном падеже.", 30,
             example);
}

// How a signed consent to dissemination lets the site name a pupil or an outside participant.
Column consent_name_column(const std::string& whom) {
  return col("Согласие: как называть", "dissemination/name", T::Choice, false,
             "Как можно называть " + whom + " на сайте.", 16, "",
             {{"фамилия и имя", "full"}, {"фамилия и инициал", "short"}, {"только имя", "first_name"}});
}

}  // namespace

Sheet staff_sheet() {
  Sheet s{"Сотрудники", SheetKind::Table, "/staff", "", "", true,
          "сотрудники: подписывают, отвечают за мероприятия, педагоги-наставники и наставляемые", {}};
  s.columns = {id_column("сотрудника", "zam_uvr"), full_name_column("Соколова Наталья Петровна"),
               col("Должность", "position", T::Text, true, "Должность со строчной буквы, как внутри предложения.",
                   28, "заместитель директора по УВР"),
               col("Телефон", "phone", T::Text, false, "Рабочий телефон.", 18, "8 (8652) 12-34-56")};
  append(s.columns, gender_column());
  append(s.columns,
         {col("Стаж, лет", "experience_years", T::Integer, false, "Педагогический стаж в полных годах.", 9, "18"),
          col("Молодой специалист", "young_specialist", T::YesNo, false, "«да», если педагог — молодой специалист.",
              12, ""),
          col("Согласие на наставничество: дата", "mentoring_consent/date", T::Date, false,
              "Для наставников: дата письменного согласия (ТК РФ ст. 351.8).", 14, "11.12.2023"),
          col("Доп. соглашение: номер", "mentoring_consent/agreement/number", T::Text, false,
              "Номер дополнительного соглашения к трудовому договору.", 12, "17"),
          col("Доп. соглашение: дата", "mentoring_consent/agreement/date", T::Date, false,
              "Дата дополнительного соглашения.", 14, "15.12.2023")});
  append(s.columns, name_form_columns());
  append(s.columns, address_column("Адрес регистрации"));
  append(s.columns, document_columns());
  return s;
}

Sheet pupils_sheet() {
  Sheet s{"Обучающиеся", SheetKind::Table, "/pupils", "", "", false,
          "обучающиеся — наставляемые и наставники-ученики", {}};
  s.columns = {id_column("обучающегося", "orlov_ta"), full_name_column("Орлов Тимофей Алексеевич"),
               col("Класс", "class", T::Text, true, "Класс с литерой.", 8, "5А"),
               col("Дата рождения", "birth_date", T::Date, false,
                   "По ней программа определяет, нужен ли законный представитель.", 13, "11.02.2013")};
  append(s.columns, gender_column());
  append(s.columns, address_column("Только у совершеннолетнего: адрес регистрации"));
  append(s.columns, document_columns());
  append(s.columns, name_form_columns());
  append(s.columns,
         {col("Согласие на распространение: дата", "dissemination/date", T::Date, false,
              "Дата подписанного согласия на распространение (152-ФЗ ст. 10.1); без него на сайте — только числа.",
              14, ""),
          consent_name_column("обучающегося"),
          col("Согласие: класс", "dissemination/class", T::YesNo, false, "«да» — можно указывать класс.", 10, "")});
  return s;
}

Sheet representatives_sheet() {
  Sheet s{"Представители", SheetKind::KeyedField, "/pupils", "representative", "gender", false,
          "законные представители несовершеннолетних, по строке на обучающегося", {}};
  s.columns = {col("Обучающийся", "id", T::PersonRef, true, "ФИО обучающегося с листа «Обучающиеся» (или его код).", 28,
                   "Орлов Тимофей Алексеевич"),
               full_name_column("Орлова Екатерина Сергеевна"),
               col("Кем приходится", "relation", T::FreeChoice, true, "Кем приходится обучающемуся, со строчной буквы.",
                   14, "мать", {{"мать", "мать"}, {"отец", "отец"}, {"опекун", "опекун"}, {"попечитель", "попечитель"}}),
               col("Телефон", "phone", T::Text, false, "Контактный телефон.", 18, "8 (962) 401-12-35")};
  append(s.columns, address_column("Адрес места жительства"));
  append(s.columns, document_columns());
  s.columns.push_back(col("Документ о полномочиях", "authority", T::Text, false,
                          "Одной строкой: у родителя — свидетельство о рождении, у опекуна — акт о назначении.", 40,
                          "свидетельство о рождении III-ДН № 604518"));
  return s;
}

Sheet others_sheet() {
  Sheet s{"Другие участники", SheetKind::Table, "/others", "", "", false,
          "студенты, представители работодателей, родители", {}};
  s.columns = {id_column("участника", "student_lisitsyna"),
               col("Кто это", "kind", T::Choice, true, "Студент, представитель работодателя или родитель.", 16,
                   "студент", {{"студент", "student"}, {"работодатель", "employer"}, {"родитель", "parent"}}),
               full_name_column("Лисицына Полина Сергеевна"),
               col("Организация", "organisation", T::Text, false, "Колледж или вуз студента; предприятие.", 30,
                   "ГБПОУ «Краснодольский педагогический колледж»"),
               col("Должность или курс", "position", T::Text, false,
                   "Должность представителя работодателя; для студента — курс и специальность.", 30, ""),
               col("Телефон", "phone", T::Text, false, "Контактный телефон.", 18, "")};
  append(s.columns, gender_column());
  append(s.columns, name_form_columns());
  append(s.columns, address_column("Адрес регистрации"));
  append(s.columns, document_columns());
  append(s.columns,
         {col("Согласие на распространение: дата", "dissemination/date", T::Date, false,
              "Дата подписанного согласия на распространение (152-ФЗ ст. 10.1); без него на сайте и в отчёте — "
              "без имени, только кто это и откуда.",
              14, ""),
          consent_name_column("участника"),
          col("Согласие: должность", "dissemination/position", T::YesNo, false,
              "«да» — можно указывать должность (курс).", 10, "")});
  return s;
}

}  // namespace nastavnik::workbook::layout
