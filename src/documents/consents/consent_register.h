// The register of consent forms handed out: who, which kind, who signs, when,
// and empty «Получено» / «Примечание» columns for tracking the signed forms.
#pragma once
#include "documents/registers/registers.h"

namespace nastavnik {

// One sheet listing every planned consent form, in the order of plan_consents().
RegisterSheet build_consent_register(const Programme& p);

}  // namespace nastavnik
