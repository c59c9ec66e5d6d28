// Approval blocks (грифы) of a document: СОГЛАСОВАНО, ПРИНЯТО, УТВЕРЖДАЮ, УТВЕРЖДЕН.
#include "read/programme_reader.h"
#include "read/validate.h"

namespace nastavnik::detail {
namespace {

const std::vector<std::pair<std::string, Approval::Kind>> kKinds = {
    {"agreed", Approval::Kind::Agreed},
    {"accepted", Approval::Kind::Accepted},
    {"approve", Approval::Kind::Approve},
    {"approved_by_order", Approval::Kind::ApprovedByOrder},
};

// The signer: a staff reference or position + name written out.
void read_signer(ObjectReader& r, Approval& a, const Programme& p, Diagnostics& diag, bool required) {
  std::string staff = r.text("staff");
  if (!staff.empty()) {
    if (const StaffMember* s = p.find_staff(staff)) {
      a.position = s->position;
      a.signer = s->full_name;
    } else {
      report_unknown_staff(staff, r.pointer("staff"), p, diag);
    }
    return;
  }
  a.position = r.text("position", required);
  a.signer = r.text("signer", required);
}

}  // namespace

DocumentRef read_document_ref(const Json& v, const std::string& ptr, Diagnostics& diag) {
  DocumentRef ref;
  ObjectReader r(v, ptr, diag, {"number", "date"});
  ref.number = r.number("number");
  ref.date = r.date("date");
  return ref;
}

std::vector<Approval> read_approvals(const Json& arr, const std::string& ptr, const Programme& p,
                                     Diagnostics& diag) {
  std::vector<Approval> out;
  if (!arr.is_array()) {
    diag.error(ptr, "здесь ожидался список грифов [ … ], а записано: " + json_type_name(arr));
    return out;
  }
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag,
                   {"kind", "body", "by", "heading", "protocol", "order", "staff", "position", "signer", "date"});
    if (!r.ok()) continue;
    Approval a;
    a.pointer = item;
    std::string kind = r.text("kind", true);
    bool known = false;
    for (const auto& [name, k] : kKinds)
      if (kind == name) {
        a.kind = k;
        known = true;
      }
    if (!known) {
      if (!kind.empty())
        diag.error(r.pointer("kind"), "вид грифа «" + kind +
                                          "» неизвестен; допустимы: agreed (СОГЛАСОВАНО), accepted "
                                          "(ПРИНЯТО), approve (УТВЕРЖДАЮ), approved_by_order (УТВЕРЖДЕН приказом)");
      continue;
    }
    a.heading = r.text("heading");
    switch (a.kind) {
      case Approval::Kind::Agreed:
      case Approval::Kind::Accepted:
        a.body = r.text("body");
        a.by = r.text("by");
        if (const Json* prot = r.raw("protocol")) a.document = read_document_ref(*prot, r.pointer("protocol"), diag);
        if (a.body.empty() && a.by.empty()) {
          if (a.kind == Approval::Kind::Accepted)
            diag.error(r.pointer("body"), "для грифа ПРИНЯТО укажите, с учетом мнения какого органа (body)");
          else
            read_signer(r, a, p, diag, true);
        }
        a.date = r.date("date");
        break;
      case Approval::Kind::Approve:
        read_signer(r, a, p, diag, true);
        a.date = r.date("date");
        break;
      case Approval::Kind::ApprovedByOrder:
        if (const Json* ord = r.raw("order", true)) a.document = read_document_ref(*ord, r.pointer("order"), diag);
        // «УТВЕРЖДЕНО Приказ № … Директор … С.Б. Колпакова»: a signature under the order's reference.
        a.position = r.text("position");
        a.signer = r.text("signer");
        break;
    }
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace nastavnik::detail
