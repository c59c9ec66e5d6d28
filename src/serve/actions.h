// What each button of the page does, on files inside one job's folder, through
// the same core functions the command line calls (read_data_file, lint_programme,
// build_documents, build_site_pack, import_roadmap_file, rollover, write_workbook).
#pragma once
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "model/json.h"
#include "render/build.h"
#include "serve/job_store.h"

namespace nastavnik::serve {

struct ActionResult {
  bool ok = false;
  std::string message;  // one Russian sentence for the top of the job page
  Json details = Json::object();  // findings / report / notes / documents, for the page template
  std::vector<JobFile> files;     // what the job may hand out
};

// «Проверить»: every error and lint finding of the data file, in workbook order.
ActionResult check_action(const std::filesystem::path& input, const std::filesystem::path& job_dir,
                          const RenderEnv& env);

// «Создать документы»: the full set as one ZIP laid out as `build` lays it out, and
// the site pack (when `site`) as a separate ZIP; `progress` as in BuildRequest;
// external programs stop at `limit` from the start.
ActionResult build_action(const std::filesystem::path& input, const std::filesystem::path& job_dir,
                          const Formats& formats, bool site, const RenderEnv& env,
                          const std::function<void(std::size_t, std::size_t)>& progress,
                          std::chrono::seconds limit);

// «Импортировать дорожную карту»: the import's report and the workbook filled with it;
// pandoc and LibreOffice stop at `limit`.
ActionResult import_action(const std::filesystem::path& input, const std::filesystem::path& job_dir,
                           const RenderEnv& env, std::chrono::seconds limit);

// «Перенести на следующий год»: the workbook moved to `to` (empty: the next year) and
// the list of what to check by hand.
ActionResult rollover_action(const std::filesystem::path& input, const std::filesystem::path& job_dir,
                             const std::string& to, const RenderEnv& env);

// «Скачать бланк»: the fillable workbook `init` writes; throws std::runtime_error on failure.
void write_blank(const std::filesystem::path& path, const RenderEnv& env);

}  // namespace nastavnik::serve
