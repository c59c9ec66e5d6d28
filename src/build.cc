#include "build.h"

#include <cmath>
#include <stdexcept>

#include "documents.h"
#include "staging.h"
#include "templates.h"

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

int text_width_twips(bool landscape) {
  // A4 is 210 x 297 mm; ГОСТ Р 7.0.97 margins: left 30 mm, right 10 mm.
  constexpr double kTwipsPerMm = 1440.0 / 25.4;
  return static_cast<int>(std::lround((landscape ? 297 - 40 : 210 - 40) * kTwipsPerMm));
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
    const DocumentKind* k = find_document_kind(id);
    if (!k) {
      std::string known;
      for (const auto& x : document_kinds()) known += (known.empty() ? "" : ", ") + x.id;
      throw std::invalid_argument("неизвестный документ «" + id + "»; есть: " + known);
    }
    if (!k->applies(p)) throw std::invalid_argument("для документа «" + id + "» в данных нет нужного: " + k->name);
    out.push_back(k);
  }
  return out;
}

void run_pandoc(const RenderEnv& env, const fs::path& html, const fs::path& docx, bool landscape) {
  std::vector<std::string> argv = {
      "pandoc", "-f", "html", "-t", "docx", "--no-highlight",
      "--reference-doc=" + (env.reference_dir / (landscape ? "landscape.docx" : "portrait.docx")).string(),
      "--lua-filter=" + (env.templates_dir / "pandoc" / "docx.lua").string(),
      "-M", "text-width=" + std::to_string(text_width_twips(landscape)),
      "-o", docx.string(), html.string()};
  require_success(env.tools->run(argv, env.pandoc_timeout), "pandoc", "pandoc", env.pandoc_timeout);
}

// One LibreOffice start converts every DOCX of the build: starting it costs more
// than converting (domain.md: 1.5 s for one file, 2.4 s for twenty).
void run_office(const RenderEnv& env, const std::vector<fs::path>& docx, const fs::path& out_dir,
                const fs::path& work) {
  std::vector<std::string> argv = {"soffice", "-env:UserInstallation=file://" + (work / "lo-profile").string(),
                                   "--headless", "--norestore", "--nologo", "--nolockcheck",
                                   "--convert-to", "pdf:writer_pdf_Export", "--outdir", out_dir.string()};
  for (const auto& d : docx) argv.push_back(d.string());
  ToolResult r = env.tools->run(argv, env.office_timeout);
  require_success(r, "soffice", "libreoffice-writer-nogui", env.office_timeout);
  for (const auto& d : docx) {
    fs::path pdf = out_dir / d.stem();
    pdf += ".pdf";
    if (!fs::exists(pdf))
      throw ToolError("LibreOffice (soffice, пакет libreoffice-writer-nogui) не создал " + pdf.filename().string() +
                      (r.output.empty() ? "" : ":\n" + r.output));
  }
}

// Files of kinds that hold personal data become owner-only before they are moved
// into place (a rename keeps the mode), so no one else can read them at any moment.
void restrict_personal_data(const std::vector<const DocumentKind*>& kinds, const fs::path& dir) {
  for (const DocumentKind* kind : kinds) {
    if (!kind->personal_data) continue;
    for (const char* ext : {".docx", ".pdf", ".html", ".xlsx"}) {
      fs::path f = dir / (kind->id + ext);
      if (fs::exists(f)) fs::permissions(f, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    }
  }
}

}  // namespace

std::vector<fs::path> build_documents(const Programme& p, const BuildRequest& req, const RenderEnv& env) {
  std::vector<const DocumentKind*> kinds = selected_kinds(p, req);
  Staging staging(req.out_dir);
  TemplateSet templates(env.templates_dir);
  const std::string css = read_file(env.templates_dir / "site.css");
  std::vector<fs::path> for_pdf;

  for (const DocumentKind* kind : kinds) {
    if (req.formats.xlsx && kind->write_xlsx) kind->write_xlsx(p, staging.dir() / (kind->id + ".xlsx"));
    if (kind->template_name.empty()) continue;
    bool landscape = kind->orientation == Orientation::Landscape;
    Json ctx = kind->context(p);
    ctx["page"] = {{"text_width", text_width_twips(landscape)}, {"landscape", landscape}};
    std::string body = templates.render(kind->template_name, ctx);
    std::string title = ctx.value("title", kind->name);
    if (req.formats.html) {
      Json page = {{"title", title}, {"body", body}, {"css", css}, {"landscape", landscape}};
      write_file(staging.dir() / (kind->id + ".html"), templates.render("page", page));
    }
    if (req.formats.docx || req.formats.pdf) {
      fs::path html = staging.work() / (kind->id + ".html");
      write_file(html, "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"></head><body>\n" + body +
                           "\n</body></html>\n");
      fs::path docx = (req.formats.docx ? staging.dir() : staging.work()) / (kind->id + ".docx");
      run_pandoc(env, html, docx, landscape);
      if (req.formats.pdf) for_pdf.push_back(docx);
    }
  }
  if (!for_pdf.empty()) run_office(env, for_pdf, staging.dir(), staging.work());
  restrict_personal_data(kinds, staging.dir());
  return staging.commit();
}

}  // namespace nastavnik
