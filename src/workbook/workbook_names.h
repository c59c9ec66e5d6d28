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

// Codes for rows the deputy added without one (the code columns are hidden): a
// person's from the name («Орлов Тимофей Алексеевич» → «orlov_ta», «_2» when taken),
// a pair's the next «pair_NN».
void fill_missing_codes(OJson& doc);

// The index of the one item of `people` whose full name is `name` (letter case, «ё»
// and spaces aside), or people.size() when none or several have it.
std::size_t person_index_by_name(const OJson& people, const std::string& name);

}  // namespace nastavnik::workbook
