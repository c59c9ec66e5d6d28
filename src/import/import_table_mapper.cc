#include "import/import_table_mapper.h"

#include <algorithm>
#include <cctype>

#include "import/import_text.h"
#include "model/fill_in.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

using Col = ImportColumn;

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

bool is_number_text(const std::string& n) {
  return !n.empty() && std::isdigit(static_cast<unsigned char>(n[0])) &&
         std::all_of(n.begin(), n.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; });
}

// «a» continued by «b» from the next page: a word cut at a hyphen joins without a space.
std::string joined(const std::string& a, const std::string& b, const std::string& sep) {
  if (b.empty()) return a;
  if (a.empty()) return b;
  return join_lines(a + "\n" + b, sep);
}

}  // namespace

int ImportMapping::of(ImportColumn c) const {
  for (size_t i = 0; i < cols.size(); ++i)
    if (cols[i] == c) return static_cast<int>(i);
  return -1;
}

std::optional<ImportMapping> header_mapping(const ImportRow& row, int columns) {
  ImportMapping m;
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
  m.header_text = row_text(row);
  return m;
}

void TableMapper::table(const ImportTable& t, const ImportMapping& m, int table_number, size_t first_row) {
  ++section_;
  last_was_event_ = false;
  for (size_t i = first_row; i < t.rows.size(); ++i) {
    Row x{t.rows[i], static_cast<int>(i), table_number, m};
    std::string text = row_text(x.row);
    if (text.empty()) {
      ledger(x, LedgerEntry::Kind::Empty, "");
    } else if (text == m.header_text) {
      ++section_;  // the header again: a page repeat, or the table restated below
      ledger(x, LedgerEntry::Kind::HeaderRepeat, "");
    } else if (is_column_numbering(x.row)) {
      ledger(x, LedgerEntry::Kind::ColumnNumbers, "");
    } else {
      map_row(x);
    }
  }
}

// The text of the column of kind `k`, empty when the column is absent, merged
// into a cell on its left, or covered from above (unless `inherit`).
std::string TableMapper::text(const Row& x, Col k, bool inherit) const {
  int col = x.m.of(k);
  if (col < 0) return "";
  const ImportCell* c = cell_at(x.row, col);
  if (!c || c->column != col || (c->from_above && !inherit)) return "";
  return c->text;
}

bool TableMapper::from_above(const Row& x, Col k) const {
  int col = x.m.of(k);
  const ImportCell* c = col < 0 ? nullptr : cell_at(x.row, col);
  return c && c->from_above;
}

// The event column's cell spans the deadline or responsible column: a stage row.
bool TableMapper::merged_across(const Row& x) const {
  int ev = x.m.of(Col::Event);
  const ImportCell* c = ev < 0 ? nullptr : cell_at(x.row, ev);
  if (!c) return false;
  for (Col k : {Col::Deadline, Col::Responsible}) {
    int col = x.m.of(k);
    if (col >= 0 && cell_at(x.row, col) == c) return true;
  }
  return false;
}

std::string TableMapper::where(const Row& x, Col k) const {
  return cell_location(doc_, x.table, x.row, x.index, std::max(0, x.m.of(k)));
}

std::string TableMapper::where(const Row& x) const { return row_location(doc_, x.table, x.row, x.index); }

void TableMapper::ledger(const Row& x, LedgerEntry::Kind kind, std::string detail) {
  std::string text = row_text(x.row);
  if (text.size() > 90) text = text.substr(0, text.find(' ', 80)) + " …";
  r_.ledger.push_back({kind, where(x), std::move(detail), text});
  last_was_event_ = kind == LedgerEntry::Kind::Event || (last_was_event_ && kind == LedgerEntry::Kind::Continuation);
}

void TableMapper::map_row(const Row& x) {
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
  if (page_split(x, number)) return continuation(x, true);
  if (from_above(x, Col::Event) || (title.empty() && !trim(text(x, Col::Content)).empty() && !r_.events.empty()))
    return continuation(x, false);
  event_row(x, number, stage_of_number(number));
}

// A row Word split at a page break: no number of its own in a table whose events
// are numbered, right under an event.
bool TableMapper::page_split(const Row& x, const std::string& number) const {
  if (x.m.of(Col::Number) < 0 || !number.empty() || from_above(x, Col::Number)) return false;
  return numbered_table_ && last_was_event_ && !r_.events.empty();
}

int TableMapper::stage_of_number(const std::string& number) const {
  size_t dot = number.find('.');
  if (dot != std::string::npos && dot > 0 && std::isdigit(static_cast<unsigned char>(number[0])))
    return std::stoi(number.substr(0, dot));
  return current_stage_ > 0 ? current_stage_ : 1;
}

// 003's shape: a stage column beside the events, stage number in the № column.
void TableMapper::stage_column_row(const Row& x) {
  std::string number = trim(text(x, Col::Number, false));
  std::string name = text(x, Col::Stage, false);
  bool stage = !trim(name).empty() || (!number.empty() && std::isdigit(static_cast<unsigned char>(number[0])));
  if (stage) {
    int n = std::isdigit(static_cast<unsigned char>(number.empty() ? 'x' : number[0])) ? std::stoi(number) : 0;
    stage_row(x, n, name, false);
  }
  std::string title = text(x, Col::Event, false);
  if (trim(title).empty() || from_above(x, Col::Event)) {
    if (!r_.events.empty() && r_.events.back().stage == current_stage_ && !stage) return continuation(x, false);
    bool rest = !trim(text(x, Col::Content)).empty() || !trim(text(x, Col::Deadline, false)).empty() ||
                !trim(text(x, Col::Responsible, false)).empty();
    if (stage && !rest) return ledger(x, LedgerEntry::Kind::Stage, std::to_string(current_stage_));
  }
  event_row(x, "", current_stage_ > 0 ? current_stage_ : 1);
}

// `own_row`: the row is the stage's alone, so its other cells are kept in note
// and it is the row's ledger entry.
void TableMapper::stage_row(const Row& x, int number, const std::string& all, bool own_row) {
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
      r_.found.push_back("этап " + std::to_string(number) + " описан ещё раз (" + where(x) + "): взят этот вариант");
    r_.stages.erase(same);
  }
  r_.stages.push_back(std::move(s));
  if (own_row) ledger(x, LedgerEntry::Kind::Stage, std::to_string(number));
}

std::string TableMapper::header_of(const Row& x, Col k) const {
  int col = x.m.of(k);
  return col < 0 ? "" : x.m.headers[col];
}

void TableMapper::keep_unknown_cells(const Row& x, std::string& note, const std::string& owner) {
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

// `page_split`: every cell continues the same cell of the event above; otherwise
// (a merged event cell, a content-only row) the content is the event's next point.
void TableMapper::continuation(const Row& x, bool page_split) {
  if (r_.events.empty()) return event_row(x, "", current_stage_ > 0 ? current_stage_ : 1);
  ImportedEvent& e = r_.events.back();
  if (page_split) {
    e.title = joined(e.title, join_lines(text(x, Col::Event, false), " "), " ");
    e.title = joined(e.title, join_lines(text(x, Col::Content, false), " "), " ");
    e.deadline = joined(e.deadline, join_lines(text(x, Col::Deadline, false), " "), " ");
    e.responsible = joined(e.responsible, join_lines(text(x, Col::Responsible, false), ", "), " ");
    e.result = joined(e.result, join_lines(text(x, Col::Result, false), "; "), " ");
  } else {
    std::string more = join_lines(text(x, Col::Content), " ");
    if (!more.empty()) e.title += " " + more;
  }
  keep_unknown_cells(x, e.note, "мероприятия " + e.number);
  ledger(x, LedgerEntry::Kind::Continuation, e.number);
}

void TableMapper::event_row(const Row& x, std::string number, int stage) {
  ImportedEvent e;
  e.stage = stage;
  e.where = where(x);
  e.title = join_lines(text(x, Col::Event, false), " ");
  std::string content = join_lines(text(x, Col::Content), " ");
  if (!content.empty()) e.title = e.title.empty() ? content : append_sentence(e.title, content);
  // A cell merged down over this row is this row's too; an empty cell stays empty.
  e.deadline = join_lines(text(x, Col::Deadline), " ");
  e.responsible = join_lines(text(x, Col::Responsible), ", ");
  e.result = join_lines(text(x, Col::Result), "; ");
  if (e.title.empty()) {
    r_.unrecognised.push_back(where(x, Col::Event) + ": строка без текста мероприятия");
    e.title = fill_in_placeholder("мероприятие");
  }
  if (is_number_text(number)) {
    numbered_table_ = true;
  } else {
    std::string generated = std::to_string(stage) + "." + std::to_string(events_in_stage_ + 1);
    if (!number.empty()) {
      r_.unrecognised.push_back(where(x, Col::Number) + ": номер «" + number + "» не вида «этап.номер» — записан номер " +
                                generated + ", прежний сохранён в поле note");
      e.note = "№ " + number;
    }
    number = generated;
  }
  e.number = number;
  keep_unknown_cells(x, e.note, "мероприятия " + number);
  place(x, std::move(e));
}

// A table restated after its header replaces the earlier copy; a number
// repeated inside one section is kept and reported.
void TableMapper::place(const Row& x, ImportedEvent e) {
  auto same = std::find_if(r_.events.begin(), r_.events.end(), [&](const ImportedEvent& o) { return o.number == e.number; });
  if (same != r_.events.end()) {
    size_t idx = static_cast<size_t>(same - r_.events.begin());
    if (section_of_[idx] != section_) {
      if (collapse_whitespace(same->title) != collapse_whitespace(e.title))
        r_.found.push_back("мероприятие " + e.number + " повторяется (" + where(x) + ") с другим текстом: взят последний вариант");
      LedgerEntry& old = r_.ledger[ledger_of_[idx]];
      old.kind = LedgerEntry::Kind::Replaced;
      old.detail = e.number + " → " + where(x);
      r_.events.erase(same);
      section_of_.erase(section_of_.begin() + static_cast<long>(idx));
      ledger_of_.erase(ledger_of_.begin() + static_cast<long>(idx));
    } else {
      // Kept as written: renumbering would hide the defect and shift the rows below.
      r_.unrecognised.push_back(where(x, Col::Number) + ": номер " + e.number + " уже был (" + same->where +
                                ") — оставлен как есть; исправьте номер в файле данных (lint: L015)");
    }
  }
  ++events_in_stage_;
  ledger(x, LedgerEntry::Kind::Event, e.number);
  ledger_of_.push_back(r_.ledger.size() - 1);
  r_.events.push_back(std::move(e));
  section_of_.push_back(section_);
}

}  // namespace nastavnik
