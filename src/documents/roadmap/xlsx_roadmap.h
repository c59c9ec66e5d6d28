// The roadmap as an Excel workbook: the table itself («Дорожная карта») and a
// month-by-month timeline of its events («График»), both ready to print on A4.
#pragma once
#include <string>

#include "documents/roadmap/roadmap_table.h"

namespace nastavnik {

// Writes the roadmap workbook to `path` (replacing it only on success); false with
// a Russian message in *error on failure. `org_name` goes into the file's properties.
bool write_roadmap_xlsx(const RoadmapTable& table, const std::string& org_name,
                        const std::string& path, std::string* error);

}  // namespace nastavnik
