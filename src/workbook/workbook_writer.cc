#include "workbook/workbook_writer.h"

#include <map>

#include "xlsx/xlsx_validation.h"
#include "workbook/workbook_names.h"
#include "workbook/workbook_people_list.h"

namespace nastavnik::workbook {
namespace {

// Rows with drop-downs and column formats below the header; a school's lists are far shorter.
constexpr lxw_row_t kLastRow = 1999;

struct Formats {
  lxw_format* header;
  lxw_format* label;
  lxw_format* text;
  lxw_format* general;
  lxw_format* date;
  lxw_format* example;
  lxw_format* example_date;
  lxw_format* note;
  lxw_format* note_bold;
};

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.header = xlsx::add_format(wb);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(f.header, 0xD9D9D9);
  format_set_border(f.header, LXW_BORDER_THIN);
  f.label = xlsx::add_format(wb);
  format_set_bold(f.label);
  format_set_text_wrap(f.label);
  format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
  f.text = xlsx::add_format(wb);
  format_set_num_format(f.text, "@");  // what is typed stays text: «0715», «2.1»
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.general = xlsx::add_format(wb);
  format_set_align(f.general, LXW_ALIGN_VERTICAL_TOP);
  f.date = xlsx::add_format(wb);
  format_set_num_format(f.date, "dd.mm.yyyy");
  format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
  f.example = xlsx::add_format(wb);
  format_set_font_color(f.example, 0x808080);
  format_set_italic(f.example);
  format_set_num_format(f.example, "@");
  format_set_align(f.example, LXW_ALIGN_VERTICAL_TOP);
  f.example_date = xlsx::add_format(wb);
  format_set_font_color(f.example_date, 0x808080);
  format_set_italic(f.example_date);
  format_set_num_format(f.example_date, "dd.mm.yyyy");
  f.note = xlsx::add_format(wb);
  format_set_text_wrap(f.note);
  format_set_align(f.note, LXW_ALIGN_VERTICAL_TOP);
  f.note_bold = xlsx::add_format(wb);
  format_set_bold(f.note_bold);
  format_set_font_size(f.note_bold, 14);
  return f;
}

bool is_date(CellType t) { return t == CellType::Date; }
bool is_number(CellType t) { return t == CellType::Integer || t == CellType::NumberOrYesNo; }

lxw_format* column_format(const Column& c, const Formats& f) {
  if (is_date(c.type)) return f.date;
  if (is_number(c.type)) return f.general;
  return f.text;
}

std::string comment_text(const Column& c) {
  std::string s = c.comment;
  if (c.required) s += " Обязательно.";
  if ((c.type == CellType::Choice || c.type == CellType::DeadlineKind) && !c.choices.empty()) {
    s += " Выберите из списка:";
    for (size_t i = 0; i < c.choices.size(); ++i) s += (i ? ", «" : " «") + c.choices[i].label + "»";
    s += ".";
  }
  if (c.type == CellType::YesNo) s += " «да» или «нет».";
  if (c.type == CellType::Date) s += " Дата: 01.09.2023.";
  return s;
}

// The value at a "/"-separated path inside an object, or null.
OJson at_path(const OJson& item, const std::string& path) {
  if (path.empty()) return item;
  const OJson* v = &item;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string key = path.substr(start, end - start);
    if (!v->is_object() || !v->contains(key)) return OJson();
    v = &(*v)[key];
    start = end + 1;
  }
  return *v;
}

OJson at_pointer(const OJson& doc, const std::string& pointer) {
  OJson::json_pointer p(pointer);
  return doc.contains(p) ? doc.at(p) : OJson();
}

class Writer {
 public:
  Writer(lxw_workbook* wb, const OJson& doc) : wb_(wb), f_(make_formats(wb)), people_(people_list(doc)) {}

  void instruction();
  void sheet(const Sheet& s, const OJson& doc);
  void lists();
  const xlsx::Status& status() const { return status_; }

 private:
  void put(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const CellOut& cell, lxw_format* text_format,
           lxw_format* date_format);
  void validate(lxw_worksheet* ws, lxw_row_t first, lxw_col_t col, lxw_row_t last, const Column& c);
  void comment(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Column& c);
  void table(lxw_worksheet* ws, const Sheet& s, const std::vector<OJson>& rows);
  void form(lxw_worksheet* ws, const Sheet& s, const OJson& object);
  std::string list_range(const Column& c);

  lxw_workbook* wb_;
  Formats f_;
  xlsx::Status status_;
  std::vector<std::vector<std::string>> lists_;  // columns of the hidden «Списки» sheet
  std::map<std::string, std::string> list_ranges_;
  std::vector<ListFormula> people_;  // the «Списки» column of everyone's names, written last
};

void Writer::put(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const CellOut& cell, lxw_format* text_format,
                 lxw_format* date_format) {
  switch (cell.kind) {
    case CellOut::Kind::Blank: break;
    case CellOut::Kind::Text: status_.check(xlsx::write_text(ws, row, col, cell.text, text_format)); break;
    case CellOut::Kind::Number: status_.check(worksheet_write_number(ws, row, col, cell.number, nullptr)); break;
    case CellOut::Kind::Date: {
      lxw_datetime dt{cell.date.year, static_cast<uint8_t>(cell.date.month), static_cast<uint8_t>(cell.date.day), 0, 0, 0};
      status_.check(worksheet_write_datetime(ws, row, col, &dt, date_format));
      break;
    }
  }
}

// The drop-down's source: a column of the hidden «Списки» sheet, one per distinct list.
std::string Writer::list_range(const Column& c) {
  std::string key;
  for (const auto& ch : c.choices) key += ch.label + "\n";
  auto it = list_ranges_.find(key);
  if (it != list_ranges_.end()) return it->second;
  std::vector<std::string> labels;
  for (const auto& ch : c.choices) labels.push_back(ch.label);
  lists_.push_back(labels);
  char col[8];  // column A holds the people's names
  lxw_col_to_name(col, static_cast<lxw_col_t>(lists_.size()), 1);
  std::string range = "='" + std::string(kListsSheet) + "'!$" + col + "$1:$" + col + "$" + std::to_string(labels.size());
  list_ranges_[key] = range;
  return range;
}

void Writer::validate(lxw_worksheet* ws, lxw_row_t first, lxw_col_t col, lxw_row_t last, const Column& c) {
  lxw_data_validation v{};
  std::string formula;
  static char yes_no_error[] = "Выберите «да» или «нет».";
  static char list_error[] = "Выберите значение из списка.";
  static char staff_error[] = "Такого сотрудника нет на листе «Сотрудники»: выберите ФИО из списка.";
  static char person_error[] = "Выберите ФИО из списка; нескольких человек пишите через «; ».";
  static char date_error[] = "Введите дату, например 01.09.2023.";
  static char title[] = "nastavnik";
  v.error_title = title;
  switch (c.type) {
    case CellType::Choice:
    case CellType::DeadlineKind:
    case CellType::FreeChoice:
      formula = list_range(c);
      v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      v.error_type = c.type == CellType::FreeChoice ? LXW_VALIDATION_ERROR_TYPE_INFORMATION : LXW_VALIDATION_ERROR_TYPE_STOP;
      v.error_message = list_error;
      break;
    case CellType::YesNo: {
      static const std::vector<Choice> yes_no = {{"да", "true"}, {"нет", "false"}};
      Column yn = c;
      yn.choices = yes_no;
      formula = list_range(yn);
      v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      v.error_message = yes_no_error;
      break;
    }
    case CellType::StaffRef: {
      formula = staff_names_range(static_cast<int>(kLastRow) + 1);
      v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
      v.error_message = staff_error;
      break;
    }
    case CellType::PersonRef:
    case CellType::IdList: {  // several people: «; » between names, so any text must pass
      formula = "='" + std::string(kListsSheet) + "'!$A$1:$A$" + std::to_string(people_.size());
      v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      v.error_type = c.type == CellType::IdList ? LXW_VALIDATION_ERROR_TYPE_INFORMATION : LXW_VALIDATION_ERROR_TYPE_WARNING;
      v.error_message = person_error;
      break;
    }
    case CellType::Date:
      v.validate = LXW_VALIDATION_TYPE_DATE;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_datetime = {1900, 1, 1, 0, 0, 0};
      v.maximum_datetime = {2200, 12, 31, 0, 0, 0};
      v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
      v.error_message = date_error;
      break;
    default: return;
  }
  if (!formula.empty()) v.value_formula = formula.data();
  status_.check(xlsx::add_validation(ws, first, col, last, col, &v));
}

void Writer::comment(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Column& c) {
  std::string text = xlsx::cell_text(comment_text(c), 2000);
  lxw_comment_options o{};
  static char author[] = "nastavnik";
  o.author = author;
  o.width = 320;
  o.height = static_cast<uint16_t>(60 + 15 * (xlsx::excel_length(text) / 45));
  status_.check(worksheet_write_comment_opt(ws, row, col, text.c_str(), &o));
}

// Header, example row 2, then one row per item; drop-downs and formats down to kLastRow.
void Writer::table(lxw_worksheet* ws, const Sheet& s, const std::vector<OJson>& rows) {
  status_.check(worksheet_set_row(ws, 0, 45, nullptr));
  for (lxw_col_t c = 0; c < s.columns.size(); ++c) {
    const Column& col = s.columns[c];
    // The first column also shows «Пример: » in the example row.
    double width = c == 0 ? col.width + 8 : col.width;
    // The people sheets' codes are the data file's: out of sight (made from the name when empty).
    lxw_row_col_options hidden{};
    hidden.hidden = col.path == "id" && col.type == CellType::Text &&
                    (s.target == "/staff" || s.target == "/pupils" || s.target == "/others");
    status_.check(worksheet_set_column_opt(ws, c, c, width, column_format(col, f_), &hidden));
    status_.check(xlsx::write_text(ws, 0, c, col.header, f_.header));
    comment(ws, 0, c, col);
    validate(ws, 2, c, kLastRow, col);
    std::string example = col.example;
    if (c == 0) example = std::string(kExampleMarker) + " " + example;
    if (!example.empty()) status_.check(xlsx::write_text(ws, 1, c, example, f_.example));
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    lxw_row_t row = static_cast<lxw_row_t>(r + 2);
    for (lxw_col_t c = 0; c < s.columns.size(); ++c) {
      const Column& col = s.columns[c];
      put(ws, row, c, to_cell(col, at_path(rows[r], col.path)), f_.text, f_.date);
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
}

// A row per field: A the field, B its value, C an example.
void Writer::form(lxw_worksheet* ws, const Sheet& s, const OJson& object) {
  status_.check(worksheet_set_column(ws, 0, 0, 38, f_.label));
  status_.check(worksheet_set_column(ws, 1, 1, 60, f_.text));
  status_.check(worksheet_set_column(ws, 2, 2, 50, f_.example));
  const char* headers[] = {"Поле", "Значение", "Пример"};
  for (lxw_col_t c = 0; c < 3; ++c) status_.check(xlsx::write_text(ws, 0, c, headers[c], f_.header));
  for (size_t i = 0; i < s.columns.size(); ++i) {
    const Column& col = s.columns[i];
    lxw_row_t row = static_cast<lxw_row_t>(i + 1);
    status_.check(xlsx::write_text(ws, row, 0, col.header, f_.label));
    comment(ws, row, 0, col);
    validate(ws, row, 1, row, col);
    put(ws, row, 1, to_cell(col, at_path(object, col.path)), f_.text, f_.date);
    if (!col.example.empty()) status_.check(xlsx::write_text(ws, row, 2, col.example, f_.example));
  }
  // An empty date value gets the date format, so a date typed there stays a date.
  for (size_t i = 0; i < s.columns.size(); ++i) {
    const Column& col = s.columns[i];
    if (!is_date(col.type)) continue;
    lxw_row_t row = static_cast<lxw_row_t>(i + 1);
    CellOut cell = to_cell(col, at_path(object, col.path));
    if (cell.kind == CellOut::Kind::Blank) status_.check(worksheet_write_blank(ws, row, 1, f_.date));
  }
  worksheet_freeze_panes(ws, 1, 0);
}

void Writer::sheet(const Sheet& s, const OJson& doc) {
  lxw_worksheet* ws = workbook_add_worksheet(wb_, s.name.c_str());
  if (!ws) {
    status_.check(LXW_ERROR_SHEETNAME_ALREADY_USED);
    return;
  }
  const OJson target = at_pointer(doc, s.target);
  std::vector<OJson> rows;
  switch (s.kind) {
    case SheetKind::Form: form(ws, s, target.is_object() ? target : OJson::object()); return;
    case SheetKind::Table:
      if (target.is_array())
        for (const auto& item : target)
          rows.push_back(s.columns[0].path == kValuePath ? OJson{{kValuePath, item}} : item);
      break;
    case SheetKind::KeyedField:
      if (target.is_array())
        for (const auto& owner : target)
          if (owner.is_object() && owner.contains(s.field)) {
            OJson row = owner[s.field];
            // The owner by name when the name is theirs alone, else by code.
            const OJson name = owner.value("full_name", OJson());
            const bool by_name = name.is_string() && person_index_by_name(target, name.get<std::string>()) <
                                                         target.size() &&
                                 target[person_index_by_name(target, name.get<std::string>())] == owner;
            if (row.is_object()) row[s.columns[0].path] = by_name ? name : owner.value("id", OJson());
            rows.push_back(row);
          }
      break;
    case SheetKind::KeyedMap:
    case SheetKind::KeyedList:
      for (const auto& choice : s.columns[0].choices) {
        OJson entry = target.is_object() && target.contains(choice.value) ? target[choice.value] : OJson();
        if (s.kind == SheetKind::KeyedMap) {
          if (!entry.is_object()) continue;
          entry[s.columns[0].path] = choice.value;
          rows.push_back(entry);
          continue;
        }
        OJson list = s.field.empty() ? entry : at_path(entry, s.field);
        if (list.is_array())
          for (const auto& v : list) rows.push_back(OJson{{s.columns[0].path, choice.value}, {s.columns[1].path, v}});
      }
      break;
  }
  table(ws, s, rows);
}

void Writer::instruction() {
  lxw_worksheet* ws = workbook_add_worksheet(wb_, kInstructionSheet);
  status_.check(worksheet_set_column(ws, 0, 0, 110, f_.note));
  std::vector<std::string> lines = {
      "Данные программы наставничества для nastavnik",
      "1. Заполните листы по порядку: «Организация», «Сотрудники», «Мероприятия», затем участников, пары и "
      "приказы. Листы итогов («Итоги года», «Итоги мероприятий», «Мониторинг» и следующие) — в конце учебного года.",
      "2. Первая строка каждого листа — заголовки; наведите на заголовок, чтобы прочитать пояснение. Серая строка "
      "2, которая начинается с «Пример:», — образец: программа её не читает, её можно удалить или оставить.",
      "3. Пишите свои данные с третьей строки, по строке на человека, мероприятие или пару. Пустые строки "
      "пропускаются.",
      "4. Где есть выпадающий список, выберите значение из него. Даты пишите как 01.09.2023.",
      "5. Несколько кодов в одной ячейке (наставляемые, ответственные) пишите через точку с запятой: "
      "«orlov_ta; panov_ia».",
      "6. На людей ссылайтесь по коду из столбца «Код» листов «Сотрудники», «Обучающиеся», «Другие участники» "
      "или по ФИО полностью, как оно записано там (кроме первого столбца листа «Представители» и столбца "
      "«Ответственные» мероприятий — там только коды): "
      "«Ткач Светлана Юрьевна» вместо «teacher_math2». Если одно ФИО у двух людей, пишите код.",
      "7. Этапы на листе «Этапы» заполнены стандартным текстом: меняйте его или удалите строку, чтобы взять стандарт.",
      "8. Проверьте книгу: nastavnik check наставничество.xlsx — программа назовёт лист и ячейку каждой ошибки.",
      "9. Создайте документы: nastavnik build наставничество.xlsx -o документы",
      "Порядок листов можно менять, лишние листы программа не читает. Подробно о каждом поле — в data/FORMAT.md.",
  };
  for (size_t i = 0; i < lines.size(); ++i)
    status_.check(xlsx::write_text(ws, static_cast<lxw_row_t>(i), 0, lines[i], i == 0 ? f_.note_bold : f_.note));
}

void Writer::lists() {
  lxw_worksheet* ws = workbook_add_worksheet(wb_, kListsSheet);
  for (size_t c = 0; c < lists_.size(); ++c)
    for (size_t r = 0; r < lists_[c].size(); ++r)
      status_.check(xlsx::write_text(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c + 1), lists_[c][r], nullptr));
  for (size_t r = 0; r < people_.size(); ++r)
    status_.check(worksheet_write_formula_str(ws, static_cast<lxw_row_t>(r), 0, people_[r].formula.c_str(), nullptr,
                                              people_[r].cached.c_str()));
  worksheet_hide(ws);
}

}  // namespace

bool write_workbook(const std::string& path, const OJson& doc, xlsx::FileAccess access, std::string* error) {
  xlsx::WorkbookFile file(path, access);
  if (!file.workbook()) return file.commit(xlsx::Status(), error);
  OJson named = doc;  // a deputy's table: people by name, their codes only on the people sheets
  person_codes_to_names(named);
  Writer w(file.workbook(), named);
  w.instruction();
  for (const auto& s : sheets()) w.sheet(s, named);
  w.lists();
  return file.commit(w.status(), error);
}

}  // namespace nastavnik::workbook
