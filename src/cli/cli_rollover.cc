#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "cli/cli.h"
#include "cli/cli_commands.h"
#include "lint/rollover.h"

namespace nastavnik {
namespace fs = std::filesystem;
namespace {

// «example.json» → «example-2024-2025.json»; a name that states the old year gets the new one.
fs::path default_output(const fs::path& input, const AcademicYear& from, const AcademicYear& to) {
  std::string stem = input.stem().string();
  const std::string dashed = to.label().replace(4, 1, "-");
  for (const std::string sep : {"-", "_", "–"}) {
    const std::string old = std::to_string(from.first) + sep + std::to_string(from.second());
    if (auto at = stem.find(old); at != std::string::npos) {
      stem.replace(at, old.size(), dashed);
      return input.parent_path() / (stem + ".json");
    }
  }
  return input.parent_path() / (stem + "-" + dashed + ".json");
}

// Writes next to the target and renames, so a failure never leaves half a file.
bool write_atomically(const fs::path& target, const std::string& content, std::ostream& err) {
  std::string tmp = (target.parent_path().empty() ? fs::path(".") : target.parent_path()).string() + "/." +
                    target.filename().string() + ".tmp-XXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) {
    err << "nastavnik: не удалось создать файл рядом с «" << target.string() << "»: нет папки или прав на запись\n";
    return false;
  }
  bool ok = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
  ok = ::fsync(fd) == 0 && ok;
  ok = ::close(fd) == 0 && ok;
  std::error_code ec;
  if (ok) fs::rename(tmp, target, ec);
  if (!ok || ec) {
    fs::remove(tmp, ec);
    err << "nastavnik: не удалось записать «" << target.string() << "»\n";
    return false;
  }
  return true;
}

}  // namespace

int run_rollover(const std::string& file, const std::string& text, const Programme& programme,
                 const std::string& to_text, const std::string& output, std::ostream& out, std::ostream& err) {
  if (to_text.empty()) {
    err << "nastavnik: укажите, на какой учебный год перенести: --to " << programme.academic_year.second() << "/"
        << programme.academic_year.second() + 1 << "\n";
    return kUsage;
  }
  auto to = AcademicYear::parse(to_text);
  if (!to) {
    err << "nastavnik: «" << to_text << "» — не учебный год; пишите так: --to 2024/2025\n";
    return kUsage;
  }
  RolloverResult r;
  try {
    r = rollover(nlohmann::ordered_json::parse(text), *to);
  } catch (const std::invalid_argument& e) {
    err << file << ": ошибка: " << e.what() << "\n";
    return kBadInput;
  }
  const fs::path target = output.empty() ? default_output(file, programme.academic_year, *to) : fs::path(output);
  if (target.extension() != ".json") {
    err << "nastavnik: файл результата должен называться *.json, а указано «" << target.string() << "»\n";
    return kUsage;
  }
  std::error_code ec;
  if (fs::weakly_canonical(target, ec) == fs::weakly_canonical(file, ec)) {
    err << "nastavnik: результат нельзя записать поверх исходного файла «" << file
        << "»: укажите другое имя (-o НОВЫЙ.json)\n";
    return kUsage;
  }
  if (!write_atomically(target, r.data.dump(2) + "\n", err)) return kUsage;
  out << "Готово: «" << target.string() << "» — данные на " << to->label() << " учебный год (из "
      << programme.academic_year.label() << ").\n";
  if (!r.notes.empty()) {
    out << "Проверьте вручную:\n";
    for (const auto& n : r.notes) out << "  - " << n << "\n";
  }
  out << "Затем проверьте файл: nastavnik lint " << target.string() << "\n";
  return kOk;
}

}  // namespace nastavnik
