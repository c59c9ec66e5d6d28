#include "workbook/workbook_people_list.h"

#include <algorithm>

#include "workbook/workbook_layout.h"
#include "xlsx/xlsx_read.h"

namespace nastavnik::workbook {
namespace {

constexpr int kFirstDataRow = 3;  // row 1 headers, row 2 the grey example

// The column letter of the ФИО column on the sheet that holds `target` («/staff»).
std::string name_column(const std::string& target, std::string& sheet) {
  for (const Sheet& s : sheets()) {
    if (s.target != target || s.kind != SheetKind::Table) continue;
    for (size_t i = 0; i < s.columns.size(); ++i)
      if (s.columns[i].path == "full_name") {
        sheet = s.name;
        const std::string ref = xlsx::cell_ref(1, static_cast<int>(i) + 1);
        return ref.substr(0, ref.size() - 1);
      }
  }
  return "";
}

}  // namespace

std::vector<ListFormula> people_list(const OJson& doc) {
  std::vector<ListFormula> out;
  for (const char* list : {"staff", "pupils", "others"}) {
    std::string sheet;
    const std::string col = name_column(std::string("/") + list, sheet);
    if (col.empty()) continue;
    const OJson people = doc.contains(list) && doc[list].is_array() ? doc[list] : OJson::array();
    const int rows = static_cast<int>(people.size()) + std::max(30, static_cast<int>(people.size()));
    for (int i = 0; i < rows; ++i) {
      const std::string cell = "'" + sheet + "'!$" + col + "$" + std::to_string(kFirstDataRow + i);
      std::string cached;
      if (i < static_cast<int>(people.size()) && people[i].is_object() && people[i].contains("full_name") &&
          people[i]["full_name"].is_string())
        cached = people[i]["full_name"].get<std::string>();
      out.push_back({"=IF(" + cell + "=\"\",\"\"," + cell + ")", cached});
    }
  }
  return out;
}

std::string staff_names_range(int last_row) {
  std::string sheet;
  const std::string col = name_column("/staff", sheet);
  return "='" + sheet + "'!$" + col + "$" + std::to_string(kFirstDataRow) + ":$" + col + "$" + std::to_string(last_row);
}

}  // namespace nastavnik::workbook
