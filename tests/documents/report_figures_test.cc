// The report's figures on a small programme built by hand, where every count
// can be followed person by person, and the Russian number formats.
#include "documents/report/report_figures.h"

#include <catch2/catch.hpp>

#include "model/model.h"

using namespace nastavnik;

namespace {

// The people and pairs name only the fields the figures read; the rest stay default.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

StaffMember staff(const std::string& id, bool young = false) {
  return {.id = id, .full_name = "Петров Пётр Петрович", .position = "учитель", .young_specialist = young};
}

Pupil pupil(const std::string& id, std::optional<Date> birth) {
  return {.id = id, .full_name = "Орлов Тимофей Алексеевич", .class_name = "5А", .birth_date = birth};
}

Pair pair(const std::string& form, const std::string& mentor, std::vector<std::string> mentees) {
  return {.form = form, .mentor = mentor, .mentees = std::move(mentees)};
}

// Staff s1 (young specialist), s2, s3 (not in the programme); pupils p1 (exactly 10
// on the first day), p2 (one day short of 10), p3 (no birth date), p4 (15, mentor and
// mentee), p5 (not in the programme); o1 a student.
Programme small_programme() {
  Programme p;
  p.period_from = {2023, 9, 1};
  p.period_to = {2024, 8, 31};
  p.staff = {staff("s1", true), staff("s2"), staff("s3")};
  p.pupils = {pupil("p1", Date{2013, 9, 1}), pupil("p2", Date{2013, 9, 2}), pupil("p3", std::nullopt),
              pupil("p4", Date{2008, 1, 1}), pupil("p5", Date{2010, 5, 5})};
  OtherPerson o;
  o.id = "o1";
  o.full_name = "Лисицына Дарья Олеговна";
  p.others = {o};
  p.pairs = {pair("учитель – ученик", "s1", {"p1", "p2"}),  // a group
             pair("учитель – ученик", "s1", {"p3"}),
             pair("ученик – ученик", "p4", {"p1"}),  // p1 again: counted once
             pair("учитель – учитель", "s2", {"s1"}),  // s1 is a mentor and a mentee
             pair("студент – ученик", "o1", {"p3", "p4"})};
  for (const char* n : {"1.1", "1.2", "2.1", "2.2", "3.1"}) {
    Event e;
    e.number = n;
    e.title = "Мероприятие";
    p.roadmap.events.push_back(e);
  }
  Results r;
  r.school = {7, 3, 1};
  using S = EventOutcome::Status;
  r.events = {{"1.1", S::Done, {}, "", ""},
              {"1.2", S::Late, Date{2023, 11, 2}, "", ""},
              {"2.1", S::Moved, {}, "", ""},
              {"3.1", S::Cancelled, {}, "", ""},
              {"9.9", S::Done, {}, "", ""}};  // not in the roadmap: ignored
  r.survey = {{"", "s1", 10, 9, ""}, {"", "p1", 7, 8, ""}, {"", "p2", 0, 5, ""}, {"", "p3", 8, 11, ""}};
  Measure m1;
  m1.id = "m1";
  m1.name = "Мотивация";
  Measure m2 = m1;
  m2.id = "m2";
  m2.scale = Measure::Scale::YesNo;
  Measure m3 = m1;
  m3.id = "m3";
  r.measures = {m1, m2, m3};
  r.growth = {{"p1", "m1", 5, 8, ""}, {"p3", "m1", 6, 6, ""},
              {"p1", "m2", 0, 1, ""}, {"p3", "m2", 0, 1, ""}, {"p4", "m2", 1, 1, ""}};
  p.results = r;
  return p;
}

}  // namespace

TEST_CASE("participants are counted once whatever their roles", "[report_figures]") {
  const Programme p = small_programme();
  const ReportFigures f = compute_report_figures(p);
  CHECK(f.participants == 7);  // s1 s2 p1 p2 p3 p4 o1
  CHECK(f.mentors == 4);       // s1 p4 s2 o1
  CHECK(f.mentees == 5);       // p1 p2 p3 s1 p4
  CHECK(f.mentors_staff == 2);
  CHECK(f.mentors_pupils == 1);
  CHECK(f.mentors_others == 1);
  CHECK(f.mentees_pupils == 4);
  CHECK(f.mentees_staff == 1);
}

TEST_CASE("pairs have one mentee, groups several, per form in the forms' order", "[report_figures]") {
  const ReportFigures f = compute_report_figures(small_programme());
  CHECK(f.pairs == 3);
  CHECK(f.groups == 2);
  REQUIRE(f.forms.size() == 4);
  CHECK(f.forms[0].form == "ученик – ученик");
  CHECK(f.forms[1].form == "учитель – ученик");
  CHECK(f.forms[1].pairs == 1);
  CHECK(f.forms[1].groups == 1);
  CHECK(f.forms[1].mentors == 1);
  CHECK(f.forms[1].mentees == 3);
  CHECK(f.forms[2].form == "студент – ученик");
  CHECK(f.forms[2].groups == 1);
  CHECK(f.forms[3].form == "учитель – учитель");
  CHECK(f.forms[3].pairs == 1);
}

TEST_CASE("involvement counts pupils aged 10 on the first day and those without a birth date",
          "[report_figures]") {
  const ReportFigures f = compute_report_figures(small_programme());
  CHECK(f.pupils.part == 3);  // p1 (10 that day), p3 (no date), p4; not p2, not p5
  CHECK(f.pupils.whole == 7);
  CHECK(f.pupils.percent() == 42.9);
  CHECK(f.teachers.part == 2);
  CHECK(f.teachers.percent() == 66.7);
  CHECK_FALSE(f.teachers.meets_target());
  REQUIRE(f.young_teachers);
  CHECK(f.young_teachers->part == 1);
  CHECK(f.young_teachers->meets_target());

  Programme no_young = small_programme();
  no_young.results->school.young_teachers.reset();
  CHECK_FALSE(compute_report_figures(no_young).young_teachers);
  no_young.results->school.young_teachers = 0;
  CHECK_FALSE(compute_report_figures(no_young).young_teachers);
}

TEST_CASE("every roadmap event has an outcome or «нет сведений»; on time is done of all", "[report_figures]") {
  const ReportFigures f = compute_report_figures(small_programme());
  REQUIRE(f.events.size() == 5);
  CHECK(f.events_done == 1);
  CHECK(f.events_late == 1);
  CHECK(f.events_moved == 1);
  CHECK(f.events_cancelled == 1);
  CHECK(f.events_unknown == 1);
  CHECK_FALSE(f.events[3].status);  // 2.2 has no record
  CHECK(f.events[3].outcome == nullptr);
  REQUIRE(f.events[1].outcome);
  CHECK(f.events[1].outcome->date == Date{2023, 11, 2});
  CHECK(f.on_time.part == 1);
  CHECK(f.on_time.whole == 5);
  CHECK(f.on_time.percent() == 20.0);
}

TEST_CASE("a person answering about two pairs is one respondent with two questionnaires", "[report_figures]") {
  Programme p = small_programme();
  p.results->survey.push_back({"", "s1", 9, 9, ""});
  const ReportFigures f = compute_report_figures(p);
  CHECK(f.answers == 3);
  CHECK(f.respondents == 2);
}

TEST_CASE("the survey skips answers off the 1–10 scale", "[report_figures]") {
  const ReportFigures f = compute_report_figures(small_programme());
  CHECK(f.answers == 2);
  CHECK(f.respondents == 2);
  CHECK(f.satisfaction == 8.5);
  CHECK(f.usefulness == 8.5);
  CHECK(f.satisfaction_counts[9] == 1);
  CHECK(f.satisfaction_counts[6] == 1);
  CHECK(f.usefulness_counts[8] == 1);
  CHECK(f.usefulness_counts[7] == 1);
  int total = 0;
  for (int n : f.satisfaction_counts) total += n;
  CHECK(total == 2);

  Programme none = small_programme();
  none.results->survey.clear();
  const ReportFigures g = compute_report_figures(none);
  CHECK(g.answers == 0);
  CHECK(g.satisfaction == 0);
}

TEST_CASE("measures average over the people with records; yes/no as the percent of «да»", "[report_figures]") {
  const ReportFigures f = compute_report_figures(small_programme());
  REQUIRE(f.measures.size() == 3);
  CHECK(f.measures[0].people == 2);
  CHECK(f.measures[0].before == 5.5);
  CHECK(f.measures[0].after == 7.0);
  CHECK(f.measures[0].change() == 1.5);
  CHECK(f.measures[1].people == 3);
  CHECK(f.measures[1].before == 33.3);  // 33,333…: rounded once, here, for every print
  CHECK(f.measures[1].after == 100.0);
  CHECK(f.measures[2].people == 0);  // no records: shown, with zeros
  CHECK(f.measures[2].before == 0);
}

TEST_CASE("a measure's averages are rounded once, to the decimals every print uses", "[report_figures]") {
  Programme p = small_programme();
  // Scores 8, 8, 9 average 8,333…, marks 3, 4, 4 → 3,666…: a table and its chart print 8,33 and 3,67.
  p.results->growth = {{"p1", "m1", 8, 9, ""}, {"p3", "m1", 8, 8, ""}, {"p4", "m1", 9, 8, ""}};
  const ReportFigures f = compute_report_figures(p);
  CHECK(f.measures[0].decimals() == 2);
  CHECK(f.measures[0].before == 8.33);
  CHECK(f.measures[0].after == 8.33);
  CHECK(f.measures[1].decimals() == 1);  // a yes/no measure is a share in percent
}

TEST_CASE("without results there are no figures", "[report_figures]") {
  Programme p = small_programme();
  p.results.reset();
  const ReportFigures f = compute_report_figures(p);
  CHECK(f.participants == 0);
  CHECK(f.events.empty());
  CHECK(f.forms.empty());
}

TEST_CASE("numbers are written with a decimal comma and a non-breaking space before %", "[report_figures]") {
  CHECK(format_percent(6.2) == "6,2\u00a0%");
  CHECK(format_percent(0) == "0,0\u00a0%");
  CHECK(format_percent(100) == "100,0\u00a0%");
  CHECK(format_percent(-3.5) == "-3,5\u00a0%");
  CHECK(format_decimal(8.57) == "8,6");
  CHECK(format_decimal(8.25) == "8,3");  // half away from zero, not printf's half to even
  CHECK(format_decimal(-8.25) == "-8,3");
  CHECK(format_decimal(3.925, 2) == "3,93");
  CHECK(format_decimal(4, 2) == "4,00");
  CHECK(format_decimal(12, 0) == "12");
  CHECK(format_decimal(-1.5) == "-1,5");
  CHECK(format_decimal(-0.04) == "0,0");  // never «-0,0»
  CHECK(format_decimal(-0.0) == "0,0");
  CHECK(format_decimal(-0.001, 2) == "0,00");
  CHECK(format_decimal(-0.0001, 3) == "0,000");
  CHECK(format_decimal(-0.4, 0) == "0");
  CHECK(format_percent(-0.04) == "0,0\u00a0%");
}
