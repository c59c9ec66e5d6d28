// The report's conclusions: a sentence per involvement target with its figures,
// met or missed; the school's own conclusions and measures from the data; and the
// curator's questionnaire summarised. Nothing is invented where the data is silent.
#pragma once
#include "documents/report/report_figures.h"
#include "model/json.h"
#include "model/model.h"

namespace nastavnik {

// One sentence per target category the school has totals for: «Вовлечённость
// обучающихся в возрасте от 10 лет — 6,2 % (30 из 486) при целевом показателе не
// менее 70 %: показатель не достигнут, недостаёт 311 обучающихся.»
std::vector<std::string> target_sentences(const ReportFigures& f);

// {targets, school (paragraphs), has_school, actions (rows), has_actions, title}.
Json conclusions_section(const Programme& p, const ReportFigures& f);

// {text, rows} of the curator's questionnaire; null when the data has none.
Json curator_survey_section(const Programme& p);

}  // namespace nastavnik
