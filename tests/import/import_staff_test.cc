// Staff found in the responsible column of an imported roadmap.
#include <catch2/catch.hpp>

#include "import/import_roadmap.h"

using namespace nastavnik;

TEST_CASE("staff from the responsible column: one entry per person, a rare near-miss left to lint", "[import]") {
  std::vector<ImportedEvent> events(4);
  events[0].responsible = "Порошина М. И., А.А. Лазутин";
  events[1].responsible = "Зам. директора по УВР Порошина М.И.";
  events[2].responsible = "Порошена М.И.";
  events[3].responsible = "Лазутин А.А.; классные руководители";
  auto staff = staff_from_events(events);
  REQUIRE(staff.size() == 2);
  CHECK(staff[0].full_name == "Порошина М.И.");
  CHECK(staff[0].position == "зам. директора по УВР");
  CHECK(staff[1].full_name == "Лазутин А.А.");
}

TEST_CASE("a staff member's position from the block they sign", "[import]") {
  ImportedRoadmap r;
  r.staff = {{"Лазутин А.А.", ""}, {"Порошина М.И.", "зам. директора по УВР"}};
  Approval a;
  a.kind = Approval::Kind::Approve;
  a.position = "Директор МАОУ СШ № 158";
  a.signer = "А.А. Лазутин";
  r.approvals.push_back(a);
  fill_staff_positions(r);
  CHECK(r.staff[0].position == "директор МАОУ СШ № 158");
  CHECK(r.staff[1].position == "зам. директора по УВР");
}
