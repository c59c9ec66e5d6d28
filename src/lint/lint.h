// Lint: what a valid data file can still get wrong — last year's dates, events in
// an order the target model forbids, missing or misspelt responsible persons.
// Every finding is a warning with a stable rule id; the rules, the classes of
// events and the dependency table all live in lint_rules.cc.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"
#include "model/model.h"

namespace nastavnik {

struct LintRule;
using LintCheck = void (*)(const Programme& p, const LintRule& rule, Diagnostics& out);

struct LintRule {
  std::string id;           // «L004», stable: users and scripts refer to it
  std::string name;         // short Russian name for the README table
  std::string description;  // what it finds, Russian
  std::string example;      // an example message, Russian
  LintCheck check;          // reports findings as warnings tagged with `id`
};

// A kind of event recognised by its stage and by word stems of its title.
struct EventClass {
  std::string id;                     // «pair_fixing»
  std::string name;                   // Russian, for messages: «закрепление пар (групп)»
  std::vector<int> stages;            // empty: any stage
  std::vector<std::string> stems;     // folded (lower case, «е» for «ё»); empty: every event
  std::vector<std::string> excludes;  // a title with one of these is not of the class
};

// «Events of class `later` must not come before events of class `earlier`.»
struct Dependency {
  std::string rule;  // rule id that reports a violation
  std::string later, earlier;  // EventClass ids
  // When set, only events naming the same subject are compared: «утверждение
  // дорожной карты» with «согласование дорожной карты», not with «… положения».
  std::vector<std::string> subjects = {};  // folded title stems
};

// «Stage `later` must not begin before stage `earlier` has begun.»
struct StageOrder {
  int later = 0, earlier = 0;
};

// Every lint rule, in id order.
const std::vector<LintRule>& lint_rules();
// The classes of events the dependency table refers to.
const std::vector<EventClass>& event_classes();
// Which class of events must come after which (the target model's logic).
const std::vector<Dependency>& event_dependencies();
// Which stages must not begin before which.
const std::vector<StageOrder>& stage_order();

// Runs every rule over a validated programme; findings carry pointers, not lines.
Diagnostics lint_programme(const Programme& p);

// True when the event's title and stage put it in the class.
bool event_in_class(const Event& e, const EventClass& c);

// Records a lint warning for `rule` at a JSON pointer.
void lint_warn(Diagnostics& out, const LintRule& rule, std::string pointer, std::string message);

// Rule checks (lint_dates.cc, lint_order.cc, lint_people.cc, lint_data_dates.cc, lint_consistency.cc,
// lint_results.cc).
namespace lint {
void dates_outside_year(const Programme& p, const LintRule& rule, Diagnostics& out);
void other_year_in_text(const Programme& p, const LintRule& rule, Diagnostics& out);
void dependency(const Programme& p, const LintRule& rule, Diagnostics& out);
void approval_before_agreement(const Programme& p, const LintRule& rule, Diagnostics& out);
void stage_out_of_order(const Programme& p, const LintRule& rule, Diagnostics& out);
void missing_deadline(const Programme& p, const LintRule& rule, Diagnostics& out);
void missing_responsible(const Programme& p, const LintRule& rule, Diagnostics& out);
void unknown_responsible_name(const Programme& p, const LintRule& rule, Diagnostics& out);
void unparsed_deadline(const Programme& p, const LintRule& rule, Diagnostics& out);
void data_dates_disagree(const Programme& p, const LintRule& rule, Diagnostics& out);
void numbering_gap(const Programme& p, const LintRule& rule, Diagnostics& out);
void numbering_duplicate(const Programme& p, const LintRule& rule, Diagnostics& out);
// lint_consistency.cc: documents that must agree with each other.
void consents_after_collection(const Programme& p, const LintRule& rule, Diagnostics& out);
void transfer_not_named(const Programme& p, const LintRule& rule, Diagnostics& out);
void approval_before_document(const Programme& p, const LintRule& rule, Diagnostics& out);
void teacher_pair_form(const Programme& p, const LintRule& rule, Diagnostics& out);
// lint_results.cc: the year's results.
void targets_missed_without_actions(const Programme& p, const LintRule& rule, Diagnostics& out);
}  // namespace lint

}  // namespace nastavnik
