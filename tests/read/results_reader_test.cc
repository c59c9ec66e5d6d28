// The year-end section «results»: what is read from the example, and each
// reference or value check with its location.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support/test_support.h"

using namespace nastavnik;

namespace {

Json example() {
  std::ifstream in(std::string(NASTAVNIK_SOURCE_DIR) + "/data/example.json");
  std::stringstream ss;
  ss << in.rdbuf();
  return Json::parse(ss.str());
}

// The messages of diagnostics at pointers starting with `prefix`.
std::string messages_at(const ReadResult& r, const std::string& prefix) {
  std::string out;
  for (const auto& d : r.diagnostics.items())
    if (d.pointer.rfind(prefix, 0) == 0) out += d.pointer + ": " + d.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("the example's year-end data is read into the model", "[results]") {
  ReadResult r = test::read(example().dump());
  REQUIRE(r.programme);
  REQUIRE(r.programme->results);
  const Results& res = *r.programme->results;
  CHECK(res.school.pupils_10_plus == 486);
  CHECK(res.school.young_teachers == 5);
  CHECK(res.events.size() == r.programme->roadmap.events.size());
  CHECK(res.events[0].status == EventOutcome::Status::Done);
  CHECK(res.measures.size() == 5);
  CHECK(res.measures[2].scale == Measure::Scale::YesNo);
  CHECK(res.swot.strengths.size() == 3);
  CHECK(res.best_mentors.front().person == "teacher_math2");
  REQUIRE(res.report_date);
  CHECK(res.report_date->year == 2024);
}

TEST_CASE("year-end records must point at real events, pairs, people and measures", "[results]") {
  Json j = example();
  j["results"]["events"][0]["event"] = "9.9";
  j["results"]["events"][1]["status"] = "сделано";
  j["results"]["events"][2] = {{"event", "1.3"}, {"status", "выполнено с опозданием"}};
  j["results"]["survey"][0]["pair"] = "pair_99";
  j["results"]["survey"][1]["person"] = "orlov_tx";
  j["results"]["survey"][2]["satisfaction"] = 11;
  j["results"]["growth"][0]["measure"] = "iq";
  j["results"]["growth"][2]["before"] = 3;  // «olympiad» is yes/no
  j["results"]["best_mentors"][0]["person"] = "nobody";
  ReadResult r = test::read(j.dump(2));
  CHECK_FALSE(r.programme);
  std::string all = messages_at(r, "/results");
  CHECK_THAT(all, Catch::Contains("/results/events/0/event: в дорожной карте нет мероприятия № 9.9"));
  CHECK_THAT(all, Catch::Contains("/results/events/1/status: «сделано» — недопустимое значение"));
  CHECK_THAT(all, Catch::Contains("/results/events/2: для мероприятия, выполненного с опозданием"));
  CHECK_THAT(all, Catch::Contains("/results/survey/0/pair: нет пары или группы с кодом «pair_99»"));
  CHECK_THAT(all, Catch::Contains("/results/survey/1/person:"));
  CHECK_THAT(all, Catch::Contains("/results/survey/2/satisfaction:"));
  CHECK_THAT(all, Catch::Contains("/results/growth/0/measure: показатель «iq» не описан"));
  CHECK_THAT(all, Catch::Contains("/results/growth/2/before: для показателя «Участие в олимпиадах"));
  CHECK_THAT(all, Catch::Contains("/results/best_mentors/0/person: нет участника с кодом «nobody»"));
}

TEST_CASE("a survey answer from someone outside the pair is refused", "[results]") {
  Json j = example();
  j["results"]["survey"][0]["person"] = "teacher_russian";  // mentor of pair_02, not pair_01
  ReadResult r = test::read(j.dump());
  CHECK_THAT(messages_at(r, "/results/survey/0/person"), Catch::Contains("не входит в пару (группу) «pair_01»"));
}

TEST_CASE("a pupil's signed dissemination consent says how the site may name them", "[results]") {
  Json j = example();
  j["pupils"][0]["dissemination"] = {{"date", "2023-12-14"}, {"name", "short"}, {"class", true}};
  j["pupils"][1]["dissemination"] = {{"date", "2023-12-14"}, {"name", "nickname"}};
  ReadResult r = test::read(j.dump());
  CHECK_THAT(messages_at(r, "/pupils/1/dissemination/name"), Catch::Contains("«nickname» — недопустимое значение"));
  j["pupils"][1].erase("dissemination");
  r = test::read(j.dump());
  REQUIRE(r.programme);
  REQUIRE(r.programme->pupils[0].dissemination);
  CHECK(r.programme->pupils[0].dissemination->name == DisseminationConsent::Name::Short);
  CHECK(r.programme->pupils[0].dissemination->class_name);
  CHECK_FALSE(r.programme->pupils[1].dissemination);
}

TEST_CASE("the curator's questionnaire, the school's conclusions and its measures are read", "[results]") {
  ReadResult r = test::read(example().dump());
  REQUIRE(r.programme);
  const Results& res = *r.programme->results;
  REQUIRE(res.curator_survey.size() == 7);
  CHECK(res.curator_survey[0].score == 9);
  CHECK(res.curator_survey[0].answer.empty());
  CHECK_FALSE(res.curator_survey[5].score);  // an answer in words only
  CHECK_FALSE(res.curator_survey[5].answer.empty());
  CHECK(res.conclusions.size() == 4);
  REQUIRE(res.actions.size() == 5);
  CHECK(res.actions[0].deadline == "до 30.09.2024");
  REQUIRE(res.actions[0].responsible.size() == 2);
  CHECK(res.actions[0].responsible[0].staff_id == "zam_vr");
  CHECK(res.actions[0].responsible[0].position == "заместитель директора по ВР");
  CHECK(res.actions[0].responsible[1].text == "Классные руководители");
}

TEST_CASE("a curator's question needs a score or an answer; a measure's text and staff must be real",
          "[results]") {
  Json j = example();
  j["results"]["curator_survey"][0] = {{"question", "Оцените программу"}};
  j["results"]["curator_survey"][1]["score"] = 11;
  j["results"]["conclusions"][1] = "";
  j["results"]["actions"][0].erase("action");
  j["results"]["actions"][1]["responsible"] = Json::array();
  j["results"]["actions"][2]["responsible"] = {{{"staff", "zam_uvx"}}};
  j["results"]["actions"][3]["when"] = "осенью";
  ReadResult r = test::read(j.dump(2));
  CHECK_FALSE(r.programme);
  const std::string m = messages_at(r, "/results");
  CHECK_THAT(m, Catch::Contains("/results/curator_survey/0: у вопроса анкеты куратора нет ни оценки"));
  CHECK_THAT(m, Catch::Contains("/results/curator_survey/1/score"));
  CHECK_THAT(m, Catch::Contains("/results/conclusions/1: ожидается непустая строка"));
  CHECK_THAT(m, Catch::Contains("/results/actions/0/action"));
  CHECK_THAT(m, Catch::Contains("/results/actions/1/responsible: у меры № 2 не указан ни один ответственный"));
  CHECK_THAT(m, Catch::Contains("/results/actions/2/responsible/0/staff"));
  CHECK_THAT(m, Catch::Contains("/results/actions/3/when"));
}
