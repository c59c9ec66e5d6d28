#include "lint/rollover.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "lint/lint.h"
#include "support/test_support.h"
#include "lint/year_mentions.h"

using namespace nastavnik;
using OJson = nlohmann::ordered_json;

namespace {

bool any_note(const RolloverResult& r, const std::string& part) {
  for (const auto& n : r.notes)
    if (n.find(part) != std::string::npos) return true;
  return false;
}

OJson sample() {
  return OJson::parse(R"json({
    "$schema": "./nastavnik.schema.json",
    "academic_year": "2023/2024",
    "monitoring_dates": ["2023-12-22", "2024-05-27"],
    "consents_date": "2023-12-11",
    "staff": [{"id": "t", "full_name": "Иванова Анна Петровна", "position": "учитель",
               "mentoring_consent": {"date": "2023-12-11"}, "document": {"issued_on": "2019-03-14"}}],
    "pupils": [{"id": "a", "full_name": "Орлов Тимофей", "class": "9А", "birth_date": "2009-02-11"},
               {"id": "b", "full_name": "Белова Мария", "class": "5Б", "birth_date": "2013-02-11"}],
    "roadmap": {
      "title": "План на 2023-2024 учебный год",
      "approvals": [{"kind": "agreed", "body": "педсовета", "protocol": {"number": "1", "date": "2023-08-30"}},
                    {"kind": "approved_by_order", "order": {"number": "45", "date": "2023-08-31"}}],
      "events": [
        {"number": "1.1", "title": "Приказ в 2022 - 2023 учебном году (от 25.12.2019)", "deadline": "до 30.08.2024",
         "responsible": ["М"], "status": "done", "x_unknown": 1},
        {"number": "1.2", "title": "Т", "deadline": "01.12.2023- 25.05.2024", "responsible": ["М"]},
        {"number": "1.3", "title": "Т", "deadline": "Январь 2023-2024", "responsible": ["М"]},
        {"number": "1.4", "title": "Т", "deadline": {"month": 11, "year": 2023}, "responsible": ["М"]},
        {"number": "1.5", "title": "Т", "deadline": {"from": "2024-02-29", "to": "2024-03-05"}, "responsible": ["М"]},
        {"number": "1.6", "title": "Т", "deadline": "сентябрь 2023", "responsible": ["М"]}
      ]
    },
    "pairs": [{"id": "p1"}],
    "orders": {"roadmap": {"number": "45", "date": "2023-08-31", "signer": "d",
                           "points": ["Сдать планы до 02.02.2024.", "Как в 2023 году."]}},
    "results": {"events": {}, "measures": {"x": 1}}
  })json");
}

}  // namespace

TEST_CASE("rollover moves every date and year of the plan, keeping order and unknown fields", "[rollover]") {
  RolloverResult r = rollover(sample(), AcademicYear{2024});
  const OJson& d = r.data;
  CHECK(d["academic_year"] == "2024/2025");
  CHECK(d.begin().key() == "$schema");
  CHECK(d["monitoring_dates"] == OJson::array({"2024-12-22", "2025-05-27"}));
  CHECK(d["roadmap"]["title"] == "План на 2024-2025 учебный год");
  CHECK(d["roadmap"]["approvals"][0]["protocol"] == OJson::parse(R"({"number": "1", "date": "2024-08-30"})"));
  CHECK(d["roadmap"]["approvals"][1]["order"] == OJson::parse(R"({"number": "", "date": "2024-08-31"})"));
  const OJson& ev = d["roadmap"]["events"];
  CHECK(ev[0]["deadline"] == "до 30.08.2025");
  CHECK(ev[1]["deadline"] == "01.12.2024- 25.05.2025");
  CHECK(ev[2]["deadline"] == "Январь 2024-2025");
  CHECK(ev[3]["deadline"] == OJson::parse(R"({"month": 11, "year": 2024})"));
  CHECK(ev[4]["deadline"]["from"] == "2025-02-28");  // no 29 February in 2025
  CHECK(ev[5]["deadline"] == "сентябрь 2024");
  CHECK_FALSE(ev[0].contains("status"));
  CHECK(ev[0]["x_unknown"] == 1);
  // Another year in text and a document's date stay, and are listed.
  CHECK(ev[0]["title"] == "Приказ в 2022 - 2023 учебном году (от 25.12.2019)");
  CHECK(any_note(r, "«2022 - 2023» — другой учебный год"));
  CHECK(any_note(r, "29 февраля"));
  CHECK(d["pairs"] == OJson::array());
  CHECK(d["orders"]["roadmap"]["number"] == "");
  CHECK(d["orders"]["roadmap"]["date"] == "2024-08-31");
  CHECK(d["orders"]["roadmap"]["points"][0] == "Сдать планы до 02.02.2025.");
  CHECK(d["orders"]["roadmap"]["points"][1] == "Как в 2024 году.");
  CHECK(any_note(r, "год «2023» в тексте заменён на «2024»"));
  CHECK(d["results"] == OJson::parse(R"({"measures": {"x": 1}})"));
  CHECK(any_note(r, "measures"));
  CHECK(d["consents_date"] == "2024-12-11");
  // People's own dates stay.
  CHECK(d["pupils"][0]["birth_date"] == "2009-02-11");
  CHECK(d["staff"][0]["document"]["issued_on"] == "2019-03-14");
  CHECK(d["staff"][0]["mentoring_consent"]["date"] == "2023-12-11");
  CHECK(any_note(r, "согласия педагогов на наставничество оставлены прежними (Иванова Анна Петровна)"));
  CHECK(any_note(r, "окончили 9-й или 11-й класс — проверьте, учатся ли они в школе: Орлов Тимофей (9А)"));
  CHECK_FALSE(any_note(r, "Белова"));
  CHECK(any_note(r, "переведите их в следующий класс"));
}

TEST_CASE("rollover over two years moves by two; a year not later is refused", "[rollover]") {
  CHECK(rollover(sample(), AcademicYear{2025}).data["roadmap"]["events"][2]["deadline"] == "Январь 2025-2026");
  CHECK_THROWS_AS(rollover(sample(), AcademicYear{2023}), std::invalid_argument);
  CHECK_THROWS_AS(rollover(sample(), AcademicYear{2022}), std::invalid_argument);
}

TEST_CASE("shift_all_years keeps the writer's style", "[rollover]") {
  CHECK(shift_all_years("2023/24 уч. г.", 1) == "2024/25 уч. г.");
  CHECK(shift_all_years("2023 – 2024 учебном году", 1) == "2024 – 2025 учебном году");
  CHECK(shift_all_years("с 1.9.2023 по 2024-05-31", 1) == "с 1.9.2024 по 2025-05-31");
  CHECK(shift_all_years("тел. 8 (8652) 12-34-56, ИНН 2634012345", 1) == "тел. 8 (8652) 12-34-56, ИНН 2634012345");
}

TEST_CASE("year mentions: academic years, dates, bare years, references after «от»", "[rollover]") {
  auto m = find_year_mentions("в 2022 - 2023 учебном году, приказ от 31.08.2022, в 2021 году, 2023-09-01");
  REQUIRE(m.size() == 4);
  CHECK(m[0].kind == YearMention::Kind::AcademicYear);
  CHECK(m[0].year == 2022);
  CHECK(m[1].kind == YearMention::Kind::Date);
  CHECK(m[1].after_ot);
  CHECK(m[2].kind == YearMention::Kind::Year);
  CHECK_FALSE(m[2].after_ot);
  CHECK(m[3].iso);
  CHECK(find_year_mentions("8 (8652) 12-34-56, № 273-ФЗ").empty());
}

namespace {

// Rule and place of every lint finding of a data file's text.
std::set<std::string> lint_places(const std::string& text) {
  ReadResult r = test::read(text);
  REQUIRE(r.programme);
  std::set<std::string> out;
  const Diagnostics found = lint_programme(*r.programme);
  for (const auto& d : found.items()) out.insert(d.rule + " " + d.pointer);
  return out;
}

}  // namespace

TEST_CASE("rollover passes lint wherever the input did (example, seed 000)", "[rollover]") {
  for (const std::string path : {std::string(NASTAVNIK_SOURCE_DIR) + "/data/example.json",
                                 std::string(TESTS_DIR) + "/fixtures/seed000.json"}) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string moved = rollover(OJson::parse(ss.str()), AcademicYear{2024}).data.dump(2);
    INFO(path);
    CHECK(lint_places(moved) == lint_places(ss.str()));
  }
}
