// The annotator edits a real workbook (the example, as the writer makes it) and
// the result is read back by the project's own reader and by unzip.
#include "xlsx/xlsx_annotate.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"
#include "system/staging.h"
#include "workbook/workbook_writer.h"
#include "xlsx/xlsx_read.h"

namespace nastavnik::xlsx {

TEST_CASE("annotate: notes sheet first, cells marked, everything else as it was", "[xlsx]") {
  test::TempDir t;
  const std::string in = (t.path / "in.xlsx").string(), out = (t.path / "out.xlsx").string();
  std::string error;
  REQUIRE(workbook::write_workbook(
      in, workbook::OJson::parse(read_file(std::string(NASTAVNIK_SOURCE_DIR) + "/data/example.json")),
      FileAccess::OwnerOnly, &error));
  annotate_workbook(in, out,
                    {{"", 0, 0, "", "файл целиком", ""},
                     {"Пары и группы", 3, 4, "D3", "нет такого наставника", ""},
                     {"Пары и группы", 3, 4, "D3", "и ещё одно", "L001"},
                     {"Сотрудники", 40, 2, "B40", "за последней строкой", ""}});
  const Workbook before = read_workbook(in), after = read_workbook(out);
  REQUIRE(after.sheets().size() == before.sheets().size() + 1);
  CHECK(after.sheets()[0].name() == "Замечания");
  CHECK(after.sheets()[0].cell(3, 2).text == "D3");
  CHECK(after.sheets()[0].cell(3, 3).text == "нет такого наставника");
  for (size_t i = 0; i < before.sheets().size(); ++i) {
    const Sheet& a = before.sheets()[i];
    const Sheet& b = after.sheets()[i + 1];
    CHECK(a.name() == b.name());
    REQUIRE(a.cells().size() == b.cells().size());
    for (const auto& [at, cell] : a.cells()) CHECK(b.cell(at.first, at.second).text == cell.text);
  }
  const std::string styles = test::unzip_member(out, "xl/styles.xml");
  CHECK(styles.find("FFFFC7CE") != std::string::npos);
  const std::string comments = test::shell_output("unzip -p '" + out + "' 'xl/comments*.xml'");
  CHECK(comments.find("нет такого наставника\nи ещё одно [L001]") != std::string::npos);
  CHECK(test::unzip_member(out, "xl/workbook.xml").find("activeTab=\"0\"") != std::string::npos);
}

TEST_CASE("annotate: a file that is no workbook is refused and nothing is written", "[xlsx]") {
  test::TempDir t;
  write_file(t.path / "not.xlsx", "plain text");
  CHECK_THROWS_AS(annotate_workbook((t.path / "not.xlsx").string(), (t.path / "out.xlsx").string(), {}), ReadError);
  CHECK_FALSE(std::filesystem::exists(t.path / "out.xlsx"));
}

}  // namespace nastavnik::xlsx
