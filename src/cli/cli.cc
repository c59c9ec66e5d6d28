#include "cli/cli.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "render/build.h"
#include "cli/cli_commands.h"
#include "cli/cli_import.h"
#include "cli/cli_workbook.h"
#include "documents/documents.h"
#include "lint/lint.h"
#include "language/plural.h"
#include "read/programme_reader.h"
#include "render/site_pack.h"
#include "system/staging.h"

namespace nastavnik {
namespace fs = std::filesystem;
namespace {

const char* kUsageText =
    "nastavnik — документы программы наставничества школы из одного файла данных.\n"
    "\n"
    "Использование:\n"
    "  nastavnik init [--xlsx ФАЙЛ.xlsx | --json ФАЙЛ.json] [--force]\n"
    "      создать книгу Excel для заполнения (по умолчанию наставничество.xlsx)\n"
    "  nastavnik build ФАЙЛ.json|ФАЙЛ.xlsx [-o ПАПКА] [--only ДОКУМЕНТЫ] [--format ФОРМАТЫ] [--strict] [-j N]\n"
    "      создать документы (по умолчанию все, в папку output)\n"
    "      --only roadmap            только перечисленные документы (через запятую)\n"
    "      --format docx,pdf,xlsx,html  только перечисленные форматы\n"
    "      -j N                      сколько программ (pandoc, LibreOffice) запускать сразу;\n"
    "                                по умолчанию — по числу ядер процессора\n"
    "  nastavnik build ФАЙЛ.json|ФАЙЛ.xlsx --site [-o ПАПКА]\n"
    "      папка для страницы «Наставничество» сайта школы (по умолчанию site):\n"
    "      документы в PDF и HTML и index.html, обучающиеся без согласия — только числом\n"
    "  nastavnik check ФАЙЛ.json|ФАЙЛ.xlsx [--strict] [--site]\n"
    "      проверить файл данных, ничего не создавая; замечания lint — предупреждения\n"
    "      --strict                  предупреждения считаются ошибками (код 2)\n"
    "      --site                    что не попадёт на сайт (build --site) и почему\n"
    "  nastavnik lint ФАЙЛ.json|ФАЙЛ.xlsx\n"
    "      найти несогласованности дорожной карты (прошлогодние даты, порядок этапов…);\n"
    "      код 0 — замечаний нет, 2 — есть замечания или ошибки\n"
    "  nastavnik rollover ФАЙЛ.json --to 2024/2025 [-o НОВЫЙ.json]\n"
    "      копия данных на следующий учебный год (по умолчанию ФАЙЛ-2024-2025.json рядом)\n"
    "  nastavnik import ДОРОЖНАЯ_КАРТА.docx|.odt|.txt [-o ФАЙЛ.json] [--year 2023/2024]\n"
    "      перенести дорожную карту из Word в файл данных\n"
    "  nastavnik convert ВХОД ВЫХОД\n"
    "      перевести книгу .xlsx в файл .json или файл .json в книгу .xlsx\n"
    "  nastavnik --help | --version\n"
    "\n"
    "Коды завершения: 0 — готово; 1 — неверная команда; 2 — ошибки в данных\n"
    "(ничего не записано); 3 — ошибка pandoc или LibreOffice.\n";

struct Options {
  std::string command, file;
  BuildRequest request;
  std::string templates_dir;
  std::string output;     // -o as given: the rollover's new file
  std::string to;         // rollover's target academic year
  bool strict = false;    // warnings fail check and build
  bool site = false, out_given = false, narrowed = false;
};

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

fs::path exe_dir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : p.parent_path();
}

// Templates sit in the source tree and reference DOCX files beside the binary; an
// explicit option or environment variable wins, for installs elsewhere.
RenderEnv locate_env(const Options& o) {
  RenderEnv env;
  if (!o.templates_dir.empty()) env.templates_dir = o.templates_dir;
  else if (const char* t = std::getenv("NASTAVNIK_TEMPLATES")) env.templates_dir = t;
  else if (fs::exists(exe_dir() / ".." / "templates" / "roadmap.html.mustache")) env.templates_dir = exe_dir() / ".." / "templates";
  else env.templates_dir = fs::path(NASTAVNIK_SOURCE_DIR) / "templates";
  if (const char* r = std::getenv("NASTAVNIK_REFERENCE")) env.reference_dir = r;
  else if (fs::exists(exe_dir() / "reference" / "portrait.docx")) env.reference_dir = exe_dir() / "reference";
  else env.reference_dir = fs::path(NASTAVNIK_BUILD_DIR) / "reference";
  return env;
}

// Returns false (with a message in err) when the arguments make no sense.
bool parse_args(int argc, const char* const* argv, Options& o, std::ostream& err) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return false;
  o.command = args[0];
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* what) -> std::string {
      if (i + 1 >= args.size()) {
        err << "после " << a << " нужно указать " << what << "\n";
        return "";
      }
      return args[++i];
    };
    if (a == "-o" || a == "--output") {
      o.output = (o.request.out_dir = value("папку или файл")).string();
      o.out_given = true;
    } else if (a == "--site") o.site = true;
    else if (a == "--strict") o.strict = true;
    else if (a == "--to") o.to = value("учебный год");
    else if (a == "--only") {
      o.request.only = split_list(value("документы"));
      o.narrowed = true;
    } else if (a == "--format") {
      o.narrowed = true;
      try {
        o.request.formats = Formats::parse(value("форматы"));
      } catch (const std::invalid_argument& e) {
        err << "nastavnik: " << e.what() << "\n";
        return false;
      }
    } else if (a == "-j" || a == "--jobs") {
      const std::string n = value("число одновременно запускаемых программ");
      if (n.empty()) return false;
      if (n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos || std::stoi(n) < 1) {
        err << "nastavnik: после " << a << " нужно целое число от 1 до 999, а не «" << n << "»\n";
        return false;
      }
      o.request.jobs = static_cast<size_t>(std::stoi(n));
    } else if (a == "--templates") o.templates_dir = value("папку шаблонов");
    else if (!a.empty() && a[0] == '-') {
      err << "nastavnik: неизвестный параметр «" << a << "»\n";
      return false;
    } else if (o.file.empty()) o.file = a;
    else {
      err << "nastavnik: лишний аргумент «" << a << "»\n";
      return false;
    }
  }
  if (o.file.empty()) {
    err << "nastavnik: не указан файл данных\n";
    return false;
  }
  if (o.site && o.narrowed) {
    err << "nastavnik: --site собирает постоянный набор файлов; --only и --format с ним не указываются\n";
    return false;
  }
  if (o.site && !o.out_given) o.request.out_dir = "site";
  return true;
}

// Reads and validates the data file, printing every diagnostic; nullopt on errors.
// `r` keeps what was read (its `locate` places later findings) and `warnings`
// counts the warnings printed.
std::optional<Programme> load(const Options& o, const RenderEnv& env, std::ostream& err, ReadResult& r,
                              int& warnings) {
  r = read_data_file(o.file, load_standard_stages((env.templates_dir / "standard-stages.json").string()));
  print_diagnostics(err, o.file, r.diagnostics);
  for (const auto& d : r.diagnostics.items()) warnings += d.severity == Diagnostic::Severity::Warning;
  return std::move(r.programme);
}

void print_notes(const std::vector<PublicationNote>& notes, std::ostream& out) {
  for (const auto& n : notes)
    out << "  " << n.who << (n.pointer.empty() ? "" : " (" + n.pointer + ")") << ": " << n.reason << "\n";
}

// `check --site`: for the deputy's terminal, so names are fine here.
void print_site_check(const Programme& p, std::ostream& out) {
  PublicationView view = publication_view(p);
  out << "\nНа сайт не попадёт (build --site):\n";
  print_notes(view.withheld, out);
  print_notes(site_kind_notes(p), out);
  out << "\nПо имени на сайте — по согласию на распространение:\n";
  if (view.named.empty()) out << "  никто из обучающихся: согласий на распространение (dissemination) в данных нет\n";
  print_notes(view.named, out);
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  if (argc >= 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
                    std::string(argv[1]) == "help")) {
    out << kUsageText;
    return kOk;
  }
  if (argc >= 2 && std::string(argv[1]) == "--version") {
    out << "nastavnik 0.1\n";
    return kOk;
  }
  if (argc >= 2 && std::string(argv[1]) == "import")
    return run_import(std::vector<std::string>(argv + 2, argv + argc), out, err);
  if (argc >= 2 && (std::string(argv[1]) == "init" || std::string(argv[1]) == "convert"))
    return run_workbook_command(std::vector<std::string>(argv + 1, argv + argc), locate_env(Options{}).templates_dir,
                                out, err);
  Options o;
  const bool parsed = parse_args(argc, argv, o, err);
  const bool known = o.command == "build" || o.command == "check" || o.command == "lint" || o.command == "rollover";
  if (!parsed || !known) {
    if (!o.command.empty() && !known)
      err << "nastavnik: неизвестная команда «" << o.command << "»\n";
    err << "\n" << kUsageText;
    return kUsage;
  }
  RenderEnv env = locate_env(o);
  if (const char* t = std::getenv("NASTAVNIK_TOOL_TIMEOUT")) {  // tests and slow machines
    int seconds = std::atoi(t);
    if (seconds > 0) env.pandoc_timeout = env.office_timeout = std::chrono::seconds(seconds);
  }
  try {
    ReadResult read;
    int warnings = 0;
    std::optional<Programme> p = load(o, env, err, read, warnings);
    if (!p) {
      err << (o.command == "build" ? "Документы не созданы: исправьте ошибки выше. Папка «" +
                                         o.request.out_dir.string() + "» не изменена.\n"
                                   : "Найдены ошибки.\n");
      return kBadInput;
    }
    if (o.command == "rollover") {
      if (is_workbook_path(o.file)) {
        err << "nastavnik: rollover переносит файл .json; сначала: nastavnik convert " << o.file << " ФАЙЛ.json\n";
        return kUsage;
      }
      return run_rollover(o.file, read_file(o.file), *p, o.to, o.output, out, err);
    }
    Diagnostics findings = lint_programme(*p);
    if (read.locate) read.locate(findings);
    for (const auto& d : findings.items()) (o.command == "lint" ? out : err) << format_diagnostic(o.file, d) << "\n";
    warnings += static_cast<int>(findings.items().size());
    if (o.command == "lint") {
      if (warnings == 0) out << o.file << ": замечаний нет\n";
      else out << "Замечаний: " << warnings << " (правила — в README, раздел «Проверка дорожной карты»)\n";
      return warnings == 0 ? kOk : kBadInput;
    }
    if (o.strict && warnings > 0) {
      err << "С --strict предупреждения считаются ошибками: " << warnings << "."
          << (o.command == "build" ? " Документы не созданы; папка «" + o.request.out_dir.string() + "» не изменена.\n"
                                   : "\n");
      return kBadInput;
    }
    if (o.command == "check") {
      out << o.file << (warnings ? ": ошибок нет, предупреждений: " + std::to_string(warnings) + "\n" : ": ошибок нет\n");
      if (o.site) print_site_check(*p, out);
      return kOk;
    }
    auto runner = make_process_runner();
    env.tools = runner.get();
    auto written = o.site ? build_site_pack(*p, o.request.out_dir, env) : build_documents(*p, o.request, env);
    out << "Готово: " << plural(static_cast<long long>(written.size()), "файл", "файла", "файлов") << " в папке «"
        << o.request.out_dir.string() << "»:\n";
    for (const auto& w : written) out << "  " << w.string() << "\n";
    return kOk;
  } catch (const PublicationLeakError& e) {
    err << "nastavnik: " << e.what() << "\nПапка «" << o.request.out_dir.string() << "» не изменена.\n";
    return kBadInput;
  } catch (const ToolError& e) {
    err << "nastavnik: " << e.what() << "\nДокументы не созданы; папка «" << o.request.out_dir.string()
        << "» не изменена.\n";
    return kToolFailed;
  } catch (const std::invalid_argument& e) {
    err << "nastavnik: " << e.what() << "\n";
    return kUsage;
  } catch (const std::exception& e) {
    err << "nastavnik: " << e.what() << "\nДокументы не созданы; папка «" << o.request.out_dir.string()
        << "» не изменена.\n";
    return kUsage;
  }
}

}  // namespace nastavnik
