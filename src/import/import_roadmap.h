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

struct ImportedRoadmap {
  std::string full_name, short_name, city;
  std::string title;  // the document's own title, if it has one
  std::optional<AcademicYear> year;
  std::string year_reason;  // why that year, for the user
  std::vector<Approval> approvals;
  std::optional<Executor> executor;
  std::vector<ImportedStage> stages;
  std::vector<ImportedEvent> events;
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
