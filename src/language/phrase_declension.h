// Common-noun phrases in the grammatical cases, for running text: a position
// («назначить куратором …, заместителя директора по УВР,») and an organisation's
// type phrase («даю согласие Муниципальному бюджетному общеобразовательному
// учреждению «…»»). By rule: the leading adjectives and the head noun change their
// endings, everything after the head noun (a genitive complement, «по УВР», a
// quoted proper name) stays as written. Names of people are declension.h's.
#pragma once
#include <string>
#include <string_view>

#include "language/declension.h"

namespace nastavnik {

// The phrase in case `c`. `animate` picks the accusative of masculine words
// (a position names a person: «заместителя»; an organisation does not: «лицей»).
// A word the rules do not know stays as written, so the result is never garbled
// beyond the word's ending; data may override where a rule cannot.
std::string decline_phrase(std::string_view phrase, NameCase c, bool animate);

}  // namespace nastavnik
