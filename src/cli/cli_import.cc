// `nastavnik import ROADMAP.docx|.odt|.txt [-o data.json] [--year 2023/2024]`:
// an existing roadmap into a data file, with a report of what was recognised,
// what was kept as text and what is left to fill in.
#include "cli/cli_import.h"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "cli/output_path.h"
#include "import/import_readers.h"
#include "import/import_roadmap.h"
#include "import/package_check.h"
#include "language/plural.h"
#include "system/file_modes.h"
#include "system/staging.h"
#include "language/text_util.h"

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

std::string lower_ext(const fs::path& p) {
  std::string e = p.extension().string();
  for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

// The academic year now: September onwards belongs to the year that starts.
AcademicYear current_academic_year() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  int year = tm.tm_year + 1900;
  return AcademicYear{tm.tm_mon + 1 >= 9 ? year : year - 1};
}

void list(std::ostream& out, const std::string& heading, const std::vector<std::string>& items,
          const std::string& prefix = "  ") {
  if (items.empty()) return;
  out << heading << "\n";
  for (const auto& i : items) out << prefix << i << "\n";
}

void report(std::ostream& out, const ImportedRoadmap& r) {
  size_t with_deadline = 0, with_responsible = 0;
  for (const auto& e : r.events) {
    with_deadline += !e.deadline.empty();
    with_responsible += !e.responsible.empty();
  }
  out << "Найдено: таблиц мероприятий — " << r.tables << ", этапов — " << r.stages.size() << ", мероприятий — "
      << r.events.size() << " (со сроком — " << with_deadline << ", с ответственными — " << with_responsible
      << "), грифов — " << r.approvals.size() << (r.executor ? ", строка «Исп.» есть" : "") << ".\n";
  if (!r.full_name.empty()) out << "Организация: " << r.full_name << "\n";
  else if (!r.short_name.empty()) out << "Организация: " << r.short_name << "\n";
  std::vector<std::string> ledger = ledger_report(r.ledger);
  out << ledger.front() << "\n";
  list(out, "Строки, не ставшие мероприятиями:", std::vector<std::string>(ledger.begin() + 1, ledger.end()));
  list(out, "Распознано:", r.found);
  list(out, "Не распознано (текст сохранён, где возможно — проверьте):", r.unrecognised);
}

bool looks_like_zip(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  char sig[4] = {};
  in.read(sig, 4);
  return in.gcount() == 4 && sig[0] == 'P' && sig[1] == 'K' && sig[2] == 3 && sig[3] == 4;
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
  std::string ext = lower_ext(a.input);
  ImportDocument doc;
  try {
    if (ext == ".docx" || ext == ".odt") {
      if (!looks_like_zip(a.input)) {
        err << in << ": ошибка: это не файл " << ext << " (внутри не ZIP-архив); сохраните документ в Word или "
            << "LibreOffice как .docx или .odt\n";
        return kBadInput;
      }
      check_import_package(a.input, ext.substr(1));  // before pandoc or LibreOffice sees it
      auto runner = make_process_runner();
      std::chrono::seconds timeout(120);
      if (const char* t = std::getenv("NASTAVNIK_TOOL_TIMEOUT"); t && std::atoi(t) > 0) timeout = std::chrono::seconds(std::atoi(t));
      doc = read_with_pandoc(a.input, ext.substr(1), *runner, timeout);
    } else if (ext == ".txt") {
      check_import_size(a.input);
      doc = read_text_export(read_file(a.input));
    } else if (ext == ".doc" || ext == ".rtf") {
      err << in << ": ошибка: формат " << ext << " не читается; откройте файл в Word или LibreOffice и сохраните как .docx\n";
      return kBadInput;
    } else {
      err << in << ": ошибка: ожидается дорожная карта в .docx, .odt или .txt\n";
      return kBadInput;
    }
  } catch (const ToolError& e) {
    err << "nastavnik import: " << e.what() << "\nФайл данных не создан.\n";
    return kToolFailed;
  } catch (const std::exception& e) {  // ImportError, unreadable file
    err << in << ": ошибка: " << e.what() << "\n";
    return kBadInput;
  }

  ImportOptions opts;
  opts.year = a.year;
  ImportedRoadmap r = import_roadmap(doc, opts);
  out << "Импорт «" << in << "»\n";
  report(out, r);
  if (r.events.empty()) {
    err << in << ": ошибка: " << (r.tables ? "в таблице мероприятий нет ни одной строки мероприятия"
                                           : "не найдено таблицы мероприятий (нужна таблица со столбцами "
                                             "«Мероприятие» и «Сроки» или «Ответственные»)")
        << ". Файл данных не создан.\n";
    return kBadInput;
  }
  if (!r.year) {
    r.year = current_academic_year();
    r.year_reason = "в документе не указан — взят текущий; другой задайте параметром --year 2023/2024";
  }
  out << "Учебный год: " << r.year->label() << " — " << r.year_reason << "\n";
  ImportOutput o = imported_to_json(r);
  for (const auto& f : o.fill_in) out << "заполните: " << f << "\n";
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
