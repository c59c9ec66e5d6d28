#include "documents.h"

#include <stdexcept>

#include "roadmap_table.h"
#include "xlsx_roadmap.h"

namespace nastavnik {

const std::vector<DocumentKind>& document_kinds() {
  static const std::vector<DocumentKind> kinds = {
      {"roadmap", "дорожная карта", "roadmap", Orientation::Landscape, roadmap_context,
       [](const Programme& p, const std::filesystem::path& path) {
         std::string error;
         if (!write_roadmap_xlsx(build_roadmap_table(p), p.organisation.short_name, path.string(), &error))
           throw std::runtime_error(error);
       }},
  };
  return kinds;
}

const DocumentKind* find_document_kind(const std::string& id) {
  for (const auto& k : document_kinds())
    if (k.id == id) return &k;
  return nullptr;
}

}  // namespace nastavnik
