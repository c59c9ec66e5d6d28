// The programme's registers as one Excel workbook (the forms of the ЦМН methodology):
// «База наставников», «База наставляемых» and «Наставнические пары (группы)», a sheet
// each, ready to print on A4 and to filter. The workbook holds pupils' personal data,
// so the file is readable by its owner only (mode 0600).
#pragma once
#include <string>
#include <vector>

#include "model.h"
#include "registers.h"

namespace nastavnik {

// Writes the registers workbook; throws std::runtime_error with a Russian message on failure.
void write_registers_xlsx(const Programme& p, const std::string& path);

// Writes any registers as one owner-only workbook, a sheet each, `what` naming it in
// the file's properties; throws std::runtime_error with a Russian message on failure.
void write_register_workbook(const Programme& p, const std::vector<RegisterSheet>& sheets, const std::string& what,
                             const std::string& path);

}  // namespace nastavnik
