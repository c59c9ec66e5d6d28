#include "lint/lint.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "support/test_support.h"

using namespace nastavnik;
using nastavnik::test::minimal_json;
using nastavnik::test::read;

namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Lint findings of one rule for a data file's text (which must read without errors).
std::vector<Diagnostic> findings(const std::string& text, const std::string& rule) {
  ReadResult r = read(text);
  std::string errors;
  for (const auto& d : r.diagnostics.items()) errors += d.pointer + ": " + d.message + "\n";
  INFO(errors);
  REQUIRE(r.programme);
  std::vector<Diagnostic> out;
  const Diagnostics lint = lint_programme(*r.programme);
  for (const auto& d : lint.items()) {
    CHECK(d.severity == Diagnostic::Severity::Warning);
    if (d.rule == rule) out.push_back(d);
  }
  return out;
}

std::vector<Diagnostic> events_findings(const std::string& events, const std::string& rule) {
  return findings(minimal_json(events), rule);
}

// An event row: number, title, deadline (JSON value) and responsible (JSON array).
std::string ev(const std::string& number, const std::string& title, const std::string& deadline,
               const std::string& responsible = R"(["Методист"])") {
  return R"({"number": ")" + number + R"(", "title": ")" + title + R"(", "deadline": )" + deadline +
         R"(, "responsible": )" + responsible + "}";
}

// Findings of a rule for a plan of one event «1.1» with that deadline and responsible.
std::vector<Diagnostic> one_event(const std::string& deadline, const std::string& rule,
                                  const std::string& responsible = R"(["Методист"])") {
  return events_findings("[" + ev("1.1", "А", deadline, responsible) + "]", rule);
}

bool mentions(const Diagnostic& d, const std::string& s) { return d.message.find(s) != std::string::npos; }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  return text.replace(text.find(from), from.size(), to);
}

}  // namespace

TEST_CASE("rule table: unique ids, every dependency names a rule and known classes", "[lint]") {
  std::set<std::string> ids, classes;
  for (const auto& r : lint_rules()) {
    CHECK(ids.insert(r.id).second);
    CHECK_FALSE(r.name.empty());
    CHECK_FALSE(r.example.empty());
    CHECK(r.check != nullptr);
  }
  for (const auto& c : event_classes()) classes.insert(c.id);
  for (const auto& d : event_dependencies()) {
    CHECK(ids.count(d.rule));
    CHECK(classes.count(d.later));
    CHECK(classes.count(d.earlier));
  }
}

TEST_CASE("a lint finding prints its rule id; other diagnostics print as before", "[lint]") {
  Diagnostic d{Diagnostic::Severity::Warning, "/roadmap/events/3/deadline", 12, 7, "текст", ""};
  CHECK(format_diagnostic("a.json", d) == "a.json:12:7: предупреждение: /roadmap/events/3/deadline: текст");
  d.rule = "L004";
  CHECK(format_diagnostic("a.json", d) == "a.json:12:7: предупреждение [L004]: /roadmap/events/3/deadline: текст");
}

TEST_CASE("L001: a document dated in another year", "[lint]") {
  CHECK(findings(minimal_json(), "L001").empty());
  const std::string old_protocol = replaced(minimal_json(), "2023-08-30", "2022-08-30");
  auto f = findings(replaced(old_protocol, "\"executor\"", "\"consents_date\": \"2021-09-01\", \"executor\""), "L001");
  REQUIRE(f.size() == 2);
  CHECK(f[0].pointer == "/roadmap/approvals/0/protocol/date");
  CHECK(mentions(f[0], "дата грифа (30.08.2022)"));
  CHECK(f[1].pointer == "/consents_date");
  CHECK(mentions(f[1], "дата выдачи согласий (01.09.2021)"));
}

TEST_CASE("L002: another academic year or last year's date in text", "[lint]") {
  CHECK(events_findings("[" + ev("1.1", "Отчёт за 2023 - 2024 учебный год (распоряжение от 25.12.2019 № Р-145)", "\"май\"") + "]",
                        "L002").empty());
  auto f = events_findings("[" + ev("1.1", "Работа в 2022 - 2023 учебном году, до 15.05.2023", "\"май\"") + "]", "L002");
  REQUIRE(f.size() == 1);
  CHECK(f[0].pointer == "/roadmap/events/0/title");
  CHECK(mentions(f[0], "«2022 - 2023»"));
  CHECK(mentions(f[0], "«15.05.2023»"));
  CHECK(mentions(f[0], "мероприятия «1.1»"));
}

TEST_CASE("L003: pairs fixed before the base of mentees is formed", "[lint]") {
  const std::string base = ev("2.1", "Формирование базы наставляемых", "\"февраль\"");
  CHECK(events_findings("[" + base + "," + ev("5.1", "Закрепление пар приказом", "\"март\"") + "]", "L003").empty());
  auto f = events_findings("[" + base + "," + ev("5.1", "Закрепление пар приказом", "\"декабрь\"") + "]", "L003");
  REQUIRE(f.size() == 1);
  CHECK(f[0].pointer == "/roadmap/events/1/deadline");
  CHECK(mentions(f[0], "«5.1»"));
  CHECK(mentions(f[0], "«2.1»"));
}

TEST_CASE("L004: pair meetings before the pairs are fixed", "[lint]") {
  const std::string fix = ev("5.1", "Закрепление пар/групп распоряжением руководителя", "\"декабрь\"");
  CHECK(events_findings("[" + fix + "," + ev("6.1", "Первая встреча наставника и наставляемого", "\"январь\"") + "]",
                        "L004").empty());
  auto f = events_findings("[" + fix + "," + ev("6.1", "Первая встреча наставника и наставляемого", "\"октябрь\"") + "]",
                           "L004");
  REQUIRE(f.size() == 1);
  CHECK(mentions(f[0], "«6.1»"));
  CHECK(mentions(f[0], "«5.1»"));
}

TEST_CASE("L005: mentor training before mentor selection", "[lint]") {
  const std::string pick = ev("4.1", "Собеседование с наставниками", "\"октябрь\"");
  const std::string prep = ev("4.3", "Поиск экспертов и материалов для проведения обучения наставников", "\"сентябрь\"");
  CHECK(events_findings("[" + pick + "," + prep + "," + ev("4.2", "Обучение наставников", "\"ноябрь\"") + "]", "L005")
            .empty());
  auto f = events_findings("[" + pick + "," + ev("4.2", "Обучение наставников", "\"сентябрь\"") + "]", "L005");
  REQUIRE(f.size() == 1);
  CHECK(mentions(f[0], "«4.2»"));
}

TEST_CASE("L006: final events before the pairs' work", "[lint]") {
  const std::string work = ev("6.1", "Регулярные встречи", R"({"months": ["октябрь", "май"]})");
  CHECK(events_findings("[" + work + "," + ev("7.1", "Подведение итогов", "\"июнь\"") + "]", "L006").empty());
  auto f = events_findings("[" + work + "," + ev("7.1", "Подведение итогов", "\"сентябрь\"") + "]", "L006");
  REQUIRE(f.size() == 1);
  CHECK(mentions(f[0], "«7.1»"));
}

TEST_CASE("L007: approval dated before the agreement", "[lint]") {
  CHECK(findings(minimal_json(), "L007").empty());
  auto f = findings(replaced(minimal_json(), "\"date\": \"2023-08-31\"", "\"date\": \"2023-08-29\""), "L007");
  REQUIRE(f.size() == 1);
  CHECK(f[0].pointer == "/roadmap/approvals/1");
  CHECK(mentions(f[0], "29.08.2023"));
}

TEST_CASE("L008: a stage begins before the stage it follows", "[lint]") {
  const std::string three = ev("3.1", "Анкетирование наставников", "\"октябрь\"");
  // The bases of mentees and mentors are formed side by side: stage 3 may precede stage 2.
  CHECK(events_findings("[" + ev("2.1", "Анкеты", "\"ноябрь\"") + "," + three + "," +
                            ev("4.1", "Отбор", "\"ноябрь\"") + "]",
                        "L008")
            .empty());
  auto f = events_findings("[" + three + "," + ev("4.1", "Отбор", "\"сентябрь\"") + "," +
                               ev("4.2", "Беседа", "\"сентябрь\"") + "]",
                           "L008");
  REQUIRE(f.size() == 1);
  CHECK(f[0].pointer == "/roadmap/events/1/deadline");
  CHECK(mentions(f[0], "этап 4 начинается раньше этапа 3"));
  CHECK(mentions(f[0], "«4.1», «4.2»"));
}

TEST_CASE("L009: an event without a deadline", "[lint]") {
  CHECK(one_event("\"в течение года\"", "L009").empty());
  auto f = one_event("\"—\"", "L009");
  REQUIRE(f.size() == 1);
  CHECK(mentions(f[0], "нет срока"));
  CHECK(one_event("\"—\"", "L012").empty());  // one finding, not two
}

TEST_CASE("L010: an event without a responsible person", "[lint]") {
  CHECK(one_event("\"май\"", "L010", R"(["Методист"])").empty());
  auto f = one_event("\"май\"", "L010", R"(["-"])");
  REQUIRE(f.size() == 1);
  CHECK(f[0].pointer == "/roadmap/events/0/responsible");
}

TEST_CASE("L011: a responsible name that is no staff member", "[lint]") {
  CHECK(one_event("\"май\"", "L011", R"(["Педагог-психолог", "Кузнецова А.А.", "А.А. Кузнецова"])").empty());
  auto f = one_event("\"май\"", "L011", R"(["Зам. директора Кузнецва А.А.", "Сидоров Семён Семёнович"])");
  REQUIRE(f.size() == 2);
  CHECK(f[0].pointer == "/roadmap/events/0/responsible/0");
  CHECK(mentions(f[0], "«Кузнецва А.А.»"));
  CHECK(mentions(f[0], "«Кузнецова Анна Андреевна»"));
  CHECK(mentions(f[0], "\"deputy\""));
  CHECK(mentions(f[1], "«Сидоров Семён Семёнович»"));
  CHECK_FALSE(mentions(f[1], "возможно"));
}

TEST_CASE("L012: a deadline phrase that could not be read", "[lint]") {
  CHECK(one_event("\"Ежегодно в мае\"", "L012").empty());
  auto f = one_event("\"когда-нибудь потом\"", "L012");
  REQUIRE(f.size() == 1);
  CHECK(mentions(f[0], "«когда-нибудь потом»"));
}

TEST_CASE("L009/L010: a cell the import found empty («[заполните: …]»)", "[lint]") {
  auto f = one_event("\"[заполните: срок]\"", "L009");
  REQUIRE(f.size() == 1);
  CHECK(mentions(f[0], "ячейка пуста"));
  CHECK(one_event("\"[заполните: срок]\"", "L012").empty());  // one finding, not two
  CHECK(one_event("\"май\"", "L010", R"(["[заполните: ответственные]"])").size() == 1);
}

TEST_CASE("L012: one finding per distinct phrase, naming every event", "[lint]") {
  auto f = events_findings("[" + ev("1.1", "А", "\"по мере комплектования групп\"") + ", " +
                               ev("1.2", "Б", "\"по мере комплектования групп\"") + "]",
                           "L012");
  REQUIRE(f.size() == 1);
  CHECK(mentions(f[0], "мероприятий «1.1», «1.2»"));
}

TEST_CASE("L014: a gap in the numbering inside a stage", "[lint]") {
  CHECK(events_findings("[" + ev("5.1", "А", "\"май\"") + ", " + ev("5.2", "Б", "\"май\"") + ", " +
                            ev("6.1", "В", "\"май\"") + ", " + ev("6.1.1", "Г", "\"май\"") + "]",
                        "L014")
            .empty());
  auto f = events_findings("[" + ev("5.1", "А", "\"май\"") + ", " + ev("5.3", "Б", "\"май\"") + "]", "L014");
  REQUIRE(f.size() == 1);
  CHECK(f[0].pointer == "/roadmap/events/1/number");
  CHECK(mentions(f[0], "нет номера «5.2»"));
}

TEST_CASE("L015: the same number twice (lint of a file with errors)", "[lint]") {
  Programme p;
  p.roadmap.events = {Event{}, Event{}, Event{}};
  p.roadmap.events[0].number = "3.4";
  p.roadmap.events[1].number = "3.5";
  p.roadmap.events[2].number = "3.4";
  p.roadmap.events[2].pointer = "/roadmap/events/2";
  const LintRule* rule = nullptr;
  for (const auto& r : lint_rules())
    if (r.id == "L015") rule = &r;
  REQUIRE(rule);
  Diagnostics out;
  rule->check(p, *rule, out);
  REQUIRE(out.items().size() == 1);
  CHECK(out.items()[0].pointer == "/roadmap/events/2/number");
  p.roadmap.events[2].number = "3.6";
  Diagnostics none;
  rule->check(p, *rule, none);
  CHECK(none.items().empty());
}

TEST_CASE("L016: a document approved before it is agreed, matched by the document's name", "[lint]") {
  const std::string approve = ev("1.1", "Утверждение дорожной карты", "\"до 15.09.2023\"");
  auto f = events_findings("[" + approve + ", " + ev("1.2", "Согласование дорожной карты на педсовете", "\"октябрь\"") + "]",
                           "L016");
  REQUIRE(f.size() == 1);
  CHECK(f[0].pointer == "/roadmap/events/0/deadline");
  CHECK(mentions(f[0], "«1.1» (утверждение документа"));
  // Two documents named in one title: still one finding for the event.
  CHECK(events_findings("[" + ev("1.1", "Утверждение программы и плана наставничества", "\"до 15.09.2023\"") + ", " +
                            ev("1.2", "Согласование программы и плана наставничества", "\"октябрь\"") + "]",
                        "L016")
            .size() == 1);
  // Another document's agreement, or the agreement first: nothing to report.
  CHECK(events_findings("[" + approve + ", " + ev("1.2", "Согласование положения о наставничестве", "\"октябрь\"") + "]",
                        "L016")
            .empty());
  CHECK(events_findings("[" + ev("1.1", "Обсуждение дорожной карты", "\"до 10.09.2023\"") + ", " +
                            ev("1.2", "Утверждение дорожной карты", "\"октябрь\"") + "]",
                        "L016")
            .empty());
}

// The minimal plan with an order «1.1», a monitoring event «7.1» in May, the roadmap
// order dated `order_date` and the monitoring dates given.
std::string dated_plan(const std::string& order_date, const std::string& monitoring_dates) {
  std::string t = minimal_json("[" + ev("1.1", "Издание приказа о внедрении целевой модели", R"({"until": "2023-09-01"})") +
                               ", " + ev("7.1", "Проведение мониторинга качества программы", R"({"month": "май"})") + "]");
  return replaced(t, "\"staff\"", R"("curator": "deputy", "monitoring_dates": )" + monitoring_dates +
                                       R"(, "orders": {"roadmap": {"number": 45, "date": ")" + order_date +
                                       R"(", "signer": "director"}}, "staff")");
}

TEST_CASE("L013: the orders and monitoring dates against the events about them", "[lint]") {
  CHECK(findings(dated_plan("2023-08-31", R"(["2024-05-27"])"), "L013").empty());
  auto order = findings(dated_plan("2023-09-04", R"(["2024-05-27"])"), "L013");
  REQUIRE(order.size() == 1);
  CHECK(order[0].pointer == "/orders/roadmap/date");
  CHECK(mentions(order[0], "датирован 04.09.2023"));
  CHECK(mentions(order[0], "«1.1» (до 01.09.2023)"));
  auto monitoring = findings(dated_plan("2023-08-31", R"(["2023-12-22", "2024-05-27"])"), "L013");
  REQUIRE(monitoring.size() == 1);
  CHECK(monitoring[0].pointer == "/monitoring_dates/0");
  CHECK(mentions(monitoring[0], "первого этапа мониторинга (22.12.2023)"));
  CHECK(mentions(monitoring[0], "«7.1» (май 2024 г.)"));
}

TEST_CASE("seed 000: stage 4 before stage 3 and pair meetings before the pairs are fixed", "[lint]") {
  const std::string seed = file_text(std::string(TESTS_DIR) + "/fixtures/seed000.json");
  auto order = findings(seed, "L008");
  auto four = std::find_if(order.begin(), order.end(), [](const Diagnostic& d) { return mentions(d, "этап 4"); });
  REQUIRE(four != order.end());
  CHECK(mentions(*four, "«4.1», «4.2», «4.3»"));
  CHECK(mentions(*four, "«3.1»"));
  auto meetings = findings(seed, "L004");
  REQUIRE(meetings.size() >= 2);
  CHECK(mentions(meetings[0], "«6.1»"));
  CHECK(mentions(meetings[0], "«5.4»"));
  CHECK(mentions(meetings[0], "декабрь 2023"));
  CHECK(mentions(meetings[1], "«6.2»"));
}

namespace {

// The minimal file with `root` (JSON members and a trailing comma) put at its top.
std::string with_root(const std::string& root, const std::string& events = "") {
  std::string t = minimal_json(events);
  return t.insert(t.find("\"staff\""), root);
}

const std::string kConsentEvents = "[" + ev("2.1", "Сбор согласий на обработку персональных данных",
                                             R"({"from": "2023-09-11", "to": "2023-09-22"})") + "]";

}  // namespace

TEST_CASE("L020: consents dated after the roadmap event that collects them", "[lint]") {
  auto late = findings(with_root(R"("consents_date": "2023-12-11",)", kConsentEvents), "L020");
  REQUIRE(late.size() == 1);
  CHECK(late[0].pointer == "/consents_date");
  CHECK(mentions(late[0], "22.09.2023"));
  CHECK(findings(with_root(R"("consents_date": "2023-09-11",)", kConsentEvents), "L020").empty());
}

TEST_CASE("L021: data sent to a regional base while the consents name no recipient", "[lint]") {
  const std::string events =
      "[" + ev("7.7", "Внесение данных в региональную базу наставников", R"("май 2024")") + "]";
  auto found = findings(minimal_json(events), "L021");
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/roadmap/events/0/title");
  CHECK(findings(with_root(R"("data_recipients": ["министерство образования края"],)", events), "L021").empty());
}

TEST_CASE("L022: the report's approval dated before the report", "[lint]") {
  auto report = [](const std::string& date) {
    return with_root(R"("results": {"school": {"pupils_10_plus": 100, "teachers": 10}, "report_date": ")" + date +
                     R"(", "approvals": [{"kind": "agreed", "body": "педагогического совета",
                     "protocol": {"number": "12", "date": "2024-08-29"}}]},)");
  };
  auto early = findings(report("2024-08-30"), "L022");
  REQUIRE(early.size() == 1);
  CHECK(mentions(early[0], "29.08.2024"));
  CHECK(findings(report("2024-08-28"), "L022").empty());
}

TEST_CASE("L023: a teachers' pair in a pupil-model form beside teacher-model pairs", "[lint]") {
  auto pairs = [](const std::string& second_form) {
    std::string t = with_root(R"("curator": "deputy", "pairs": [
      {"id": "a", "form": "традиционная", "mentor": "director", "mentees": ["deputy"],
       "from": "2023-09-18", "to": "2024-05-31"},
      {"id": "b", "form": ")" + second_form + R"(", "mentor": "deputy", "mentees": ["director"],
       "from": "2023-09-18", "to": "2024-05-31"}],)");
    t = replaced(t, R"("position": "директор")", R"("position": "директор", "mentoring_consent": {"date": "2023-09-01"})");
    return replaced(t, R"("position": "заместитель директора по УВР")",
                    R"("position": "заместитель директора по УВР", "mentoring_consent": {"date": "2023-09-01"})");
  };
  auto mixed = findings(pairs("учитель – учитель"), "L023");
  REQUIRE(mixed.size() == 1);
  CHECK(mixed[0].pointer == "/pairs/1/form");
  CHECK(findings(pairs("реверсивная"), "L023").empty());
}

TEST_CASE("the example school lints clean", "[lint]") {
  ReadResult r = read(file_text(std::string(NASTAVNIK_SOURCE_DIR) + "/data/example.json"));
  REQUIRE(r.programme);
  std::string all;
  const Diagnostics lint = lint_programme(*r.programme);
  for (const auto& d : lint.items()) all += d.rule + " " + d.pointer + ": " + d.message + "\n";
  INFO(all);
  CHECK(all.empty());
}

TEST_CASE("README documents every rule by id and name", "[lint]") {
  const std::string readme = file_text(std::string(NASTAVNIK_SOURCE_DIR) + "/README.md");
  for (const auto& r : lint_rules()) CHECK(readme.find("| `" + r.id + "` | **" + r.name + "**") != std::string::npos);
}
