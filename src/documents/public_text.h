// The free text of the data that public documents print — event titles, stage
// texts, order points, positions, the report's SWOT and best practices … —
// each with its JSON pointer, and the check that none of it names a pupil
// beyond their dissemination consent. The site pack refuses to build on a hit,
// naming the field, rather than hoping a scan of the finished pages sees it.
#pragma once
#include <string>
#include <vector>

#include "documents/pupil_names.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace nastavnik {

struct PublicText {
  std::string pointer;  // «/roadmap/events/3/title»
  std::string text;
};

// Every free-text field of `p` that reaches a document of the site pack, with its
// pointer, in data order; empty fields are left out.
std::vector<PublicText> public_free_text(const Programme& p);

// One error per field that names a pupil (of the original programme) beyond their
// consent: the field's pointer, the form found and the pupil's entry
// («/roadmap/events/0/title: здесь названа обучающаяся без согласия … «Громовой
// Елизавете» (/pupils/12) …»). Empty when every field is clean.
Diagnostics pupil_names_in_public_text(const Programme& original);

}  // namespace nastavnik
