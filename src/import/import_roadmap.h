// An existing roadmap (an ImportDocument from Word, ODT or a text export) mapped
// onto the programme's data: the table's columns recognised by their headers,
// stage rows, events, approval blocks, the organisation and the executor.
// Whatever is not recognised is kept as text and reported with its location.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/academic_year.h"
#include "import/import_table.h"
#include "model/model.h"

namespace nastavnik {

struct ImportedStage {
  int number = 0;
  std::string name, goal, task, result;
  std::string note;  // cells of the stage row nothing else fits
};

struct ImportedEvent {
  std::string number;  // «2.1»
  std::string where;   // the source row: «таблица 1, строка 5», «строка 57»
  int stage = 0;
  std::string title;
  std::string deadline;     // as written, whitespace collapsed
  std::string responsible;  // role text as written
  std::string result;
  std::string note;  // unrecognised columns, «Заголовок: текст»
};

// A paragraph outside the roadmap table, with where it is.
struct ImportParagraph {
  std::string text;
  std::string where;  // «строка 3», «абзац 2»
};

// A person named in the responsible column.
struct ImportedStaff {
  std::string full_name;  // as written there, surname first: «Лазутин А.А.»
  std::string position;   // the role text beside the name, if any: «зам. директора по УВР»
};

// What one table row of the source became: every row is exactly one entry, so
// the import can account for all of them.
struct LedgerEntry {
  enum class Kind {
    Event,          // an event; `detail` is its number
    Stage,          // a stage row; `detail` is the stage number
    Header,         // the table's header row
    HeaderRepeat,   // the header again (a page repeat): same text as the first one
    ColumnNumbers,  // «1 | 2 | 3 | 4 | 5» under the header
    Continuation,   // a row split by a page break, joined to the row above
    Note,           // kept in the `note` of the event or stage above
    Replaced,       // an event restated later in the document: the later copy is kept
    Empty,          // nothing written in it
    Skipped,        // text above the header inside the table, not roadmap data
  };
  Kind kind = Kind::Event;
  std::string where;   // «таблица 1, строка 23» or «строка 57»
  std::string detail;  // event or stage number, or what the row was joined to
  std::string text;    // the row's text, shortened, for the report
};

struct ImportedRoadmap {
  std::string full_name, short_name, city;
  std::string title;  // the document's own title, if it has one
  std::optional<AcademicYear> year;
  std::string year_reason;  // why that year, for the user
  std::vector<Approval> approvals;
  std::optional<Executor> executor;
  std::vector<ImportedStage> stages;
  std::vector<ImportedEvent> events;
  std::vector<LedgerEntry> ledger;  // one entry per table row of the roadmap tables
  // A programme over several years («на 2021–2024 годы»): the data file's `period`.
  std::optional<std::pair<Date, Date>> period;
  std::vector<ImportedStaff> staff;  // people named in the responsible column
  bool result_column = false;
  int tables = 0;                          // roadmap tables found
  std::vector<std::string> found;          // what was recognised, one line each
  std::vector<std::string> unrecognised;   // kept as text or left out, each with its location
};

struct ImportOptions {
  std::optional<AcademicYear> year;  // --year: wins over what the document says
};

// Maps the document; never throws. No roadmap table found leaves `events` empty
// and says so in `unrecognised`.
ImportedRoadmap import_roadmap(const ImportDocument& doc, const ImportOptions& options);

// The ledger's counts and every row not turned into an event, one line each, in
// Russian: what `import` prints so that no row disappears without a word.
std::vector<std::string> ledger_report(const std::vector<LedgerEntry>& ledger);

// The people named in the events' responsible cells, each once (initials before or
// after the surname are one person); a rare spelling one or two letters from a
// frequent one is left out, so lint reports it as a likely typo.
std::vector<ImportedStaff> staff_from_events(const std::vector<ImportedEvent>& events);

// Positions for the staff the table names without one, from the approval blocks'
// signers and the executor line («Директор МАОУ …» for «А.А. Лазутин»).
void fill_staff_positions(ImportedRoadmap& r);

// Reads the heading and closing paragraphs: organisation name, title, approval
// blocks, the «Исп.» line. `before` are paragraphs above the roadmap table.
void read_heading(const std::vector<ImportParagraph>& before, const std::vector<ImportParagraph>& after,
                  ImportedRoadmap& r);

// Parses one approval block («СОГЛАСОВАНО Протокол № 1 … от 31.08.2023»); nullopt
// when the text does not start with СОГЛАСОВАНО/ПРИНЯТО/УТВЕРЖДАЮ/УТВЕРЖДЕН(О/А).
std::optional<Approval> parse_approval(const std::string& text);

// Parses «Исп. Заместитель директора по УВР Иванова И.И., 8 (800) 000-00-00».
std::optional<Executor> parse_executor(const std::string& text);

// The data file for the imported roadmap; required fields the document lacks are
// visible placeholders «[заполните: …]», each also listed in `fill_in`.
struct ImportOutput {
  nlohmann::json data;
  std::vector<std::string> fill_in;
};
ImportOutput imported_to_json(const ImportedRoadmap& r);

}  // namespace nastavnik
