// The fillable workbook (`init`, `convert` json → xlsx): every sheet of the layout
// with a commented header, drop-downs for closed lists, date cells, frozen headers,
// a grey example row, and the data of `doc` below it.
#pragma once
#include <string>

#include "workbook/workbook_values.h"
#include "xlsx/xlsx_util.h"

namespace nastavnik::workbook {

// Writes `doc` (a data document, or a skeleton for `init`) as a workbook at `path`,
// atomically; false with a Russian message in *error when the file cannot be written.
bool write_workbook(const std::string& path, const OJson& doc, xlsx::FileAccess access, std::string* error);

}  // namespace nastavnik::workbook
