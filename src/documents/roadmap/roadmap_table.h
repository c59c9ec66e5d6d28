// The roadmap as rendered rows: one view that the HTML/DOCX context and the XLSX
// writer both read, so every format shows the same words.
#pragma once
#include <string>
#include <vector>

#include "model/model.h"

namespace nastavnik {

struct RoadmapRow {
  bool is_stage = false;
  std::string number;  // «2» for a stage, «2.1» for an event
  std::string title;   // stage name or event title
  // Stage rows only: «Цель: …», «Задача: …», «Результат: …» (those present).
  std::vector<std::string> stage_lines;
  // Event rows only:
  std::string deadline;     // rendered («Январь 2024 г.»)
  std::vector<std::string> responsible;  // one rendered party per entry, each on its own line
  std::string result;       // «Результат. Вид документа»
  std::vector<int> months;  // academic-year month indices 0..11 for the timeline
};

struct RoadmapTable {
  std::string title;       // «План мероприятий (дорожная карта) по реализации …»
  std::string year_label;  // «2023/2024»
  bool with_result = false;
  std::vector<std::string> headers;  // «№ п/п», «Мероприятие», «Сроки», «Ответственные»[, «Результат. Вид документа»]
  std::vector<RoadmapRow> rows;      // stage row, then its events, stage by stage
  std::string executor;              // «Исп. …» line, empty when none
};

// Builds the rendered rows of the roadmap from a validated programme.
RoadmapTable build_roadmap_table(const Programme& p);

}  // namespace nastavnik

namespace nastavnik {
// «Заместитель директора по УВР Кузнецова А.А.» for staff, the role text otherwise.
std::string render_responsible(const Responsible& r);
// «Исп. Кузнецова Анна Андреевна, тел. …», or "" when the data names no executor.
std::string executor_line(const Programme& p);
// The roadmap's title as the data gives it, or the standard one.
std::string roadmap_title(const Programme& p);
}  // namespace nastavnik
