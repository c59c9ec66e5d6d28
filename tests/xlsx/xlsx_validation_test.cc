// A list validation from a formula still reaches the sheet as a drop-down list
// (the leak workaround must not change what Excel sees), and other kinds pass through.
#include "xlsx/xlsx_validation.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace nastavnik;

TEST_CASE("a list formula validation is written as a list with its formula", "[xlsx_validation]") {
  test::TempDir tmp;
  const std::string path = (tmp.path / "v.xlsx").string();
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Данные");
  workbook_add_worksheet(wb, "Списки");
  lxw_data_validation list{};
  static char formula[] = "='Списки'!$A$1:$A$3";
  static char message[] = "Выберите значение из списка.";
  list.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  list.value_formula = formula;
  list.error_message = message;
  CHECK(xlsx::add_validation(ws, 2, 1, 100, 1, &list) == LXW_NO_ERROR);
  CHECK(list.validate == LXW_VALIDATION_TYPE_LIST_FORMULA);  // the caller's struct is left as it was
  lxw_data_validation date{};
  date.validate = LXW_VALIDATION_TYPE_DATE;
  date.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  date.minimum_datetime = {1900, 1, 1, 0, 0, 0};
  date.maximum_datetime = {2200, 12, 31, 0, 0, 0};
  CHECK(xlsx::add_validation(ws, 2, 2, 100, 2, &date) == LXW_NO_ERROR);
  lxw_data_validation broken{};
  broken.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;  // no formula: refused as before
  CHECK(xlsx::add_validation(ws, 2, 3, 100, 3, &broken) != LXW_NO_ERROR);
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

  std::string sheet = test::unzip_member(path, "xl/worksheets/sheet1.xml");
  CHECK_THAT(sheet, Catch::Contains("<dataValidation type=\"list\""));
  CHECK_THAT(sheet, Catch::Contains("sqref=\"B3:B101\"><formula1>'Списки'!$A$1:$A$3</formula1>"));
  CHECK_THAT(sheet, Catch::Contains("<dataValidation type=\"date\""));
  CHECK_THAT(sheet, Catch::Contains("<dataValidations count=\"2\">"));
}
