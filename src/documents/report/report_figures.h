// The final report's numbers, computed once from the programme so that the
// report, its charts, the monitoring workbook and the site page agree.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/involvement.h"
#include "model/model.h"
#include "language/number_format.h"

namespace nastavnik {

// Pairs and groups of one form of mentoring.
struct FormFigures {
  std::string form;  // «учитель – ученик»
  int pairs = 0;     // one mentee
  int groups = 0;    // several mentees
  int mentors = 0;   // distinct
  int mentees = 0;   // distinct
};

// How one roadmap event went, from results.events.
struct EventFigures {
  const Event* event = nullptr;
  std::optional<EventOutcome::Status> status;  // nullopt: no record («нет сведений»)
  const EventOutcome* outcome = nullptr;
};

// A before/after measure over the people who have records for it.
struct MeasureFigures {
  const Measure* measure = nullptr;
  int people = 0;
  double before = 0, after = 0;  // averages rounded to decimals(); for YesNo the percent of «да»
  // The change between the printed figures, so that a reader's subtraction agrees.
  double change() const { return after - before; }
  // Decimals of every print of this measure (report table, chart, workbook): the one rounding rule.
  int decimals() const { return measure_decimals(measure); }
  // A share of «да» in percent to 0,1 (as every share); an average score or mark to 0,01.
  static int measure_decimals(const Measure* m) { return m && m->scale == Measure::Scale::YesNo ? 1 : 2; }
};

struct ReportFigures {
  // Participants, each person counted once whatever their roles.
  int participants = 0;
  int mentors = 0, mentees = 0;
  int mentors_staff = 0, mentors_pupils = 0, mentors_others = 0;
  int mentees_pupils = 0, mentees_staff = 0;
  int pairs = 0, groups = 0;
  std::vector<FormFigures> forms;  // forms present, in the order of mentoring_form.h

  Share pupils;                        // pupils aged 10+ in the programme / results.school.pupils_10_plus
  Share teachers;                      // staff in the programme / results.school.teachers
  std::optional<Share> young_teachers; // young specialists in the programme / results.school.young_teachers

  std::vector<EventFigures> events;  // every roadmap event, in roadmap order
  int events_done = 0, events_late = 0, events_moved = 0, events_cancelled = 0, events_unknown = 0;
  Share on_time;  // events done on time / all roadmap events

  int answers = 0;      // questionnaires (one per person and pair)
  int respondents = 0;  // distinct people who answered
  double satisfaction = 0, usefulness = 0;  // averages rounded to 0,1; 0 when no answers
  std::array<int, 10> satisfaction_counts{};  // [k] = answers scoring k+1
  std::array<int, 10> usefulness_counts{};

  std::vector<MeasureFigures> measures;  // in results.measures order
};

// Computes the report's figures; the programme must have results.
ReportFigures compute_report_figures(const Programme& p);

}  // namespace nastavnik
