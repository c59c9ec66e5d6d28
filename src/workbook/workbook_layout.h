// The fillable workbook's layout: which sheet holds which part of the data file,
// and for every column its header, where its value goes in the JSON, its type,
// whether it is required, the comment a deputy sees and an example. The writer
// (`init`, json → xlsx), the reader (xlsx → json) and the JSON skeleton all use
// this one table, so no field is described twice.
#pragma once
#include <string>
#include <vector>

namespace nastavnik::workbook {

enum class CellType {
  Text,           // a string; numbers typed into the cell become their text
  TextOrInteger,  // a number of a document or event: a text cell stays a string, a whole number an integer
  Integer,
  NumberOrYesNo,  // a measure's value: a number, or «да»/«нет» for true/false
  Date,           // a date cell, or text «01.09.2023» / «2023-09-01»; ISO in the JSON
  DateList,       // dates joined by «; »
  YesNo,          // «да»/«нет» → true/false
  Choice,         // one of `choices` (label shown, value in the JSON)
  FreeChoice,     // a drop-down of suggestions; any text passes (the data reader checks it)
  StaffRef,       // a staff id, drop-down from the «Сотрудники» sheet
  PersonRef,      // an id of a staff member, pupil or other participant
  IdList,         // ids joined by «; »
  TextList,       // texts joined by «; »
  Responsible,    // «; »-joined: a staff id becomes {"staff": id}, other text stays text
  Deadline,       // a deadline phrase, or an exact deadline in the form its «Вид срока» names
  DeadlineKind,   // companion of Deadline: which exact form; empty for a phrase
};

struct Choice {
  std::string label;  // what the drop-down shows
  std::string value;  // what the JSON holds
};

struct Column {
  std::string header;  // row 1 of a table sheet; column A of a form sheet
  std::string path;    // inside the item, "/"-separated («document/series»)
  CellType type = CellType::Text;
  bool required = false;
  std::string comment;  // Russian, from data/FORMAT.md
  double width = 20;
  std::string example;  // shown in the grey example row
  std::vector<Choice> choices;
};

enum class SheetKind {
  Form,        // one object: a row per field (A label, B value, C example)
  Table,       // an array at `target`: a row per item (a text per row when the one column's path is kValuePath)
  KeyedField,  // rows attach a field `field` to the item of `target` whose id is in the key column
  KeyedMap,    // rows are objects at `target`/<key>, the key a Choice in the first column
  KeyedList,   // rows append the value column to `target`/<key>/`field` (or `target`/<key> when field is empty)
};

struct Sheet {
  std::string name;    // Russian, ≤ 31 characters
  SheetKind kind = SheetKind::Table;
  std::string target;  // JSON pointer: the object (Form, KeyedMap, KeyedList) or array (Table, KeyedField)
  std::string field;   // KeyedField: the field set on the owner; KeyedList: the list inside the keyed object
  std::string insert_after;  // KeyedField/KeyedList: the key the new field follows in the owner
  bool always = false;       // Table: write an empty array even when no rows are filled
  std::string purpose;       // one line for «Инструкция»
  std::vector<Column> columns;  // the key column first for Keyed* sheets
};

// Every data sheet of the workbook, in the order they appear.
const std::vector<Sheet>& sheets();

// The sheet with that name, or nullptr.
const Sheet* find_sheet(const std::string& name);

// Key order of objects that several sheets fill («» the root, «/roadmap», «/results»):
// the JSON written by `convert` follows the data file's usual order.
const std::vector<std::string>& key_order(const std::string& pointer);

// Paths of a Keyed* sheet's key column and of a KeyedList sheet's value column.
inline const char* kKeyPath = "@key";
inline const char* kValuePath = "@value";
// Name of the instruction sheet (written, never read) and the hidden sheet of drop-down lists.
inline const char* kInstructionSheet = "Инструкция";
inline const char* kListsSheet = "Списки";
// A row whose first cell starts with this is the grey example: the reader skips it.
inline const char* kExampleMarker = "Пример:";
// Separator of list cells (ids, pages, responsible).
inline const char* kListSeparator = "; ";

}  // namespace nastavnik::workbook
