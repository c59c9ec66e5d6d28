// The example school through the workbook and back: the same document, and
// every kind of mistake in a workbook reported at its sheet and cell.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "system/staging.h"
#include "support/test_support.h"
#include "workbook/workbook_names.h"
#include "workbook/workbook_programme.h"
#include "workbook/workbook_reader.h"
#include "workbook/workbook_writer.h"

using namespace nastavnik;
using namespace nastavnik::workbook;
namespace fs = std::filesystem;

namespace {

OJson example() { return OJson::parse(read_file(std::string(NASTAVNIK_SOURCE_DIR) + "/data/example.json")); }

fs::path temp_xlsx(const std::string& name) {
  return fs::temp_directory_path() / ("nastavnik-wb-" + std::to_string(getpid()) + "-" + name + ".xlsx");
}

OJson round_trip(const OJson& doc) {
  fs::path path = temp_xlsx("rt");
  std::string error;
  REQUIRE(write_workbook(path.string(), doc, xlsx::FileAccess::OwnerOnly, &error));
  OJson back = workbook_to_json(xlsx::read_workbook(path.string())).doc;
  fs::remove(path);
  return back;
}

// Messages of a workbook written from `doc`, as the user reads them.
std::vector<std::string> messages(const OJson& doc) {
  fs::path path = temp_xlsx("bad");
  std::string error;
  REQUIRE(write_workbook(path.string(), doc, xlsx::FileAccess::OwnerOnly, &error));
  ReadResult r = read_programme_workbook(path.string(), test::standard_stages());
  fs::remove(path);
  CHECK_FALSE(r.programme);
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics.items()) out.push_back(format_diagnostic("ш.xlsx", d));
  return out;
}

bool has(const std::vector<std::string>& all, const std::string& text) {
  for (const auto& m : all)
    if (m == text) return true;
  return false;
}

}  // namespace

TEST_CASE("example.json → xlsx → json is the same document, key order included", "[workbook]") {
  OJson doc = example();
  OJson back = round_trip(doc);
  CHECK(Json::parse(back.dump()) == Json::parse(doc.dump()));  // same meaning
  CHECK(back.dump(2) == doc.dump(2));                           // same bytes when dumped alike
}

TEST_CASE("the example workbook reads into the same programme as the JSON", "[workbook]") {
  fs::path path = temp_xlsx("prog");
  std::string error;
  REQUIRE(write_workbook(path.string(), example(), xlsx::FileAccess::OwnerOnly, &error));
  ReadResult r = read_programme_workbook(path.string(), test::standard_stages());
  fs::remove(path);
  INFO((r.diagnostics.items().empty() ? "" : r.diagnostics.items()[0].message));
  REQUIRE(r.programme);
  CHECK(r.programme->pairs.size() == 18);
  CHECK(r.programme->pupils[0].representative->full_name == "Орлова Екатерина Сергеевна");
  CHECK(r.programme->roadmap_order->extra_points.size() == 2);
}

TEST_CASE("a workbook's mistakes are named by sheet and cell", "[workbook]") {
  OJson doc = example();
  doc["pairs"][0]["mentor"] = "nobody";         // an unknown person (the data reader's check)
  doc["pairs"][1]["from"] = "31.02.2024";       // not a date
  doc["staff"][0]["gender"] = "средний";        // outside the drop-down list
  doc["staff"][1].erase("full_name");           // a required cell left empty
  auto all = messages(doc);
  CHECK(has(all, "ш.xlsx: ошибка: Лист «Сотрудники», ячейка E3: «средний» — не из списка; выберите одно из: "
                 "«мужской», «женский»"));
  CHECK(has(all, "ш.xlsx: ошибка: Лист «Сотрудники», ячейка B4: не заполнено обязательное поле «ФИО»"));
  CHECK(has(all, "ш.xlsx: ошибка: Лист «Пары и группы», ячейка F4: «31.02.2024» — не дата; пишите дату так: "
                 "01.09.2023"));
  bool unknown = false;
  for (const auto& m : all)
    unknown = unknown || (m.rfind("ш.xlsx: ошибка: Лист «Пары и группы», ячейка D3: ", 0) == 0 &&
                          m.find("«nobody»") != std::string::npos);
  CHECK(unknown);
}

TEST_CASE("the curator's questionnaire, conclusions and measures: their sheets and their mistakes' cells",
          "[workbook]") {
  OJson doc = example();
  doc["results"]["curator_survey"][1]["score"] = "много";         // not a number
  doc["results"]["curator_survey"][2] = {{"question", "Оцените"}};  // neither a score nor an answer
  doc["results"]["conclusions"][0] = "   ";                          // blank: the row is skipped, not an error
  doc["results"]["actions"][1].erase("action");                      // a required cell left empty
  doc["results"]["actions"][2]["responsible"] = OJson::array({OJson{{"staff", "zam_uvx"}}});
  auto all = messages(doc);
  for (const auto& m : all) INFO(m);
  CHECK(has(all, "ш.xlsx: ошибка: Лист «Анкета куратора», ячейка B4: «много» — не целое число"));
  CHECK(has(all, "ш.xlsx: ошибка: Лист «Анкета куратора», строка 5: у вопроса анкеты куратора нет ни оценки "
                 "(score, от 1 до 10), ни ответа (answer)"));
  CHECK(has(all, "ш.xlsx: ошибка: Лист «Меры», ячейка A4: не заполнено обязательное поле «Мера»"));
  bool staff = false;
  for (const auto& m : all) staff = staff || m.rfind("ш.xlsx: ошибка: Лист «Меры», ячейка C5: ", 0) == 0;
  CHECK(staff);
}

TEST_CASE("init's skeleton: the standard stages written out, examples skipped", "[workbook]") {
  OJson init = init_document(test::standard_stages());
  OJson back = round_trip(init);
  CHECK(back["roadmap"]["stages"].size() == 7);
  CHECK(back["format_version"] == 1);
  CHECK((!back.contains("staff") || back["staff"].empty()));
  OJson skeleton = example_document(test::standard_stages());
  CHECK(skeleton["staff"][0]["id"] == "zam_uvr");
  CHECK(skeleton["roadmap"]["stages"].size() == 7);
}

TEST_CASE("fields the example leaves out survive the round trip too", "[workbook]") {
  OJson doc = example();
  doc["period"] = {{"from", "2023-08-01"}, {"to", "2024-08-31"}};
  doc["max_mentees_per_mentor"] = 4;
  doc["executor"] = {{"full_name", "Иванова Мария Петровна"}, {"position", "методист"}, {"phone", "8 (8652) 12-34-56"}};
  doc["roadmap"]["title"] = "План мероприятий";
  doc["roadmap"]["show_result_column"] = false;
  doc["roadmap"]["approvals"].push_back({{"kind", "accepted"}, {"body", "Совета родителей"},
                                         {"protocol", {{"number", 9}, {"date", "2023-05-20"}}}});
  doc["roadmap"]["approvals"].push_back({{"kind", "approved_by_order"}, {"order", {{"number", "234/2"}, {"date", "2023-09-01"}}}});
  doc["roadmap"]["approvals"].push_back({{"kind", "agreed"}, {"position", "Председатель"}, {"signer", "Петров П.П."}});
  doc["roadmap"]["stages"].push_back({{"number", 8}, {"name", "Свой этап"}, {"goal", "цель"}, {"task", "задача"}});
  doc["roadmap"]["events"][0]["stage"] = 1;
  doc["roadmap"]["events"][1]["number"] = 12;
  doc["staff"][0]["young_specialist"] = false;
  doc["staff"][0]["name_forms"] = {{"genitive", "Кравцовой Ирины Владимировны"}, {"prepositional", "Кравцовой Ирине"}};
  doc["staff"][0]["document"] = {{"kind", "вид на жительство"}, {"series", 715}, {"number", "0482193"}};
  doc["pupils"][0]["dissemination"] = {{"date", "2023-12-14"}, {"name", "short"}, {"class", true}};
  doc["others"][0]["name_forms"] = {{"dative", "Лисицыной Полине Сергеевне"}};
  doc["pairs"][0]["curator"] = "methodist";
  doc["orders"]["pairs"]["number"] = 112;
  doc["orders"]["pairs"]["acquaint"] = {"zam_vr", "methodist"};
  doc["results"]["growth"][0]["before"] = 4.5;
  doc["results"]["growth"][0]["after"] = false;
  OJson back = round_trip(doc);
  CHECK(Json::parse(back.dump()) == Json::parse(doc.dump()));
}

TEST_CASE("a person cell may hold the person's full name instead of the code", "[workbook]") {
  OJson doc = example();
  doc["pairs"][0]["mentor"] = "ткач  Светлана Юрьевна";         // teacher_math2, case and spaces aside
  doc["pairs"][0]["mentees"][1] = "Яковлев Матвей Андреевич";  // a pupil, inside a list
  doc["curator"] = "Соколова Наталья Петровна";                  // a form sheet's staff cell
  doc["pairs"][1]["mentor"] = "Ткач Светлана";                   // not a full name: left for the reader
  OJson back = round_trip(doc);
  CHECK(back["pairs"][0]["mentor"] == "teacher_math2");
  CHECK(back["pairs"][0]["mentees"][1] == example()["pairs"][0]["mentees"][1]);
  CHECK(back["curator"] == "zam_uvr");
  CHECK(back["pairs"][1]["mentor"] == "Ткач Светлана");
}

TEST_CASE("a name two people share is not guessed", "[workbook]") {
  OJson doc = example();
  doc["staff"][1]["full_name"] = doc["staff"][0]["full_name"];
  const std::string shared = doc["staff"][0]["full_name"];
  doc["pairs"][0]["mentor"] = shared;
  CHECK(round_trip(doc)["pairs"][0]["mentor"] == shared);
}

TEST_CASE("the workbook shows people by name; codes only on the people sheets", "[workbook]") {
  fs::path path = temp_xlsx("names");
  std::string error;
  REQUIRE(write_workbook(path.string(), example(), xlsx::FileAccess::OwnerOnly, &error));
  const xlsx::Workbook book = xlsx::read_workbook(path.string());
  const xlsx::Sheet* pairs = book.sheet("Пары и группы");
  REQUIRE(pairs);
  CHECK(pairs->cell(3, 4).text == "Ткач Светлана Юрьевна");  // pair_01's mentor, teacher_math2
  CHECK(pairs->cell(3, 5).text.find("; Яковлев Матвей Андреевич") != std::string::npos);
  CHECK(book.sheet("Сотрудники")->cell(3, 1).text == "director");  // the people sheets keep the codes
  const std::string lists = test::shell_output("unzip -p '" + path.string() + "' 'xl/worksheets/sheet*.xml'");
  CHECK(lists.find("IF('Обучающиеся'!$B$3=\"\",\"\",'Обучающиеся'!$B$3)") != std::string::npos);
  fs::remove(path);
}

TEST_CASE("a code is not replaced by a name two people share", "[workbook]") {
  OJson shown = example();
  person_codes_to_names(shown);
  CHECK(shown["executor"]["staff"] == example()["staff"][1]["full_name"]);  // zam_uvr, by her name
  OJson doc = example();
  doc["staff"][1]["full_name"] = doc["staff"][0]["full_name"];  // director and zam_uvr now share a name
  person_codes_to_names(doc);
  CHECK(doc["executor"]["staff"] == "zam_uvr");
  CHECK(doc["orders"]["roadmap"]["signer"] == "director");
}

TEST_CASE("codes out of sight: a person added without one gets it from the name", "[workbook]") {
  OJson doc = example();
  OJson pupil = doc["pupils"][0];
  pupil.erase("id");
  pupil["full_name"] = "Щукин Пётр Ильич";
  pupil["representative"]["full_name"] = "Щукина Анна Петровна";
  doc["pupils"].push_back(pupil);
  OJson back = round_trip(doc);
  const OJson& added = back["pupils"].back();
  CHECK(added["id"] == "shchukin_pi");
  CHECK(added.begin().key() == "id");
  CHECK(added["representative"]["full_name"] == "Щукина Анна Петровна");  // «Представители» named him by ФИО

  fs::path path = temp_xlsx("hidden");
  std::string error;
  REQUIRE(write_workbook(path.string(), example(), xlsx::FileAccess::OwnerOnly, &error));
  const std::string staff = test::unzip_member(path, "xl/worksheets/sheet6.xml");  // «Сотрудники»
  fs::remove(path);
  CHECK(staff.find("<col min=\"1\" max=\"1\"") != std::string::npos);
  CHECK(staff.substr(staff.find("<col min=\"1\" max=\"1\""), 120).find("hidden=\"1\"") != std::string::npos);
}
