#include "workbook/findings.h"

#include <catch2/catch.hpp>

namespace nastavnik {

TEST_CASE("findings: rows in the workbook's order, places split", "[findings]") {
  Diagnostics d;
  Diagnostic late;
  late.message = "b";
  late.location = "Лист «Пары и группы», ячейка C14";
  d.add(late);
  Diagnostic early;
  early.message = "a";
  early.rule = "L004";
  early.severity = Diagnostic::Severity::Warning;
  early.location = "Лист «Сотрудники», ячейка E3";
  d.add(early);
  Diagnostic row;
  row.message = "c";
  row.location = "Лист «Пары и группы», строка 5";
  d.add(row);
  d.error("/organisation", "file-level");
  auto rows = finding_rows(d, {"Сотрудники", "Пары и группы"});
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].message == "file-level");
  CHECK(rows[1].sheet == "Сотрудники");
  CHECK(rows[1].cell == "E3");
  CHECK(rows[1].rule == "L004");
  CHECK_FALSE(rows[1].error);
  CHECK(rows[2].cell == "строка 5");
  CHECK(rows[3].cell == "C14");
  CHECK(rows[3].row == 14);
  CHECK(rows[3].col == 3);
  CHECK(parse_cell_ref("AB12") == std::pair{12, 28});
  CHECK(parse_cell_ref("12") == std::pair{0, 0});
}

}  // namespace nastavnik
