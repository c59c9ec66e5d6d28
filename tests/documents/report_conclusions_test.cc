// The report's conclusions: a sentence per target with its figures, the school's
// own paragraphs and measures as the data gives them, the curator's questionnaire
// summarised — and nothing where the data is silent.
#include "documents/report/report_conclusions.h"

#include <catch2/catch.hpp>

#include "support/example_programme.h"

using namespace nastavnik;

TEST_CASE("each target is said met or missed, with its figures and the people still missing",
          "[report_conclusions]") {
  ReportFigures f;
  f.pupils = {30, 486};
  f.teachers = {31, 41};
  f.young_teachers = Share{3, 5};
  const std::vector<std::string> s = target_sentences(f);
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Вовлечённость обучающихся в возрасте от 10 лет — 6,2\u00a0% (30 из 486) при целевом показателе не "
                "менее 70\u00a0%: показатель не достигнут, недостаёт 311 обучающихся.");
  CHECK(s[1] == "Вовлечённость педагогических работников — 75,6\u00a0% (31 из 41) при целевом показателе не менее "
                "70\u00a0%: показатель достигнут.");
  CHECK(s[2] == "Вовлечённость молодых специалистов — 60,0\u00a0% (3 из 5) при целевом показателе не менее 70\u00a0%: "
                "показатель не достигнут, недостаёт 1 молодого специалиста.");
  f.young_teachers.reset();  // the school gave no number of young specialists: no sentence about them
  CHECK(target_sentences(f).size() == 2);
}

TEST_CASE("the school's conclusions and measures are printed as written, a missing cell as a dash",
          "[report_conclusions]") {
  Programme p = test::example_programme([](Json& j) {
    j["results"]["actions"][4].erase("deadline");
    j["results"]["actions"][4].erase("responsible");
  });
  const Json c = conclusions_section(p, compute_report_figures(p));
  CHECK(c["title"] == "Выводы и меры по итогам года");
  CHECK(c["targets"].size() == 3);
  REQUIRE(c["school"].size() == 4);
  CHECK(c["school"][0].get<std::string>().rfind("Целевой показатель вовлечённости не достигнут", 0) == 0);
  REQUIRE(c["actions"].size() == 5);
  CHECK(c["actions"][0]["number"] == 1);
  CHECK(c["actions"][0]["deadline"] == "до 30.09.2024");
  CHECK(c["actions"][0]["responsible"] == Json::array({"Заместитель директора по ВР Гусев\u00a0А.Н.", "Классные руководители"}));
  CHECK(c["actions"][4]["deadline"] == "—");
  CHECK(c["actions"][4]["responsible"] == Json::array({"—"}));
}

TEST_CASE("without conclusions and measures the section holds the figures only", "[report_conclusions]") {
  Programme p = test::example_programme([](Json& j) {
    j["results"].erase("conclusions");
    j["results"].erase("actions");
    j["results"].erase("curator_survey");
  });
  const Json c = conclusions_section(p, compute_report_figures(p));
  CHECK(c["title"] == "Выводы");
  CHECK(c["targets"].size() == 3);
  CHECK_FALSE(c["has_school"].get<bool>());
  CHECK_FALSE(c["has_actions"].get<bool>());
  CHECK(curator_survey_section(p).is_null());
}

TEST_CASE("the curator's questionnaire: its average, its weakest questions, words where there is no score",
          "[report_conclusions]") {
  Programme p = test::example_programme();
  const Json s = curator_survey_section(p);
  CHECK(s["text"] == "В анкете 7 вопросов; оценка по шкале от 1 до 10 дана на 5 из них. Средняя оценка — 7,2 из 10, "
                     "самая низкая (5 из 10) — по вопросу «Насколько полно обучающиеся, педагоги и родители были "
                     "информированы о программе?».");
  REQUIRE(s["rows"].size() == 7);
  CHECK(s["rows"][0]["score"] == "9");
  CHECK(s["rows"][0]["answer"] == "—");
  CHECK(s["rows"][5]["score"] == "—");

  p.results->curator_survey[1].score = 5;  // a tie: both questions named
  CHECK_THAT(curator_survey_section(p)["text"].get<std::string>(),
             Catch::Contains("самая низкая (5 из 10) — по вопросам «Насколько регулярно") &&
                 Catch::Contains("» и «Насколько полно"));
  for (CuratorAnswer& a : p.results->curator_survey) a.score.reset();
  CHECK(curator_survey_section(p)["text"] == "В анкете 7 вопросов; ответы на них даны словами.");
}
