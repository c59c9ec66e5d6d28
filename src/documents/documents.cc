#include "documents/documents.h"

#include <stdexcept>

#include "documents/consents/consent_context.h"
#include "model/consent_plan.h"
#include "documents/consents/consent_register.h"
#include "model/person_forms.h"
#include "documents/report/report_charts.h"
#include "documents/report/report_figures.h"
#include "documents/roadmap/roadmap_table.h"
#include "documents/report/xlsx_monitoring.h"
#include "documents/registers/xlsx_registers.h"
#include "documents/roadmap/xlsx_roadmap.h"

namespace nastavnik {
namespace {

bool always(const Programme&) { return true; }
bool has_results(const Programme& p) { return p.results.has_value(); }

bool has_pairs(const Programme& p) { return !p.pairs.empty(); }

// One batch kind per consent kind, each in its own folder under consents/.
DocumentKind consent_kind(ConsentKind ck) {
  auto items = [ck](const Programme& p) {
    std::vector<BatchItem> out;
    for (const ConsentItem& item : plan_consents(p))
      if (item.kind == ck) out.push_back({person_full_name(p, item.person_id), consent_context(p, item)});
    return out;
  };
  return {.id = consent_kind_id(ck),
          .name = consent_kind_name(ck),
          .template_name = consent_template(ck),
          .type_size = TypeSize::Form,
          // The plan says whether there are forms; their contexts are made once, to render.
          .applies =
              [ck](const Programme& p) {
                for (const ConsentItem& item : plan_consents(p))
                  if (item.kind == ck) return true;
                return false;
              },
          .personal_data = true,
          .batch = items,
          .folder = "consents",
          .group = "consents"};
}

std::vector<DocumentKind> make_kinds() {
  std::vector<DocumentKind> kinds = {
      {.id = "roadmap",
       .name = "дорожная карта",
       .template_name = "roadmap",
       .orientation = Orientation::Landscape,
       .applies = always,
       .context = roadmap_context,
       .write_xlsx =
           [](const Programme& p, const std::filesystem::path& path) {
             std::string error;
             if (!write_roadmap_xlsx(build_roadmap_table(p), p.organisation.short_name, path.string(), &error))
               throw std::runtime_error(error);
           }},
      {.id = "order-roadmap",
       .name = "приказ об утверждении дорожной карты (orders.roadmap)",
       .template_name = "order_roadmap",
       .applies = [](const Programme& p) { return p.roadmap_order.has_value(); },
       .context = order_roadmap_context},
      {.id = "order-pairs",
       .name = "приказ о закреплении наставнических пар (orders.pairs)",
       .template_name = "order_pairs",
       .applies = [](const Programme& p) { return p.pairs_order.has_value() && !p.pairs.empty(); },
       .context = order_pairs_context,
       .personal_data = true},
      {.id = "registers",
       .name = "реестры наставников, наставляемых и пар (pairs)",
       .orientation = Orientation::Landscape,
       .applies = has_pairs,
       .write_xlsx = [](const Programme& p,
                        const std::filesystem::path& path) { write_registers_xlsx(p, path.string()); },
       .personal_data = true},
      {.id = "report",
       .name = "отчёт о реализации программы наставничества (results)",
       .template_name = "report",
       .applies = has_results,
       .context = report_context,
       .charts = [](const Programme& p) { return report_charts(compute_report_figures(p)); }},
      // Raw questionnaires and measures name pupils: personal data, never published as is.
      {.id = "monitoring",
       .name = "книга мониторинга с диаграммами (results)",
       .orientation = Orientation::Landscape,
       .applies = has_results,
       .write_xlsx =
           [](const Programme& p, const std::filesystem::path& path) {
             write_monitoring_xlsx(p, compute_report_figures(p), path.string());
           },
       .personal_data = true},
  };
  for (ConsentKind ck : {ConsentKind::PersonalData, ConsentKind::RepresentativePersonalData,
                         ConsentKind::Dissemination, ConsentKind::Mentoring})
    kinds.push_back(consent_kind(ck));
  kinds.push_back({.id = "consent-register",
                   .name = "реестр согласий (pairs)",
                   .orientation = Orientation::Landscape,
                   .applies = [](const Programme& p) { return !plan_consents(p).empty(); },
                   .write_xlsx =
                       [](const Programme& p, const std::filesystem::path& path) {
                         write_register_workbook(p, {build_consent_register(p)}, "Реестр согласий", path.string());
                       },
                   .personal_data = true,
                   .folder = "consents",
                   .group = "consents"});
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
