// A chart described as data: what a document shows (categories, series, target
// line), decided with the document; drawing it is the renderer's business.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

struct ChartSeries {
  std::string name;            // the legend entry («до», «после»); unused with one series
  std::vector<double> values;  // one per category
};

struct ChartSpec {
  enum class Type { Bar, GroupedBar, HorizontalBar };
  Type type = Type::Bar;
  std::string id;     // file stem: «forms» gives forms.png and forms.svg
  std::string title;  // the caption, drawn by the document («Наставнические пары … по формам»)
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;
  std::string value_label;        // the value axis title («%», «пар и групп»); «%» also marks the bar labels
  std::optional<double> target;   // a dashed reference line with «Цель — N %» (or N and the unit)
  std::optional<double> max;      // top of the value axis; from the data when absent
  bool integer_values = false;    // counts: whole-number labels and tick steps
  int decimals = 1;               // bar labels' decimals (the table's figures'); 0 with integer_values
  int label_decimals() const { return integer_values ? 0 : decimals; }
};


// A category label broken onto at most two lines at a space when longer than
// `max_chars` characters, so that no line starts with a dash; "\n" separates lines.
std::string wrap_label(std::string_view text, std::size_t max_chars);

// A chart's value as its bar label: `decimals` decimals with a comma («74,3»,
// «8,38», «3»), with « %» (non-breaking space) for percents.
std::string chart_value_text(double value, int decimals, bool percent);

}  // namespace nastavnik
