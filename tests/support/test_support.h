// Shared fixtures for unit tests: a small valid data file and its reader.
#pragma once
#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "read/programme_reader.h"

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

// A fresh temporary folder, removed with everything in it when the test ends.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string t = (std::filesystem::temp_directory_path() / "nastavnik-test-XXXXXX").string();
    path = mkdtemp(t.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

// What a shell command prints on stdout.
inline std::string shell_output(const std::string& cmd) {
  std::string out;
  if (FILE* pipe = popen(cmd.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    pclose(pipe);
  }
  return out;
}

// One member of a zip file (DOCX, XLSX) as text, read with unzip; "" when absent.
inline std::string unzip_member(const std::filesystem::path& file, const std::string& member) {
  return shell_output("unzip -p '" + file.string() + "' '" + member + "' 2>/dev/null");
}

// `text` with every no-break space (U+00A0, which the typography pass puts into
// printed text) as a plain space, to compare with text written as typed.
inline std::string plain_spaces(std::string text) {
  for (size_t p = text.find("\u00A0"); p != std::string::npos; p = text.find("\u00A0", p))
    text.replace(p, 2, " ");
  return text;
}

}  // namespace nastavnik::test
