#include "documents.h"

#include <stdexcept>

#include "consent_context.h"
#include "consent_plan.h"
#include "consent_register.h"
#include "person_forms.h"
#include "report_charts.h"
#include "report_figures.h"
#include "roadmap_table.h"
#include "xlsx_monitoring.h"
#include "xlsx_registers.h"
#include "xlsx_roadmap.h"

namespace nastavnik {
namespace {

bool always(const Programme&) { return true; }
bool has_results(const Programme& p) { return p.results.has_value(); }

// One batch kind per consent kind, each in its own folder under consents/.
DocumentKind consent_kind(ConsentKind ck) {
  auto items = [ck](const Programme& p) {
    std::vector<BatchItem> out;
    for (const ConsentItem& item : plan_consents(p))
      if (item.kind == ck) out.push_back({person_full_name(p, item.person_id), consent_context(p, item)});
    return out;
  };
  DocumentKind k{consent_kind_id(ck), consent_kind_name(ck), consent_template(ck), Orientation::Portrait,
                 [items](const Programme& p) { return !items(p).empty(); }, nullptr, nullptr,
                 /*personal_data=*/true};
  k.batch = items;
  k.folder = k.group = "consents";
  return k;
}

std::vector<DocumentKind> make_kinds() {
  std::vector<DocumentKind> kinds = {
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
  DocumentKind report{"report", "отчёт о реализации программы наставничества (results)", "report",
                      Orientation::Portrait, has_results, report_context, nullptr};
  report.charts = [](const Programme& p) { return report_charts(compute_report_figures(p)); };
  kinds.push_back(std::move(report));
  // Raw questionnaires and measures name pupils: personal data, never published as is.
  kinds.push_back({"monitoring", "книга мониторинга с диаграммами (results)", "", Orientation::Landscape, has_results,
                   nullptr,
                   [](const Programme& p, const std::filesystem::path& path) {
                     write_monitoring_xlsx(p, compute_report_figures(p), path.string());
                   },
                   /*personal_data=*/true});
  for (ConsentKind ck : {ConsentKind::PersonalData, ConsentKind::RepresentativePersonalData,
                         ConsentKind::Dissemination, ConsentKind::Mentoring})
    kinds.push_back(consent_kind(ck));
  DocumentKind reg{"consent-register", "реестр согласий (pairs)", "", Orientation::Landscape,
                   [](const Programme& p) { return !plan_consents(p).empty(); }, nullptr,
                   [](const Programme& p, const std::filesystem::path& path) {
                     write_register_workbook(p, {build_consent_register(p)}, "Реестр согласий", path.string());
                   },
                   /*personal_data=*/true};
  reg.folder = reg.group = "consents";
  kinds.push_back(std::move(reg));
  return kinds;
}

}  // namespace

const std::vector<DocumentKind>& document_kinds() {
  static const std::vector<DocumentKind> kinds = make_kinds();
  return kinds;
}

std::vector<const DocumentKind*> find_document_kinds(const std::string& id_or_group) {
  std::vector<const DocumentKind*> out;
  for (const auto& k : document_kinds())
    if (k.id == id_or_group || k.group == id_or_group) out.push_back(&k);
  return out;
}

const DocumentKind* find_document_kind(const std::string& id) {
  for (const auto& k : document_kinds())
    if (k.id == id) return &k;
  return nullptr;
}

}  // namespace nastavnik
