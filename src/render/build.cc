#include "render/build.h"

#include <cmath>
#include <exception>
#include <stdexcept>

#include "documents/documents.h"
#include "documents/page.h"
#include "render/docx_package.h"
#include "render/figures.h"
#include "render/batch_render.h"
#include "render/templates.h"
#include "system/file_modes.h"
#include "system/interrupt.h"
#include "system/staging.h"

namespace nastavnik {

Formats Formats::parse(const std::string& list) {
  Formats f{false, false, false, false};
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string name = list.substr(start, end - start);
    if (name == "docx") f.docx = true;
    else if (name == "pdf") f.pdf = true;
    else if (name == "xlsx") f.xlsx = true;
    else if (name == "html") f.html = true;
    else if (!name.empty())
      throw std::invalid_argument("неизвестный формат «" + name + "»; допустимы docx, pdf, xlsx, html");
    start = end + 1;
  }
  if (!f.docx && !f.pdf && !f.xlsx && !f.html) throw std::invalid_argument("не указан ни один формат");
  return f;
}


namespace {

std::vector<const DocumentKind*> selected_kinds(const Programme& p, const BuildRequest& req) {
  std::vector<const DocumentKind*> out;
  if (req.only.empty()) {
    for (const auto& k : document_kinds())
      if (k.applies(p)) out.push_back(&k);
    return out;
  }
  for (const auto& id : req.only) {
    std::vector<const DocumentKind*> found = find_document_kinds(id);
    if (found.empty()) {
      std::string known = "consents";
      for (const auto& x : document_kinds()) known += ", " + x.id;
      throw std::invalid_argument("неизвестный документ «" + id + "»; есть: " + known);
    }
    size_t before = out.size();
    for (const DocumentKind* k : found) {
      if (k->applies(p)) out.push_back(k);
      else if (found.size() == 1)  // a group may lack some kinds; one named kind must be there
        throw std::invalid_argument("для документа «" + id + "» в данных нет нужного: " + k->name);
    }
    if (out.size() == before) throw std::invalid_argument("для документов «" + id + "» в данных нет участников пар");
  }
  return out;
}

}  // namespace

void run_pandoc(const RenderEnv& env, const fs::path& html, const fs::path& docx, bool landscape) {
  std::vector<std::string> argv = {
      "pandoc", "-f", "html", "-t", "docx", "--no-highlight",
      "--reference-doc=" + (env.reference_dir / (landscape ? "landscape.docx" : "portrait.docx")).string(),
      "--lua-filter=" + (env.templates_dir / "pandoc" / "docx.lua").string(),
      "-M", "text-width=" + std::to_string(text_width_twips(landscape)),
      "-o", docx.string(), html.string()};
  require_success(env.tools->run(argv, env.pandoc_timeout), "pandoc", "pandoc", env.pandoc_timeout);
}

namespace {

struct PdfJob {
  fs::path docx;    // what LibreOffice converts
  fs::path target;  // where its PDF goes
};

// One LibreOffice start converts every DOCX of the build: starting it costs more
// than converting (domain.md: 1.5 s for one file, 2.4 s for twenty). It writes
// into one folder; each PDF then moves to its kind's folder. LibreOffice 7.4
// silently ignores files past about its 250th argument, so long lists go in chunks.
void run_office(const RenderEnv& env, const std::vector<PdfJob>& jobs, const fs::path& work) {
  constexpr size_t kFilesPerCall = 200;
  const fs::path out_dir = work / "pdf";
  fs::create_directories(out_dir);
  ToolResult r;
  for (size_t first = 0; first < jobs.size(); first += kFilesPerCall) {
    std::vector<std::string> argv = {"soffice", "-env:UserInstallation=file://" + (work / "lo-profile").string(),
                                     "--headless", "--norestore", "--nologo", "--nolockcheck",
                                     "--convert-to", "pdf:writer_pdf_Export", "--outdir", out_dir.string()};
    for (size_t i = first; i < jobs.size() && i < first + kFilesPerCall; ++i) argv.push_back(jobs[i].docx.string());
    r = env.tools->run(argv, env.office_timeout);
    require_success(r, "soffice", "libreoffice-writer-nogui", env.office_timeout);
  }
  for (const auto& j : jobs) {
    fs::path pdf = out_dir / j.docx.stem();
    pdf += ".pdf";
    if (!fs::exists(pdf))
      throw ToolError("LibreOffice (soffice, пакет libreoffice-writer-nogui) не создал " + pdf.filename().string() +
                      (r.output.empty() ? "" : ":\n" + r.output));
    fs::rename(pdf, j.target);
  }
}

// The folder a kind's files go to; a folder of personal data is its owner's only.
fs::path kind_dir(const Staging& staging, const DocumentKind& kind) {
  if (kind.folder.empty()) return staging.dir();
  fs::path dir = staging.dir() / kind.folder;
  fs::create_directories(dir);
  if (kind.personal_data) fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
  return dir;
}

// Every file gets its mode explicitly before it is moved into place (a rename
// keeps the mode): public ones 0644, whatever the umask; those of kinds that hold
// personal data owner-only, so no one else can read them at any moment.
void set_output_modes(const std::vector<const DocumentKind*>& kinds, const Staging& staging) {
  set_tree_modes(staging.dir(), kPublicFile, kPublicDir);
  for (const DocumentKind* kind : kinds) {
    if (!kind->personal_data) continue;
    if (!kind->folder.empty()) {
      set_tree_modes(kind_dir(staging, *kind), kPrivateFile, kPrivateDir);
      continue;
    }
    for (const char* ext : {".docx", ".pdf", ".html", ".xlsx"}) {
      fs::path f = kind_dir(staging, *kind) / (kind->id + ext);
      if (fs::exists(f)) fs::permissions(f, kPrivateFile, fs::perm_options::replace);
    }
  }
}

}  // namespace

std::vector<fs::path> build_documents(const Programme& p, const BuildRequest& req, const RenderEnv& env) {
  std::vector<const DocumentKind*> kinds = selected_kinds(p, req);
  Staging staging(req.out_dir);
  TemplateSet templates(env.templates_dir);
  const std::string css = read_file(env.templates_dir / "site.css");
  std::vector<PdfJob> for_pdf;
  const std::size_t steps = kinds.size() + (req.formats.pdf ? 1 : 0);
  std::size_t done = 0;
  auto step = [&] {
    if (req.progress) req.progress(++done, steps);
  };

  for (const DocumentKind* kind : kinds) {
    throw_if_interrupted();  // a signal between tool runs ends the build here
    struct StepOnExit {  // every path out of one kind's iteration is one step
      const decltype(step)& f;
      ~StepOnExit() {
        if (std::uncaught_exceptions() == 0) f();
      }
    } on_exit{step};
    const fs::path dir = kind_dir(staging, *kind);
    if (req.formats.xlsx && kind->write_xlsx) kind->write_xlsx(p, dir / (kind->id + ".xlsx"));
    if (kind->template_name.empty()) continue;
    bool landscape = kind->orientation == Orientation::Landscape;
    Json page_geometry = {{"text_width", text_width_twips(landscape)}, {"landscape", landscape}};
    if (kind->batch) {  // forms are printed and signed, not published: no HTML
      if (!req.formats.docx && !req.formats.pdf) continue;
      fs::path combined = (req.formats.docx ? dir : staging.work()) / (kind->id + ".docx");
      render_batch(env, templates, *kind, kind->batch(p), page_geometry, staging.work(), combined,
                   req.formats.docx ? dir / kind->id : fs::path());
      if (req.formats.pdf) for_pdf.push_back({combined, dir / (kind->id + ".pdf")});
      continue;
    }
    Json ctx = kind->context(p);
    ctx["page"] = page_geometry;
    const std::string title = ctx.value("title", kind->name);
    std::vector<DrawnChart> charts;
    if (kind->charts && (req.formats.html || req.formats.docx || req.formats.pdf))
      charts = draw_charts(kind->charts(p), staging.work() / "charts" / kind->id, env);
    // The page carries its charts inline (one file to publish), pandoc takes the PNG files.
    auto render_body = [&](bool for_html) {
      Json c = ctx;
      set_figure_sources(c, charts, for_html);
      return templates.render(kind->template_name, c);
    };
    if (req.formats.html) {
      Json page = {{"title", title}, {"body", render_body(true)}, {"css", css}, {"landscape", landscape}};
      write_file(staging.dir() / (kind->id + ".html"), templates.render("page", page));
    }
    if (req.formats.docx || req.formats.pdf) {
      const std::string body = render_body(false);
      fs::path html = staging.work() / (kind->id + ".html");
      write_file(html, "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"></head><body>\n" + body +
                           "\n</body></html>\n");
      fs::path docx = (req.formats.docx ? dir : staging.work()) / (kind->id + ".docx");
      run_pandoc(env, html, docx, landscape);
      (void)DocxPackage(docx);  // garbage from pandoc stops here, blaming pandoc (exit 3), not LibreOffice
      if (req.formats.pdf) for_pdf.push_back({docx, dir / (kind->id + ".pdf")});
    }
  }
  if (!for_pdf.empty()) run_office(env, for_pdf, staging.work());
  if (req.formats.pdf) step();
  set_output_modes(kinds, staging);
  return staging.commit();
}

}  // namespace nastavnik
