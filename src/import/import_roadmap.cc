// The roadmap table: columns by their headers, stage rows (merged across the
// table, or numbered without a deadline, or a stage column), events, and the
// academic year the deadlines and approvals point to.
#include "import/import_roadmap.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "model/deadline.h"
#include "import/import_text.h"
#include "language/plural.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

enum class Col { Number, Stage, Event, Content, Deadline, Responsible, Result, Unknown };

Col classify_header(const std::string& text) {
  std::string h = fold_for_match(collapse_whitespace(text));
  auto has = [&](const char* w) { return h.find(w) != std::string::npos; };
  if (h.empty()) return Col::Unknown;
  if (has("№") || h == "п/п" || has("номер")) return Col::Number;
  if (has("мероприят")) return Col::Event;
  if (has("этап")) return Col::Stage;
  if (has("наименование") || has("название")) return Col::Event;
  if (has("содержание")) return Col::Content;
  if (has("срок") || has("дата") || has("период")) return Col::Deadline;
  if (has("ответствен") || has("исполнител")) return Col::Responsible;
  if (has("результат") || has("вид документа") || has("отчетн") || has("продукт")) return Col::Result;
  return Col::Unknown;
}

struct Mapping {
  std::vector<Col> cols;
  std::vector<std::string> headers;
  int of(Col c) const {
    for (size_t i = 0; i < cols.size(); ++i)
      if (cols[i] == c) return static_cast<int>(i);
    return -1;
  }
};

// A header row names the event column and a deadline or responsible column.
std::optional<Mapping> header_mapping(const ImportRow& row, int columns) {
  Mapping m;
  m.cols.assign(columns, Col::Unknown);
  m.headers.assign(columns, "");
  for (const auto& c : row.cells) {
    if (c.column >= columns) continue;
    Col k = classify_header(c.text);
    if (m.of(k) >= 0 && k != Col::Unknown) k = Col::Unknown;  // a second column of a kind is unrecognised
    m.cols[c.column] = k;
    m.headers[c.column] = collapse_whitespace(c.text);
  }
  if (m.of(Col::Event) < 0 || (m.of(Col::Deadline) < 0 && m.of(Col::Responsible) < 0)) return std::nullopt;
  return m;
}

class TableMapper {
 public:
  TableMapper(const ImportDocument& doc, ImportedRoadmap& r) : doc_(doc), r_(r) {}

  void table(const ImportTable& t, const Mapping& m, int table_number, size_t first_row) {
    ++section_;
    for (size_t i = first_row; i < t.rows.size(); ++i) {
      const ImportRow& row = t.rows[i];
      if (header_mapping(row, t.columns)) {
        ++section_;  // the header again: a page repeat or the table restated
        continue;
      }
      Row x{row, static_cast<int>(i), table_number, m};
      map_row(x);
    }
  }

  void finish() {
    for (const auto& e : r_.events)
      if (!e.result.empty()) r_.result_column = true;
  }

 private:
  struct Row {
    const ImportRow& row;
    int index;
    int table;
    const Mapping& m;
  };

  // The text of the column of kind `k`, empty when the column is absent, merged
  // into a cell on its left, or covered from above (unless `inherit`).
  std::string text(const Row& x, Col k, bool inherit = true) const {
    int col = x.m.of(k);
    if (col < 0) return "";
    const ImportCell* c = cell_at(x.row, col);
    if (!c || c->column != col || (c->from_above && !inherit)) return "";
    return c->text;
  }
  bool from_above(const Row& x, Col k) const {
    int col = x.m.of(k);
    const ImportCell* c = col < 0 ? nullptr : cell_at(x.row, col);
    return c && c->from_above;
  }
  // The event column's cell spans the deadline or responsible column: a stage row.
  bool merged_across(const Row& x) const {
    int ev = x.m.of(Col::Event);
    const ImportCell* c = ev < 0 ? nullptr : cell_at(x.row, ev);
    if (!c) return false;
    for (Col k : {Col::Deadline, Col::Responsible}) {
      int col = x.m.of(k);
      if (col >= 0 && cell_at(x.row, col) == c) return true;
    }
    return false;
  }
  std::string where(const Row& x, Col k) const {
    int col = std::max(0, x.m.of(k));
    return cell_location(doc_, x.table, x.row, x.index, col);
  }

  void map_row(const Row& x) {
    bool empty = true;
    for (const auto& c : x.row.cells)
      if (!trim(c.text).empty() && !c.from_above) empty = false;
    if (empty) return;
    if (x.m.of(Col::Stage) >= 0) return stage_column_row(x);
    std::string number = trim(text(x, Col::Number, false));
    while (!number.empty() && number.back() == '.') number.pop_back();
    bool integer = !number.empty() && std::all_of(number.begin(), number.end(), ::isdigit);
    bool no_deadline = trim(text(x, Col::Deadline)).empty() && trim(text(x, Col::Responsible)).empty();
    std::string title = text(x, Col::Event, false);
    bool labelled = title.find("Задача:") != std::string::npos || title.find("Результат:") != std::string::npos;
    if (merged_across(x) || (integer && (no_deadline || labelled)) || (number.empty() && labelled)) {
      std::string all = title.empty() ? text(x, Col::Number, false) : title;
      stage_row(x, integer ? std::stoi(number) : 0, all);
      return;
    }
    if (from_above(x, Col::Event) || (title.empty() && !trim(text(x, Col::Content)).empty() && !r_.events.empty()))
      return continuation(x);
    event_row(x, number, stage_of_number(number));
  }

  int stage_of_number(const std::string& number) const {
    size_t dot = number.find('.');
    if (dot != std::string::npos && dot > 0 && std::isdigit(static_cast<unsigned char>(number[0])))
      return std::stoi(number.substr(0, dot));
    return current_stage_ > 0 ? current_stage_ : 1;
  }

  // 003's shape: a stage column beside the events, stage number in the № column.
  void stage_column_row(const Row& x) {
    std::string number = trim(text(x, Col::Number, false));
    std::string name = text(x, Col::Stage, false);
    if (!trim(name).empty() || (!number.empty() && std::isdigit(static_cast<unsigned char>(number[0])))) {
      int n = std::isdigit(static_cast<unsigned char>(number.empty() ? 'x' : number[0])) ? std::stoi(number) : 0;
      stage_row(x, n, name, false);
    }
    std::string title = text(x, Col::Event, false);
    if (trim(title).empty() || from_above(x, Col::Event)) {
      if (!r_.events.empty() && r_.events.back().stage == current_stage_) return continuation(x);
    }
    event_row(x, "", current_stage_ > 0 ? current_stage_ : 1);
  }

  // `own_row`: the row is the stage's alone, so its other cells are kept in note.
  void stage_row(const Row& x, int number, const std::string& all, bool own_row = true) {
    if (number <= 0) number = current_stage_ + 1;
    StageText st = split_stage_text(all);
    ImportedStage s;
    s.number = number;
    s.name = st.name;
    s.goal = st.goal;
    s.task = st.task;
    s.result = st.result;
    for (Col k : {Col::Deadline, Col::Responsible, Col::Result, Col::Content}) {
      if (!own_row) break;
      std::string extra = join_lines(text(x, k, false), " ");
      if (extra.empty()) continue;
      s.note += (s.note.empty() ? "" : "; ") + header_of(x, k) + ": " + extra;
      r_.unrecognised.push_back(where(x, k) + ": «" + extra + "» в строке этапа " + std::to_string(number) +
                                " — сохранено в поле note этапа");
    }
    if (own_row) keep_unknown_cells(x, s.note, "этапа " + std::to_string(number));
    current_stage_ = number;
    events_in_stage_ = 0;
    auto same = std::find_if(r_.stages.begin(), r_.stages.end(), [&](const ImportedStage& o) { return o.number == number; });
    if (same != r_.stages.end()) {
      if (same->name != s.name || same->task != s.task || same->result != s.result)
        r_.found.push_back("этап " + std::to_string(number) + " описан ещё раз (" + where(x, Col::Number) +
                           "): взят этот вариант");
      r_.stages.erase(same);
    }
    r_.stages.push_back(std::move(s));
  }

  std::string header_of(const Row& x, Col k) const {
    int col = x.m.of(k);
    return col < 0 ? "" : x.m.headers[col];
  }

  void keep_unknown_cells(const Row& x, std::string& note, const std::string& owner) {
    for (const auto& c : x.row.cells) {
      if (c.column >= static_cast<int>(x.m.cols.size()) || x.m.cols[c.column] != Col::Unknown || c.from_above)
        continue;
      std::string t = join_lines(c.text, " ");
      if (t.empty()) continue;
      std::string h = x.m.headers[c.column].empty() ? "Столбец " + std::to_string(c.column + 1) : x.m.headers[c.column];
      note += (note.empty() ? "" : "; ") + h + ": " + t;
      r_.unrecognised.push_back(cell_location(doc_, x.table, x.row, x.index, c.column) + " («" + h + "»): «" + t +
                                "» — сохранено в поле note " + owner);
    }
  }

  void continuation(const Row& x) {
    if (r_.events.empty()) return event_row(x, "", current_stage_ > 0 ? current_stage_ : 1);
    ImportedEvent& e = r_.events.back();
    std::string more = join_lines(text(x, Col::Content), " ");
    if (!more.empty()) e.title += " " + more;  // the next point of the same content
    r_.found.push_back(where(x, Col::Event) + ": продолжение мероприятия " + e.number +
                       " (ячейка «Мероприятие» объединена или пуста) — текст добавлен к нему");
    keep_unknown_cells(x, e.note, "мероприятия " + e.number);
  }

  void event_row(const Row& x, std::string number, int stage) {
    ImportedEvent e;
    e.stage = stage;
    e.title = join_lines(text(x, Col::Event, false), " ");
    std::string content = join_lines(text(x, Col::Content), " ");
    if (!content.empty()) e.title = e.title.empty() ? content : append_sentence(e.title, content);
    e.deadline = join_lines(text(x, Col::Deadline), " ");
    e.responsible = join_lines(text(x, Col::Responsible), ", ");
    e.result = join_lines(text(x, Col::Result), "; ");
    inherit(x, e, &ImportedEvent::deadline, "срок");
    inherit(x, e, &ImportedEvent::responsible, "ответственные");
    if (e.title.empty()) {
      r_.unrecognised.push_back(where(x, Col::Event) + ": строка без текста мероприятия");
      e.title = "[заполните: мероприятие]";
    }
    bool valid = !number.empty() && number.find('.') != std::string::npos &&
                 std::all_of(number.begin(), number.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; });
    if (!valid) {
      std::string generated = std::to_string(stage) + "." + std::to_string(events_in_stage_ + 1);
      if (!number.empty())
        r_.unrecognised.push_back(where(x, Col::Number) + ": номер «" + number + "» не вида «этап.номер» — записан номер " +
                                  generated + ", прежний сохранён в поле note");
      if (!number.empty()) e.note = "№ " + number;
      number = generated;
    }
    e.number = number;
    keep_unknown_cells(x, e.note, "мероприятия " + number);
    place(x, std::move(e));
  }

  // An empty deadline or responsible cell in a table whose merging was lost takes
  // the value of the event above in the same stage.
  void inherit(const Row& x, ImportedEvent& e, std::string ImportedEvent::*field, const char* what) {
    if (!(e.*field).empty() || r_.events.empty() || r_.events.back().stage != e.stage) return;
    e.*field = r_.events.back().*field;
    r_.found.push_back(where(x, field == &ImportedEvent::deadline ? Col::Deadline : Col::Responsible) + ": " + what +
                       " не указан(ы) — взято из строки выше («" + e.*field + "»)");
  }

  // Keeps event numbers unique: a table restated after its header replaces the
  // earlier copy; a repeated number inside one section gets the next free one.
  void place(const Row& x, ImportedEvent e) {
    auto same = std::find_if(r_.events.begin(), r_.events.end(), [&](const ImportedEvent& o) { return o.number == e.number; });
    if (same != r_.events.end()) {
      size_t idx = static_cast<size_t>(same - r_.events.begin());
      if (section_of_[idx] != section_) {
        if (collapse_whitespace(same->title) != collapse_whitespace(e.title))
          r_.found.push_back("мероприятие " + e.number + " повторяется (" + where(x, Col::Number) +
                             ") с другим текстом: взят последний вариант");
        r_.events.erase(same);
        section_of_.erase(section_of_.begin() + static_cast<long>(idx));
      } else {
        std::string old = e.number;
        int k = 1;
        while (std::any_of(r_.events.begin(), r_.events.end(),
                           [&](const ImportedEvent& o) { return o.number == old + "." + std::to_string(k); }))
          ++k;
        e.number = old + "." + std::to_string(k);
        r_.unrecognised.push_back(where(x, Col::Number) + ": номер " + old + " уже был — записан номер " + e.number);
      }
    }
    ++events_in_stage_;
    r_.events.push_back(std::move(e));
    section_of_.push_back(section_);
  }

  const ImportDocument& doc_;
  ImportedRoadmap& r_;
  int current_stage_ = 0;
  int events_in_stage_ = 0;
  int section_ = 0;
  std::vector<int> section_of_;  // section of each event, parallel to r_.events
};

std::string paragraph_where(const ImportDocument& doc, const ImportBlock& b, int index) {
  return doc.from_text_file && b.line > 0 ? "строка " + std::to_string(b.line) : "абзац " + std::to_string(index);
}

void infer_year(ImportedRoadmap& r, const ImportOptions& o) {
  if (o.year) {
    r.year = o.year;
    r.year_reason = "задан параметром --year";
    return;
  }
  if (r.year) return;  // the title names it
  std::map<int, int> votes;
  std::map<int, std::string> example;
  AcademicYear any{2000};
  for (const auto& e : r.events) {
    Deadline d = parse_deadline(e.deadline, any);
    int first = 0;
    if (d.stated_year) first = d.stated_year->first;
    else if (d.has_dates() && d.kind != Deadline::Kind::Month && d.kind != Deadline::Kind::MonthRange)
      first = d.from.month >= 8 ? d.from.year : d.from.year - 1;  // «до 30.08» prepares the coming year
    if (first == 0) continue;
    ++votes[first];
    if (!example.count(first)) example[first] = e.deadline;
  }
  for (const auto& a : r.approvals)
    if (a.date || a.document.date) {
      Date d = a.date ? *a.date : *a.document.date;
      int first = d.month >= 5 ? d.year : d.year - 1;  // approved in late spring or summer for the coming year
      ++votes[first];
      if (!example.count(first)) example[first] = "гриф от " + format_numeric(d);
    }
  if (votes.empty()) return;
  auto best = std::max_element(votes.begin(), votes.end(), [](auto& a, auto& b) { return a.second < b.second; });
  r.year = AcademicYear{best->first};
  r.year_reason = "чаще всего в сроках и датах грифов (" + plural(best->second, "раз", "раза", "раз") +
                  ", например «" + example[best->first] + "»)";
}

}  // namespace

ImportedRoadmap import_roadmap(const ImportDocument& doc, const ImportOptions& options) {
  ImportedRoadmap r;
  TableMapper mapper(doc, r);
  std::vector<ImportParagraph> before, after;
  std::optional<Mapping> last;
  int table_number = 0, paragraph_number = 0;
  for (const auto& b : doc.blocks) {
    if (b.kind == ImportBlock::Kind::Paragraph) {
      std::string where = paragraph_where(doc, b, ++paragraph_number);
      std::vector<std::string> lines = split_lines(b.text);  // a line break (Shift+Enter) parts a block too
      if (lines.empty()) lines.push_back("");
      for (auto& line : lines) (r.tables ? after : before).push_back({line, where});
      continue;
    }
    ++table_number;
    const ImportTable& t = b.table;
    std::optional<Mapping> m;
    size_t first = 0;
    for (size_t i = 0; i < t.rows.size() && i < 3 && !m; ++i)
      if ((m = header_mapping(t.rows[i], t.columns))) first = i + 1;
    if (!m && last && static_cast<int>(last->cols.size()) == t.columns) m = last;  // split at a page break
    if (!m) {  // a layout table (approval blocks side by side): its cells are paragraphs
      for (size_t i = 0; i < t.rows.size(); ++i)
        for (const auto& c : t.rows[i].cells) {
          if (c.from_above || trim(c.text).empty()) continue;
          std::string where = cell_location(doc, table_number, t.rows[i], static_cast<int>(i), c.column);
          for (const auto& line : split_lines(c.text))
            (r.tables ? after : before).push_back({line, where});
          (r.tables ? after : before).push_back({"", where});
        }
      continue;
    }
    ++r.tables;
    std::string cols;
    for (size_t i = 0; i < m->cols.size(); ++i)
      if (m->cols[i] != Col::Unknown || !m->headers[i].empty())
        cols += (cols.empty() ? "" : ", ") + std::string("«") + m->headers[i] + "»" +
                (m->cols[i] == Col::Unknown ? " (не распознан)" : "");
    if (!cols.empty()) r.found.push_back("таблица " + std::to_string(table_number) + ": столбцы " + cols);
    mapper.table(t, *m, table_number, first);
    last = m;
  }
  mapper.finish();
  read_heading(before, after, r);
  if (r.tables == 0)
    r.unrecognised.push_back("не найдено таблицы мероприятий: нужна таблица с заголовками столбцов «Мероприятие» "
                             "(или «Наименование») и «Сроки» или «Ответственные»");
  infer_year(r, options);
  return r;
}

}  // namespace nastavnik
