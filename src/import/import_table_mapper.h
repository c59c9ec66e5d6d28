// The rows of a roadmap table onto stages and events, one ledger entry per row:
// the header and its page repeats (recognised by their text, never by keywords
// in a data row), the column-numbering row, rows split by a page break (joined
// to the row above), stage rows and events. No cell is filled from another row.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "import/import_roadmap.h"
#include "import/import_table.h"

namespace nastavnik {

enum class ImportColumn { Number, Stage, Event, Content, Deadline, Responsible, Result, Unknown };

// What each column of a table holds, by its header.
struct ImportMapping {
  std::vector<ImportColumn> cols;
  std::vector<std::string> headers;
  std::string header_text;  // row_text of the header row: its page repeats match it
  int of(ImportColumn c) const;
};

// The mapping a header row gives: it must name the event column and a deadline or
// responsible column; nullopt for any other row.
std::optional<ImportMapping> header_mapping(const ImportRow& row, int columns);

class TableMapper {
 public:
  TableMapper(const ImportDocument& doc, ImportedRoadmap& r) : doc_(doc), r_(r) {}

  // Maps rows from `first_row` on; rows before it (the header and any text above
  // it) are the caller's to record.
  void table(const ImportTable& t, const ImportMapping& m, int table_number, size_t first_row);

 private:
  struct Row {
    const ImportRow& row;
    int index;
    int table;
    const ImportMapping& m;
  };

  std::string text(const Row& x, ImportColumn k, bool inherit = true) const;
  bool from_above(const Row& x, ImportColumn k) const;
  bool merged_across(const Row& x) const;
  std::string where(const Row& x, ImportColumn k) const;
  std::string where(const Row& x) const;
  void ledger(const Row& x, LedgerEntry::Kind kind, std::string detail);

  void map_row(const Row& x);
  int stage_of_number(const std::string& number) const;
  void stage_column_row(const Row& x);
  void stage_row(const Row& x, int number, const std::string& all, bool own_row = true);
  std::string header_of(const Row& x, ImportColumn k) const;
  void keep_unknown_cells(const Row& x, std::string& note, const std::string& owner);
  bool page_split(const Row& x, const std::string& number) const;
  void continuation(const Row& x, bool page_split);
  void event_row(const Row& x, std::string number, int stage);
  void place(const Row& x, ImportedEvent e);

  const ImportDocument& doc_;
  ImportedRoadmap& r_;
  int current_stage_ = 0;
  int events_in_stage_ = 0;
  int section_ = 0;
  bool last_was_event_ = false;     // the row above became an event (or was joined to one)
  bool numbered_table_ = false;     // events of this table carry their own numbers
  std::vector<int> section_of_;     // section of each event, parallel to r_.events
  std::vector<size_t> ledger_of_;   // ledger entry of each event, parallel to r_.events
};

}  // namespace nastavnik
