// A chart of the final report described as data and drawn by gnuplot (cairo
// terminals): the same picture as PNG for DOCX/PDF and SVG for the HTML page.
// The caption is the document's business, so the image carries no title.
#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tool_runner.h"

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
};

// Draws `spec` into `png` (1600×900, sharp at 16 cm) and `svg` (the same picture)
// with gnuplot; the script and data file are written beside the PNG and removed
// once it succeeds. Throws ToolError (naming gnuplot-nox) when gnuplot is missing,
// fails, hangs or leaves no picture; std::invalid_argument for a spec without
// categories or with a series of the wrong length.
void render_chart(const ChartSpec& spec, const std::filesystem::path& png, const std::filesystem::path& svg,
                  ToolRunner& tools, std::chrono::seconds timeout);

// The gnuplot script render_chart runs for `spec`, reading `data` (tab-separated)
// and writing `png` then `svg`.
std::string chart_script(const ChartSpec& spec, const std::filesystem::path& data, const std::filesystem::path& png,
                         const std::filesystem::path& svg);

// The tab-separated data file of `spec`: per category its position, then per
// series the value and its printed label («8,6», «7,4 %»).
std::string chart_data(const ChartSpec& spec);

// `text` as a double-quoted gnuplot string: backslashes and quotes escaped,
// line breaks as \n, other control characters dropped; UTF-8 kept as it is.
std::string gnuplot_string(std::string_view text);

// A category label broken onto at most two lines at a space when longer than
// `max_chars` characters, so that no line starts with a dash; "\n" separates lines.
std::string wrap_label(std::string_view text, std::size_t max_chars);

// A chart's value as its bar label: whole numbers for counts, otherwise one
// decimal with a comma («74,3»), with « %» (non-breaking space) for percents.
std::string chart_value_text(double value, bool integer, bool percent);

}  // namespace nastavnik
