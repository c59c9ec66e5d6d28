// The report's charts as specs: which views appear, in which order, with what data.
#include "documents/report/report_charts.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

namespace {

Measure measure(std::string id, std::string name, std::string unit, Measure::Scale scale) {
  Measure m;
  m.id = std::move(id);
  m.name = std::move(name);
  m.unit = std::move(unit);
  m.scale = scale;
  return m;
}

const ChartSpec* find(const std::vector<ChartSpec>& charts, const std::string& id) {
  for (const ChartSpec& c : charts)
    if (c.id == id) return &c;
  return nullptr;
}

std::vector<std::string> ids(const std::vector<ChartSpec>& charts) {
  std::vector<std::string> out;
  for (const ChartSpec& c : charts) out.push_back(c.id);
  return out;
}

}  // namespace

TEST_CASE("figures without pairs, totals, answers or measures give no charts", "[report_charts]") {
  ReportFigures f;
  f.forms = {{"учитель – ученик", 0, 0, 0, 0}};
  CHECK(report_charts(f).empty());
}

TEST_CASE("every view with data becomes a chart, in the report's order", "[report_charts]") {
  const Measure motivation = measure("m", "Мотивация к обучению", "баллы из 10", Measure::Scale::Number);
  const Measure mark = measure("a", "Средний балл успеваемости", "балл", Measure::Scale::Number);
  const Measure olympiad = measure("o", "Участие в олимпиадах и конкурсах", "", Measure::Scale::YesNo);
  const Measure adaptation = measure("d", "Адаптация в коллективе и профессии", "баллы из 10", Measure::Scale::Number);
  const Measure nobody = measure("n", "Без записей", "", Measure::Scale::YesNo);

  ReportFigures f;
  f.forms = {{"учитель – ученик", 4, 2, 6, 10}, {"ученик – ученик", 3, 1, 4, 5}, {"реверсивная", 0, 0, 0, 0},
             {"традиционная", 3, 0, 3, 3}};
  f.pairs = 10;
  f.groups = 3;
  f.pupils = {36, 486};
  f.teachers = {14, 41};
  f.young_teachers = Share{3, 5};
  f.answers = 4;
  f.satisfaction_counts[7] = 1;
  f.satisfaction_counts[9] = 3;
  f.usefulness_counts[8] = 4;
  f.measures = {{&motivation, 20, 5.5, 7.1}, {&olympiad, 20, 20, 45}, {&mark, 20, 3.6, 3.8},
                {&nobody, 0, 0, 0}, {&adaptation, 5, 6, 8}};

  const std::vector<ChartSpec> charts = report_charts(f);
  CHECK(ids(charts) == std::vector<std::string>{"forms", "involvement", "satisfaction", "measures_share",
                                                "measures_values_1", "measures_values_2"});
  for (const ChartSpec& c : charts) {
    CHECK_FALSE(c.title.empty());
    CHECK(c.title.find("Рисунок") == std::string::npos);
    for (const ChartSeries& s : c.series) CHECK(s.values.size() == c.categories.size());
  }

  const ChartSpec& forms = *find(charts, "forms");
  CHECK(forms.title == "Наставнические пары и группы по формам наставничества");
  CHECK(forms.categories == std::vector<std::string>{"учитель – ученик", "ученик – ученик", "традиционная"});
  REQUIRE(forms.series.size() == 2);
  CHECK(forms.series[0].name == "пары");
  CHECK(forms.series[0].values == std::vector<double>{4, 3, 3});
  CHECK(forms.series[1].values == std::vector<double>{2, 1, 0});
  CHECK(forms.integer_values);

  const ChartSpec& involvement = *find(charts, "involvement");
  REQUIRE(involvement.target);
  CHECK(*involvement.target == 70);
  CHECK(involvement.value_label == "%");
  REQUIRE(involvement.categories.size() == 3);
  CHECK(involvement.categories[0] == "Обучающиеся от 10 лет (36 из 486)");
  CHECK(involvement.categories[2] == "Молодые специалисты (3 из 5)");
  CHECK(involvement.series[0].values[0] == Approx(7.4));

  const ChartSpec& satisfaction = *find(charts, "satisfaction");
  CHECK(satisfaction.categories.front() == "1");
  CHECK(satisfaction.categories.back() == "10");
  CHECK(satisfaction.series[0].values[9] == 3);
  CHECK(satisfaction.series[1].values[8] == 4);

  const ChartSpec& shares = *find(charts, "measures_share");
  CHECK(shares.categories == std::vector<std::string>{"Участие в олимпиадах и конкурсах"});
  CHECK(shares.series[0].name == "до");
  CHECK(shares.series[1].name == "после");
  CHECK(shares.series[1].values[0] == 45);
  CHECK(shares.max == 100.0);

  // numeric measures: one chart per unit, in the order units first appear
  const ChartSpec& points = *find(charts, "measures_values_1");
  CHECK(points.value_label == "баллы из 10");
  CHECK(points.categories == std::vector<std::string>{"Мотивация к обучению", "Адаптация в коллективе и профессии"});
  CHECK(points.series[0].values == std::vector<double>{5.5, 6});
  CHECK(points.max == 10.0);  // «баллы из 10»: the axis ends at the scale's top
  // Bar labels print the report table's figures: 0,01 for averages, 0,1 for shares in percent.
  CHECK(points.label_decimals() == 2);
  CHECK(shares.label_decimals() == 1);
  CHECK(forms.label_decimals() == 0);
  CHECK(find(charts, "measures_values_2")->categories == std::vector<std::string>{"Средний балл успеваемости"});
  CHECK_FALSE(find(charts, "measures_values_2")->max);  // «балл» names no top
}

TEST_CASE("a programme without groups draws pairs alone; shares without a school total are left out",
          "[report_charts]") {
  ReportFigures f;
  f.forms = {{"учитель – ученик", 2, 0, 2, 2}};
  f.pupils = {5, 0};
  f.teachers = {2, 10};
  const std::vector<ChartSpec> charts = report_charts(f);
  REQUIRE(charts.size() == 2);
  CHECK(charts[0].type == ChartSpec::Type::Bar);
  CHECK(charts[0].series.size() == 1);
  CHECK(charts[1].categories == std::vector<std::string>{"Педагогические работники (2 из 10)"});
}
