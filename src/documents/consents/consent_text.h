// The wording of the consent forms, apart from the assembly of their contexts
// (consent_context.cc): blanks for what the data lacks, the identity document
// line, and the texts 152-ФЗ (ст. 9 ч. 4, ст. 10.1; приказ Роскомнадзора от
// 24.02.2021 № 18) and ТК РФ ст. 351.8 ask each form to state.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace nastavnik {

// A blank of `n` underscores to fill in by hand, in runs of at most 16 a space apart (a line can break between them).
std::string consent_blank(int n);

// The value with its whitespace collapsed, or a blank of `n` underscores when it is empty.
std::string or_blank(const std::string& value, int n);

// «паспорт гражданина Российской Федерации серия 0712 № 345678, выдан … 12.03.2015,
// код подразделения 260-012»; every part the data lacks is a blank.
std::string identity_document_line(const std::optional<IdentityDocument>& d);

// The document proving a representative's authority: the data's text, else a blank
// birth certificate (a guardianship act for a guardian or custodian).
std::string authority_line(const Representative* r);

// «матерью (законным представителем)», «опекуном (законным представителем)», or
// «законным представителем (бабушка)» for a relation the forms cannot decline.
std::string representative_phrase(const std::string& relation);

// What the data of a person consists of, by category, for ст. 9 ч. 4 п. 5.
std::vector<std::string> own_data_items(const Programme& p, const std::string& person_id);
std::vector<std::string> child_data_items();
std::vector<std::string> representative_data_items();

// «программы наставничества МБОУ «…» в 2023/2024 учебном году» (genitive, inside a sentence).
std::string programme_phrase(const Programme& p);

// The purpose of processing: the school's mentoring programme of the academic year.
std::string consent_purpose(const Programme& p);

// Actions with the data, with the transfer to the data's recipients (or none), and a
// general description of the methods (ст. 9 ч. 4 п. 7).
std::string consent_actions(const Programme& p);
std::string consent_methods();

// No processor acts on the school's behalf (ст. 9 ч. 4 п. 6).
std::string consent_processor();

// «Срок действия согласия: …» from signing to the end of the programme's period (a sentence).
std::string consent_validity(const Programme& p);

// «Порядок отзыва согласия: …» (ст. 9 ч. 2, ст. 21 ч. 5), a sentence.
std::string consent_withdrawal();

// Dissemination on the site (ст. 10.1): purpose, conditions on transfer, how to stop it.
std::string dissemination_purpose(const Programme& p);
std::string dissemination_transfer();
std::string dissemination_withdrawal();
std::string dissemination_photo_note();

// A teacher mentor's consent (ТК РФ ст. 351.8): duties, pay, early end.
std::vector<std::string> mentoring_duties();
std::string mentoring_pay();
std::string mentoring_early_end();

}  // namespace nastavnik
