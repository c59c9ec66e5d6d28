// The lines of an approval block (гриф) as ГОСТ Р 7.0.97-2025 lays them out,
// shared by every document that carries one.
#pragma once
#include <string>
#include <vector>

#include "model/json.h"
#include "model/model.h"

namespace nastavnik {

// Lines of one block, e.g. {"УТВЕРЖДАЮ", "Директор МБОУ …", "____________ И.О. Фамилия",
// "«31» августа 2023 г."}; `approved_word` agrees with the document («УТВЕРЖДЕН»,
// «УТВЕРЖДЕНА», «УТВЕРЖДЕНО»). Missing numbers and dates become blanks to fill by hand.
std::vector<std::string> approval_lines(const Approval& a, const Organisation& org,
                                        const std::string& approved_word);

// Template context for a document's approval blocks: agreement-type blocks at the
// left, approval at the right: {"left": [{"lines": [...]}], "right": [...]}, or
// null when there are none.
Json approvals_context(const std::vector<Approval>& approvals, const Organisation& org,
                       const std::string& approved_word);

// «от 31.08.2023 № 45», with blanks for what is missing.
std::string dated_number(const DocumentRef& ref);

}  // namespace nastavnik
