// The drop-downs of people's full names in person cells. A staff cell lists the
// ФИО column of «Сотрудники» itself; a cell that may name anyone lists a column
// of the hidden «Списки» sheet whose formulas follow the ФИО columns of
// «Сотрудники», «Обучающиеся» and «Другие участники», so a person added to a
// people sheet appears in the drop-downs too.
#pragma once
#include <string>
#include <vector>

#include "workbook/workbook_values.h"

namespace nastavnik::workbook {

struct ListFormula {
  std::string formula;  // «=IF('Сотрудники'!$B3="","",'Сотрудники'!$B3)»
  std::string cached;   // its value now, for programs that do not recalculate on opening
};

// The list column's cells: per people sheet its filled rows and as many spare ones
// (at least 30), each a formula referencing one ФИО cell.
std::vector<ListFormula> people_list(const OJson& doc);

// The data-validation source of a staff cell: the ФИО column of «Сотрудники» down to `last_row` (1-based).
std::string staff_names_range(int last_row);

}  // namespace nastavnik::workbook
