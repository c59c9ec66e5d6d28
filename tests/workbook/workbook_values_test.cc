// Each column type: what the writer puts in a cell reads back as the same JSON,
// and cells a person typed are understood or refused with a Russian reason.
#include <catch2/catch.hpp>

#include "workbook/workbook_values.h"

using namespace nastavnik;
using namespace nastavnik::workbook;

namespace {

// The cell a reader gets back for what the writer wrote.
CellIn reread(const CellOut& out) {
  CellIn c;
  switch (out.kind) {
    case CellOut::Kind::Blank: break;
    case CellOut::Kind::Text: c.type = xlsx::CellType::String; c.text = out.text; break;
    case CellOut::Kind::Number: c.type = xlsx::CellType::Number; c.number = out.number; break;
    case CellOut::Kind::Date: c.type = xlsx::CellType::Date; c.date = out.date; break;
  }
  return c;
}

CellIn text(const std::string& s) {
  CellIn c;
  c.type = xlsx::CellType::String;
  c.text = s;
  return c;
}

CellIn number(double v) {
  CellIn c;
  c.type = xlsx::CellType::Number;
  c.number = v;
  return c;
}

const Column& column_of(const std::string& sheet, const std::string& path, CellType type) {
  for (const auto& c : find_sheet(sheet)->columns)
    if (c.path == path && c.type == type) return c;
  throw std::logic_error("no column " + path);
}

}  // namespace

TEST_CASE("every exact deadline form reads back from its two cells", "[workbook]") {
  const Column& deadline = column_of("Мероприятия", "deadline", CellType::Deadline);
  const Column& kind = column_of("Мероприятия", "deadline", CellType::DeadlineKind);
  for (const char* text :
       {R"("Январь 2023-2024")", R"({"date": "2024-06-05"})", R"({"until": "2023-08-30"})",
        R"({"from": "2023-12-01", "to": "2024-05-25"})", R"({"month": "январь"})", R"({"month": 8})",
        R"({"month": 11, "year": 2023})", R"({"months": ["февраль", "май"]})", R"({"months": [2, 5]})",
        R"({"yearly": "май"})", R"({"yearly": "сентябрь", "days": [11, 22]})",
        R"({"text": "по отдельному графику"})"}) {
    OJson v = OJson::parse(text);
    std::string label = deadline_kind_label(kind, v);
    std::string error;
    std::optional<OJson> kind_value;
    if (!label.empty()) kind_value = from_cell(kind, reread(to_cell(kind, v)), &error);
    std::optional<OJson> back =
        read_deadline_cell(reread(to_cell(deadline, v)), kind_value ? kind_value->get<std::string>() : "", &error);
    INFO(text << " → " << error);
    REQUIRE(back);
    CHECK(back->dump() == v.dump());
  }
}

TEST_CASE("numbers keep their JSON type: a text number stays text, a whole number an integer", "[workbook]") {
  const Column& order_number = column_of("Приказы", "number", CellType::TextOrInteger);
  std::string error;
  CHECK(from_cell(order_number, reread(to_cell(order_number, OJson("12"))), &error)->dump() == "\"12\"");
  CHECK(from_cell(order_number, reread(to_cell(order_number, OJson(12))), &error)->dump() == "12");
  const Column& event_number = column_of("Мероприятия", "number", CellType::TextOrInteger);
  CHECK(from_cell(event_number, number(2.1), &error)->dump() == "\"2.1\"");
  const Column& years = column_of("Сотрудники", "experience_years", CellType::Integer);
  CHECK(from_cell(years, text(" 18 "), &error)->dump() == "18");
  CHECK_FALSE(from_cell(years, text("восемнадцать"), &error));
  CHECK(error == "«восемнадцать» — не целое число");
}

TEST_CASE("dates: a date cell, «01.09.2023» typed as text, ISO; anything else is refused", "[workbook]") {
  const Column& from = column_of("Пары и группы", "from", CellType::Date);
  std::string error;
  CellIn date;
  date.type = xlsx::CellType::Date;
  date.date = Date{2023, 9, 1};
  CHECK(from_cell(from, date, &error)->get<std::string>() == "2023-09-01");
  CHECK(from_cell(from, text("01.09.2023"), &error)->get<std::string>() == "2023-09-01");
  CHECK(from_cell(from, text("2023-09-01"), &error)->get<std::string>() == "2023-09-01");
  CHECK_FALSE(from_cell(from, text("31.02.2024"), &error));
  CHECK(error == "«31.02.2024» — не дата; пишите дату так: 01.09.2023");
}

TEST_CASE("closed lists take the label shown in the drop-down and refuse other values", "[workbook]") {
  const Column& gender = column_of("Сотрудники", "gender", CellType::Choice);
  std::string error;
  CHECK(from_cell(gender, text("Женский"), &error)->get<std::string>() == "female");
  CHECK(to_cell(gender, OJson("male")).text == "мужской");
  CHECK_FALSE(from_cell(gender, text("средний"), &error));
  CHECK(error == "«средний» — не из списка; выберите одно из: «мужской», «женский»");
  const Column& young = column_of("Сотрудники", "young_specialist", CellType::YesNo);
  CHECK(from_cell(young, text("ДА"), &error)->get<bool>());
  CHECK_FALSE(from_cell(young, text("может быть"), &error));
}

TEST_CASE("list cells: ids, responsible staff and roles", "[workbook]") {
  const Column& mentees = column_of("Пары и группы", "mentees", CellType::IdList);
  std::string error;
  CHECK(from_cell(mentees, text("orlov_ta;panov_ia , gromova_ed"), &error)->dump() ==
        R"(["orlov_ta","panov_ia","gromova_ed"])");
  const Column& responsible = column_of("Мероприятия", "responsible", CellType::Responsible);
  OJson r = OJson::parse(R"([{"staff": "zam_uvr"}, "Классные руководители"])");
  CHECK(to_cell(responsible, r).text == "zam_uvr; Классные руководители");
  CHECK(from_cell(responsible, reread(to_cell(responsible, r)), &error)->dump() == r.dump());
}

TEST_CASE("a measure keeps 4.0 a float, 4 an integer, true a boolean", "[workbook]") {
  const Column& before = column_of("До и после", "before", CellType::NumberOrYesNo);
  std::string error;
  for (const char* v : {"4.0", "4", "3.4", "true", "false"})
    CHECK(from_cell(before, reread(to_cell(before, OJson::parse(v))), &error)->dump() == v);
  CHECK(from_cell(before, text("3,5"), &error)->dump() == "3.5");
}
