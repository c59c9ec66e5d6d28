// An organisation's name taken from a heading where it stands in an oblique
// case («… наставничества Муниципального бюджетного общеобразовательного
// учреждения «…»», «… в МБОУ Тамбарской ООШ») put back in the nominative.
#pragma once
#include <string>
#include <string_view>

namespace nastavnik {

// The name in the nominative: the words outside quotes that end as the genitive
// or prepositional of the words organisation names are made of (муниципальное,
// бюджетное, учреждение, школа, Тамбарская …) are restored; abbreviations,
// numbers and the quoted part stay as written; trailing punctuation goes.
std::string organisation_nominative(std::string_view name);

}  // namespace nastavnik
