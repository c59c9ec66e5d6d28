#include "render/chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "language/text_util.h"
#include "system/staging.h"

namespace nastavnik {
namespace {

namespace fs = std::filesystem;
using Type = ChartSpec::Type;

// Muted colours of a printed report: one accent for the series that matters
// (the last one: «после», «полезность»), greys for the others, black for lines.
constexpr const char* kAccent = "#3E5C76";
constexpr const char* kGreys[] = {"#A6A6A6", "#7F7F7F", "#595959", "#BFBFBF"};
constexpr const char* kGrid = "#D9D9D9";
constexpr const char* kFont = "Liberation Sans";

// 1600 px across 16 cm is 254 dpi; 26 pt text there prints at about 9 pt. The
// picture is 6 cm tall: with its caption under a third of the page, so a figure
// that does not fit and moves to the next page leaves no page mostly empty.
constexpr int kPngWidth = 1600, kPngHeight = 600, kPngFont = 26;
constexpr int kSvgWidth = 800, kSvgHeight = 300, kSvgFont = 13;
// Characters of that font across the plot area, for wrapping category labels,
// and the longest line a label may have anyway.
constexpr double kPlotChars = 80;
constexpr double kMaxLabelChars = 30;
constexpr std::size_t kHorizontalLabelChars = 28;
// Fewer categories are drawn in this many slots, so one or two bars stay bar-shaped.
constexpr double kMinSlots = 3;

// Letters, not bytes: what a label's width is counted in.
std::size_t code_points(std::string_view text) { return decode_utf8(text).size(); }

bool is_percent(const ChartSpec& spec) { return spec.value_label == "%"; }

// A gnuplot single-quoted string (file paths): only the quote itself is special.
std::string quoted_path(const fs::path& p) {
  std::string out = "'";
  for (char c : p.string()) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

std::string number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string series_colour(std::size_t s, std::size_t count) {
  if (s + 1 == count) return kAccent;
  return kGreys[s % std::size(kGreys)];
}

double max_value(const ChartSpec& spec) {
  double m = 0;
  for (const ChartSeries& s : spec.series)
    for (double v : s.values) m = std::max(m, v);
  return m;
}

// A round tick step giving about five ticks up to `top`.
double nice_step(double top, bool integer) {
  if (top <= 0) return 1;
  const double raw = top / 5;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10 * magnitude;
  for (double m : {1.0, 2.0, 5.0}) {
    if (m * magnitude >= raw) {
      step = m * magnitude;
      break;
    }
  }
  return integer ? std::max(1.0, std::round(step)) : step;
}

struct Axis {
  double top, step;
};

// The value axis: the spec's maximum, or room above the tallest bar for its label.
Axis value_axis(const ChartSpec& spec) {
  if (spec.max) return {*spec.max, nice_step(*spec.max, spec.integer_values)};
  double needed = max_value(spec) * (spec.type == Type::HorizontalBar ? 1.2 : 1.15);
  if (spec.target) needed = std::max(needed, *spec.target * 1.1);
  if (needed <= 0) needed = 1;
  const double step = nice_step(needed, spec.integer_values);
  return {std::ceil(needed / step - 1e-9) * step, step};
}

std::string target_text(const ChartSpec& spec) {
  const double t = *spec.target;
  const bool whole = std::abs(t - std::round(t)) < 1e-9;
  std::string text = "Цель — " + chart_value_text(t, whole ? 0 : 1, is_percent(spec));
  if (!is_percent(spec) && !spec.value_label.empty()) text += " " + spec.value_label;
  return text;
}

// Category labels, wrapped for the room each one has.
double slot_chars(const ChartSpec& spec) {
  return kPlotChars / std::max(kMinSlots, static_cast<double>(spec.categories.size()));
}

std::vector<std::string> category_labels(const ChartSpec& spec) {
  std::size_t limit = kHorizontalLabelChars;
  if (spec.type != Type::HorizontalBar)
    limit = static_cast<std::size_t>(std::clamp(slot_chars(spec) - 2, 8.0, kMaxLabelChars));
  std::vector<std::string> out;
  for (const std::string& c : spec.categories) out.push_back(wrap_label(c, limit));
  return out;
}

// The category font relative to the chart's: smaller when a word longer than its
// slot cannot be wrapped («традиционная» among seven forms).
double category_font_scale(const ChartSpec& spec, const std::vector<std::string>& labels) {
  if (spec.type == Type::HorizontalBar) return 1;
  std::size_t longest = 0;
  for (const std::string& l : labels) {
    std::size_t start = 0;
    while (start <= l.size()) {
      const std::size_t end = std::min(l.find('\n', start), l.size());
      longest = std::max(longest, code_points(std::string_view(l).substr(start, end - start)));
      start = end + 1;
    }
  }
  const double room = slot_chars(spec) * 0.9;
  return longest > room ? std::max(0.6, room / static_cast<double>(longest)) : 1;
}

int max_lines(const std::vector<std::string>& labels) {
  int lines = 1;
  for (const std::string& l : labels)
    lines = std::max(lines, 1 + static_cast<int>(std::count(l.begin(), l.end(), '\n')));
  return lines;
}

// Offsets of each series' bars from the category position, and their thickness.
struct Bars {
  double width;
  std::vector<double> offsets;
};

Bars bar_layout(std::size_t series) {
  const double slot = series == 1 ? 0.6 : 0.8;
  const double w = slot / static_cast<double>(series);
  Bars b{w * 0.92, {}};
  for (std::size_t s = 0; s < series; ++s)
    b.offsets.push_back((static_cast<double>(s) - (static_cast<double>(series) - 1) / 2) * w);
  return b;
}

void validate(const ChartSpec& spec) {
  if (spec.categories.empty() || spec.series.empty())
    throw std::invalid_argument("диаграмма " + spec.id + ": нет категорий или рядов данных");
  for (const ChartSeries& s : spec.series)
    if (s.values.size() != spec.categories.size())
      throw std::invalid_argument("диаграмма " + spec.id + ": в ряду «" + s.name + "» " +
                                  std::to_string(s.values.size()) + " значений на " +
                                  std::to_string(spec.categories.size()) + " категорий");
}

bool nonempty_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec) && fs::file_size(p, ec) > 0 && !ec;
}

}  // namespace

std::string chart_data(const ChartSpec& spec) {
  validate(spec);
  std::string out;
  for (std::size_t i = 0; i < spec.categories.size(); ++i) {
    out += std::to_string(i);
    for (const ChartSeries& s : spec.series) {
      out += "\t" + number(s.values[i]);
      out += "\t" + chart_value_text(s.values[i], spec.label_decimals(), is_percent(spec));
    }
    out += "\n";
  }
  return out;
}

std::string chart_script(const ChartSpec& spec, const fs::path& data, const fs::path& png, const fs::path& svg) {
  validate(spec);
  const bool horizontal = spec.type == Type::HorizontalBar;
  const std::vector<std::string> labels = category_labels(spec);
  const std::size_t n = spec.categories.size();
  const Axis axis = value_axis(spec);
  const bool legend = spec.series.size() > 1;
  const char cat = horizontal ? 'y' : 'x';
  const char val = horizontal ? 'x' : 'y';
  const double tic_scale = category_font_scale(spec, labels);
  auto tic_font = [&](int size) {
    std::ostringstream t;
    if (tic_scale < 1) t << "set " << cat << "tics font \"," << number(std::round(size * tic_scale)) << "\"\n";
    return t.str();
  };

  std::ostringstream g;
  g << "# nastavnik: chart " << spec.id << "\n"
    << "set encoding utf8\n"
    << "set datafile separator \"\\t\"\n"
    << "set decimalsign ','\n"
    << "set terminal pngcairo size " << kPngWidth << "," << kPngHeight << " font \"" << kFont << ","
    << kPngFont << "\" noenhanced linewidth 2 background rgb \"#FFFFFF\"\n"
    << "set output " << quoted_path(png) << "\n"
    << "set border 3 lc rgb \"#000000\"\n"
    << "set tics nomirror out scale 0.6 textcolor rgb \"#000000\"\n"
    << "set " << cat << "tics scale 0\n"
    << "set style fill solid 1.0 noborder\n"
    << "set grid " << val << "tics back lt 1 lc rgb \"" << kGrid << "\" lw 1\n";

  g << "set " << cat << "tics (";
  for (std::size_t i = 0; i < n; ++i) g << (i ? ", " : "") << gnuplot_string(labels[i]) << " " << i;
  g << ")\n";
  if (horizontal) {
    g << "set yrange [" << number(n - 0.5) << ":-0.5]\n";  // the first category on top
  } else {
    const double pad = std::max(0.0, (kMinSlots - static_cast<double>(n)) / 2);
    g << "set xrange [" << number(-0.5 - pad) << ":" << number(n - 0.5 + pad) << "]\n" << tic_font(kPngFont);
  }
  g << "set " << val << "range [0:" << number(axis.top) << "]\n"
    << "set " << val << "tics 0," << number(axis.step) << "\n"
    << "set format " << val << " \"" << (axis.step == std::floor(axis.step) ? "%.0f" : "%.1f") << "\"\n";

  if (!spec.value_label.empty()) {
    if (horizontal) {
      g << "set xlabel " << gnuplot_string(spec.value_label) << "\n";
    } else if (code_points(spec.value_label) <= 3) {
      g << "set ylabel " << gnuplot_string(spec.value_label) << " norotate offset 1,0\n";
    } else {
      g << "set ylabel " << gnuplot_string(spec.value_label) << "\n";
    }
  }

  const int label_lines = max_lines(labels);
  double top_margin = legend ? 3 : 1.5;
  if (spec.target && horizontal) top_margin = std::max(top_margin, 2.8);
  g << "set tmargin " << number(top_margin) << "\n";
  if (!horizontal) g << "set bmargin " << number(label_lines + 1.5) << "\n";
  if (spec.target && !horizontal) g << "set rmargin " << number(code_points(target_text(spec)) + 2.0) << "\n";

  if (legend) {
    g << "set key outside top center horizontal reverse Left samplen 1.5 width 1.5 "
         "textcolor rgb \"#000000\"\n";
  } else {
    g << "unset key\n";
  }

  if (spec.target) {
    const std::string t = number(*spec.target);
    const std::string line = " nohead back dt (10,8) lw 1.5 lc rgb \"#000000\"\n";
    if (horizontal) {
      g << "set arrow 1 from first " << t << ", graph 0 to first " << t << ", graph 1" << line
        << "set label 1 " << gnuplot_string(target_text(spec)) << " at first " << t
        << ", graph 1 center offset 0,0.9 front\n";
    } else {
      g << "set arrow 1 from graph 0, first " << t << " to graph 1, first " << t << line
        << "set label 1 " << gnuplot_string(target_text(spec)) << " at graph 1, first " << t
        << " left offset 0.8,0 front\n";
    }
  }

  const Bars bars = bar_layout(spec.series.size());
  const std::string file = quoted_path(data);
  g << "plot ";
  for (std::size_t s = 0; s < spec.series.size(); ++s) {
    const std::size_t v = 2 + 2 * s, l = v + 1;
    const std::string pos = "($1" + std::string(bars.offsets[s] < 0 ? "" : "+") + number(bars.offsets[s]) + ")";
    const std::string colour = "lc rgb \"" + series_colour(s, spec.series.size()) + "\"";
    const std::string title = legend ? "title " + gnuplot_string(spec.series[s].name) : "notitle";
    const std::string vs = std::to_string(v), ls = std::to_string(l);
    g << (s ? ", \\\n     " : "") << (s ? "''" : file) << " using ";
    if (horizontal) {
      const std::string half = number(bars.width / 2);
      g << "($" << vs << "/2):" << pos << ":(0):" << vs << ":(" << pos << "-" << half << "):(" << pos << "+"
        << half << ") with boxxyerror " << colour << " " << title;
      // A long bar carries its label inside, in white, clear of the target line.
      const std::string inside = "($" + vs + ">=" + number(axis.top * 0.45) + ")";
      g << ", \\\n     '' using (" << inside << " ? NaN : $" << vs << "):" << pos << ":" << ls
        << " with labels left offset 0.5,0 textcolor rgb \"#000000\" notitle"
        << ", \\\n     '' using (" << inside << " ? $" << vs << " : NaN):" << pos << ":" << ls
        << " with labels right offset -0.5,0 textcolor rgb \"#FFFFFF\" notitle";
    } else {
      // Counts of zero get no label: the missing bar says it, and rows of «0» are noise.
      const std::string label = spec.integer_values ? "($" + vs + "==0 ? \"\" : strcol(" + ls + "))" : ls;
      g << pos << ":" << vs << ":(" << number(bars.width) << ") with boxes " << colour << " " << title
        << ", \\\n     '' using " << pos << ":" << vs << ":" << label
        << " with labels center offset 0,0.7 textcolor rgb \"#000000\" notitle";
    }
  }
  g << "\n"
    << "set terminal svg size " << kSvgWidth << "," << kSvgHeight << " font \"" << kFont << "," << kSvgFont
    << "\" noenhanced linewidth 1 background rgb \"#FFFFFF\"\n"
    << tic_font(kSvgFont)
    << "set output " << quoted_path(svg) << "\n"
    << "replot\n"
    << "unset output\n";
  return g.str();
}

void render_chart(const ChartSpec& spec, const fs::path& png, const fs::path& svg, ToolRunner& tools,
                  std::chrono::seconds timeout) {
  const fs::path png_abs = fs::absolute(png), svg_abs = fs::absolute(svg);
  const fs::path folder = png_abs.parent_path();
  const fs::path data = folder / (png_abs.stem().string() + ".dat");
  const fs::path script = folder / (png_abs.stem().string() + ".gp");
  write_file(data, chart_data(spec));
  write_file(script, chart_script(spec, data, png_abs, svg_abs));
  // A picture left from an earlier run must not pass for this one.
  std::error_code ec;
  fs::remove(png_abs, ec);
  fs::remove(svg_abs, ec);

  require_success(tools.run({"gnuplot", script.string()}, timeout), "gnuplot", "gnuplot-nox", timeout);
  for (const fs::path& out : {png_abs, svg_abs})
    if (!nonempty_file(out))
      throw ToolError("программа gnuplot (пакет gnuplot-nox) не создала файл " + out.string() +
                      " по сценарию " + script.string());
  fs::remove(script, ec);
  fs::remove(data, ec);
}

std::string gnuplot_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || u == 0x7F) {
      // tabs, carriage returns and other controls would break the script's lines
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace nastavnik
