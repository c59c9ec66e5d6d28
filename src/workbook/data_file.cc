#include "workbook/data_file.h"

#include <cstdint>
#include <filesystem>

#include "model/input_limits.h"

#include "language/safe_filename.h"
#include "system/staging.h"
#include "workbook/workbook_programme.h"

namespace nastavnik {

bool has_extension(const std::string& path, const std::string& ext) { return lower_extension(path) == ext; }

bool is_workbook_path(const std::string& path) { return has_extension(path, ".xlsx"); }

ReadResult read_data_file(const std::string& path, const std::vector<Stage>& standard_stages) {
  ReadResult r;
  // Refused before a byte is read: a school's data file is well under these.
  const std::uint64_t cap = is_workbook_path(path) ? limits::kWorkbookFileBytes : limits::kDataFileBytes;
  std::error_code ec;
  if (const std::uintmax_t size = std::filesystem::file_size(path, ec); !ec && size > cap) {
    r.diagnostics.error("", "файл слишком большой: " + std::to_string(size >> 20) + " МБ, допустимо не больше " +
                                std::to_string(cap >> 20) + " МБ");
    return r;
  }
  if (is_workbook_path(path)) return workbook::read_programme_workbook(path, standard_stages);
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
