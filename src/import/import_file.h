// One roadmap file (.docx, .odt, .txt) into a data document and the report the
// user reads: the `import` command and the server's «Импортировать дорожную карту»
// are both this function.
#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "import/import_readers.h"
#include "import/import_roadmap.h"

namespace nastavnik {

struct ImportFileResult {
  ImportedRoadmap roadmap;
  ImportOutput output;  // the data document; empty when `error` is set
  std::string report;   // Russian lines: what was found, the year and why, what to fill in
  std::string error;    // set when the file holds no roadmap events (nothing to write)
};

// Reads `input` by its extension and maps it; `year` wins over the document's own.
// Throws ImportError (a Russian message, no file name) for a file that is not a
// readable roadmap, ToolError when pandoc or LibreOffice fail.
ImportFileResult import_roadmap_file(const std::filesystem::path& input, std::optional<AcademicYear> year,
                                     ToolRunner& tools, std::chrono::seconds timeout);

}  // namespace nastavnik
