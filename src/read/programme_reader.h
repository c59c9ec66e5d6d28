// Reader: the JSON data file into the validated programme model.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"
#include "read/json_fields.h"
#include "model/model.h"

namespace nastavnik {

struct ReadResult {
  std::optional<Programme> programme;  // set only when there are no errors
  // With errors but a known academic year: what could be read, so that lint can
  // run its rules beside the blocking errors (never rendered).
  std::optional<Programme> partial;
  Diagnostics diagnostics;             // errors and warnings, located (line:column)
  // Places diagnostics found later (lint) in the source the programme was read
  // from: line:column of a JSON file, sheet and cell of a workbook. May be empty.
  std::function<void(Diagnostics&)> locate;
};

// Parses, reads and validates a data file's text; standard stages fill in what the
// data leaves out. Never throws on bad input: everything wrong is in diagnostics.
ReadResult read_programme_json(std::string_view text, const std::vector<Stage>& standard_stages);

// Reads and validates an already parsed data document (from JSON text or from a
// workbook); diagnostics carry JSON pointers only, unlocated and in reading order.
ReadResult read_programme_value(const Json& root, const std::vector<Stage>& standard_stages);

// Reads templates/standard-stages.json ({"stages": [...]}); throws std::runtime_error
// with a Russian message when the file is missing or malformed (an installation fault).
std::vector<Stage> load_standard_stages(const std::string& path);

// Parts of the reader, exposed for the roadmap reader and tests.
namespace detail {
void read_roadmap(const Json& v, const std::string& ptr, const AcademicYear& year,
                  const std::vector<Stage>& standard, Programme& p, Diagnostics& diag);
std::vector<Approval> read_approvals(const Json& arr, const std::string& ptr, const Programme& p,
                                     Diagnostics& diag);
// A protocol or order reference {"number", "date"}.
DocumentRef read_document_ref(const Json& v, const std::string& ptr, Diagnostics& diag);
Deadline read_deadline(const Json& v, const std::string& ptr, const AcademicYear& year,
                       Diagnostics& diag);
// Responsible parties: role text («Классные руководители») or {"staff": id}; `whose`
// names the owner in the genitive for the message about an empty list («мероприятия «2.1»»).
std::vector<Responsible> read_responsible(const Json* arr, const std::string& ptr, const Programme& p,
                                          const std::string& whose, Diagnostics& diag);
}  // namespace detail

}  // namespace nastavnik
