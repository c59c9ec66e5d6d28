#include "read/programme_reader.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace nastavnik;
using nastavnik::test::minimal_json;
using nastavnik::test::read;

namespace {

// The single diagnostic whose pointer is `pointer`; fails the test if absent.
const Diagnostic& find(const ReadResult& r, const std::string& pointer) {
  for (const auto& d : r.diagnostics.items())
    if (d.pointer == pointer) return d;
  std::string all;
  for (const auto& d : r.diagnostics.items()) all += d.pointer + ": " + d.message + "\n";
  FAIL("no diagnostic at " << pointer << "; got:\n" << all);
  throw;
}

}  // namespace

TEST_CASE("a minimal file reads with the seven standard stages filled in") {
  ReadResult r = read(minimal_json());
  REQUIRE(r.programme);
  const Programme& p = *r.programme;
  REQUIRE(p.roadmap.stages.size() == 7);
  CHECK(p.roadmap.stages[0].name == "Подготовка условий для запуска программы наставничества");
  CHECK(p.roadmap.stages[6].name == "Завершение программы наставничества");
  CHECK_FALSE(p.roadmap.stages[1].task.empty());
  REQUIRE(p.roadmap.events.size() == 2);
  CHECK(p.roadmap.events[1].stage == 2);
  CHECK(p.roadmap.events[1].deadline.kind == Deadline::Kind::Month);
  CHECK(p.roadmap.events[1].deadline.year_from == 2023);
  CHECK(p.roadmap.events[1].responsible[1].position == "заместитель директора по УВР");
  CHECK(p.roadmap.show_result_column);
  REQUIRE(p.executor);
  CHECK(p.executor->phone == "8 (800) 000-00-00");
}

TEST_CASE("malformed JSON is reported with line and column") {
  ReadResult r = read("{\n  \"organisation\": {\n    \"full_name\": \"x\",,\n  }\n}");
  CHECK_FALSE(r.programme);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].line == 3);
  CHECK(r.diagnostics.items()[0].message.find("JSON") != std::string::npos);
}

TEST_CASE("wrong types and missing fields are located by pointer and line") {
  std::string text = minimal_json(R"([
      {"number": "1.1", "title": 42, "deadline": "сентябрь", "responsible": ["Куратор"]},
      {"number": "1.2", "deadline": "сентябрь", "responsible": []}
    ])");
  ReadResult r = read(text);
  CHECK_FALSE(r.programme);
  const Diagnostic& title = find(r, "/roadmap/events/0/title");
  CHECK(title.message.find("строка") != std::string::npos);
  CHECK(title.line == 17);
  CHECK(find(r, "/roadmap/events/1/title").message.find("обязательное поле «title»") != std::string::npos);
  CHECK(find(r, "/roadmap/events/1/responsible").message.find("ни один ответственный") != std::string::npos);
}

TEST_CASE("unknown fields are errors with a suggestion") {
  std::string text = minimal_json();
  text.replace(text.find("\"city\""), 6, "\"cty\"");
  ReadResult r = read(text);
  const Diagnostic& d = find(r, "/organisation/cty");
  CHECK(d.message.find("неизвестное поле «cty»") != std::string::npos);
  CHECK(d.message.find("«city»") != std::string::npos);
  find(r, "/organisation/city");  // and the required field is missing
}

TEST_CASE("an unknown staff reference names the closest id") {
  ReadResult r = read(minimal_json(R"([
      {"number": "1.1", "title": "Т", "deadline": "сентябрь", "responsible": [{"staff": "deputi"}]}
    ])"));
  const Diagnostic& d = find(r, "/roadmap/events/0/responsible/0/staff");
  CHECK(d.message.find("«deputi»") != std::string::npos);
  CHECK(d.message.find("«deputy»") != std::string::npos);
  CHECK(d.line > 0);
}

TEST_CASE("duplicate event numbers, missing stages and out-of-year dates are errors") {
  ReadResult r = read(minimal_json(R"([
      {"number": "1.1", "title": "А", "deadline": "сентябрь", "responsible": ["Куратор"]},
      {"number": "1.1", "title": "Б", "deadline": "октябрь", "responsible": ["Куратор"]},
      {"number": "9.1", "title": "В", "deadline": "октябрь", "responsible": ["Куратор"]},
      {"number": "2.1", "title": "Г", "deadline": {"date": "2022-10-01"}, "responsible": ["Куратор"]},
      {"number": "2.2", "title": "Д", "deadline": "до 30.08.2023", "responsible": ["Куратор"]}
    ])"));
  CHECK_FALSE(r.programme);
  CHECK(find(r, "/roadmap/events/1/number").message.find("повторяется") != std::string::npos);
  CHECK(find(r, "/roadmap/events/2/stage").message.find("этапу 9") != std::string::npos);
  CHECK(find(r, "/roadmap/events/3/deadline").message.find("01.10.2022") != std::string::npos);
  CHECK(find(r, "/roadmap/events/4/deadline").message.find("2023/2024") != std::string::npos);
}

TEST_CASE("a period widens the allowed dates") {
  std::string text = minimal_json(R"([
      {"number": "1.1", "title": "А", "deadline": "до 30.08.2023", "responsible": ["Куратор"]}
    ])");
  text.replace(text.find("\"staff\""), 7, "\"period\": {\"from\": \"2023-08-01\", \"to\": \"2024-08-31\"}, \"staff\"");
  ReadResult r = read(text);
  CHECK(r.programme);
}

TEST_CASE("deadline objects of every form") {
  ReadResult r = read(minimal_json(R"([
      {"number": "1.1", "title": "А", "deadline": {"date": "2024-06-05"}, "responsible": ["К"]},
      {"number": "1.2", "title": "Б", "deadline": {"from": "2023-12-01", "to": "2024-05-25"}, "responsible": ["К"]},
      {"number": "1.3", "title": "В", "deadline": {"until": "2023-09-30"}, "responsible": ["К"]},
      {"number": "1.4", "title": "Г", "deadline": {"months": ["февраль", 5]}, "responsible": ["К"]},
      {"number": "1.5", "title": "Д", "deadline": {"yearly": "сентябрь", "days": [1, 15]}, "responsible": ["К"]},
      {"number": "1.6", "title": "Е", "deadline": {"text": "по отдельному графику"}, "responsible": ["К"]}
    ])"));
  REQUIRE(r.programme);
  const auto& e = r.programme->roadmap.events;
  CHECK(render_deadline(e[0].deadline) == "5 июня 2024 г.");
  CHECK(render_deadline(e[1].deadline) == "С 01.12.2023 по 25.05.2024");
  CHECK(render_deadline(e[2].deadline) == "До 30.09.2023");
  CHECK(render_deadline(e[3].deadline) == "Февраль – май 2024 г.");
  CHECK(render_deadline(e[4].deadline) == "Ежегодно с 1 по 15 сентября");
  CHECK(render_deadline(e[5].deadline) == "По отдельному графику");
}

TEST_CASE("bad deadline objects are located") {
  ReadResult r = read(minimal_json(R"([
      {"number": "1.1", "title": "А", "deadline": {"month": "мартобря"}, "responsible": ["К"]},
      {"number": "1.2", "title": "Б", "deadline": {"date": "2024-02-30"}, "responsible": ["К"]},
      {"number": "1.3", "title": "В", "deadline": {"when": "скоро"}, "responsible": ["К"]}
    ])"));
  CHECK(find(r, "/roadmap/events/0/deadline/month").message.find("месяца") != std::string::npos);
  CHECK(find(r, "/roadmap/events/1/deadline/date").message.find("не дата") != std::string::npos);
  CHECK(find(r, "/roadmap/events/2/deadline/when").message.find("неизвестное поле") != std::string::npos);
}

TEST_CASE("stages override the standard ones field by field and new stages need a name") {
  std::string text = minimal_json();
  text.replace(text.find("\"events\""), 8,
               R"("stages": [{"number": 2, "task": "Своя задача"}, {"number": 8}], "events")");
  ReadResult r = read(text);
  CHECK(find(r, "/roadmap/stages/1/name").message.find("название") != std::string::npos);
  text.replace(text.find("{\"number\": 8}"), 13, R"({"number": 8, "name": "Восьмой"})");
  r = read(text);
  REQUIRE(r.programme);
  CHECK(r.programme->roadmap.stages[1].task == "Своя задача");
  CHECK(r.programme->roadmap.stages[1].name == "Формирование базы наставляемых");
  CHECK(r.programme->roadmap.stages.size() == 8);
}


TEST_CASE("hostile JSON: 1e400, a key twice, 100,000 levels — located errors, no exception, no crash") {
  std::string huge = minimal_json();
  huge.insert(huge.find("\"academic_year\""), "\"format_version\": 1e400,\n  ");
  ReadResult r = read(huge);
  CHECK_FALSE(r.programme);
  CHECK(find(r, "/format_version").message.find("слишком велико") != std::string::npos);
  CHECK(find(r, "/format_version").line == 4);

  std::string twice = minimal_json();
  twice.insert(twice.find("\"academic_year\""), "\"academic_year\": \"2022/2023\",\n  ");
  r = read(twice);
  CHECK_FALSE(r.programme);
  CHECK(find(r, "/academic_year").message.find("дважды") != std::string::npos);
  CHECK(find(r, "/academic_year").line == 5);

  std::string deep = minimal_json();
  deep.insert(deep.find("\"academic_year\""), "\"x\": " + std::string(100000, '[') + std::string(100000, ']') + ",\n  ");
  r = read(deep);
  CHECK_FALSE(r.programme);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].message.find("вложенность") != std::string::npos);
  CHECK(r.diagnostics.items()[0].line == 4);
}

TEST_CASE("a NUL in a string and an endless word are located errors") {
  std::string nul = minimal_json();
  nul.replace(nul.find("Издание приказа"), std::string("Издание приказа").size(), "Издание\\u0000приказа");
  ReadResult r = read(nul);
  CHECK_FALSE(r.programme);
  CHECK(find(r, "/roadmap/events/0/title").message.find("NUL") != std::string::npos);
  CHECK(find(r, "/roadmap/events/0/title").line == 17);

  std::string word = minimal_json();
  word.replace(word.find("Анкетирование"), std::string("Анкетирование").size(), std::string(200000, 'w'));
  r = read(word);
  CHECK_FALSE(r.programme);
  CHECK(find(r, "/roadmap/events/1/title").message.find("200\u00a0000 знаков") != std::string::npos);
}

TEST_CASE("impossible dates are errors: 31 February in a deadline, the year 9999") {
  ReadResult r = read(minimal_json(R"([
      {"number": "1.1", "title": "Приказ", "deadline": "до 31.02.2024", "responsible": ["Куратор"]}
    ])"));
  CHECK_FALSE(r.programme);
  CHECK(find(r, "/roadmap/events/0/deadline").message.find("31.02.2024") != std::string::npos);

  std::string far = minimal_json();
  far.replace(far.find("2023-08-31"), 10, "9999-12-31");
  r = read(far);
  CHECK_FALSE(r.programme);
  CHECK(find(r, "/roadmap/approvals/1/date").message.find("9999") != std::string::npos);
}

TEST_CASE("a roadmap without events is an error") {
  ReadResult r = read(minimal_json("[]"));
  CHECK_FALSE(r.programme);
  CHECK(find(r, "/roadmap/events").message.find("нет ни одного мероприятия") != std::string::npos);
}
