#include "render/office.h"

#include <algorithm>

#include "system/task_pool.h"

namespace nastavnik {
namespace fs = std::filesystem;

namespace {

// Measured on the example: a page is 7-11 KB of pandoc's word/document.xml
// (consent forms 7-10, the roadmap's table 11).
constexpr double kXmlBytesPerPage = 8000;
// Opening and writing one more file costs LibreOffice about as much as a few pages.
constexpr double kFileCostPages = 3;
// LibreOffice 7.4 silently ignores files past about its 250th argument.
constexpr size_t kFilesPerCall = 200;

// Where group `g`'s LibreOffice writes its PDFs: a folder per group, so two
// processes never write into one folder.
fs::path group_dir(const fs::path& work, size_t g) { return work / "pdf" / std::to_string(g); }

fs::path converted(const fs::path& dir, const PdfPart& part) {
  fs::path pdf = dir / part.docx.stem();
  pdf += ".pdf";
  return pdf;
}

// Runs one group's LibreOffice: its own profile (two processes must not share one),
// every part in as few calls as the argument limit allows.
void run_group(const RenderEnv& env, const std::vector<const PdfPart*>& parts, const fs::path& work, size_t g,
               const std::atomic<bool>& cancel) {
  const fs::path out_dir = group_dir(work, g);
  fs::create_directories(out_dir);
  const std::string profile = "-env:UserInstallation=file://" + (work / ("lo-profile-" + std::to_string(g))).string();
  ToolResult r;
  for (size_t first = 0; first < parts.size(); first += kFilesPerCall) {
    std::vector<std::string> argv = {"soffice", profile, "--headless", "--norestore", "--nologo", "--nolockcheck",
                                     "--convert-to", "pdf:writer_pdf_Export", "--outdir", out_dir.string()};
    for (size_t i = first; i < parts.size() && i < first + kFilesPerCall; ++i) argv.push_back(parts[i]->docx.string());
    r = env.tools->run_cancellable(argv, env.office_timeout, cancel);
    require_success(r, "soffice", "libreoffice-writer-nogui", env.office_timeout);
  }
  for (const PdfPart* part : parts)
    if (!fs::exists(converted(out_dir, *part)))
      throw ToolError("LibreOffice (soffice, пакет libreoffice-writer-nogui) не создал " +
                      converted(out_dir, *part).filename().string() + (r.output.empty() ? "" : ":\n" + r.output));
}

}  // namespace

double expected_pages(size_t xml_bytes) { return std::max(1.0, static_cast<double>(xml_bytes) / kXmlBytesPerPage); }

std::vector<std::vector<std::pair<size_t, size_t>>> plan_office_groups(const std::vector<PdfJob>& jobs,
                                                                       size_t groups) {
  std::vector<std::pair<size_t, size_t>> parts;
  for (size_t j = 0; j < jobs.size(); ++j)
    for (size_t k = 0; k < jobs[j].parts.size(); ++k) parts.emplace_back(j, k);
  auto cost = [&](const std::pair<size_t, size_t>& p) { return jobs[p.first].parts[p.second].pages + kFileCostPages; };
  // Longest first to the cheapest group (LPT): within 4/3 of the best split.
  std::stable_sort(parts.begin(), parts.end(), [&](const auto& a, const auto& b) { return cost(a) > cost(b); });
  const size_t n = std::max<size_t>(1, std::min(groups, parts.size()));
  std::vector<std::vector<std::pair<size_t, size_t>>> plan(n);
  std::vector<double> load(n, 0);
  for (const auto& p : parts) {
    const size_t g = static_cast<size_t>(std::min_element(load.begin(), load.end()) - load.begin());
    plan[g].push_back(p);
    load[g] += cost(p);
  }
  for (auto& group : plan) std::sort(group.begin(), group.end());
  if (parts.empty()) plan.clear();
  return plan;
}

void join_pdfs(const RenderEnv& env, const std::vector<fs::path>& parts, const fs::path& target,
               const std::atomic<bool>& cancel) {
  // The first part is the primary input, so the joined file keeps its document
  // information (title, producer); warnings about a part are not failures.
  std::vector<std::string> argv = {"qpdf", "--warning-exit-0", parts.front().string(), "--pages"};
  for (const auto& p : parts) argv.push_back(p.string());
  argv.insert(argv.end(), {"--", target.string()});
  require_success(env.tools->run_cancellable(argv, env.office_timeout, cancel), "qpdf", "qpdf", env.office_timeout);
  if (!fs::exists(target)) throw ToolError("программа qpdf (пакет qpdf) не создала " + target.filename().string());
}

void convert_to_pdf(const RenderEnv& env, const std::vector<PdfJob>& jobs, const fs::path& work, size_t processes) {
  const auto plan = plan_office_groups(jobs, std::min(processes, kMaxOfficeProcesses));
  std::vector<size_t> group_of_part;  // flattened (job, part) -> group, for the joins
  std::vector<size_t> first_part(jobs.size() + 1, 0);
  for (size_t j = 0; j < jobs.size(); ++j) first_part[j + 1] = first_part[j] + jobs[j].parts.size();
  group_of_part.resize(first_part.back());
  TaskPool pool(plan.size());
  for (size_t g = 0; g < plan.size(); ++g) {
    std::vector<const PdfPart*> parts;
    for (auto [j, k] : plan[g]) {
      parts.push_back(&jobs[j].parts[k]);
      group_of_part[first_part[j] + k] = g;
    }
    pool.add([&env, parts, &work, g](const std::atomic<bool>& cancel) { run_group(env, parts, work, g, cancel); });
  }
  pool.wait();

  for (size_t j = 0; j < jobs.size(); ++j) {
    std::vector<fs::path> pdfs;
    for (size_t k = 0; k < jobs[j].parts.size(); ++k)
      pdfs.push_back(converted(group_dir(work, group_of_part[first_part[j] + k]), jobs[j].parts[k]));
    if (pdfs.size() == 1) {
      fs::rename(pdfs.front(), jobs[j].target);
      continue;
    }
    pool.add([&env, pdfs, &target = jobs[j].target](const std::atomic<bool>& cancel) {
      join_pdfs(env, pdfs, target, cancel);
    });
  }
  pool.wait();
}

}  // namespace nastavnik
