// The monitoring workbook of the final report: the headline figures («Сводка»),
// the raw year-end data («Анкеты», «Показатели», «Мероприятия») and native Excel
// charts over source tables («Диаграммы») for the report's four views. It names
// pupils, so it is personal data: the file is readable by its owner only (0600).
#pragma once
#include <string>

#include "model/model.h"
#include "documents/report/report_figures.h"

namespace nastavnik {

// Writes the workbook for a programme with results and its computed figures;
// throws std::runtime_error with a Russian message on failure (no file is left).
void write_monitoring_xlsx(const Programme& p, const ReportFigures& f, const std::string& path);

}  // namespace nastavnik
