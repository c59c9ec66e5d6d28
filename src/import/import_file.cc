#include "import/import_file.h"

#include <ctime>
#include <fstream>
#include <sstream>

#include "import/package_check.h"
#include "language/safe_filename.h"
#include "system/staging.h"

namespace nastavnik {
namespace {
namespace fs = std::filesystem;

// The academic year now: September onwards belongs to the year that starts.
AcademicYear current_academic_year() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  int year = tm.tm_year + 1900;
  return AcademicYear{tm.tm_mon + 1 >= 9 ? year : year - 1};
}

void list(std::ostream& out, const std::string& heading, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out << heading << "\n";
  for (const auto& i : items) out << "  " << i << "\n";
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

ImportDocument read_document(const fs::path& input, ToolRunner& tools, std::chrono::seconds timeout) {
  const std::string ext = lower_extension(input.string());
  if (ext == ".docx" || ext == ".odt") {
    if (!looks_like_zip(input))
      throw ImportError("это не файл " + ext + " (внутри не ZIP-архив); сохраните документ в Word или " +
                        "LibreOffice как .docx или .odt");
    check_import_package(input, ext.substr(1));  // before pandoc or LibreOffice sees it
    return read_with_pandoc(input, ext.substr(1), tools, timeout);
  }
  if (ext == ".txt") {
    check_import_size(input);
    return read_text_export(read_file(input));
  }
  if (ext == ".doc" || ext == ".rtf")
    throw ImportError("формат " + ext + " не читается; откройте файл в Word или LibreOffice и сохраните как .docx");
  throw ImportError("ожидается дорожная карта в .docx, .odt или .txt");
}

}  // namespace

ImportFileResult import_roadmap_file(const fs::path& input, std::optional<AcademicYear> year, ToolRunner& tools,
                                     std::chrono::seconds timeout) {
  ImportDocument doc;
  try {
    doc = read_document(input, tools, timeout);
  } catch (const ImportError&) {
    throw;
  } catch (const ToolError&) {
    throw;
  } catch (const std::exception& e) {  // an unreadable file
    throw ImportError(e.what());
  }
  ImportOptions opts;
  opts.year = year;
  ImportFileResult result;
  result.roadmap = import_roadmap(doc, opts);
  ImportedRoadmap& r = result.roadmap;
  std::ostringstream out;
  report(out, r);
  if (r.events.empty()) {
    result.error = r.tables ? "в таблице мероприятий нет ни одной строки мероприятия"
                            : "не найдено таблицы мероприятий (нужна таблица со столбцами "
                              "«Мероприятие» и «Сроки» или «Ответственные»)";
    result.report = out.str();
    return result;
  }
  if (!r.year) {
    r.year = current_academic_year();
    r.year_reason = "в документе не указан — взят текущий; другой задайте параметром --year 2023/2024";
  }
  out << "Учебный год: " << r.year->label() << " — " << r.year_reason << "\n";
  result.output = imported_to_json(r);
  for (const auto& f : result.output.fill_in) out << "заполните: " << f << "\n";
  result.report = out.str();
  return result;
}

}  // namespace nastavnik
