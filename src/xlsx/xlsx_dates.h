// Dates in XLSX cells: a date is a serial number of days shown through a date
// number format, so both the format and the serial must be understood.
#pragma once
#include <optional>
#include <string_view>

#include "model/date.h"

namespace nastavnik::xlsx {

// True for a built-in number format id that shows a day: 14–17 and 22 (date and
// time), 27–36 and 50–58 (East Asian dates). Time-only formats (18–21, 45–47) are not.
bool is_builtin_date_format(int id);

// True when a format code shows a day: it has d or y, or m without h or s, outside
// quotes, brackets and escapes ("DD.MM.YYYY", "[$-419]D MMMM YYYY", "dd/mm/yyyy;@"
// yes; "h:mm", "[h]:mm", "0.00", "General" no).
bool is_date_format_code(std::string_view code);

// The day an Excel serial names, time of day dropped. 1900 system: 1 is 1900-01-01,
// 60 is Excel's non-existent 1900-02-29 (nullopt), 61 is 1900-03-01. 1904 system:
// 0 is 1904-01-01. nullopt outside the years 1900 (1904)…9999 or for NaN.
std::optional<Date> serial_to_date(double serial, bool date1904);

// The serial of a day in that system (the inverse of serial_to_date for whole days).
double date_to_serial(const Date& d, bool date1904);

}  // namespace nastavnik::xlsx
