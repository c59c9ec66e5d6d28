#include "documents/pair_label.h"

#include "language/person_name.h"
#include "model/person_forms.h"

namespace nastavnik {

int pair_number(const Programme& p, const std::string& pair_id) {
  for (std::size_t i = 0; i < p.pairs.size(); ++i)
    if (p.pairs[i].id == pair_id) return static_cast<int>(i) + 1;
  return 0;
}

std::string pair_label(const Programme& p, const std::string& pair_id) {
  int n = pair_number(p, pair_id);
  if (n == 0) return "";
  return std::string("№") + kNbsp + std::to_string(n) + ", " + person_short_name(p, p.pairs[n - 1].mentor);
}

}  // namespace nastavnik
