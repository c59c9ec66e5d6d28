#include "system/staging.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace nastavnik {

Staging::Staging(fs::path out_dir) : out_dir_(fs::absolute(std::move(out_dir))) {
  fs::path parent = out_dir_.parent_path();
  std::error_code ec;
  fs::create_directories(parent, ec);
  std::string tmpl = (parent / ".nastavnik-build-XXXXXX").string();
  if (!mkdtemp(tmpl.data()))
    throw std::runtime_error("не удалось создать временную папку в " + parent.string() +
                             " (нет прав на запись?)");
  root_ = tmpl;
  dir_ = root_ / "out";
  fs::create_directories(dir_);
  fs::create_directories(work());
}

Staging::~Staging() {
  std::error_code ec;
  fs::remove_all(root_, ec);
}

std::vector<fs::path> Staging::commit() {
  std::vector<fs::path> moved;
  fs::create_directories(out_dir_);
  std::vector<fs::directory_entry> entries(fs::recursive_directory_iterator(dir_), {});
  for (const auto& entry : entries) {
    // The iterator's paths start with dir_ as written: cutting it off needs no
    // look at the file system (fs::relative resolves every component, per file).
    fs::path rel = entry.path().lexically_relative(dir_);
    fs::path target = out_dir_ / rel;
    if (entry.is_directory()) {
      fs::create_directories(target);
      // A folder of personal data stays its owner's only in the output too.
      fs::permissions(target, entry.status().permissions(), fs::perm_options::replace);
      continue;
    }
    fs::rename(entry.path(), target);  // atomic per file: a reader never sees half a file
    moved.push_back(rel);
  }
  return moved;
}

void write_file(const fs::path& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
  out.close();
  if (!out) throw std::runtime_error("не удалось записать файл " + path.string());
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("не удалось открыть файл " + path.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace nastavnik
