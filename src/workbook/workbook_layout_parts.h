// Pieces the layout table is made of, shared by its files: the column constructor,
// the people sheets (workbook_layout_people.cc) and the year-end sheets
// (workbook_layout_results.cc).
#pragma once
#include <string>
#include <vector>

#include "workbook/workbook_layout.h"

namespace nastavnik::workbook::layout {

using T = CellType;

// One column of a sheet, in the order the table lists its fields.
inline Column col(std::string header, std::string path, T type, bool required, std::string comment, double width,
                  std::string example, std::vector<Choice> choices = {}) {
  return {std::move(header), std::move(path), type, required, std::move(comment), width, std::move(example),
          std::move(choices)};
}

// The people sheets: staff, pupils, pupils' representatives, outside participants.
Sheet staff_sheet();
Sheet pupils_sheet();
Sheet representatives_sheet();
Sheet others_sheet();

// The year-end sheets: totals, outcomes, questionnaires, SWOT, measures, records, best practices and mentors.
Sheet year_results_sheet();
Sheet event_results_sheet();
Sheet survey_sheet();
Sheet swot_sheet();
Sheet measures_sheet();
Sheet growth_sheet();
Sheet practices_sheet();
Sheet best_mentors_sheet();
// The curator's questionnaire, the school's conclusions and its measures after the year.
Sheet curator_survey_sheet();
Sheet conclusions_sheet();
Sheet actions_sheet();

}  // namespace nastavnik::workbook::layout
