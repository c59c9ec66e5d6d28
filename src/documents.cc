#include "documents.h"

#include <stdexcept>

#include "roadmap_table.h"
#include "xlsx_registers.h"
#include "xlsx_roadmap.h"

namespace nastavnik {

const std::vector<DocumentKind>& document_kinds() {
  auto always = [](const Programme&) { return true; };
  static const std::vector<DocumentKind> kinds = {
      {"roadmap", "дорожная карта", "roadmap", Orientation::Landscape, always, roadmap_context,
       [](const Programme& p, const std::filesystem::path& path) {
         std::string error;
         if (!write_roadmap_xlsx(build_roadmap_table(p), p.organisation.short_name, path.string(), &error))
           throw std::runtime_error(error);
       }},
      {"order-roadmap", "приказ об утверждении дорожной карты (orders.roadmap)", "order_roadmap",
       Orientation::Portrait, [](const Programme& p) { return p.roadmap_order.has_value(); },
       order_roadmap_context, nullptr},
      {"order-pairs", "приказ о закреплении наставнических пар (orders.pairs)", "order_pairs",
       Orientation::Portrait, [](const Programme& p) { return p.pairs_order.has_value() && !p.pairs.empty(); },
       order_pairs_context, nullptr, /*personal_data=*/true},
      {"registers", "реестры наставников, наставляемых и пар (pairs)", "", Orientation::Landscape,
       [](const Programme& p) { return !p.pairs.empty(); }, nullptr,
       [](const Programme& p, const std::filesystem::path& path) { write_registers_xlsx(p, path.string()); },
       /*personal_data=*/true},
  };
  return kinds;
}

const DocumentKind* find_document_kind(const std::string& id) {
  for (const auto& k : document_kinds())
    if (k.id == id) return &k;
  return nullptr;
}

}  // namespace nastavnik
