// The monitoring workbook written from the example data, read back as a user's
// spreadsheet program would: its sheets, raw rows and native chart parts.
#include "documents/report/xlsx_monitoring.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "system/staging.h"
#include "support/test_support.h"

using namespace nastavnik;
using nastavnik::test::shell_output;
using nastavnik::test::TempDir;
namespace fs = std::filesystem;

namespace {

Programme example_programme() {
  ReadResult r = test::read(read_file(fs::path(NASTAVNIK_SOURCE_DIR) / "data" / "example.json"));
  REQUIRE(r.programme);
  REQUIRE(r.programme->results);
  return *r.programme;
}

// Runs a Python snippet with openpyxl on the workbook (bound to `wb`), returning its output.
std::string openpyxl(const fs::path& file, const std::string& code) {
  return shell_output("/usr/bin/python3 -c \"import openpyxl; wb = openpyxl.load_workbook('" + file.string() +
                      "'); " + code + "\" 2>&1");
}

}  // namespace

TEST_CASE("the monitoring workbook holds the summary, the raw data and native charts", "[xlsx_monitoring]") {
  TempDir tmp;
  const Programme p = example_programme();
  const fs::path out = tmp.path / "monitoring.xlsx";
  const ReportFigures f = compute_report_figures(p);
  write_monitoring_xlsx(p, f, out.string());
  REQUIRE(fs::exists(out));

  // personal data: the owner alone may read it
  struct stat st {};
  REQUIRE(stat(out.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);

  const std::string listing = shell_output("unzip -l '" + out.string() + "'");
  const std::regex chart_part("xl/charts/chart[0-9]+\\.xml");
  const auto charts = std::distance(std::sregex_iterator(listing.begin(), listing.end(), chart_part),
                                    std::sregex_iterator());
  CHECK(charts >= 4);
  const std::string chart1 = test::unzip_member(out, "xl/charts/chart1.xml");
  CHECK_THAT(chart1, Catch::Contains("Наставнические пары и группы по формам наставничества"));
  CHECK_THAT(chart1, Catch::Contains("'Диаграммы'!$B$"));

  CHECK(openpyxl(out, "print('|'.join(wb.sheetnames))") == "Сводка|Диаграммы|Анкеты|Показатели|Мероприятия\n");
  CHECK(openpyxl(out, "print('|'.join(str(c.value) for c in wb['Анкеты'][2]))") ==
        "№|Пара (группа)|ФИО участника|Роль|Форма наставничества|Удовлетворённость (1–10)|Полезность (1–10)\n");
  // the example's first questionnaire: the mentor of pair 1 scored 8 and 8; the pair by number and mentor
  const std::string mentor = openpyxl(out, "print('|'.join(str(c.value) for c in wb['Анкеты'][3]))");
  CHECK_THAT(mentor, Catch::StartsWith("1|№\u00A01, "));
  CHECK_THAT(mentor, Catch::EndsWith("|наставник|учитель\u00A0– ученик|8|8\n"));
  CHECK(openpyxl(out, "print(wb['Анкеты'].max_row)") == std::to_string(2 + p.results->survey.size()) + "\n");

  const std::string growth = openpyxl(out, "print('|'.join(str(c.value) for c in wb['Показатели'][3]))");
  CHECK_THAT(growth, Catch::Contains("|Мотивация к обучению|баллы из 10|5|6|1"));
  const std::string event = openpyxl(
      out, "ws = wb['Мероприятия']; print([ '|'.join(str(c.value) for c in r) for r in ws.iter_rows() if r[0].value == '3.2'][0])");
  CHECK_THAT(event, Catch::Contains("|выполнено с опозданием|2023-11-02 00:00:00|оценка проведена"));

  const std::string summary = openpyxl(out, "print([r[1].value for r in wb['Сводка'].iter_rows() if r[0].value == 'Наставнических групп'][0])");
  CHECK(summary == std::to_string(f.groups) + "\n");
}

TEST_CASE("a programme without results cannot make a monitoring workbook", "[xlsx_monitoring]") {
  TempDir tmp;
  Programme p = example_programme();
  p.results.reset();
  CHECK_THROWS_WITH(write_monitoring_xlsx(p, ReportFigures{}, (tmp.path / "m.xlsx").string()),
                    Catch::Contains("итоги года"));
  CHECK_FALSE(fs::exists(tmp.path / "m.xlsx"));
}
