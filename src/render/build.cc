#include "render/build.h"

#include <cmath>
#include <exception>
#include <future>
#include <memory>
#include <set>
#include <stdexcept>

#include "documents/documents.h"
#include "documents/page.h"
#include "render/docx_package.h"
#include "render/figures.h"
#include "render/batch_render.h"
#include "render/docx_package.h"
#include "render/office.h"
#include "render/templates.h"
#include "system/file_modes.h"
#include "system/interrupt.h"
#include "system/staging.h"
#include "system/task_pool.h"

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

// pandoc holds a large HTML document many times over: the pairs order of a
// 5,000-participant school (1.2 MB of HTML) took 311 MB to read, 271 MB to write
// and 536 MB in one run. From this size on it is read into pandoc's own AST (JSON)
// by one run and written by another, so the peak is the larger half (+0.7 s CPU).
constexpr std::uintmax_t kTwoStepHtml = 512 * 1024;

void run_pandoc(const RenderEnv& env, const fs::path& html, const fs::path& docx, PageLayout layout,
                const std::atomic<bool>& cancel) {
  auto run = [&](const std::vector<std::string>& argv) {
    require_success(env.tools->run_cancellable(argv, env.pandoc_timeout, cancel), "pandoc", "pandoc",
                    env.pandoc_timeout);
  };
  std::error_code ec;
  const bool two_step = fs::file_size(html, ec) >= kTwoStepHtml && !ec;
  const fs::path ast = docx.string() + ".ast.json";
  if (two_step) run({"pandoc", "-f", "html", "-t", "json", "-o", ast.string(), html.string()});
  run({"pandoc", "-f", two_step ? "json" : "html", "-t", "docx", "--no-highlight",
       "--reference-doc=" + (env.reference_dir / reference_docx(layout)).string(),
       "--lua-filter=" + (env.templates_dir / "pandoc" / "docx.lua").string(), "-M",
       "text-width=" + std::to_string(text_width_twips(layout.landscape())), "-o", docx.string(),
       (two_step ? ast : html).string()});
  if (two_step) fs::remove(ast, ec);
}

namespace {

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
  std::set<fs::path> private_paths;  // folders with all they hold, and single files
  for (const DocumentKind* kind : kinds) {
    if (!kind->personal_data) continue;
    if (!kind->folder.empty()) {
      private_paths.insert(kind_dir(staging, *kind));
      continue;
    }
    for (const char* ext : {".docx", ".pdf", ".html", ".xlsx"}) {
      fs::path f = kind_dir(staging, *kind) / (kind->id + ext);
      if (fs::exists(f)) private_paths.insert(f);
    }
  }
  // The private ones first and once each (the consent kinds share one folder), and
  // the public pass goes around them: a personal file is never readable by others,
  // not even for a moment between two passes.
  for (const fs::path& path : private_paths) {
    if (fs::is_directory(path)) {
      set_tree_modes(path, kPrivateFile, kPrivateDir);
    } else {
      fs::permissions(path, kPrivateFile, fs::perm_options::replace);
    }
  }
  set_tree_modes(staging.dir(), kPublicFile, kPublicDir, private_paths);
}

// Expected pages of a DOCX pandoc wrote, only to balance LibreOffice's groups:
// a file that is no DOCX counts as one page, and LibreOffice will say what is wrong.
double estimate_pages(const fs::path& docx) {
  try {
    return expected_pages(docx_document_size(docx));
  } catch (const std::runtime_error&) {
    return 1;
  }
}

}  // namespace

std::vector<fs::path> build_documents(const Programme& p, const BuildRequest& req, const RenderEnv& env) {
  std::vector<const DocumentKind*> kinds = selected_kinds(p, req);
  Staging staging(req.out_dir);
  TemplateSet templates(env.templates_dir);
  const std::string css = read_file(env.templates_dir / "site.css");
  const size_t jobs = req.jobs > 0 ? req.jobs : default_jobs();
  // pandoc runs start as soon as their HTML is written and run while the next
  // kinds' contexts, charts and workbooks are made.
  TaskPool pandoc(jobs);
  // Returns when that run is done: its future throws when it failed or never ran
  // (the promise goes with the task), and pandoc.wait() then says why.
  auto add_pandoc = [&](const fs::path& html, const fs::path& docx, PageLayout layout) {
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> future = done->get_future();
    pandoc.add([&env, html, docx, layout, done](const std::atomic<bool>& cancel) {
      run_pandoc(env, html, docx, layout, cancel);
      (void)DocxPackage(docx);  // garbage from pandoc stops here, blaming pandoc (exit 3), not LibreOffice
      done->set_value();
    });
    return future;
  };
  struct Batch {
    std::unique_ptr<BatchRender> render;
    const DocumentKind* kind;
    fs::path dir;
    std::future<void> rendered;
  };
  std::vector<Batch> batches;
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
    const PageLayout layout{kind->orientation, kind->type_size};
    const bool landscape = layout.landscape();
    Json page_geometry = {{"text_width", text_width_twips(landscape)},
                          {"landscape", landscape},
                          {"form", layout.type == TypeSize::Form}};
    if (kind->batch) {  // forms are printed and signed, not published: no HTML
      if (!req.formats.docx && !req.formats.pdf) continue;
      auto render = std::make_unique<BatchRender>(templates, *kind, p, page_geometry, staging.work());
      std::future<void> rendered = add_pandoc(render->html(), render->docx(), render->layout());
      batches.push_back({std::move(render), kind, dir, std::move(rendered)});
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
      add_pandoc(html, docx, layout);
      if (req.formats.pdf) for_pdf.push_back({{{docx, 1}}, dir / (kind->id + ".pdf")});
    }
  }
  const size_t documents = for_pdf.size();  // jobs of one DOCX from pandoc, pages unknown yet
  // Each batch is finished as soon as its own pandoc run is done, while longer
  // runs (the pairs order of a large school) go on.
  const fs::path parts_dir = staging.work() / "parts";
  if (req.formats.pdf && !batches.empty()) fs::create_directories(parts_dir);
  for (Batch& b : batches) {
    try {
      b.rendered.get();
    } catch (const std::future_error&) {
      pandoc.wait();  // throws the failure that stopped the run
      throw;
    }
    const std::string& id = b.kind->id;
    std::vector<PdfPart> parts =
        b.render->finish(env, req.formats.docx ? b.dir / (id + ".docx") : fs::path(),
                         req.formats.docx ? b.dir / id : fs::path(), req.formats.pdf ? parts_dir : fs::path());
    if (req.formats.pdf) for_pdf.push_back({std::move(parts), b.dir / (id + ".pdf")});
    b.render.reset();  // its forms and items are no longer needed
  }
  pandoc.wait();
  for (size_t j = 0; j < documents; ++j) for_pdf[j].parts.front().pages = estimate_pages(for_pdf[j].parts.front().docx);
  if (!for_pdf.empty()) convert_to_pdf(env, for_pdf, staging.work(), jobs);
  if (req.formats.pdf) step();
  set_output_modes(kinds, staging);
  return staging.commit();
}

}  // namespace nastavnik
