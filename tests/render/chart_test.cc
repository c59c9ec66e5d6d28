// Charts: the gnuplot script and data a spec becomes (with a fake runner, fast),
// and one real gnuplot run that must leave a PNG and an SVG with Cyrillic text.
#include "render/chart.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_support.h"

using namespace nastavnik;
using nastavnik::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Captures the script gnuplot would run and plays gnuplot's part by writing the
// files the script names (or not, or failing).
struct FakeGnuplot : ToolRunner {
  std::vector<std::string> argv;
  std::string script, data;
  ToolResult::Status status = ToolResult::Status::Ok;
  bool write_outputs = true;
  fs::path png, svg;
  ToolResult run(const std::vector<std::string>& a, std::chrono::seconds) override {
    argv = a;
    script = slurp(a.back());
    data = slurp(fs::path(a.back()).replace_extension(".dat"));
    if (status != ToolResult::Status::Ok) return {status, 1, "gnuplot: line 7: сбой"};
    if (write_outputs) {
      std::ofstream(png) << "png";
      std::ofstream(svg) << "svg";
    }
    return {};
  }
};

ChartSpec forms_spec() {
  ChartSpec c;
  c.type = ChartSpec::Type::GroupedBar;
  c.id = "forms";
  c.title = "Наставнические пары и группы по формам наставничества";
  c.categories = {"учитель – ученик", "работодатель – ученик", "класс \"Б\" \\ «ёлочки»"};
  c.series = {{"пары", {9, 0, 1}}, {"группы", {1, 2, 0}}};
  c.value_label = "количество";
  c.integer_values = true;
  return c;
}

ChartSpec involvement_spec() {
  ChartSpec c;
  c.type = ChartSpec::Type::HorizontalBar;
  c.id = "involvement";
  c.categories = {"Обучающиеся от 10 лет (36 из 486)", "Педагогические работники (14 из 41)"};
  c.series = {{"доля", {7.4074, 34.146}}};
  c.value_label = "%";
  c.target = 70;
  c.max = 100;
  return c;
}

}  // namespace

TEST_CASE("gnuplot strings escape quotes, backslashes and line breaks and keep UTF-8", "[chart]") {
  CHECK(gnuplot_string("класс \"Б\"") == "\"класс \\\"Б\\\"\"");
  CHECK(gnuplot_string("a\\n") == "\"a\\\\n\"");
  CHECK(gnuplot_string("две\nстроки") == "\"две\\nстроки\"");
  CHECK(gnuplot_string("«ёлочки» – тире\t\r") == "\"«ёлочки» – тире\"");
}

TEST_CASE("the data file carries positions, values and printed labels; the script reads it", "[chart]") {
  const ChartSpec spec = involvement_spec();
  CHECK(chart_data(spec) == "0\t7.4074\t7,4\u00A0%\n1\t34.146\t34,1\u00A0%\n");
  const std::string script = chart_script(spec, "/tmp/d i r/it's.dat", "/tmp/a.png", "/tmp/a.svg");
  CHECK_THAT(script, Catch::Contains("'/tmp/d i r/it''s.dat' using"));
  CHECK_THAT(script, Catch::Contains("set output '/tmp/a.png'"));
  CHECK_THAT(script, Catch::Contains("set terminal pngcairo size 1600,600 font \"Liberation Sans,"));
  CHECK_THAT(script, Catch::Contains("set terminal svg size 800,300"));
  CHECK_THAT(script, Catch::Contains("set output '/tmp/a.svg'"));
  CHECK_THAT(script, Catch::Contains("noenhanced"));
  CHECK_THAT(script, Catch::Contains("set decimalsign ','"));
  // the target: a dashed line at 70 on the value axis and its caption
  CHECK_THAT(script, Catch::Contains("set arrow 1 from first 70, graph 0 to first 70, graph 1"));
  CHECK_THAT(script, Catch::Contains("\"Цель — 70\u00A0%\""));
  CHECK_THAT(script, Catch::Contains("set xrange [0:100]"));
  CHECK_THAT(script, Catch::Contains("with boxxyerror"));
  CHECK_THAT(script, Catch::Contains("unset key"));
  // categories in order, the first on top
  const auto pupils = script.find("\"Обучающиеся от 10 лет\\n(36 из 486)\"");
  const auto teachers = script.find("\"Педагогические работники\\n(14 из 41)\"");
  CHECK(pupils < teachers);
  CHECK(teachers != std::string::npos);
  CHECK_THAT(script, Catch::Contains("set yrange [1.5:-0.5]"));
}

TEST_CASE("render_chart runs gnuplot on a script with escaped labels and cleans up after it", "[chart]") {
  TempDir tmp;
  FakeGnuplot gnuplot;
  gnuplot.png = tmp.path / "forms.png";
  gnuplot.svg = tmp.path / "forms.svg";
  render_chart(forms_spec(), gnuplot.png, gnuplot.svg, gnuplot, std::chrono::seconds(30));
  REQUIRE(gnuplot.argv.size() == 2);
  CHECK(gnuplot.argv[0] == "gnuplot");
  CHECK(gnuplot.argv[1] == (tmp.path / "forms.gp").string());
  CHECK_THAT(gnuplot.script, Catch::Contains("\"класс \\\"Б\\\" \\\\ «ёлочки»\" 2"));
  CHECK_THAT(gnuplot.script, Catch::Contains("\"работодатель – ученик\" 1"));
  CHECK_THAT(gnuplot.script, Catch::Contains("title \"пары\""));
  CHECK_THAT(gnuplot.script, Catch::Contains("title \"группы\""));
  CHECK_THAT(gnuplot.script, Catch::Contains("with boxes"));
  CHECK_THAT(gnuplot.script, Catch::Contains("set key outside top center"));
  CHECK(gnuplot.data == "0\t9\t9\t1\t1\n1\t0\t0\t2\t2\n2\t1\t1\t0\t0\n");
  CHECK_FALSE(fs::exists(tmp.path / "forms.gp"));
  CHECK_FALSE(fs::exists(tmp.path / "forms.dat"));
}

TEST_CASE("a failing or missing gnuplot names its package and keeps the script", "[chart]") {
  TempDir tmp;
  FakeGnuplot gnuplot;
  gnuplot.png = tmp.path / "forms.png";
  gnuplot.svg = tmp.path / "forms.svg";
  gnuplot.status = ToolResult::Status::NotFound;
  CHECK_THROWS_WITH(render_chart(forms_spec(), gnuplot.png, gnuplot.svg, gnuplot, std::chrono::seconds(30)),
                    Catch::Contains("gnuplot-nox"));
  gnuplot.status = ToolResult::Status::Failed;
  CHECK_THROWS_WITH(render_chart(forms_spec(), gnuplot.png, gnuplot.svg, gnuplot, std::chrono::seconds(30)),
                    Catch::Contains("сбой"));
  CHECK(fs::exists(tmp.path / "forms.gp"));
  gnuplot.status = ToolResult::Status::Ok;
  gnuplot.write_outputs = false;
  CHECK_THROWS_WITH(render_chart(forms_spec(), gnuplot.png, gnuplot.svg, gnuplot, std::chrono::seconds(30)),
                    Catch::Contains("не создала файл"));
}

TEST_CASE("a series must have a value per category", "[chart]") {
  ChartSpec spec = forms_spec();
  spec.series[1].values.pop_back();
  CHECK_THROWS_AS(chart_data(spec), std::invalid_argument);
}

TEST_CASE("real gnuplot draws a PNG and an SVG with the category labels", "[chart][gnuplot]") {
  TempDir tmp;
  auto runner = make_process_runner();
  ChartSpec crowded = forms_spec();  // seven forms: the category font shrinks
  crowded.id = "crowded";
  crowded.categories = {"учитель – ученик", "ученик – ученик", "студент – ученик", "работодатель – ученик",
                        "традиционная", "реверсивная", "учитель – учитель"};
  crowded.series = {{"пары", {2, 3, 0, 0, 3, 1, 1}}, {"группы", {3, 1, 2, 2, 0, 0, 0}}};
  for (const ChartSpec& spec : {forms_spec(), involvement_spec(), crowded}) {
    const fs::path png = tmp.path / (spec.id + ".png"), svg = tmp.path / (spec.id + ".svg");
    render_chart(spec, png, svg, *runner, std::chrono::seconds(60));
    const std::string bytes = slurp(png);
    REQUIRE(bytes.size() > 10000);
    CHECK(bytes.substr(0, 8) == "\x89PNG\r\n\x1a\n");
    // IHDR: width and height, big-endian, right after the signature and chunk header
    auto be32 = [&](std::size_t at) {
      return (static_cast<unsigned char>(bytes[at]) << 24) | (static_cast<unsigned char>(bytes[at + 1]) << 16) |
             (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
    };
    CHECK(be32(16) == 1600);
    CHECK(be32(20) == 600);
    const std::string text = slurp(svg);
    CHECK_THAT(text, Catch::StartsWith("<?xml"));
    if (spec.id == "forms") {
      CHECK_THAT(text, Catch::Contains("учитель – ученик"));
      CHECK_THAT(text, Catch::Contains("«ёлочки»"));
    } else if (spec.id == "crowded") {
      CHECK_THAT(text, Catch::Contains("традиционная"));
    } else {
      CHECK_THAT(text, Catch::Contains("Цель — 70"));
      CHECK_THAT(text, Catch::Contains("7,4"));
    }
  }
}
