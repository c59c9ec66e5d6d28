#include "xlsx/xlsx_validation.h"

namespace nastavnik::xlsx {

lxw_error add_validation(lxw_worksheet* ws, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
                         lxw_col_t last_col, lxw_data_validation* v) {
#if LXW_VERSION_ID <= 114
  if (v->validate == LXW_VALIDATION_TYPE_LIST_FORMULA) {
    // As a custom formula the formula is copied once; the stored copy then becomes
    // the list it is meant to be (the XML writer reads only the stored type).
    v->validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
    lxw_error err = worksheet_data_validation_range(ws, first_row, first_col, last_row, last_col, v);
    v->validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    if (err != LXW_NO_ERROR) return err;
    lxw_data_val_obj* last = nullptr;
    STAILQ_FOREACH(last, ws->data_validations, list_pointers) {
      if (!STAILQ_NEXT(last, list_pointers)) break;
    }
    if (last) last->validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    return err;
  }
#endif
  return worksheet_data_validation_range(ws, first_row, first_col, last_row, last_col, v);
}

}  // namespace nastavnik::xlsx
