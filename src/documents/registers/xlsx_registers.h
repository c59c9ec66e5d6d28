// The programme's registers as one Excel workbook (the forms of the ЦМН methodology):
// «База наставников», «База наставляемых» and «Наставнические пары (группы)», a sheet
// each, ready to print on A4 and to filter. The workbook holds pupils' personal data,
// so the file is readable by its owner only (mode 0600).
#pragma once
#include <string>
#include <vector>

#include "model/model.h"
#include "documents/registers/registers.h"
#include "xlsx/xlsx_util.h"

namespace nastavnik {

// Writes the registers workbook; throws std::runtime_error with a Russian message on failure.
void write_registers_xlsx(const Programme& p, const std::string& path);

// Writes any registers as one owner-only workbook, a sheet each, `what` naming it in
// the file's properties; throws std::runtime_error with a Russian message on failure.
void write_register_workbook(const Programme& p, const std::vector<RegisterSheet>& sheets, const std::string& what,
                             const std::string& path);

// The cell formats register sheets use, created once per workbook.
struct RegisterFormats {
  xlsx::TableFormats table;
  lxw_format* date;  // a table cell showing a date as dd.mm.yyyy
};
RegisterFormats make_register_formats(lxw_workbook* wb);

// Lays one register out on `ws` (title, header, typed cells, filter, frozen header,
// A4 print set-up), so other workbooks can hold register-like sheets too.
void write_register_sheet(lxw_worksheet* ws, const RegisterSheet& s, const RegisterFormats& f, xlsx::Status& st);

// Title, subject, company and a personal-data note in the workbook's properties.
void set_register_properties(lxw_workbook* wb, const Programme& p, const std::string& what, xlsx::Status& st,
                             const std::string& personal_data =
                                 "Содержит персональные данные обучающихся и их законных представителей (152-ФЗ)");

}  // namespace nastavnik
