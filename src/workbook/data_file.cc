#include "workbook/data_file.h"

#include "language/safe_filename.h"
#include "system/staging.h"
#include "workbook/workbook_programme.h"

namespace nastavnik {

bool has_extension(const std::string& path, const std::string& ext) { return lower_extension(path) == ext; }

bool is_workbook_path(const std::string& path) { return has_extension(path, ".xlsx"); }

ReadResult read_data_file(const std::string& path, const std::vector<Stage>& standard_stages) {
  if (is_workbook_path(path)) return workbook::read_programme_workbook(path, standard_stages);
  ReadResult r;
  if (!has_extension(path, ".json")) {
    r.diagnostics.error("", "ожидается файл данных .json или книга .xlsx");
    return r;
  }
  std::string text;
  try {
    text = read_file(path);
  } catch (const std::exception&) {
    r.diagnostics.error("", "файл не найден или не читается");
    return r;
  }
  return read_programme_json(text, standard_stages);
}

}  // namespace nastavnik
