// One cell of the workbook ↔ one JSON value, for each column type of the layout:
// both directions sit together so that what the writer puts in a cell is what
// the reader takes back (the round trip json → xlsx → json is lossless).
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "model/date.h"
#include "xlsx/xlsx_read.h"
#include "workbook/workbook_layout.h"

namespace nastavnik::workbook {

using OJson = nlohmann::ordered_json;

// A cell as read from a workbook file (xlsx_read.h).
using CellIn = xlsx::Cell;

// True for an empty cell or one of spaces only.
bool blank(const CellIn& cell);

// A cell to write.
struct CellOut {
  enum class Kind { Blank, Text, Number, Date };
  Kind kind = Kind::Blank;
  std::string text;
  double number = 0;
  Date date{};
};

// The cell that shows `value` in a column of that type (Deadline: the «Срок» cell only).
CellOut to_cell(const Column& column, const OJson& value);

// The «Вид срока» label of a deadline value ("" for a phrase).
std::string deadline_kind_label(const Column& kind_column, const OJson& deadline);

// The JSON value of a non-empty cell; nullopt with a Russian reason in *error when
// the cell does not hold a value of the column's type (Deadline: use read_deadline).
std::optional<OJson> from_cell(const Column& column, const CellIn& cell, std::string* error);

// A deadline from its «Срок» cell and the JSON value of its «Вид срока» ("" for a phrase).
std::optional<OJson> read_deadline_cell(const CellIn& cell, const std::string& kind, std::string* error);

// A date cell or text «01.09.2023» / «2023-09-01» / «1.9.2023»; nullopt otherwise.
std::optional<Date> cell_date(const CellIn& cell);

// The cell's content as text (numbers in their shortest form, dates as «01.09.2023»).
std::string cell_text(const CellIn& cell);

}  // namespace nastavnik::workbook
