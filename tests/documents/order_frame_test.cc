// The acquaintance sheet of each order (order_frame): every employee the order
// names (curator, responsible staff, teacher mentors, teachers being mentored,
// staff of the school's own points) and nobody else — no pupils, no outside mentors.
#include <catch2/catch.hpp>

#include "documents/documents.h"
#include "support/test_support.h"

using namespace nastavnik;

namespace {

// The minimal file plus a teacher mentoring a young teacher, a teacher and a
// student mentoring pupils, a pupil mentoring a pupil, and both orders.
std::string orders_json() {
  std::string t = test::minimal_json();
  t.insert(t.find(R"({"id": "director")"),
           R"({"id": "teacher", "full_name": "Воронцов Павел Игоревич", "position": "учитель математики",
     "mentoring_consent": {"date": "2023-09-04"}},
    {"id": "young", "full_name": "Юсупова Камила Ринатовна", "position": "учитель начальных классов"},
    {"id": "psychologist", "full_name": "Лаптева Елена Сергеевна", "position": "педагог-психолог"},
    )");
  t.insert(t.find("\"staff\""), R"(
  "curator": "deputy",
  "pupils": [
    {"id": "p1", "full_name": "Орлов Илья Сергеевич", "class": "7А", "birth_date": "2005-04-01"},
    {"id": "p2", "full_name": "Зуева Ольга Олеговна", "class": "10А", "birth_date": "2005-07-01"},
    {"id": "p3", "full_name": "Белов Антон Ильич", "class": "5Б", "birth_date": "2005-02-01"}
  ],
  "others": [{"id": "st1", "kind": "student", "full_name": "Лисицына Яна Игоревна", "organisation": "колледж"}],
  "pairs": [
    {"id": "a", "from": "2023-09-18", "to": "2024-05-31", "form": "учитель – учитель", "mentor": "teacher", "mentees": ["young"]},
    {"id": "b", "from": "2023-09-18", "to": "2024-05-31", "form": "учитель – ученик", "mentor": "teacher", "mentees": ["p1"]},
    {"id": "c", "from": "2023-09-18", "to": "2024-05-31", "form": "студент – ученик", "mentor": "st1", "mentees": ["p3"]},
    {"id": "d", "from": "2023-09-18", "to": "2024-05-31", "form": "ученик – ученик", "mentor": "p2", "mentees": ["p3"]}
  ],
  "orders": {
    "roadmap": {"number": "45", "date": "2023-08-31", "signer": "director", "acquaint": ["psychologist"]},
    "pairs": {"number": "112", "date": "2023-09-15", "signer": "director", "acquaint": ["psychologist"]}
  },
)");
  return t;
}

std::vector<std::string> sheet_names(const Json& ctx) {
  std::vector<std::string> names;
  for (const auto& r : ctx["acquaintance"]["rows"]) names.push_back(r["name"].get<std::string>());
  return names;
}

const std::string nb = "\u00A0";

}  // namespace

TEST_CASE("the pair order's acquaintance sheet lists exactly the employees it names", "[orders][acquaintance]") {
  ReadResult r = test::read(orders_json());
  for (const auto& d : r.diagnostics.items()) UNSCOPED_INFO(d.pointer + ": " + d.message);
  REQUIRE(r.programme);
  std::vector<std::string> want = {"А.А." + nb + "Кузнецова", "П.И." + nb + "Воронцов", "К.Р." + nb + "Юсупова",
                                   "Е.С." + nb + "Лаптева"};
  CHECK(sheet_names(order_pairs_context(*r.programme)) == want);
}

TEST_CASE("the roadmap order's acquaintance sheet: curator, responsible staff, named staff", "[orders][acquaintance]") {
  ReadResult r = test::read(orders_json());
  for (const auto& d : r.diagnostics.items()) UNSCOPED_INFO(d.pointer + ": " + d.message);
  REQUIRE(r.programme);
  // The director signs the order and is responsible for 1.1: not on the sheet.
  std::vector<std::string> want = {"А.А." + nb + "Кузнецова", "Е.С." + nb + "Лаптева"};
  CHECK(sheet_names(order_roadmap_context(*r.programme)) == want);
}
