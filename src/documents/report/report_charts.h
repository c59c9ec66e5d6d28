// The final report's charts as data: which views a curator reads at a glance
// (pairs by form, involvement against the target, the questionnaire's scores,
// before/after per measure), built from the report's figures.
#pragma once
#include <vector>

#include "documents/chart_spec.h"
#include "documents/report/report_figures.h"

namespace nastavnik {

// The report's charts in the order the report shows them; a view without data
// (no pairs, no school totals, no answers, no measures with records) is left out.
// Ids: forms, involvement, satisfaction, measures_share (yes/no measures, %),
// measures_values_N (numeric measures, one chart per unit).
std::vector<ChartSpec> report_charts(const ReportFigures& f);

}  // namespace nastavnik
