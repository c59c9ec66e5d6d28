// Figures in a template context: base64 for the HTML page's data URIs, and the
// image source put on every figure wherever the context nests it.
#include "render/figures.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace nastavnik;

TEST_CASE("base64 matches the RFC 4648 test vectors", "[figures]") {
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foob") == "Zm9vYg==");
  CHECK(base64("fooba") == "Zm9vYmE=");
  CHECK(base64("foobar") == "Zm9vYmFy");
}

TEST_CASE("base64 keeps every byte, the high ones too", "[figures]") {
  CHECK(base64(std::string("\xff\xfe\xfd", 3)) == "//79");
  CHECK(base64(std::string("\0\0\0", 3)) == "AAAA");
  CHECK(base64(std::string("\x89PNG", 4)) == "iVBORw==");
  CHECK(base64("Рис") == "0KDQuNGB");  // UTF-8 Cyrillic, as in an SVG's labels
}

namespace {

std::vector<DrawnChart> charts() {
  return {{"forms", "/tmp/charts/forms.png", "data:image/svg+xml;base64,Zm9ybXM="},
          {"involvement", "/tmp/charts/involvement.png", "data:image/svg+xml;base64,aW52"}};
}

Json context() {
  return Json::parse(R"({
    "title": "Отчёт",
    "figures_forms": [{"chart_id": "forms", "number": 1, "caption": "Пары"}],
    "section": {"inner": {"list": [{"text": "без рисунка"}, {"chart_id": "involvement", "number": 2}]}},
    "count": 3
  })");
}

}  // namespace

TEST_CASE("every figure, however deep, gets the PNG for DOCX and PDF", "[figures]") {
  Json ctx = context();
  set_figure_sources(ctx, charts(), false);
  CHECK(ctx["figures_forms"][0]["src"] == "/tmp/charts/forms.png");
  CHECK(ctx["section"]["inner"]["list"][1]["src"] == "/tmp/charts/involvement.png");
  CHECK_FALSE(ctx["section"]["inner"]["list"][0].contains("src"));  // not a figure
  CHECK(ctx["figures_forms"][0]["caption"] == "Пары");
  CHECK(ctx["figures_forms"][0]["html"] == false);  // pandoc's captioned image, not the page's <figure>
  CHECK(ctx["count"] == 3);
  CHECK_FALSE(ctx.contains("src"));
}

TEST_CASE("for the HTML page every figure gets its SVG data URI", "[figures]") {
  Json ctx = context();
  set_figure_sources(ctx, charts(), true);
  CHECK(ctx["figures_forms"][0]["src"] == "data:image/svg+xml;base64,Zm9ybXM=");
  CHECK(ctx["section"]["inner"]["list"][1]["src"] == "data:image/svg+xml;base64,aW52");
  CHECK(ctx["figures_forms"][0]["html"] == true);
}

TEST_CASE("a figure whose chart was not drawn is a programming error", "[figures]") {
  Json ctx = context();
  ctx["section"]["inner"]["list"].push_back({{"chart_id", "satisfaction"}});
  CHECK_THROWS_AS(set_figure_sources(ctx, charts(), false), std::logic_error);
  Json alone = {{"chart_id", "forms"}};
  CHECK_THROWS_AS(set_figure_sources(alone, {}, true), std::logic_error);
  Json no_figures = {{"a", Json::array({1, "x"})}};
  CHECK_NOTHROW(set_figure_sources(no_figures, {}, true));
}
