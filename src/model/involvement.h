// Involvement against the national target of the target model (at least 70 % of
// pupils from age 10 and of teachers in some form of mentoring): counted here, once,
// for the report's figures and for lint's «target missed, no measures» rule.
#pragma once
#include <optional>

#include "model/model.h"

namespace nastavnik {

// A part of a whole: involved participants against the school's total.
struct Share {
  int part = 0, whole = 0;
  // Percent rounded to one decimal; 0 when whole is 0.
  double percent() const;
  // The national target of the target model: at least 70 % involved.
  bool meets_target() const { return percent() >= kTargetPercent; }
  // Missed: the school gave its total and the share is under the target (a category
  // without a total is not measured, so neither met nor missed).
  bool misses_target() const { return whole > 0 && !meets_target(); }
  // People still to involve to reach the target; 0 when it is met.
  int missing() const;
  static constexpr double kTargetPercent = 70.0;
};

struct Involvement {
  Share pupils;                         // pupils aged 10+ in the programme / results.school.pupils_10_plus
  Share teachers;                       // staff in the programme / results.school.teachers
  std::optional<Share> young_teachers;  // young specialists in the programme / results.school.young_teachers
  // True when any category present misses the 70 % target.
  bool any_missed() const {
    return pupils.misses_target() || teachers.misses_target() || (young_teachers && young_teachers->misses_target());
  }
};

// The shares of the programme's participants (each person once, from its pairs)
// against the school's totals; all zero without results.
Involvement compute_involvement(const Programme& p);

}  // namespace nastavnik
