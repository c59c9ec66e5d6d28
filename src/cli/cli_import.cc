// `nastavnik import ROADMAP.docx|.odt|.txt [-o data.json] [--year 2023/2024]`:
// an existing roadmap into a data file, with a report of what was recognised,
// what was kept as text and what is left to fill in.
#include "cli/cli_import.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "cli/cli.h"
#include "cli/output_path.h"
#include "import/import_file.h"
#include "language/plural.h"
#include "system/file_modes.h"
#include "system/staging.h"

namespace nastavnik {
namespace {
namespace fs = std::filesystem;

struct ImportArgs {
  fs::path input, output;
  std::optional<AcademicYear> year;
  bool force = false;  // replace an existing data file
};

bool parse_import_args(const std::vector<std::string>& args, ImportArgs& a, std::ostream& err) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& s = args[i];
    if (s == "-o" || s == "--output" || s == "--year") {
      if (i + 1 >= args.size()) {
        err << "nastavnik import: после " << s << " нужно указать " << (s == "--year" ? "учебный год" : "файл") << "\n";
        return false;
      }
      const std::string& v = args[++i];
      if (s == "--year") {
        a.year = AcademicYear::parse(v);
        if (!a.year) {
          err << "nastavnik import: учебный год «" << v << "» не понят; пишите так: --year 2023/2024\n";
          return false;
        }
      } else if (v.empty()) {
        err << "nastavnik import: после " << s << " указана пустая строка; укажите имя файла .json\n";
        return false;
      } else {
        a.output = v;
      }
    } else if (s == "--force") {
      a.force = true;
    } else if (!s.empty() && s[0] == '-') {
      err << "nastavnik import: неизвестный параметр «" << s << "»\n";
      return false;
    } else if (a.input.empty()) {
      a.input = s;
    } else {
      err << "nastavnik import: лишний аргумент «" << s << "»\n";
      return false;
    }
  }
  if (a.input.empty()) {
    err << "nastavnik import: не указан файл дорожной карты (.docx, .odt или .txt)\n";
    return false;
  }
  if (a.output.empty()) a.output = fs::path(a.input).replace_extension(".json");
  return true;
}

}  // namespace

int run_import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ImportArgs a;
  if (!parse_import_args(args, a, err)) {
    err << "Использование: nastavnik import ДОРОЖНАЯ_КАРТА.docx|.odt|.txt [-o ФАЙЛ.json] [--year 2023/2024] [--force]\n";
    return kUsage;
  }
  const std::string in = a.input.string();
  std::error_code ec;
  if (!fs::is_regular_file(a.input, ec)) {
    err << in << ": ошибка: файл не найден или не читается\n";
    return kBadInput;
  }
  if (fs::exists(a.output, ec) && fs::equivalent(a.input, a.output, ec)) {
    err << "nastavnik import: файл результата совпадает с исходным «" << in << "» — укажите другой через -o\n";
    return kUsage;
  }
  if (std::string why = output_file_problem(a.output, a.input); !why.empty()) {
    err << "nastavnik import: " << why << "\n";
    return kUsage;
  }
  if (fs::exists(a.output, ec) && !a.force) {  // as init does: a filled data file is hours of work
    err << "nastavnik import: файл «" << a.output.string() << "» уже есть; чтобы заменить его, добавьте --force\n";
    return kUsage;
  }
  ImportFileResult result;
  try {
    std::chrono::seconds timeout(120);
    if (const char* t = std::getenv("NASTAVNIK_TOOL_TIMEOUT"); t && std::atoi(t) > 0) timeout = std::chrono::seconds(std::atoi(t));
    auto runner = make_process_runner();
    result = import_roadmap_file(a.input, a.year, *runner, timeout);
  } catch (const ToolError& e) {
    err << "nastavnik import: " << e.what() << "\nФайл данных не создан.\n";
    return kToolFailed;
  } catch (const std::exception& e) {  // ImportError, unreadable file
    err << in << ": ошибка: " << e.what() << "\n";
    return kBadInput;
  }
  const ImportedRoadmap& r = result.roadmap;
  out << "Импорт «" << in << "»\n" << result.report;
  if (!result.error.empty()) {
    err << in << ": ошибка: " << result.error << ". Файл данных не создан.\n";
    return kBadInput;
  }
  const ImportOutput& o = result.output;
  try {
    // Written beside the target and renamed: a failure never leaves half a file.
    fs::path target = fs::absolute(a.output);
    fs::path tmp = target;
    tmp += ".tmp-" + std::to_string(::getpid());
    write_file(tmp, o.data.dump(2) + "\n");
    fs::permissions(tmp, kPrivateFile, fs::perm_options::replace);  // a data file, as convert writes it; not the umask's
    fs::rename(tmp, target);
  } catch (const std::exception& e) {
    err << "nastavnik import: не удалось записать «" << a.output.string() << "»: " << e.what() << "\n";
    return kBadInput;
  }
  out << "Записан файл «" << a.output.string() << "» (" << plural(static_cast<long long>(r.events.size()), "мероприятие", "мероприятия", "мероприятий")
      << "). Проверьте: nastavnik check " << a.output.string() << "\n";
  return kOk;
}

}  // namespace nastavnik
