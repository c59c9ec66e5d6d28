// Shared fixtures for unit tests: a small valid data file and its reader.
#pragma once
#include <string>

#include "programme_reader.h"

namespace nastavnik::test {

// A minimal valid data file; `events` replaces the events array when given.
inline std::string minimal_json(const std::string& events = "") {
  return R"({
  "organisation": {"full_name": "Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»",
                   "short_name": "МБОУ «Школа № 1»", "city": "Энск"},
  "academic_year": "2023/2024",
  "staff": [
    {"id": "director", "full_name": "Петров Пётр Петрович", "position": "директор"},
    {"id": "deputy", "full_name": "Кузнецова Анна Андреевна", "position": "заместитель директора по УВР",
     "phone": "8 (800) 000-00-00"}
  ],
  "executor": {"staff": "deputy"},
  "roadmap": {
    "approvals": [
      {"kind": "agreed", "body": "педагогического совета", "protocol": {"number": "1", "date": "2023-08-30"}},
      {"kind": "approve", "staff": "director", "date": "2023-08-31"}
    ],
    "events": )" + (events.empty() ? std::string(R"([
      {"number": "1.1", "title": "Издание приказа", "deadline": "сентябрь", "responsible": [{"staff": "director"}]},
      {"number": "2.1", "title": "Анкетирование", "deadline": {"month": "октябрь"},
       "responsible": ["Педагог-психолог", {"staff": "deputy"}], "result": "Анкеты"}
    ])") : events) + R"(
  }
})";
}

inline std::vector<Stage> standard_stages() {
  return load_standard_stages(std::string(NASTAVNIK_SOURCE_DIR) + "/templates/standard-stages.json");
}

inline ReadResult read(const std::string& text) { return read_programme_json(text, standard_stages()); }

}  // namespace nastavnik::test
