#include "documents/approval_block.h"
#include "documents/documents.h"
#include "documents/roadmap/roadmap_table.h"

namespace nastavnik {
namespace {

// A roadmap the roadmap order approves is approved once, by that order: its
// «УТВЕРЖДАЮ» stamp becomes «УТВЕРЖДЕНА приказом … от … № …».
std::vector<Approval> roadmap_approvals(const Programme& p) {
  std::vector<Approval> out = p.roadmap.approvals;
  if (!p.roadmap_order) return out;
  Approval by_order;
  by_order.kind = Approval::Kind::ApprovedByOrder;
  by_order.document = {p.roadmap_order->number, p.roadmap_order->date};
  bool replaced = false;
  for (auto& a : out)
    if (a.kind == Approval::Kind::Approve || a.kind == Approval::Kind::ApprovedByOrder) {
      a = by_order;
      replaced = true;
    }
  if (!replaced) out.push_back(by_order);
  return out;
}

}  // namespace

Json roadmap_context(const Programme& p) {
  RoadmapTable t = build_roadmap_table(p);
  // Widths in per cent of the text width; the title column gets what is left.
  std::vector<int> widths = t.with_result ? std::vector<int>{6, 41, 15, 20, 18} : std::vector<int>{7, 51, 17, 25};
  Json columns = Json::array();
  for (int w : widths) columns.push_back({{"width", w}});
  Json rows = Json::array();
  for (const auto& r : t.rows) {
    rows.push_back({{"is_stage", r.is_stage},
                    {"number", r.number},
                    {"title", r.title},
                    {"lines", r.stage_lines},
                    {"deadline", r.deadline},
                    {"responsible", r.responsible},
                    {"result", r.result}});
  }
  return {
      {"title", t.title},
      {"organisation", p.organisation.full_name},
      {"approvals", approvals_context(roadmap_approvals(p), p.organisation, "УТВЕРЖДЕНА")},
      {"table",
       {{"headers", t.headers},
        {"columns", columns},
        {"colspan", t.headers.size()},
        {"with_result", t.with_result},
        {"rows", rows}}},
      {"executor", t.executor.empty() ? Json(nullptr) : Json(t.executor)},
  };
}

}  // namespace nastavnik
