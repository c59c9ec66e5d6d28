#include "documents/approval_block.h"

#include "language/person_name.h"
#include "language/text_util.h"

namespace nastavnik {

std::string dated_number(const DocumentRef& ref) {
  std::string date = ref.date ? format_numeric(*ref.date) : "«___» __________ 20___ г.";
  std::string number = ref.number.empty() ? "______" : ref.number;
  return "от " + date + " №" + kNbsp + number;
}

std::vector<std::string> approval_lines(const Approval& a, const Organisation& org,
                                        const std::string& approved_word) {
  const std::string signature_line = "____________";
  const std::string blank_date = "«___» __________ 20___ г.";
  auto signed_by = [&](std::vector<std::string>& lines) {
    // ГОСТ: the position names the organisation («Директор МБОУ «СОШ № 7»»).
    std::string position = a.position;
    if (!org.short_name.empty() && position.find(org.short_name) == std::string::npos)
      position += " " + org.short_name;
    lines.push_back(capitalize_first_utf8(position));
    lines.push_back(signature_line + " " + PersonName::parse(a.signer).initials_first());
    lines.push_back(a.date ? format_quoted(*a.date) : blank_date);
  };
  std::vector<std::string> lines;
  const auto first = [&](const char* standard) { lines.push_back(a.heading.empty() ? standard : a.heading); };
  switch (a.kind) {
    case Approval::Kind::Agreed:
      first("СОГЛАСОВАНО");
      if (!a.by.empty()) {
        lines.push_back(a.by);
        lines.push_back("Протокол " + dated_number(a.document));
      } else if (a.body.empty()) {
        signed_by(lines);
      } else {
        lines.push_back("Протокол заседания " + a.body);
        lines.push_back(dated_number(a.document));
      }
      break;
    case Approval::Kind::Accepted:
      first("ПРИНЯТО");
      if (!a.by.empty()) {
        lines.push_back(a.by);
        lines.push_back("Протокол " + dated_number(a.document));
      } else {
        lines.push_back("с учетом мнения " + a.body);
        lines.push_back("(протокол " + dated_number(a.document) + ")");
      }
      break;
    case Approval::Kind::Approve:
      first("УТВЕРЖДАЮ");
      signed_by(lines);
      break;
    case Approval::Kind::ApprovedByOrder:
      if (a.heading.empty()) {
        lines.push_back(approved_word);
        lines.push_back("приказом " + org.short_name);
      } else {
        lines.push_back(a.heading);  // «Приложение 1 к приказу», «УТВЕРЖДЕН приказом директора»
        if (fold_for_match(a.heading).find("приказ") == std::string::npos) lines.push_back("Приказ");
      }
      lines.push_back(dated_number(a.document));
      if (!a.signer.empty()) {
        lines.push_back(capitalize_first_utf8(a.position));
        lines.push_back(signature_line + " " + PersonName::parse(a.signer).initials_first());
      }
      break;
  }
  return lines;
}

Json approvals_context(const std::vector<Approval>& approvals, const Organisation& org,
                       const std::string& approved_word) {
  if (approvals.empty()) return nullptr;
  Json left = Json::array(), right = Json::array();
  for (const auto& a : approvals) {
    Json block = {{"lines", approval_lines(a, org, approved_word)}};
    bool approves = a.kind == Approval::Kind::Approve || a.kind == Approval::Kind::ApprovedByOrder;
    (approves ? right : left).push_back(std::move(block));
  }
  return {{"left", left}, {"right", right}};
}

}  // namespace nastavnik
