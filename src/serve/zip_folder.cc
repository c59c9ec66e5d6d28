#include "serve/zip_folder.h"

#include <zip.h>

#include <algorithm>
#include <stdexcept>

namespace nastavnik::serve {
namespace fs = std::filesystem;

std::vector<std::string> zip_folder(const fs::path& dir, const fs::path& zip, const std::string& top) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  int error = 0;
  zip_t* archive = zip_open(zip.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("не удалось создать архив");
  std::vector<std::string> names;
  for (const auto& f : files) {
    std::string name = fs::relative(f, dir).generic_string();
    if (!top.empty()) name = top + "/" + name;
    zip_source_t* src = zip_source_file(archive, f.c_str(), 0, -1);
    if (!src || zip_file_add(archive, name.c_str(), src, ZIP_FL_ENC_UTF_8) < 0) {
      if (src) zip_source_free(src);
      zip_discard(archive);
      throw std::runtime_error("не удалось добавить файл в архив");
    }
    names.push_back(name);
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    throw std::runtime_error("не удалось записать архив");
  }
  return names;
}

}  // namespace nastavnik::serve
