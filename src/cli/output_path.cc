#include "cli/output_path.h"

namespace nastavnik {
namespace fs = std::filesystem;
namespace {

std::string quoted(const fs::path& p) { return "«" + p.string() + "»"; }

// Common to folders and files: "" when nothing is wrong so far.
std::string link_problem(const fs::path& out) {
  if (out.empty()) return "после -o указана пустая строка; укажите путь";
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(out, ec)) && !fs::exists(out, ec))
    return quoted(out) + " — ссылка на несуществующий путь «" + fs::read_symlink(out, ec).string() +
           "»; укажите существующую папку или новое имя";
  return "";
}

// The nearest existing folder above `p` must be a folder, not a file.
std::string parent_problem(const fs::path& p) {
  std::error_code ec;
  for (fs::path up = fs::absolute(p, ec).parent_path(); !up.empty(); up = up.parent_path()) {
    if (fs::exists(up, ec)) {
      if (!fs::is_directory(up, ec)) return quoted(p) + " нельзя создать: " + quoted(up) + " — файл, а не папка";
      return "";
    }
    if (up == up.parent_path()) break;
  }
  return "";
}

}  // namespace

std::string output_folder_problem(const fs::path& out) {
  if (std::string why = link_problem(out); !why.empty()) return why;
  std::error_code ec;
  const fs::file_status st = fs::status(out, ec);
  if (fs::exists(st) && !fs::is_directory(st))
    return quoted(out) + (fs::is_regular_file(st) ? " — файл, а не папка" : " — не папка (устройство или канал)") +
           "; укажите после -o папку для документов";
  return fs::exists(st) ? "" : parent_problem(out);
}

std::string output_file_problem(const fs::path& out, const fs::path& input) {
  if (std::string why = link_problem(out); !why.empty()) return why;
  std::error_code ec;
  const fs::file_status st = fs::status(out, ec);
  if (fs::is_directory(st)) return quoted(out) + " — папка; укажите после -o имя файла .json";
  if (fs::exists(st) && !fs::is_regular_file(st))
    return quoted(out) + " — не обычный файл (устройство или канал); укажите после -o имя файла .json";
  if (fs::exists(st) && fs::equivalent(out, input, ec))
    return quoted(out) + " — это входной файл; укажите после -o другое имя, чтобы не потерять его";
  return fs::exists(st) ? "" : parent_problem(out);
}

}  // namespace nastavnik
