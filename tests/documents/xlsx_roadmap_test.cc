#include "documents/roadmap/xlsx_roadmap.h"

#include <unistd.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>

#include "xlsx/xlsx_util.h"

namespace fs = std::filesystem;
using namespace nastavnik;
using nastavnik::test::TempDir;
using nastavnik::test::unzip_member;

namespace {

const std::string kLong2000 = [] {
  std::string s;
  for (int i = 0; s.size() < 4000; ++i) s += "Ёлка «ёлочки» №" + std::to_string(i) + " ";
  // Exactly 2,000 characters: Cyrillic letters are two bytes, so trim by characters.
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size() && chars < 2000; ++chars) {
    std::size_t len = (static_cast<unsigned char>(s[i]) & 0x80) ? 2 : 1;
    if ((static_cast<unsigned char>(s[i]) & 0xE0) == 0xE0) len = 3;
    out += s.substr(i, len);
    i += len;
  }
  return out;
}();

const std::string kHostileTitle = "<script>alert('x')</script> **bold** ___ | &amp; «ёлочки»";

RoadmapTable sample_table() {
  RoadmapTable t;
  t.title = "План мероприятий (дорожная карта) по реализации Положения о наставничестве "
            "в МБОУ «Гимназия № 7» на 2023/2024 учебный год";
  t.year_label = "2023/2024";
  t.with_result = true;
  t.headers = {"№ п/п", "Мероприятие", "Сроки", "Ответственные", "Результат. Вид документа"};
  RoadmapRow s1;
  s1.is_stage = true;
  s1.number = "1";
  s1.title = "Подготовительный этап";
  s1.stage_lines = {"Цель: создать условия", "Задача: <b>определить</b> & согласовать"};
  RoadmapRow e1;
  e1.number = "1.1";
  e1.title = kHostileTitle;
  e1.deadline = "Сентябрь 2023 г.";
  e1.responsible = {"Иванова И. И., заместитель директора", "Петров П. П."};
  e1.result = "=SUM(A1:A2)";
  e1.months = {0, 3};
  RoadmapRow e2;
  e2.number = "1.2";
  e2.title = kLong2000;
  e2.deadline = "";
  e2.responsible = {};
  e2.result = "_x0041_";
  e2.months = {11, 42, -1};  // out-of-range months are ignored
  RoadmapRow s2;
  s2.is_stage = true;
  s2.number = "2";
  s2.title = "Основной этап";
  RoadmapRow e3;
  e3.number = "2.1";
  e3.title = "Встреча наставников";
  e3.deadline = "В течение года";
  e3.responsible = {"Классные руководители"};
  e3.months = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  t.rows = {s1, e1, e2, s2, e3};
  t.executor = "Исп. Петрова П. П., +7 (900) 000-00-00";
  return t;
}



std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

// Index of a plain shared string, as cells refer to it; -1 when absent.
int shared_index(const std::string& sst, const std::string& escaped) {
  const auto at = sst.find("<si><t>" + escaped + "</t></si>");
  if (at == std::string::npos) return -1;
  return static_cast<int>(count(sst.substr(0, at), "<si>"));
}

}  // namespace

TEST_CASE("roadmap workbook holds the table and the timeline", "[xlsx]") {
  TempDir dir;
  const fs::path file = dir.path / "roadmap.xlsx";
  std::string error;
  REQUIRE(write_roadmap_xlsx(sample_table(), "МБОУ «Гимназия № 7» & Co", file.string(), &error));
  CHECK(error.empty());
  REQUIRE(fs::exists(file));
  CHECK_FALSE(fs::exists(file.string() + ".part"));

  const std::string sst = test::plain_spaces(unzip_member(file, "xl/sharedStrings.xml"));
  const std::string sheet1 = unzip_member(file, "xl/worksheets/sheet1.xml");
  const std::string sheet2 = unzip_member(file, "xl/worksheets/sheet2.xml");
  const std::string workbook = unzip_member(file, "xl/workbook.xml");
  const std::string core = unzip_member(file, "docProps/core.xml");
  const std::string app = unzip_member(file, "docProps/app.xml");
  REQUIRE_FALSE(sst.empty());
  REQUIRE_FALSE(sheet1.empty());
  REQUIRE_FALSE(sheet2.empty());

  SECTION("user text is stored literally") {
    CHECK(sst.find("&lt;script&gt;alert('x')&lt;/script&gt; **bold** ___ | &amp;amp; «ёлочки»") !=
          std::string::npos);
    CHECK(sst.find(xml_escape(kLong2000)) != std::string::npos);
    CHECK(sst.find("Встреча наставников") != std::string::npos);
    CHECK(sst.find("<t>=SUM(A1:A2)</t>") != std::string::npos);
    CHECK(sheet1.find("<f>") == std::string::npos);  // no formula anywhere
    CHECK(sst.find("<t>_x005F_x0041_</t>") != std::string::npos);
    CHECK(sst.find("Исп. Петрова П. П.") != std::string::npos);
    // Stage: bold heading run, then the lines as a plain run of the same cell.
    CHECK(sst.find("1. Подготовительный этап") != std::string::npos);
    CHECK(sst.find("Задача: &lt;b&gt;определить&lt;/b&gt; &amp; согласовать") !=
          std::string::npos);
  }

  SECTION("the table sheet has merges, frozen header and print set-up") {
    CHECK(sheet1.find("<mergeCell ref=\"A1:E1\"/>") != std::string::npos);  // title
    CHECK(sheet1.find("<mergeCell ref=\"A3:E3\"/>") != std::string::npos);  // stage 1
    CHECK(sheet1.find("<mergeCell ref=\"A6:E6\"/>") != std::string::npos);  // stage 2
    CHECK(sheet1.find("<mergeCell ref=\"A9:E9\"/>") != std::string::npos);  // executor
    CHECK(std::regex_search(sheet1, std::regex("<pane [^>]*ySplit=\"2\"[^>]*state=\"frozen\"")));
    CHECK(std::regex_search(sheet1, std::regex("<pageSetup [^>]*orientation=\"landscape\"")));
    CHECK(std::regex_search(sheet1, std::regex("<pageSetup [^>]*paperSize=\"9\"")));
    CHECK(std::regex_search(sheet1, std::regex("<pageSetup [^>]*fitToHeight=\"0\"")));
    CHECK(sheet1.find("<pageSetUpPr fitToPage=\"1\"/>") != std::string::npos);
    CHECK(sheet1.find("Страница &amp;P из &amp;N") != std::string::npos);
    CHECK(workbook.find("_xlnm.Print_Titles") != std::string::npos);
    CHECK(workbook.find("'Дорожная карта'!$2:$2") != std::string::npos);
    CHECK(workbook.find("'График'!$2:$2") != std::string::npos);
    // Rows with long text are taller than the default.
    CHECK(std::regex_search(sheet1, std::regex("<row r=\"5\"[^>]*ht=\"(\\d+)")));
  }

  SECTION("the timeline sheet marks the months") {
    for (const char* month : {"Сентябрь", "Октябрь", "Ноябрь", "Декабрь", "Январь", "Февраль",
                              "Март", "Апрель", "Май", "Июнь", "Июль", "Август"}) {
      CHECK(shared_index(sst, month) >= 0);
    }
    CHECK(std::regex_search(sheet2, std::regex("<pane [^>]*xSplit=\"2\"[^>]*ySplit=\"2\"[^>]*"
                                               "state=\"frozen\"")));
    CHECK(sheet2.find("<mergeCell ref=\"A3:N3\"/>") != std::string::npos);
    const int mark = shared_index(sst, "●");
    REQUIRE(mark >= 0);
    const std::string v = "<v>" + std::to_string(mark) + "</v>";
    CHECK(count(sheet2, v) == 2 + 1 + 12);
    const auto marked = [&](const std::string& cell) {
      return std::regex_search(sheet2,
                               std::regex("<c r=\"" + cell + "\"[^>]*t=\"s\">" + v));
    };
    CHECK(marked("C4"));  // 1.1 in September
    CHECK(marked("F4"));  // and December
    CHECK_FALSE(marked("D4"));
    CHECK(marked("N5"));  // 1.2 in August
    CHECK(marked("C7"));
    CHECK(marked("N7"));
    CHECK(std::regex_search(sheet2, std::regex("<pageSetup [^>]*orientation=\"landscape\"")));
  }

  SECTION("document properties") {
    CHECK(core.find("<dc:creator>nastavnik</dc:creator>") != std::string::npos);
    CHECK(core.find("План мероприятий (дорожная карта)") != std::string::npos);
    CHECK(app.find("МБОУ «Гимназия № 7» &amp; Co") != std::string::npos);
  }
}

TEST_CASE("roadmap workbook without result column or executor", "[xlsx]") {
  TempDir dir;
  RoadmapTable t = sample_table();
  t.with_result = false;
  t.headers.pop_back();
  t.executor.clear();
  t.title = std::string(40000, 'x');  // over Excel's cell limit: truncated, not refused
  const fs::path file = dir.path / "short.xlsx";
  std::string error;
  REQUIRE(write_roadmap_xlsx(t, "", file.string(), &error));
  const std::string sheet1 = unzip_member(file, "xl/worksheets/sheet1.xml");
  CHECK(sheet1.find("<mergeCell ref=\"A3:D3\"/>") != std::string::npos);
  CHECK(sheet1.find("A9:") == std::string::npos);
  const std::string sst = test::plain_spaces(unzip_member(file, "xl/sharedStrings.xml"));
  CHECK(sst.find(std::string(32766, 'x') + "…") != std::string::npos);
  CHECK(sst.find(std::string(32767, 'x')) == std::string::npos);
}

TEST_CASE("roadmap workbook reports unwritable paths in Russian", "[xlsx]") {
  TempDir dir;
  std::string error;
  const std::string missing = (dir.path / "нет такой папки" / "roadmap.xlsx").string();
  CHECK_FALSE(write_roadmap_xlsx(sample_table(), "", missing, &error));
  CHECK(error.find("Не удалось записать XLSX-файл «" + missing + "»") != std::string::npos);
  CHECK(error.find("не существует") != std::string::npos);

  // A directory in the way: the workbook is built but cannot take its place.
  const fs::path occupied = dir.path / "occupied.xlsx";
  fs::create_directories(occupied / "inside");
  error.clear();
  CHECK_FALSE(write_roadmap_xlsx(sample_table(), "", occupied.string(), &error));
  CHECK(error.find(occupied.string()) != std::string::npos);
  CHECK_FALSE(fs::exists(occupied.string() + ".part"));
  CHECK(fs::is_directory(occupied / "inside"));
}

TEST_CASE("cell text is made safe for Excel", "[xlsx]") {
  using xlsx::cell_text;
  CHECK(cell_text("") == "");
  CHECK(cell_text("=1+1") == "=1+1");
  CHECK(cell_text("<script>&amp;") == "<script>&amp;");
  CHECK(cell_text("a\r\nb\rc") == "a\nb\nc");
  CHECK(cell_text(std::string("a\x01\x1f\tb", 5)) == "a\tb");
  const std::string bad = "\xEF\xBF\xBD";  // U+FFFD
  // A broken pair, an encoded surrogate (invalid in XML), a cut-off sequence.
  CHECK(cell_text("bad \xC3\x28 \xED\xA0\x80 \xF0\x9F") ==
        "bad " + bad + "( " + bad + " " + bad + bad);
  CHECK(cell_text("\xEF\xBF\xBE") == bad);  // U+FFFE is not an XML character
  CHECK(cell_text("_x0041_ и _x00_") == "_x005F_x0041_ и _x00_");
  CHECK(xlsx::property_text("_x0041_") == "_x0041_");

  SECTION("long text is cut at a character boundary") {
    std::string cyr;
    for (int i = 0; i < 40000; ++i) cyr += "ж";
    const std::string cut = cell_text(cyr);
    CHECK(xlsx::excel_length(cut) == xlsx::kMaxCellChars);
    CHECK(cut.size() == (xlsx::kMaxCellChars - 1) * 2 + 3);  // «ж» ×32766 and «…»
    CHECK(cut.substr(cut.size() - 3) == "…");
    std::string emoji;
    for (int i = 0; i < 20000; ++i) emoji += "\xF0\x9F\x98\x80";  // two UTF-16 units each
    CHECK(xlsx::excel_length(cell_text(emoji)) <= xlsx::kMaxCellChars);
    CHECK(cell_text(std::string(32767, 'q')) == std::string(32767, 'q'));
    CHECK(cell_text("abcdef", 4) == "abc…");
  }
}

TEST_CASE("wrapped line estimates", "[xlsx]") {
  CHECK(xlsx::estimate_lines("", 30) == 1);
  CHECK(xlsx::estimate_lines("Короткий текст", 30) == 1);
  CHECK(xlsx::estimate_lines("одна\nдве\nтри", 30) == 3);
  CHECK(xlsx::estimate_lines(std::string(100, 'x'), 11) >= 10);
  CHECK(xlsx::estimate_lines(kLong2000, 60) >= 2000 / 60);
  CHECK(xlsx::row_height(1000) == xlsx::kMaxRowHeight);
  CHECK(xlsx::row_height(1) >= LXW_DEF_ROW_HEIGHT);
}
