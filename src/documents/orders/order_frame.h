// The parts every order (приказ) shares, as template context: the heading
// requisites, legal basis, signature, executor mark, appendix heading and the
// acquaintance sheet (ГОСТ Р 7.0.97-2025; ТК РФ ст. 22 for acquaintance).
#pragma once
#include <string>
#include <vector>

#include "model/json.h"
#include "model/model.h"

namespace nastavnik {

// {"organisation", "short_name", "date", "number", "place"}: blanks to fill by hand
// where the data has no date or number.
Json order_header(const Programme& p, const Order& o);

// {"position", "name"}: the signer's position (capitalised) and «И.О. Фамилия».
Json order_signature(const Programme& p, const Order& o);

// {"lines": ["Приложение № 1", "к приказу МБОУ …", "от 31.08.2023 № 45"]}.
Json appendix_heading(const Programme& p, const Order& o, int number);

// «от 31.08.2023 № 45» of an order, with blanks for what is missing.
std::string order_reference(const Order& o);

// {"reference", "rows": [{"n", "position", "name"}]}: each employee (staff member)
// once, in the order given; pupils and outside participants are left out.
Json acquaintance_sheet(const Programme& p, const Order& o, const std::vector<std::string>& person_ids);

// The text with a full stop at its end, unless it ends with one already («Зуеву О.В.»).
std::string end_sentence(const std::string& text);

// The executor mark's lines: «Исп. Фамилия Имя Отчество», «тел. …»; empty without an executor.
std::vector<std::string> executor_mark(const Programme& p);

// The preamble's legal basis: Р-145 always; АЗ-1128/08 when the programme has
// teacher-model pairs or `teachers` is set.
std::string legal_basis(const Programme& p, bool teachers);

// True when some pair follows the teachers' model of mentoring.
bool has_teacher_model(const Programme& p);

// The whole context of an order: its requisites, text, appendix and the
// acquaintance sheet for `acquainted` (each once, signer included only if listed).
Json order_document(const Programme& p, const Order& o, const std::string& title, const std::string& preamble,
                    const Json& points, const Json& appendix, const std::vector<std::string>& acquainted);

// A point of an order with optional sub-points, as the template lists them.
Json order_point(const std::string& text, const std::vector<std::string>& sub = {});

}  // namespace nastavnik
