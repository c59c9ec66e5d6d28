#include "xlsx/xlsx_dates.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace nastavnik;
using namespace nastavnik::xlsx;

TEST_CASE("xlsx dates: 1900 serials, Excel's phantom 29 February included", "[xlsx_dates]") {
  CHECK(serial_to_date(1, false) == Date{1900, 1, 1});
  CHECK(serial_to_date(59, false) == Date{1900, 2, 28});
  CHECK_FALSE(serial_to_date(60, false));  // 1900-02-29 never was
  CHECK(serial_to_date(61, false) == Date{1900, 3, 1});
  CHECK(serial_to_date(45170, false) == Date{2023, 9, 1});
  CHECK(serial_to_date(45170.75, false) == Date{2023, 9, 1});  // 18:00 that day
  CHECK(serial_to_date(45170.9999999999, false) == Date{2023, 9, 2});  // 23:59:59.99999 rounds into the next day
  CHECK(serial_to_date(45351, false) == Date{2024, 2, 29});
  CHECK(serial_to_date(2958465, false) == Date{9999, 12, 31});
  CHECK_FALSE(serial_to_date(0, false));
  CHECK_FALSE(serial_to_date(-5, false));
  CHECK_FALSE(serial_to_date(2958466, false));
  CHECK_FALSE(serial_to_date(std::numeric_limits<double>::quiet_NaN(), false));
  for (const Date d : {Date{1900, 1, 1}, Date{1900, 2, 28}, Date{1900, 3, 1}, Date{2023, 9, 1}})
    CHECK(serial_to_date(date_to_serial(d, false), false) == d);
}

TEST_CASE("xlsx dates: the 1904 system counts from 1 January 1904", "[xlsx_dates]") {
  CHECK(serial_to_date(0, true) == Date{1904, 1, 1});
  CHECK(serial_to_date(43000, true) == Date{2021, 9, 23});
  CHECK(serial_to_date(45170 - 1462, true) == Date{2023, 9, 1});
  CHECK_FALSE(serial_to_date(-1, true));
  CHECK(date_to_serial(Date{2023, 9, 1}, true) == 45170 - 1462);
}

TEST_CASE("xlsx dates: which number formats show a day", "[xlsx_dates]") {
  for (int id : {14, 15, 16, 17, 22, 30, 57}) CHECK(is_builtin_date_format(id));
  for (int id : {0, 1, 2, 9, 18, 19, 20, 21, 45, 46, 47, 49}) CHECK_FALSE(is_builtin_date_format(id));

  for (const char* code : {"DD.MM.YYYY", "dd.mm.yyyy", "[$-419]DD.MM.YYYY", "dd/mm/yyyy;@", "D MMMM YYYY",
                           "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", "yyyy-mm-dd h:mm:ss", "MMMM", "[Red]DD.MM.YY",
                           "mm/dd/yy", "DD.MM.YY\" г.\""})
    CHECK(is_date_format_code(code));
  for (const char* code : {"General", "0.00", "# ##0,00\\ [$₽-419]", "h:mm", "HH:MM:SS", "[h]:mm", "[mm]:ss",
                           "mm:ss", "h:mm AM/PM", "@", "\"день\" 0", "0\\d", "_-* #,##0_-", "0.00E+00", ""})
    CHECK_FALSE(is_date_format_code(code));
}
