// A deputy knows people by name, not by code: in a workbook's person cells
// (mentor, mentees, signer, curator …) a full name that belongs to exactly one
// person of the «Сотрудники», «Обучающиеся» or «Другие участники» sheets stands
// for that person's code. The data document keeps codes, so a round trip through
// the workbook still gives the same JSON.
#pragma once
#include "workbook/workbook_values.h"

namespace nastavnik::workbook {

// Replaces, in every person cell of the layout's table and form sheets, a full
// name (letter case, «ё» and spaces ignored) that names exactly one person by that
// person's id; codes, unknown and ambiguous names are left for the data reader
// to report at their cell.
void resolve_person_names(OJson& doc);

// The other way, for writing a workbook: in the same cells a code becomes its
// person's full name when no one else has that name (so reading it back gives the
// code again); every other value stays as it is.
void person_codes_to_names(OJson& doc);

}  // namespace nastavnik::workbook
