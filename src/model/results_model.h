// Year-end facts of the programme (issue: the final report): how each roadmap
// event went, what the two monitoring stages measured, the best practices, and
// the school's totals the involvement shares are computed against.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"

namespace nastavnik {

struct Approval;     // model.h; complete wherever Results is used (std::vector allows this since C++17)
struct Responsible;  // model.h, likewise

struct EventOutcome {
  enum class Status { Done, Late, Moved, Cancelled };
  std::string event;  // the roadmap event's number («2.1»)
  Status status = Status::Done;
  std::optional<Date> date;  // when it actually happened (required for Late)
  std::string note;          // «перенесено на сентябрь 2024 г.», a reason
  std::string pointer;
};

// Monitoring stage 1: one participant's questionnaire about one pair or group.
struct SurveyAnswer {
  std::string pair;    // pair id
  std::string person;  // person id (a mentor or a mentee of that pair)
  int satisfaction = 0;  // 1–10
  int usefulness = 0;    // 1–10
  std::string pointer;
};

// The curator's SWOT analysis (monitoring stage 1).
struct Swot {
  std::vector<std::string> strengths, weaknesses, opportunities, threats;
  bool empty() const { return strengths.empty() && weaknesses.empty() && opportunities.empty() && threats.empty(); }
};

// Monitoring stage 2: a before/after measure the school chose.
struct Measure {
  enum class Group { Pupils, Teachers, All };
  enum class Scale { Number, YesNo };  // YesNo: 0/1 per person, reported as a share
  std::string id;
  std::string name;  // «Мотивация к обучению»
  std::string unit;  // «баллы из 10», may be empty
  Group group = Group::All;
  Scale scale = Scale::Number;
  std::string pointer;
};

struct GrowthRecord {
  std::string person;   // person id
  std::string measure;  // measure id
  double before = 0, after = 0;
  std::string pointer;
};

struct BestPractice {
  std::string title;
  std::string text;
  std::vector<std::string> participants;  // person ids
  std::string pointer;
};

struct BestMentor {
  std::string person;  // person id of a mentor
  std::string reason;  // «подготовила двух призёров муниципального этапа олимпиады»
  std::string pointer;
};

// A measure the school takes after the year, from its own conclusions («Меры по итогам года»).
struct FollowUpAction {
  std::string text;      // «Провести классные часы о программе наставничества в 5–9 классах»
  std::string deadline;  // as the school writes it: «до 30.09.2024», «в течение 2024/2025 учебного года»; may be empty
  std::vector<Responsible> responsible;  // as in the roadmap (staff or role text); may be empty
  std::string pointer;
};

// One question of the curator's questionnaire (monitoring stage 1): a score, an answer, or both.
struct CuratorAnswer {
  std::string question;
  std::optional<int> score;  // 1–10
  std::string answer;
  std::string pointer;
};

// Totals of the whole school, not only the programme's participants.
struct SchoolTotals {
  int pupils_10_plus = 0;  // pupils aged 10 and over (the target counts them)
  int teachers = 0;        // pedagogical staff
  std::optional<int> young_teachers;  // young specialists (up to 3 years' experience)
};

struct Results {
  SchoolTotals school;
  std::vector<EventOutcome> events;  // in data order; events not listed are «нет сведений»
  std::vector<SurveyAnswer> survey;
  Swot swot;
  std::vector<Measure> measures;
  std::vector<GrowthRecord> growth;
  std::vector<BestPractice> best_practices;
  std::vector<BestMentor> best_mentors;
  std::vector<CuratorAnswer> curator_survey;  // the curator's questionnaire, in data order
  std::vector<std::string> conclusions;       // the school's own conclusions, a paragraph each
  std::vector<FollowUpAction> actions;        // what the school will do, from those conclusions
  std::vector<Approval> approvals;  // the report's approval blocks, as for the roadmap
  std::optional<Date> report_date;  // the report's date; the period's end when absent
  std::string pointer;
  // True once the year's own records are in (outcomes, answers, a report date …),
  // not only the totals and measures a rollover carries into the new year.
  bool has_year_end_records() const {
    return !events.empty() || !survey.empty() || !growth.empty() || report_date || !curator_survey.empty() ||
           !conclusions.empty() || !best_practices.empty() || !best_mentors.empty();
  }
};

}  // namespace nastavnik
