// Data validation (drop-down lists, date checks) for a range of cells, without
// the memory leak of Debian 12's libxlsxwriter 1.1.4: for a list whose values
// come from a formula (LXW_VALIDATION_TYPE_LIST_FORMULA) it copies the formula
// twice and loses the first copy — 757 bytes per `convert` of the example.
#pragma once
#include <xlsxwriter.h>

namespace nastavnik::xlsx {

// worksheet_data_validation_range with the same arguments and result; a list
// formula is added so that libxlsxwriter keeps (and later frees) a single copy.
lxw_error add_validation(lxw_worksheet* ws, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
                         lxw_col_t last_col, lxw_data_validation* v);

}  // namespace nastavnik::xlsx
