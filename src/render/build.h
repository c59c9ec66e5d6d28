// The render pipeline every document kind goes through: context -> Mustache HTML
// -> (HTML page | pandoc -> DOCX -> LibreOffice -> PDF) and XLSX, built in a
// staging folder and moved into place only when all of it succeeded.
#pragma once
#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "documents/page.h"
#include "model/model.h"
#include "system/tool_runner.h"

namespace nastavnik {

struct Formats {
  bool docx = true, pdf = true, xlsx = true, html = true;
  // Parses «docx,pdf,xlsx,html» (any subset); throws std::invalid_argument with a
  // Russian message on an unknown name.
  static Formats parse(const std::string& list);
};

struct BuildRequest {
  std::filesystem::path out_dir = "output";
  std::vector<std::string> only;  // document kind ids; empty: every kind
  Formats formats;
  // Called after each document kind (and after the PDF pass) with steps done and the
  // total; the terminal's progress line and the server's job page read it.
  std::function<void(std::size_t done, std::size_t total)> progress;
  // How many external tools run at once (pandoc runs, LibreOffice processes); 0:
  // one per core (default_jobs()). The output is the same for every value.
  size_t jobs = 0;
};

struct RenderEnv {
  std::filesystem::path templates_dir;  // templates/ (HTML templates, partials, pandoc filter, CSS)
  std::filesystem::path reference_dir;  // portrait.docx, landscape.docx, form.docx
  ToolRunner* tools = nullptr;
  std::chrono::seconds pandoc_timeout{120};
  std::chrono::seconds office_timeout{300};
};

// Builds the requested documents into out_dir and returns the written paths
// (relative to out_dir). Throws ToolError when pandoc or LibreOffice fail and
// std::runtime_error for other faults; out_dir is then left untouched.
std::vector<std::filesystem::path> build_documents(const Programme& p, const BuildRequest& req,
                                                   const RenderEnv& env);

// Runs pandoc: the HTML file into a DOCX with the reference document of that
// layout and the project's Lua filter; throws ToolError when pandoc fails or
// `cancel` is raised while it runs.
void run_pandoc(const RenderEnv& env, const std::filesystem::path& html, const std::filesystem::path& docx,
                PageLayout layout, const std::atomic<bool>& cancel = no_cancel());


}  // namespace nastavnik
