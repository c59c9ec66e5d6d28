#include "render/templates.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("every value is HTML-escaped, so user text never becomes markup") {
  TemplateSet t(std::string(NASTAVNIK_SOURCE_DIR) + "/templates");
  Json ctx = {{"v", "<script>alert(1)</script> **ж** ___ | &amp; «ёлочки»"}};
  std::string out = t.render_text("<p>{{v}}</p>", ctx);
  CHECK(out == "<p>&lt;script&gt;alert(1)&lt;/script&gt; **ж** ___ | &amp;amp; «ёлочки»</p>");
}

TEST_CASE("partials from templates/partials are available to every template") {
  TemplateSet t(std::string(NASTAVNIK_SOURCE_DIR) + "/templates");
  std::string out = t.render_text("{{> executor_mark}}", {{"executor", "Исп. Кузнецова"}});
  CHECK(out.find("custom-style=\"Executor\"") != std::string::npos);
  CHECK(out.find("Исп. Кузнецова") != std::string::npos);
  CHECK(t.render_text("{{> executor_mark}}", {{"executor", nullptr}}).find("Executor") == std::string::npos);
}

TEST_CASE("a missing template is an installation fault with its path") {
  TemplateSet t(std::string(NASTAVNIK_SOURCE_DIR) + "/templates");
  CHECK_THROWS_WITH(t.render("no-such-kind", Json::object()), Catch::Contains("no-such-kind.html.mustache"));
}
