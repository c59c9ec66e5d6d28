// The monitoring workbook written from the example data, read back as a user's
// spreadsheet program would: its sheets, raw rows and native chart parts.
#include "xlsx_monitoring.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "staging.h"
#include "test_support.h"

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

// What the workbook needs of the figures, counted by hand from the example so this
// test does not depend on the report's own arithmetic.
ReportFigures hand_figures(const Programme& p) {
  ReportFigures f;
  for (const Pair& pair : p.pairs) {
    auto it = std::find_if(f.forms.begin(), f.forms.end(), [&](const FormFigures& x) { return x.form == pair.form; });
    if (it == f.forms.end()) it = f.forms.insert(f.forms.end(), FormFigures{pair.form});
    (pair.is_group() ? it->groups : it->pairs)++;
    (pair.is_group() ? f.groups : f.pairs)++;
  }
  f.pupils = {36, p.results->school.pupils_10_plus};
  f.teachers = {14, p.results->school.teachers};
  for (const SurveyAnswer& a : p.results->survey) {
    ++f.answers;
    ++f.satisfaction_counts[a.satisfaction - 1];
    ++f.usefulness_counts[a.usefulness - 1];
  }
  for (const Measure& m : p.results->measures) {
    MeasureFigures mf{&m, 0, 0, 0};
    for (const GrowthRecord& g : p.results->growth) {
      if (g.measure != m.id) continue;
      ++mf.people;
      mf.before += g.before;
      mf.after += g.after;
    }
    const double scale = m.scale == Measure::Scale::YesNo ? 100.0 : 1.0;
    if (mf.people > 0) {
      mf.before = mf.before * scale / mf.people;
      mf.after = mf.after * scale / mf.people;
    }
    f.measures.push_back(mf);
  }
  for (const Event& e : p.roadmap.events) {
    EventFigures ef{&e, std::nullopt, nullptr};
    for (const EventOutcome& o : p.results->events)
      if (o.event == e.number) ef = {&e, o.status, &o};
    f.events.push_back(ef);
  }
  return f;
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
  write_monitoring_xlsx(p, hand_figures(p), out.string());
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
  // the example's first questionnaire: the mentor of pair_01 scored 8 and 8
  const std::string mentor = openpyxl(out, "print('|'.join(str(c.value) for c in wb['Анкеты'][3]))");
  CHECK_THAT(mentor, Catch::StartsWith("1|pair_01|"));
  CHECK_THAT(mentor, Catch::EndsWith("|наставник|учитель – ученик|8|8\n"));
  CHECK(openpyxl(out, "print(wb['Анкеты'].max_row)") == std::to_string(2 + p.results->survey.size()) + "\n");

  const std::string growth = openpyxl(out, "print('|'.join(str(c.value) for c in wb['Показатели'][3]))");
  CHECK_THAT(growth, Catch::Contains("|Мотивация к обучению|баллы из 10|5|6|1"));
  const std::string event = openpyxl(
      out, "ws = wb['Мероприятия']; print([ '|'.join(str(c.value) for c in r) for r in ws.iter_rows() if r[0].value == '3.2'][0])");
  CHECK_THAT(event, Catch::Contains("|выполнено с опозданием|2023-11-02 00:00:00|оценка проведена"));

  const std::string summary = openpyxl(out, "print([r[1].value for r in wb['Сводка'].iter_rows() if r[0].value == 'Наставнических групп'][0])");
  CHECK(summary == std::to_string(hand_figures(p).groups) + "\n");
}

TEST_CASE("a programme without results cannot make a monitoring workbook", "[xlsx_monitoring]") {
  TempDir tmp;
  Programme p = example_programme();
  p.results.reset();
  CHECK_THROWS_WITH(write_monitoring_xlsx(p, ReportFigures{}, (tmp.path / "m.xlsx").string()),
                    Catch::Contains("итоги года"));
  CHECK_FALSE(fs::exists(tmp.path / "m.xlsx"));
}
