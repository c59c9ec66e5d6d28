#include "cli/cli.h"

#include <unistd.h>

#include <algorithm>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "render/build.h"
#include "cli/cli_commands.h"
#include "cli/cli_import.h"
#include "cli/cli_workbook.h"
#include "cli/output_path.h"
#include "documents/documents.h"
#include "documents/public_text.h"
#include "lint/lint.h"
#include "language/plural.h"
#include "read/programme_reader.h"
#include "render/site_pack.h"
#include "system/disk_space.h"
#include "system/interrupt.h"
#include "system/output_folder.h"
#include "serve/serve_command.h"
#include "system/staging.h"
#include "workbook/findings.h"

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
    "  nastavnik check ФАЙЛ.json|ФАЙЛ.xlsx [--strict] [--site] [--annotate НОВАЯ.xlsx]\n"
    "      проверить файл данных, ничего не создавая; замечания lint — предупреждения\n"
    "      --strict                  предупреждения считаются ошибками (код 2)\n"
    "      --site                    что не попадёт на сайт (build --site) и почему\n"
    "      --annotate НОВАЯ.xlsx     копия книги: ячейки с замечаниями закрашены и подписаны\n"
    "  nastavnik lint ФАЙЛ.json|ФАЙЛ.xlsx\n"
    "      найти несогласованности дорожной карты (прошлогодние даты, порядок этапов…);\n"
    "      код 0 — замечаний нет, 2 — есть замечания или ошибки\n"
    "  nastavnik rollover ФАЙЛ.json --to 2024/2025 [-o НОВЫЙ.json]\n"
    "      копия данных на следующий учебный год (по умолчанию ФАЙЛ-2024-2025.json рядом)\n"
    "  nastavnik import ДОРОЖНАЯ_КАРТА.docx|.odt|.txt [-o ФАЙЛ.json] [--year 2023/2024] [--force]\n"
    "      перенести дорожную карту из Word в файл данных\n"
    "  nastavnik convert ВХОД ВЫХОД\n"
    "      перевести книгу .xlsx в файл .json или файл .json в книгу .xlsx\n"
    "  nastavnik --help | --version\n"
    "\n"
    "Коды завершения: 0 — готово; 1 — неверная команда или путь, нет места на диске;\n"
    "2 — ошибки в данных (ничего не записано); 3 — ошибка pandoc или LibreOffice;\n"
    "130, 143, 129 — сборка прервана (Ctrl-C, SIGTERM, SIGHUP; ничего не записано).\n";

struct Options {
  std::string command, file;
  BuildRequest request;
  std::string templates_dir;
  std::string output;     // -o as given: the rollover's new file
  std::string to;         // rollover's target academic year
  std::string annotate;   // check --annotate: the marked copy of the workbook
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

// Templates sit in the source tree and reference DOCX files beside the binary (or both
// in ../share/nastavnik when installed); an explicit option or environment variable wins, for installs elsewhere.
RenderEnv locate_env(const Options& o) {
  RenderEnv env;
  const fs::path installed = exe_dir() / ".." / "share" / "nastavnik";  // the .deb's layout
  if (!o.templates_dir.empty()) env.templates_dir = o.templates_dir;
  else if (const char* t = std::getenv("NASTAVNIK_TEMPLATES")) env.templates_dir = t;
  else if (fs::exists(exe_dir() / ".." / "templates" / "roadmap.html.mustache")) env.templates_dir = exe_dir() / ".." / "templates";
  else if (fs::exists(installed / "templates" / "roadmap.html.mustache")) env.templates_dir = installed / "templates";
  else env.templates_dir = fs::path(NASTAVNIK_SOURCE_DIR) / "templates";
  if (const char* r = std::getenv("NASTAVNIK_REFERENCE")) env.reference_dir = r;
  else if (fs::exists(exe_dir() / "reference" / "portrait.docx")) env.reference_dir = exe_dir() / "reference";
  else if (fs::exists(installed / "reference" / "portrait.docx")) env.reference_dir = installed / "reference";
  else env.reference_dir = fs::path(NASTAVNIK_BUILD_DIR) / "reference";
  return env;
}

// Returns false (with a message in err) when the arguments make no sense.
bool parse_args(int argc, const char* const* argv, Options& o, std::ostream& err) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return false;
  o.command = args[0];
  bool missing_value = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* what) -> std::string {
      if (i + 1 >= args.size()) {
        err << "nastavnik: после " << a << " нужно указать " << what << "\n";
        missing_value = true;
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
    else if (a == "--annotate") o.annotate = value("файл .xlsx для книги с замечаниями");
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
  if (missing_value) return false;
  if (o.file.empty()) {
    err << "nastavnik: не указан файл данных\n";
    return false;
  }
  if (o.site && o.narrowed) {
    err << "nastavnik: --site собирает постоянный набор файлов; --only и --format с ним не указываются\n";
    return false;
  }
  if (o.site && !o.out_given) o.request.out_dir = "site";
  if (!o.annotate.empty() && (o.command != "check" || !is_workbook_path(o.file) || !is_workbook_path(o.annotate))) {
    err << "nastavnik: --annotate отмечает замечания в книге: check КНИГА.xlsx --annotate НОВАЯ.xlsx\n";
    return false;
  }
  return true;
}

// Why the -o of a parsed command line cannot be used ("" when it can): checked
// before reading anything, so a wrong path costs nothing and changes nothing.
std::string output_problem(const Options& o) {
  if (o.command == "build") return output_folder_problem(o.request.out_dir);
  if (o.command == "rollover" && o.out_given) return output_file_problem(o.output, o.file);
  return "";
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
  if (view.named.empty()) out << "  никто из обучающихся и других участников: согласий на распространение (dissemination) в данных нет\n";
  print_notes(view.named, out);
}

// `check --annotate`: the user's workbook with every message at its cell.
void annotate(const Options& o, const Diagnostics& all, std::ostream& out, std::ostream& err) {
  std::error_code ec;
  if (fs::exists(o.annotate, ec) && fs::equivalent(o.file, o.annotate, ec))
    throw std::invalid_argument("книга с замечаниями не записывается поверх проверяемой «" + o.file + "»");
  try {
    annotate_findings(o.file, o.annotate, finding_rows(all, workbook_sheet_names(o.file)));
  } catch (const std::exception& e) {  // a file that is no workbook: the messages above say why
    err << "Книга с замечаниями не создана: " << e.what() << "\n";
    return;
  }
  out << "Замечания отмечены в книге «" << o.annotate << "» (" << all.items().size() << "; список — на листе «Замечания»).\n";
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  if (argc >= 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
                    std::string(argv[1]) == "help")) {
    out << kUsageText << "\n" << serve::kServeUsage;
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
  if (argc >= 2 && std::string(argv[1]) == "serve")
    return serve::run_serve(std::vector<std::string>(argv + 2, argv + argc), locate_env(Options{}), out, err);
  Options o;
  const bool parsed = parse_args(argc, argv, o, err);
  const bool known = o.command == "build" || o.command == "check" || o.command == "lint" || o.command == "rollover";
  if (!parsed || !known) {
    if (!o.command.empty() && !known)
      err << "nastavnik: неизвестная команда «" << o.command << "»\n";
    err << "\n" << kUsageText;
    return kUsage;
  }
  if (const std::string why = output_problem(o); !why.empty()) {
    err << "nastavnik: " << why << "\n";
    return kUsage;
  }
  RenderEnv env = locate_env(o);
  if (const char* t = std::getenv("NASTAVNIK_TOOL_TIMEOUT")) {  // tests and slow machines
    int seconds = std::atoi(t);
    if (seconds > 0) env.pandoc_timeout = env.office_timeout = std::chrono::seconds(seconds);
  }
  // A missing data file is reported by the reader (exit 2) before the folder is judged.
  if (o.command == "build" && fs::exists(o.file)) {
    if (std::string why = refused_output_folder(o.request.out_dir, o.file); !why.empty()) {
      err << "nastavnik: " << why << "\n";
      return kUsage;
    }
  }
  try {
    ReadResult read;
    int warnings = 0;
    std::optional<Programme> p = load(o, env, err, read, warnings);
    if (!p && !o.annotate.empty()) annotate(o, read.diagnostics, out, err);
    if (!p && o.command == "lint" && read.partial) {
      // The first lint of an imported file: the blocking errors above, and the rules' findings with them.
      Diagnostics findings = lint_programme(*read.partial);
      if (read.locate) read.locate(findings);
      for (const auto& d : findings.items()) out << format_diagnostic(o.file, d) << "\n";
      long errors = std::count_if(read.diagnostics.items().begin(), read.diagnostics.items().end(),
                                  [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
      out << "Ошибок: " << errors << " (их нужно исправить — см. выше), замечаний lint: "
          << findings.items().size() << " (правила — в README, раздел «Проверка дорожной карты»)\n";
      return kBadInput;
    }
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
    if (o.site) {  // located here, where the reader can name the cell of a workbook
      Diagnostics named = pupil_names_in_public_text(*p);
      if (read.locate) read.locate(named);
      for (const auto& d : named.items()) err << format_diagnostic(o.file, d) << "\n";
      if (!named.items().empty()) {
        err << (o.command == "build" ? "Папка для сайта не создана; папка «" + o.request.out_dir.string() +
                                           "» не изменена.\n"
                                     : "Найдены ошибки.\n");
        return kBadInput;
      }
    }
    if (o.command == "check" && !o.annotate.empty()) {
      Diagnostics all = read.diagnostics;
      for (const auto& d : findings.items()) all.add(d);
      annotate(o, all, out, err);
    }
    if (o.command == "check") {
      out << o.file << (warnings ? ": ошибок нет, предупреждений: " + std::to_string(warnings) + "\n" : ": ошибок нет\n");
      if (o.site) print_site_check(*p, out);
      return kOk;
    }
    auto runner = make_process_runner();
    env.tools = runner.get();
    InterruptGuard interrupts;  // Ctrl-C, SIGTERM, SIGHUP: children killed, staging removed (interrupt.h)
    // A progress line only for a person watching a terminal; logs and pipes get none.
    const bool tty = &err == &std::cerr && ::isatty(STDERR_FILENO);
    if (tty)
      o.request.progress = [&err](std::size_t done, std::size_t total) {
        err << "\rСоздаю документы: " << done << " из " << total << (done == total ? "\n" : "") << std::flush;
      };
    auto written = o.site ? build_site_pack(*p, o.request.out_dir, env) : build_documents(*p, o.request, env);
    out << "Готово: " << plural(static_cast<long long>(written.size()), "файл", "файла", "файлов") << " в папке «"
        << o.request.out_dir.string() << "»:\n";
    for (const auto& w : written) out << "  " << w.string() << "\n";
    return kOk;
  } catch (const Interrupted& e) {
    err << "nastavnik: сборка прервана (" << signal_name(e.signal()) << "): запущенные программы остановлены, "
        << "временные файлы удалены. Папка «" << o.request.out_dir.string() << "» не изменена.\n";
    return e.exit_code();
  } catch (const PublicationLeakError& e) {
    err << "nastavnik: " << e.what() << "\nПапка «" << o.request.out_dir.string() << "» не изменена.\n";
    return kBadInput;
  } catch (const ToolError& e) {
    // A tool that could not write because the disk is full is not the tool's fault.
    const std::string full = disk_full_note(o.request.out_dir);
    err << "nastavnik: " << (full.empty() ? e.what() : full) << "\nДокументы не созданы; папка «"
        << o.request.out_dir.string() << "» не изменена.\n";
    return full.empty() ? kToolFailed : kUsage;
  } catch (const std::invalid_argument& e) {
    err << "nastavnik: " << e.what() << "\n";
    return kUsage;
  } catch (const nlohmann::json::exception& e) {  // a value the readers let through: still Russian
    err << "nastavnik: данные не удалось обработать (" << e.id << ")\nДокументы не созданы; папка «"
        << o.request.out_dir.string() << "» не изменена.\n";
    return kBadInput;
  } catch (const std::exception& e) {
    const std::string full = disk_full_note(o.request.out_dir);
    err << "nastavnik: " << (full.empty() ? e.what() : full) << "\nДокументы не созданы; папка «"
        << o.request.out_dir.string() << "» не изменена.\n";
    return kUsage;
  }
}

}  // namespace nastavnik
