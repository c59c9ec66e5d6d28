// The template context of one consent form: who signs, about whom, the
// operator (the school), and everything 152-ФЗ (ст. 9 ч. 4, ст. 10.1) or ТК РФ
// ст. 351.8 asks each kind to state. What the data lacks is a blank to fill by hand.
#pragma once
#include <string>

#include "model/consent_plan.h"
#include "model/json.h"
#include "model/model.h"

namespace nastavnik {

// Template name of a consent kind: «consent_personal», «consent_representative»,
// «consent_dissemination», «consent_mentoring» (templates/<name>.html.mustache).
std::string consent_template(ConsentKind kind);

// Output id of a kind, used for its folder and combined files: «consent-personal» …
std::string consent_kind_id(ConsentKind kind);

// Russian name of a kind for the register and messages: «Согласие на обработку ПДн (совершеннолетний)» …
std::string consent_kind_name(ConsentKind kind);

// The context of one form.
Json consent_context(const Programme& p, const ConsentItem& item);

}  // namespace nastavnik
