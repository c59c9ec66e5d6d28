// The programme's registers (the forms of the ЦМН methodology) as plain text:
// «База наставников», «База наставляемых», «Наставнические пары (группы)».
// Renderers (XLSX now) lay them out; what a register holds is decided here.
#pragma once
#include <string>
#include <vector>

#include "model/model.h"

namespace nastavnik {

// One column of a register: its header, width (Excel characters) and cell type.
struct RegisterColumn {
  enum class Type {
    Text,      // wrapped, top-left
    Centered,  // wrapped, top-centred
    Number,    // a number ("12", "3.5") or empty, stored as a number so it sorts
    Date,      // "dd.mm.yyyy" (or empty), stored as a date so it filters by year
  };
  std::string header;
  double width = 10;
  Type type = Type::Text;
};

// One register as plain text, before any XLSX concerns: what a sheet shows.
struct RegisterSheet {
  std::string sheet_name;  // «База наставников»
  std::string title;       // «База наставников МБОУ … на 2023/2024 учебный год»
  std::vector<RegisterColumn> columns;
  std::vector<std::vector<std::string>> rows;  // one string per column; "\n" between lines
  int frozen_columns = 0;  // left columns kept in view when scrolling sideways
};

// The three registers of a validated programme, in workbook order.
std::vector<RegisterSheet> build_registers(const Programme& p);

}  // namespace nastavnik
