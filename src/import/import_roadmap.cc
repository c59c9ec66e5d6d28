// The roadmap table: columns by their headers, stage rows (merged across the
// table, or numbered without a deadline, or a stage column), events, and the
// academic year the deadlines and approvals point to.
#include "import/import_roadmap.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "model/deadline.h"
#include "import/import_table_mapper.h"
#include "import/import_text.h"
#include "language/plural.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

std::string paragraph_where(const ImportDocument& doc, const ImportBlock& b, int index) {
  return doc.from_text_file && b.line > 0 ? "строка " + std::to_string(b.line) : "абзац " + std::to_string(index);
}

// The rows up to and including a table's header: the header (or its repeat on a
// table continued after a page break) and any text above it inside the table.
void record_header_rows(const ImportDocument& doc, const ImportTable& t, int table_number, size_t first,
                        bool repeat, ImportedRoadmap& r) {
  for (size_t i = 0; i < first; ++i) {
    LedgerEntry e;
    e.where = row_location(doc, table_number, t.rows[i], static_cast<int>(i));
    e.text = row_text(t.rows[i]);
    e.kind = i + 1 < first ? (e.text.empty() ? LedgerEntry::Kind::Empty : LedgerEntry::Kind::Skipped)
             : repeat      ? LedgerEntry::Kind::HeaderRepeat
                           : LedgerEntry::Kind::Header;
    r.ledger.push_back(std::move(e));
  }
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

// Widens the year to what the deadlines need: a preparation phase in the summer
// before 1 September, and a plan whose dates run into later years. Dates more
// than three months before the year are left alone: they are last year's file.
void infer_period(ImportedRoadmap& r) {
  if (!r.year) return;
  Date from = r.period ? r.period->first : r.year->start();
  Date to = r.period ? r.period->second : r.year->end();
  const Date earliest_prep{r.year->first, 6, 1};
  std::string early, late;
  for (const auto& e : r.events) {
    auto span = deadline_span(parse_deadline(e.deadline, *r.year));
    if (!span) continue;
    Date first{span->first.year, span->first.month, 1};
    if (first < from && first >= earliest_prep) {
      from = first;
      early = e.deadline;
    }
    if (span->second > to) {
      to = Date{span->second.year, span->second.month, days_in_month(span->second.year, span->second.month)};
      late = e.deadline;
    }
  }
  if (!early.empty() || !late.empty() || r.period) {
    r.period = std::pair{from, to};
    r.year_reason += "; период " + format_numeric(from) + " – " + format_numeric(to);
    if (!early.empty()) r.year_reason += ", начат до 1 сентября по сроку подготовки «" + early + "»";
    if (!late.empty()) r.year_reason += ", продлён по сроку «" + late + "»";
  }
}

}  // namespace

ImportedRoadmap import_roadmap(const ImportDocument& doc, const ImportOptions& options) {
  ImportedRoadmap r;
  TableMapper mapper(doc, r);
  std::vector<ImportParagraph> before, after;
  std::optional<ImportMapping> last;
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
    std::optional<ImportMapping> m;
    size_t first = 0;
    bool continued = last && static_cast<int>(last->cols.size()) == t.columns;
    // A table continued after a page break may have data rows above its repeated
    // header: the mapper tells the header by the first one's text, and a keyword
    // in a data row never starts a table. A new table of that width has its own
    // header on its first row.
    bool repeats = false;
    for (size_t i = 0; continued && i < t.rows.size() && i < 3; ++i)
      repeats = repeats || row_text(t.rows[i]) == last->header_text;
    for (size_t i = 0; i < t.rows.size() && i < 3 && !m && !repeats; ++i) {
      if (continued && i > 0) break;
      if ((m = header_mapping(t.rows[i], t.columns))) first = i + 1;
    }
    if (!m && continued) m = last;  // split at a page break
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
    record_header_rows(doc, t, table_number, first, last && m->header_text == last->header_text, r);
    std::string cols;
    for (size_t i = 0; i < m->cols.size(); ++i)
      if (m->cols[i] != ImportColumn::Unknown || !m->headers[i].empty())
        cols += (cols.empty() ? "" : ", ") + std::string("«") + m->headers[i] + "»" +
                (m->cols[i] == ImportColumn::Unknown ? " (не распознан)" : "");
    if (!cols.empty() && !last) r.found.push_back("таблица " + std::to_string(table_number) + ": столбцы " + cols);
    mapper.table(t, *m, table_number, first);
    last = m;
  }
  for (const auto& e : r.events)
    if (!e.result.empty()) r.result_column = true;
  read_heading(before, after, r);
  if (r.tables == 0)
    r.unrecognised.push_back("не найдено таблицы мероприятий: нужна таблица с заголовками столбцов «Мероприятие» "
                             "(или «Наименование») и «Сроки» или «Ответственные»");
  infer_year(r, options);
  infer_period(r);
  r.staff = staff_from_events(r.events);
  fill_staff_positions(r);
  return r;
}

}  // namespace nastavnik
