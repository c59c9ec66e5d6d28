// The site pack (`build FILE --site -o DIR`): a folder ready to upload to the
// school site's «Наставничество» page — the public documents as PDF and HTML,
// built from the publication view, and an index.html that links them, lists the
// adult mentors and names the curator. Nothing in it may name a pupil beyond
// their dissemination consent; a last scan of every page refuses the pack if
// anything does.
#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/build.h"
#include "documents/documents.h"
#include "model/json.h"
#include "documents/publication.h"

namespace nastavnik {

// A pupil's data found in a page of the pack: the pack is not written.
struct PublicationLeakError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One file of the pack as the index links it.
struct SiteFile {
  std::string kind_id;  // «roadmap»
  std::string href;     // «roadmap.pdf»
  std::uintmax_t bytes = 0;
};

// The kinds a pack holds: every non-batch kind with a template that applies to the
// redacted programme (registers and consents never: they are XLSX or per-person forms).
std::vector<const DocumentKind*> site_kinds(const Programme& redacted);

// `check --site` lines for the kinds the pack leaves out, and for the pair order's redaction.
std::vector<PublicationNote> site_kind_notes(const Programme& p);

// The index page's context: school, year, links, counts, adult mentors, curator.
Json site_index_context(const Programme& redacted, const std::vector<SiteFile>& files);

// Builds the pack into out_dir, all or nothing, and returns the written paths
// (relative to out_dir). Refuses (std::invalid_argument) a non-empty out_dir that
// is not an earlier pack, so personal files never end up beside public ones; throws
// PublicationLeakError when a page would show a pupil's data, ToolError when pandoc
// or LibreOffice fail.
std::vector<std::filesystem::path> build_site_pack(const Programme& p, const std::filesystem::path& out_dir,
                                                   const RenderEnv& env);

// The visible text of an HTML page (tags dropped, common entities decoded), for the leak scan.
std::string html_text(const std::string& html);

}  // namespace nastavnik
