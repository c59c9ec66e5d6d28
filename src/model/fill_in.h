// «[заполните: срок]»: the visible placeholder an import writes where the source
// left a required value empty, so the gap shows in every document and lint names it.
#pragma once
#include <string>
#include <string_view>

namespace nastavnik {

// The placeholder for `what` («срок»).
std::string fill_in_placeholder(const std::string& what);

// Whether a text is such a placeholder.
bool is_fill_in_placeholder(std::string_view text);

}  // namespace nastavnik
