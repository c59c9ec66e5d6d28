// Compiled forms: shapes of contexts, marker contexts, and substitution into a
// rendered form's word/document.xml.
#include "render/batch_render.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace nastavnik;
using namespace nastavnik::batch_detail;

TEST_CASE("contexts of one shape differ only in their non-empty strings", "[batch_render]") {
  const Json a = {{"name", "Иванов"}, {"child", {{"class", "5А"}}}, {"n", 3}, {"list", {"x", "y"}}, {"f", false}};
  const Json b = {{"name", "Петров"}, {"child", {{"class", "11Б"}}}, {"n", 3}, {"list", {"p", "q"}}, {"f", false}};
  const Shape sa = context_shape(a), sb = context_shape(b);
  CHECK(sa.key == sb.key);
  CHECK(sa.regular);
  // Leaves in key order: child.class, list[0], list[1], name.
  CHECK(sa.leaves == std::vector<std::string>{"5А", "x", "y", "Иванов"});
  CHECK(sb.leaves == std::vector<std::string>{"11Б", "p", "q", "Петров"});

  auto differs = [&](Json c) { return context_shape(c).key != sa.key; };
  Json c = a;
  c["n"] = 4;  // numbers print as written
  CHECK(differs(c));
  c = a, c["f"] = true;  // booleans switch sections
  CHECK(differs(c));
  c = a, c["f"] = nullptr;  // null is false to kainjow, but a different value
  CHECK(differs(c));
  c = a, c["list"] = {"x"};  // array lengths repeat sections
  CHECK(differs(c));
  c = a, c["name"] = "";  // pandoc drops what is left empty
  CHECK(differs(c));
  CHECK(context_shape(c).leaves.size() == 3);
  c = a, c["extra"] = "e";
  CHECK(differs(c));
}

TEST_CASE("values pandoc would change make the item irregular", "[batch_render]") {
  for (const char* v : {" lead", "trail ", "two  spaces", "line\nbreak", "tab\there", "метка ⟦1⟧"}) {
    CAPTURE(v);
    CHECK_FALSE(context_shape(Json{{"v", v}}).regular);
  }
  for (const char* v : {"<script>alert(1)</script>", "&amp;", "]]>", "a\u00a0b", "'\"", "один пробел"}) {
    CAPTURE(v);
    CHECK(context_shape(Json{{"v", v}}).regular);
  }
}

TEST_CASE("a marker context numbers the leaves as context_shape does", "[batch_render]") {
  const Json ctx = {{"b", {"x", "", "y"}}, {"a", "first"}, {"c", {{"d", "z"}, {"n", 1}}}};
  const Json m = marker_context(ctx);
  CHECK(m["a"] == marker(0));
  CHECK(m["b"] == Json{marker(1), "", marker(2)});
  CHECK(m["c"]["d"] == marker(3));
  CHECK(m["c"]["n"] == 1);
  CHECK(context_shape(ctx).leaves == std::vector<std::string>{"first", "x", "y", "z"});
}

TEST_CASE("substitution escapes values and runs in one pass", "[batch_render]") {
  const std::string xml = "<w:t>Я, " + marker(0) + ", " + marker(1) + marker(2) + " и снова " + marker(0) + "</w:t>";
  CompiledForm form;
  std::vector<size_t> counts;
  REQUIRE(compile_form(xml, 3, form, counts));
  CHECK(counts == std::vector<size_t>{2, 1, 1});
  const std::string out = fill_form(form, {"<script>&amp;", "]]>'\"", marker(1) + "\nx"});
  CHECK(out == "<w:t>Я, &lt;script&gt;&amp;amp;, ]]&gt;&apos;&quot;⟦1⟧ x и снова &lt;script&gt;&amp;amp;</w:t>");

  // Markers pandoc cut in two, or unknown ones, are refused.
  CHECK_FALSE(compile_form("<w:t>⟦1</w:t><w:t>⟧</w:t>", 3, form, counts));
  CHECK_FALSE(compile_form("<w:t>⟦7⟧</w:t>", 3, form, counts));
  CHECK_FALSE(compile_form("<w:t>⟦⟧</w:t>", 3, form, counts));
  REQUIRE(compile_form("<w:t>без меток</w:t>", 3, form, counts));
  CHECK(fill_form(form, {"a", "b", "c"}) == "<w:t>без меток</w:t>");
}
