#include "cli/cli_workbook.h"

#include <unistd.h>

#include <algorithm>

#include "cli/cli.h"
#include "language/plural.h"
#include "system/staging.h"
#include "workbook/data_file.h"
#include "workbook/workbook_programme.h"
#include "workbook/workbook_writer.h"

namespace nastavnik {
namespace {

namespace fs = std::filesystem;
using workbook::OJson;

const char* kDefaultWorkbook = "наставничество.xlsx";

// Writes text beside `path` and renames it into place, readable by the owner only.
bool write_json_file(const std::string& path, const OJson& doc, std::ostream& err) {
  fs::path part = path + ".part";
  try {
    write_file(part, doc.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n");
    fs::permissions(part, fs::perms::owner_read | fs::perms::owner_write);
    fs::rename(part, path);
  } catch (const std::exception& e) {
    std::error_code ec;
    fs::remove(part, ec);
    err << "nastavnik: не удалось записать «" << path << "»: " << e.what() << "\n";
    return false;
  }
  return true;
}

std::vector<Stage> standard_stages(const fs::path& templates_dir) {
  return load_standard_stages((templates_dir / "standard-stages.json").string());
}

int init(const std::vector<std::string>& args, const fs::path& templates_dir, std::ostream& out, std::ostream& err) {
  std::string path = kDefaultWorkbook;
  bool json = false, force = false;
  for (size_t i = 1; i < args.size(); ++i) {
    if ((args[i] == "--xlsx" || args[i] == "--json") && i + 1 < args.size()) {
      json = args[i] == "--json";
      path = args[++i];
    } else if (args[i] == "--force") {
      force = true;
    } else {
      err << "nastavnik: init: непонятный аргумент «" << args[i] << "»\n"
          << "Использование: nastavnik init [--xlsx ФАЙЛ.xlsx | --json ФАЙЛ.json] [--force]\n";
      return kUsage;
    }
  }
  if (fs::exists(path) && !force) {
    err << "nastavnik: файл «" << path << "» уже есть; чтобы заменить его, добавьте --force\n";
    return kUsage;
  }
  std::vector<Stage> stages = standard_stages(templates_dir);
  if (json) {
    if (!write_json_file(path, workbook::example_document(stages), err)) return kUsage;
    out << "Создан файл данных «" << path << "»: замените примеры своими данными (см. data/FORMAT.md).\n";
    return kOk;
  }
  std::string error;
  if (!workbook::write_workbook(path, workbook::init_document(stages), xlsx::FileAccess::OwnerOnly, &error)) {
    err << "nastavnik: " << error << "\n";
    return kUsage;
  }
  out << "Создана книга «" << path << "». Заполните её в Excel или LibreOffice, затем:\n"
      << "  nastavnik check " << path << "\n  nastavnik build " << path << " -o документы\n";
  return kOk;
}

int convert(const std::vector<std::string>& args, const fs::path& templates_dir, std::ostream& out,
            std::ostream& err) {
  if (args.size() != 3) {
    err << "Использование: nastavnik convert ВХОД.xlsx ВЫХОД.json | nastavnik convert ВХОД.json ВЫХОД.xlsx\n";
    return kUsage;
  }
  const std::string& in = args[1];
  const std::string& to = args[2];
  bool from_xlsx = is_workbook_path(in), to_xlsx = is_workbook_path(to);
  if ((!from_xlsx && !has_extension(in, ".json")) || (!to_xlsx && !has_extension(to, ".json")) ||
      from_xlsx == to_xlsx) {
    err << "nastavnik: convert переводит .xlsx в .json или .json в .xlsx\n";
    return kUsage;
  }
  std::error_code ec;
  if (fs::exists(to) && fs::equivalent(in, to, ec)) {
    err << "nastavnik: входной и выходной файл совпадают\n";
    return kUsage;
  }
  std::vector<Stage> stages = standard_stages(templates_dir);
  OJson doc;
  ReadResult r;
  if (from_xlsx) {
    r = workbook::read_programme_workbook(in, stages, &doc);
  } else {
    std::string text;
    try {
      text = read_file(in);
    } catch (const std::exception&) {
      err << in << ": ошибка: файл не найден или не читается\n";
      return kBadInput;
    }
    r = read_programme_json(text, stages);
    if (r.programme) doc = OJson::parse(text);
  }
  print_diagnostics(err, in, r.diagnostics);
  if (!r.programme) {
    err << "Файл «" << to << "» не создан: исправьте ошибки выше.\n";
    return kBadInput;
  }
  if (to_xlsx) {
    std::string error;
    if (!workbook::write_workbook(to, doc, xlsx::FileAccess::OwnerOnly, &error)) {
      err << "nastavnik: " << error << "\n";
      return kUsage;
    }
  } else if (!write_json_file(to, doc, err)) {
    return kUsage;
  }
  out << "Готово: «" << in << "» → «" << to << "»\n";
  return kOk;
}

}  // namespace

void print_diagnostics(std::ostream& err, const std::string& file, const Diagnostics& diagnostics, std::size_t limit) {
  const auto& items = diagnostics.items();
  for (size_t i = 0; i < items.size() && i < limit; ++i) err << format_diagnostic(file, items[i]) << "\n";
  if (items.size() > limit)
    err << "… и ещё " << plural(static_cast<long long>(items.size() - limit), "сообщение", "сообщения", "сообщений")
        << "\n";
}

int run_workbook_command(const std::vector<std::string>& args, const fs::path& templates_dir, std::ostream& out,
                         std::ostream& err) {
  try {
    if (args.at(0) == "init") return init(args, templates_dir, out, err);
    return convert(args, templates_dir, out, err);
  } catch (const std::exception& e) {
    err << "nastavnik: " << e.what() << "\n";
    return kUsage;
  }
}

}  // namespace nastavnik
