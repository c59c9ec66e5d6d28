#include "serve/actions.h"

#include "documents/documents.h"
#include "import/import_file.h"
#include "lint/lint.h"
#include "lint/rollover.h"
#include "render/site_pack.h"
#include "serve/deadline_runner.h"
#include "serve/zip_folder.h"
#include "system/staging.h"
#include "workbook/data_file.h"
#include "workbook/findings.h"
#include "workbook/workbook_programme.h"
#include "workbook/workbook_writer.h"

namespace nastavnik::serve {
namespace fs = std::filesystem;
namespace {

std::vector<Stage> standard_stages(const RenderEnv& env) {
  return load_standard_stages((env.templates_dir / "standard-stages.json").string());
}

struct Loaded {
  ReadResult read;
  Diagnostics all;  // the reader's messages, then lint's findings
  std::vector<FindingRow> found;
  Json rows = Json::array();
  int errors = 0, warnings = 0;
};

Loaded load(const fs::path& input, const RenderEnv& env) {
  Loaded l;
  l.read = read_data_file(input.string(), standard_stages(env));
  l.all = l.read.diagnostics;
  if (l.read.programme) {
    Diagnostics findings = lint_programme(*l.read.programme);
    if (l.read.locate) l.read.locate(findings);
    for (auto& d : findings.items()) l.all.add(d);
  }
  std::vector<std::string> sheets;
  if (is_workbook_path(input.string())) sheets = workbook_sheet_names(input.string());
  l.found = finding_rows(l.all, sheets);
  for (const auto& r : l.found) {
    (r.error ? l.errors : l.warnings)++;
    l.rows.push_back({{"sheet", r.sheet}, {"cell", r.cell}, {"message", r.message}, {"rule", r.rule},
                      {"severity", r.error ? "ошибка" : "предупреждение"}});
  }
  return l;
}

std::string counts(const Loaded& l) {
  return "ошибок: " + std::to_string(l.errors) + ", предупреждений: " + std::to_string(l.warnings);
}

// What a file of the set is for: the kind's name by the file's stem or folder.
Json describe(const fs::path& rel) {
  const DocumentKind* kind = find_document_kind(rel.stem().string());
  for (fs::path p = rel.parent_path(); !kind && !p.empty(); p = p.parent_path())
    kind = find_document_kind(p.filename().string());
  std::string ext = rel.extension().string();
  std::string purpose = kind ? kind->name : "файл набора";
  if (ext == ".pdf") purpose += " — для печати (PDF)";
  else if (ext == ".docx") purpose += " — для правки в Word (DOCX)";
  else if (ext == ".xlsx") purpose += " — таблица Excel";
  else if (ext == ".html") purpose += " — веб-страница";
  return {{"name", rel.generic_string()}, {"purpose", purpose}, {"personal", kind && kind->personal_data}};
}

}  // namespace

ActionResult check_action(const fs::path& input, const fs::path& job_dir, const RenderEnv& env) {
  Loaded l = load(input, env);
  ActionResult r;
  r.ok = l.errors == 0;
  r.details["findings"] = l.rows;
  r.message = l.rows.empty() ? "Ошибок и замечаний нет." : "Найдено: " + counts(l) + ".";
  if (!l.found.empty() && is_workbook_path(input.string())) {
    const fs::path marked = job_dir / "книга-с-замечаниями.xlsx";
    try {
      annotate_findings(input.string(), marked.string(), l.found);
      r.files.push_back({marked.filename().string(),
                         "Ваша книга, в которой ячейки с ошибками закрашены и подписаны; список — на листе «Замечания»",
                         marked});
    } catch (const std::exception& e) {  // a book the reader could not open: the table says why
      r.details["annotate_problem"] = e.what();
    }
  }
  return r;
}

ActionResult build_action(const fs::path& input, const fs::path& job_dir, const Formats& formats, bool site,
                          const RenderEnv& env, const std::function<void(std::size_t, std::size_t)>& progress,
                          std::chrono::seconds limit) {
  Loaded l = load(input, env);
  ActionResult r;
  r.details["findings"] = l.rows;
  if (!l.read.programme) {
    r.message = "Документы не созданы: в данных есть ошибки (" + counts(l) + "). Исправьте их и загрузите файл снова.";
    return r;
  }
  auto processes = make_process_runner();
  DeadlineRunner runner(*processes, limit);
  RenderEnv e = env;
  e.tools = &runner;
  BuildRequest req;
  req.out_dir = job_dir / "документы";
  req.formats = formats;
  req.progress = progress;
  try {
    auto written = build_documents(*l.read.programme, req, e);
    Json docs = Json::array();
    for (const auto& w : written) docs.push_back(describe(w));
    r.details["documents"] = docs;
    zip_folder(req.out_dir, job_dir / "документы.zip", "документы");
    r.files.push_back({"документы.zip", "Все документы — не публиковать: персональные данные", job_dir / "документы.zip"});
  } catch (const ToolError& ex) {
    r.message = std::string("Документы не созданы: ") + ex.what();
    return r;
  }
  try {
    if (site) {
      build_site_pack(*l.read.programme, job_dir / "сайт", e);
      zip_folder(job_dir / "сайт", job_dir / "для-сайта-школы.zip", "для-сайта-школы");
      r.files.push_back({"для-сайта-школы.zip", "Для сайта школы: страница «Наставничество» без персональных данных",
                         job_dir / "для-сайта-школы.zip"});
    }
  } catch (const std::exception& ex) {  // PublicationLeakError, ToolError: the full set still stands
    r.details["site_problem"] = ex.what();
  }
  fs::remove_all(req.out_dir);
  fs::remove_all(job_dir / "сайт");
  r.ok = true;
  r.message = "Готово: файлов — " + std::to_string(r.details["documents"].size()) +
              (l.warnings ? "; предупреждений: " + std::to_string(l.warnings) : "") + ".";
  return r;
}

ActionResult import_action(const fs::path& input, const fs::path& job_dir, const RenderEnv& env,
                           std::chrono::seconds limit) {
  ActionResult r;
  auto processes = make_process_runner();
  DeadlineRunner runner(*processes, limit);
  ImportFileResult imp;
  try {
    imp = import_roadmap_file(input, std::nullopt, runner, env.pandoc_timeout);
  } catch (const std::exception& e) {  // ImportError, ToolError
    r.message = std::string("Дорожная карта не прочитана: ") + e.what();
    return r;
  }
  Json lines = Json::array();
  std::string text = imp.report;
  for (size_t at = 0, end; at < text.size(); at = end + 1) {
    end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(at, end - at));
  }
  r.details["report"] = lines;
  if (!imp.error.empty()) {
    r.message = "Книга не создана: " + imp.error + ".";
    return r;
  }
  const fs::path out = job_dir / "дорожная-карта.xlsx";
  std::string error;
  if (!workbook::write_workbook(out.string(), workbook::OJson::parse(imp.output.data.dump()),
                                xlsx::FileAccess::OwnerOnly, &error)) {
    r.message = "Книга не создана: " + error;
    return r;
  }
  r.files.push_back({"дорожная-карта.xlsx", "Книга Excel с перенесённой дорожной картой", out});
  r.ok = true;
  r.message = "Дорожная карта перенесена: мероприятий — " + std::to_string(imp.roadmap.events.size()) +
              ". Дополните книгу и проверьте её кнопкой «Проверить».";
  return r;
}

ActionResult rollover_action(const fs::path& input, const fs::path& job_dir, const std::string& to_text,
                             const RenderEnv& env) {
  ActionResult r;
  workbook::OJson doc;
  ReadResult read;
  if (is_workbook_path(input.string())) {
    read = workbook::read_programme_workbook(input.string(), standard_stages(env), &doc);
  } else {
    read = read_data_file(input.string(), standard_stages(env));
    if (read.programme) doc = workbook::OJson::parse(read_file(input));
  }
  if (!read.programme) {
    Loaded l = load(input, env);
    r.details["findings"] = l.rows;
    r.message = "Перенос не сделан: в данных есть ошибки (" + counts(l) + ").";
    return r;
  }
  const AcademicYear from = read.programme->academic_year;
  std::optional<AcademicYear> to = to_text.empty() ? AcademicYear{from.first + 1} : AcademicYear::parse(to_text);
  if (!to) {
    r.message = "«" + to_text + "» — не учебный год; пишите так: " + AcademicYear{from.first + 1}.label() + ".";
    return r;
  }
  RolloverResult moved;
  try {
    moved = rollover(doc, *to);
  } catch (const std::invalid_argument& e) {
    r.message = std::string("Перенос не сделан: ") + e.what();
    return r;
  }
  std::string label = to->label();
  label.replace(4, 1, "-");
  const std::string name = "наставничество-" + label + ".xlsx";
  std::string error;
  if (!workbook::write_workbook((job_dir / name).string(), moved.data, xlsx::FileAccess::OwnerOnly, &error)) {
    r.message = "Книга не создана: " + error;
    return r;
  }
  r.details["notes"] = moved.notes;
  r.files.push_back({name, "Книга на " + to->label() + " учебный год", job_dir / name});
  r.ok = true;
  r.message = "Данные перенесены с " + from.label() + " на " + to->label() + " учебный год. Проверьте по списку ниже.";
  return r;
}

void write_blank(const fs::path& path, const RenderEnv& env) {
  std::string error;
  if (!workbook::write_workbook(path.string(), workbook::init_document(standard_stages(env)),
                                xlsx::FileAccess::Default, &error))
    throw std::runtime_error(error);
}

}  // namespace nastavnik::serve
