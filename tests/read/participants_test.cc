// Participants, pairs and orders: what the reader takes and each validation rule
// with its location.
#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace nastavnik;

namespace {

// Replaces the first `from` in `t` (which must be there) by `to`.
void replace_once(std::string& t, const std::string& from, const std::string& to) {
  size_t at = t.find(from);
  REQUIRE(at != std::string::npos);
  t.replace(at, from.size(), to);
}

// The minimal file plus participants: two teachers, three pupils (one adult),
// a student, and the given pairs.
std::string with_pairs(const std::string& pairs, const std::string& extra = "") {
  std::string t = test::minimal_json();
  std::string people = R"(
  "curator": "deputy",
  "monitoring_dates": ["2023-12-20", "2024-05-20"],
  "pupils": [
    {"id": "p1", "full_name": "Орлов Илья Сергеевич", "class": "5А", "birth_date": "2012-04-01",
     "representative": {"full_name": "Орлова Мария Ивановна", "relation": "мать"}},
    {"id": "p2", "full_name": "Белова Анна Петровна", "class": "10Б", "birth_date": "2007-02-11",
     "representative": {"full_name": "Белов Пётр Ильич", "relation": "отец"}},
    {"id": "p3", "full_name": "Зуев Олег Олегович", "class": "11А", "birth_date": "2005-07-01"}
  ],
  "others": [{"id": "st1", "kind": "student", "full_name": "Лисицына Яна Игоревна", "organisation": "колледж"}],
  "orders": {"pairs": {"number": 12, "date": "2023-10-02", "signer": "director", "points": ["Свой пункт."],
                       "acquaint": ["deputy"]}},
  "pairs": )" + pairs + extra + ",";
  t.insert(t.find("\"staff\""), people + "\n  ");
  replace_once(t, R"("position": "директор"})",
               R"("position": "директор", "mentoring_consent": {"date": "2023-09-01", "agreement": {"number": "7"}}})");
  return t;
}

const Diagnostic* find(const ReadResult& r, const std::string& pointer) {
  for (const auto& d : r.diagnostics.items())
    if (d.pointer == pointer) return &d;
  std::string all;
  for (const auto& d : r.diagnostics.items()) all += d.pointer + ": " + d.message + "\n";
  FAIL_CHECK("no diagnostic at " << pointer << "; got:\n" << all);
  return nullptr;
}

const std::string kGoodPairs = R"([
    {"id": "a", "form": "учитель-ученик", "mentor": "director", "mentees": ["p1", "p2"], "from": "2023-10-02", "to": "2024-05-31"},
    {"id": "b", "form": "студент – ученик", "mentor": "st1", "mentees": ["p1"], "from": "2023-10-02", "to": "2024-05-31"},
    {"id": "c", "form": "ученик – ученик", "mentor": "p3", "mentees": ["p2"], "from": "2023-10-02", "to": "2024-05-31",
     "goal": "Подготовка к олимпиаде"}
  ])";

}  // namespace

TEST_CASE("participants, pairs and orders are read into the model") {
  ReadResult r = test::read(with_pairs(kGoodPairs));
  for (const auto& d : r.diagnostics.items()) INFO(d.pointer << ": " << d.message);
  REQUIRE(r.programme);
  const Programme& p = *r.programme;
  CHECK(p.pupils.size() == 3);
  CHECK(p.pupils[0].representative->relation == "мать");
  CHECK(p.others[0].kind == OtherPerson::Kind::Student);
  REQUIRE(p.pairs.size() == 3);
  CHECK(p.pairs[0].form == "учитель – ученик");
  CHECK(p.pairs[0].is_group());
  CHECK(p.curator == "deputy");
  CHECK(p.monitoring_dates.size() == 2);
  REQUIRE(p.pairs_order);
  CHECK(p.pairs_order->number == "12");
  CHECK(p.pairs_order->extra_points == std::vector<std::string>{"Свой пункт."});
  CHECK(p.pairs_order->acquaint == std::vector<std::string>{"deputy"});
  CHECK(p.find_staff("director")->mentoring_consent->agreement.number == "7");
  CHECK(r.diagnostics.items().empty());
}

TEST_CASE("a pair must reference known people, suggesting the closest id") {
  ReadResult r = test::read(with_pairs(R"([
    {"id": "a", "form": "учитель – ученик", "mentor": "directr", "mentees": ["p9"], "from": "2023-10-02", "to": "2024-05-31"}
  ])"));
  CHECK_FALSE(r.programme);
  auto* d = find(r, "/pairs/0/mentor");
  REQUIRE(d);
  CHECK(d->message.find("«director»") != std::string::npos);
  CHECK(d->line > 0);
  REQUIRE(find(r, "/pairs/0/mentees/0"));
}

TEST_CASE("unknown forms and people in the wrong role are errors") {
  ReadResult r = test::read(with_pairs(R"([
    {"id": "a", "form": "учитель – студент", "mentor": "director", "mentees": ["p1"], "from": "2023-10-02", "to": "2024-05-31"},
    {"id": "b", "form": "ученик – ученик", "mentor": "director", "mentees": ["deputy"], "from": "2023-10-02", "to": "2024-05-31"}
  ])"));
  auto* form = find(r, "/pairs/0/form");
  REQUIRE(form);
  CHECK(form->message.find("«учитель – ученик»") != std::string::npos);
  auto* mentor = find(r, "/pairs/1/mentor");
  REQUIRE(mentor);
  CHECK(mentor->message.find("обучающийся") != std::string::npos);
  REQUIRE(find(r, "/pairs/1/mentees/0"));
}

TEST_CASE("a mentee may not be in two pairs of the same form at the same time") {
  ReadResult r = test::read(with_pairs(R"([
    {"id": "a", "form": "учитель – ученик", "mentor": "director", "mentees": ["p1"], "from": "2023-10-02", "to": "2024-01-31"},
    {"id": "b", "form": "учитель – ученик", "mentor": "deputy", "mentees": ["p1"], "from": "2024-01-15", "to": "2024-05-31"},
    {"id": "c", "form": "учитель – ученик", "mentor": "deputy", "mentees": ["p2"], "from": "2024-02-01", "to": "2024-05-31"}
  ])"));
  auto* d = find(r, "/pairs/1/mentees/0");
  REQUIRE(d);
  CHECK(d->message.find("«a»") != std::string::npos);
  // back to back, not overlapping: fine
  ReadResult ok = test::read(with_pairs(R"([
    {"id": "a", "form": "учитель – ученик", "mentor": "director", "mentees": ["p1"], "from": "2023-10-02", "to": "2024-01-31"},
    {"id": "b", "form": "учитель – ученик", "mentor": "deputy", "mentees": ["p1"], "from": "2024-02-01", "to": "2024-05-31"}
  ])"));
  CHECK(ok.programme);
}

TEST_CASE("the mentee limit binds the teacher model by default and every form when set") {
  std::string teachers = R"([
    {"id": "t", "form": "традиционная", "mentor": "director", "mentees": ["deputy"], "from": "2023-10-02", "to": "2024-05-31"},
    {"id": "u", "form": "учитель – ученик", "mentor": "director", "mentees": ["p1", "p2", "p3"], "from": "2023-10-02", "to": "2024-05-31"}
  ])";
  CHECK(test::read(with_pairs(teachers)).programme);  // 1 teacher-model mentee: within 3
  ReadResult r = test::read(with_pairs(teachers, R"(, "max_mentees_per_mentor": 2)"));
  auto* d = find(r, "/pairs/1/mentor");
  REQUIRE(d);
  CHECK(d->message.find("4 наставляемых") != std::string::npos);
}

TEST_CASE("pair dates lie within the academic year and in order") {
  ReadResult r = test::read(with_pairs(R"([
    {"id": "a", "form": "учитель – ученик", "mentor": "director", "mentees": ["p1"], "from": "2023-06-01", "to": "2024-05-31"},
    {"id": "b", "form": "учитель – ученик", "mentor": "deputy", "mentees": ["p2"], "from": "2024-05-31", "to": "2024-02-01"}
  ])"));
  auto* from = find(r, "/pairs/0/from");
  REQUIRE(from);
  CHECK(from->message.find("01.06.2023") != std::string::npos);
  REQUIRE(find(r, "/pairs/1/to"));
}

TEST_CASE("a teacher mentor without written consent is a warning (ТК РФ ст. 351.8)") {
  ReadResult r = test::read(with_pairs(R"([
    {"id": "a", "form": "учитель – ученик", "mentor": "deputy", "mentees": ["p1"], "from": "2023-10-02", "to": "2024-05-31"}
  ])"));
  CHECK(r.programme);  // a warning does not stop the build
  auto* d = find(r, "/pairs/0/mentor");
  REQUIRE(d);
  CHECK(d->severity == Diagnostic::Severity::Warning);
  CHECK(d->message.find("351.8") != std::string::npos);
}

TEST_CASE("a minor without a legal representative is an error; an adult needs none") {
  std::string t = with_pairs(kGoodPairs);
  replace_once(t, R"(,
     "representative": {"full_name": "Орлова Мария Ивановна", "relation": "мать"})", "");
  ReadResult r = test::read(t);
  CHECK_FALSE(r.programme);
  auto* d = find(r, "/pupils/0/representative");
  REQUIRE(d);
  CHECK(d->message.find("несовершеннолетний") != std::string::npos);
  for (const auto& x : r.diagnostics.items()) CHECK(x.pointer.rfind("/pupils/2", 0) != 0);  // p3 is 18
}

TEST_CASE("ids are unique across staff, pupils and others, and a curator is required with pairs") {
  std::string t = with_pairs(kGoodPairs);
  replace_once(t, R"("id": "st1")", R"("id": "p1")");
  replace_once(t, R"("curator": "deputy",)", "");
  ReadResult r = test::read(t);
  auto* dup = find(r, "/others/0/id");
  REQUIRE(dup);
  CHECK(dup->message.find("«p1»") != std::string::npos);
  REQUIRE(find(r, "/curator"));
}

TEST_CASE("a pupil born after the academic year ends is an error, not a warning") {
  std::string t = with_pairs(kGoodPairs);
  replace_once(t, R"("birth_date": "2005-07-01")", R"("birth_date": "2030-01-15")");
  ReadResult r = test::read(t);
  CHECK_FALSE(r.programme);
  if (const Diagnostic* d = find(r, "/pupils/2/birth_date")) {
    CHECK(d->severity == Diagnostic::Severity::Error);
    CHECK(d->message.find("15.01.2030") != std::string::npos);
  }
}

TEST_CASE("an outside participant's consent to dissemination has a position, not a class") {
  std::string t = with_pairs(kGoodPairs);
  replace_once(t, R"("organisation": "колледж"})",
               R"("organisation": "колледж", "dissemination": {"date": "2023-09-14", "name": "short", "position": true}})");
  ReadResult r = test::read(t);
  REQUIRE(r.programme);
  const OtherPerson& st = r.programme->others[0];
  REQUIRE(st.dissemination);
  CHECK(st.dissemination->name == DisseminationConsent::Name::Short);
  CHECK(st.dissemination->position);
  CHECK(st.dissemination->date == Date{2023, 9, 14});

  replace_once(t, R"("position": true)", R"("class": true)");
  r = test::read(t);
  REQUIRE(find(r, "/others/0/dissemination/class"));
}
