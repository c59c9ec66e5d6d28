#include "documents/report/report_charts.h"

#include <stdexcept>
#include <string>

namespace nastavnik {
namespace {

using Type = ChartSpec::Type;

ChartSpec make_spec(Type type, std::string id, std::string title, std::string value_label) {
  ChartSpec c;
  c.type = type;
  c.id = std::move(id);
  c.title = std::move(title);
  c.value_label = std::move(value_label);
  return c;
}

std::optional<ChartSpec> forms_chart(const ReportFigures& f) {
  ChartSpec c = make_spec(Type::GroupedBar, "forms", "Наставнические пары и группы по формам наставничества",
                          "количество");
  c.integer_values = true;
  ChartSeries pairs{"пары", {}}, groups{"группы", {}};
  int pair_total = 0, group_total = 0;
  for (const FormFigures& form : f.forms) {
    if (form.pairs + form.groups == 0) continue;
    c.categories.push_back(form.form);
    pairs.values.push_back(form.pairs);
    groups.values.push_back(form.groups);
    pair_total += form.pairs;
    group_total += form.groups;
  }
  if (c.categories.empty()) return std::nullopt;
  // A kind the programme does not have would only add a row of zeros.
  if (pair_total > 0) c.series.push_back(std::move(pairs));
  if (group_total > 0) c.series.push_back(std::move(groups));
  if (c.series.size() == 1) c.type = Type::Bar;
  return c;
}

std::optional<ChartSpec> involvement_chart(const ReportFigures& f) {
  ChartSpec c = make_spec(Type::HorizontalBar, "involvement",
                          "Вовлечённость в программу наставничества в сравнении с целевым показателем", "%");
  c.target = Share::kTargetPercent;
  c.max = 100;
  ChartSeries share{"доля вовлечённых", {}};
  auto add = [&](const std::string& who, const Share& s) {
    if (s.whole <= 0) return;  // without the school's total there is no share to draw
    c.categories.push_back(who + " (" + std::to_string(s.part) + " из " + std::to_string(s.whole) + ")");
    share.values.push_back(s.percent());
  };
  add("Обучающиеся от 10 лет", f.pupils);
  add("Педагогические работники", f.teachers);
  if (f.young_teachers) add("Молодые специалисты", *f.young_teachers);
  if (c.categories.empty()) return std::nullopt;
  c.series.push_back(std::move(share));
  return c;
}

std::optional<ChartSpec> satisfaction_chart(const ReportFigures& f) {
  if (f.answers <= 0) return std::nullopt;
  ChartSpec c = make_spec(
      Type::GroupedBar, "satisfaction",
      "Распределение оценок участников по шкале от 1 до 10: удовлетворённость и полезность программы",
      "число ответов");
  c.integer_values = true;
  ChartSeries satisfaction{"удовлетворённость", {}}, usefulness{"полезность", {}};
  for (std::size_t k = 0; k < f.satisfaction_counts.size(); ++k) {
    c.categories.push_back(std::to_string(k + 1));
    satisfaction.values.push_back(f.satisfaction_counts[k]);
    usefulness.values.push_back(f.usefulness_counts[k]);
  }
  c.series = {std::move(satisfaction), std::move(usefulness)};
  return c;
}

ChartSpec before_after(std::string id, std::string title, std::string value_label) {
  ChartSpec c = make_spec(Type::GroupedBar, std::move(id), std::move(title), std::move(value_label));
  c.series = {{"до", {}}, {"после", {}}};
  return c;
}

void add_measure(ChartSpec& c, const MeasureFigures& m) {
  c.decimals = m.decimals();  // the same figure as the report's table
  c.categories.push_back(m.measure->name);
  c.series[0].values.push_back(m.before);
  c.series[1].values.push_back(m.after);
}

// Yes/no measures share one chart in percent; numeric ones get a chart per unit,
// since «баллы из 10» and a school mark on one axis would mislead.
std::vector<ChartSpec> measure_charts(const ReportFigures& f) {
  ChartSpec shares = before_after("measures_share",
                                  "Результаты участников до и после программы: доля участников,\u00a0%", "%");
  shares.max = 100;
  std::vector<ChartSpec> numeric;
  std::vector<std::string> units;
  for (const MeasureFigures& m : f.measures) {
    if (!m.measure || m.people <= 0) continue;
    if (m.measure->scale == Measure::Scale::YesNo) {
      add_measure(shares, m);
      continue;
    }
    std::size_t i = 0;
    while (i < units.size() && units[i] != m.measure->unit) ++i;
    if (i == units.size()) {
      const std::string& unit = m.measure->unit;
      units.push_back(unit);
      numeric.push_back(before_after("measures_values_" + std::to_string(i + 1),
                                     "Результаты участников до и после программы: средние значения" +
                                         (unit.empty() ? std::string() : " (" + unit + ")"),
                                     unit.empty() ? "среднее значение" : unit));
      // A scale that names its top («баллы из 10») ends the axis there, not at a round number above it.
      const std::string of = "из ";
      if (auto at = unit.find(of); at != std::string::npos) {
        try {
          numeric.back().max = std::stod(unit.substr(at + of.size()));
        } catch (const std::exception&) {
        }
      }
    }
    add_measure(numeric[i], m);
  }
  std::vector<ChartSpec> out;
  if (!shares.categories.empty()) out.push_back(std::move(shares));
  for (ChartSpec& c : numeric) out.push_back(std::move(c));
  return out;
}

}  // namespace

std::vector<ChartSpec> report_charts(const ReportFigures& f) {
  std::vector<ChartSpec> out;
  for (auto c : {forms_chart(f), involvement_chart(f), satisfaction_chart(f)})
    if (c) out.push_back(std::move(*c));
  for (ChartSpec& c : measure_charts(f)) out.push_back(std::move(c));
  return out;
}

}  // namespace nastavnik
