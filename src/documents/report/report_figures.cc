#include "documents/report/report_figures.h"

#include <cmath>
#include <map>
#include <set>

#include "model/mentoring_form.h"

namespace nastavnik {
namespace {

void count_participants(const Programme& p, ReportFigures& f) {
  std::set<std::string> mentors, mentees, everyone;
  for (const Pair& pair : p.pairs) {
    mentors.insert(pair.mentor);
    everyone.insert(pair.mentor);
    for (const auto& m : pair.mentees) {
      mentees.insert(m);
      everyone.insert(m);
    }
  }
  f.participants = static_cast<int>(everyone.size());
  f.mentors = static_cast<int>(mentors.size());
  f.mentees = static_cast<int>(mentees.size());
  for (const auto& id : mentors) {
    auto kind = p.person_kind(id);
    if (kind == PersonRef::Kind::Staff) ++f.mentors_staff;
    else if (kind == PersonRef::Kind::Pupil) ++f.mentors_pupils;
    else ++f.mentors_others;
  }
  for (const auto& id : mentees) {
    if (p.find_pupil(id)) ++f.mentees_pupils;
    else if (p.find_staff(id)) ++f.mentees_staff;
  }
  const Involvement involvement = compute_involvement(p);
  f.pupils = involvement.pupils;
  f.teachers = involvement.teachers;
  f.young_teachers = involvement.young_teachers;
}

void count_forms(const Programme& p, ReportFigures& f) {
  for (const MentoringForm& form : known_forms()) {
    FormFigures ff;
    ff.form = form.name;
    std::set<std::string> mentors, mentees;
    for (const Pair& pair : p.pairs) {
      if (pair.form != form.name) continue;
      (pair.is_group() ? ff.groups : ff.pairs)++;
      mentors.insert(pair.mentor);
      mentees.insert(pair.mentees.begin(), pair.mentees.end());
    }
    if (ff.pairs + ff.groups == 0) continue;
    ff.mentors = static_cast<int>(mentors.size());
    ff.mentees = static_cast<int>(mentees.size());
    f.pairs += ff.pairs;
    f.groups += ff.groups;
    f.forms.push_back(ff);
  }
}

void count_events(const Programme& p, ReportFigures& f) {
  std::map<std::string, const EventOutcome*> outcomes;
  for (const auto& o : p.results->events) outcomes[o.event] = &o;
  for (const Event& e : p.roadmap.events) {
    EventFigures ef;
    ef.event = &e;
    if (auto it = outcomes.find(e.number); it != outcomes.end()) {
      ef.outcome = it->second;
      ef.status = it->second->status;
    }
    if (!ef.status) ++f.events_unknown;
    else if (*ef.status == EventOutcome::Status::Done) ++f.events_done;
    else if (*ef.status == EventOutcome::Status::Late) ++f.events_late;
    else if (*ef.status == EventOutcome::Status::Moved) ++f.events_moved;
    else ++f.events_cancelled;
    f.events.push_back(ef);
  }
  f.on_time = {f.events_done, static_cast<int>(p.roadmap.events.size())};
}

void count_survey(const Programme& p, ReportFigures& f) {
  double sat = 0, use = 0;
  std::set<std::string> people;
  for (const auto& a : p.results->survey) {
    if (a.satisfaction < 1 || a.satisfaction > 10 || a.usefulness < 1 || a.usefulness > 10) continue;
    ++f.answers;
    people.insert(a.person);
    sat += a.satisfaction;
    use += a.usefulness;
    ++f.satisfaction_counts[a.satisfaction - 1];
    ++f.usefulness_counts[a.usefulness - 1];
  }
  f.respondents = static_cast<int>(people.size());
  if (f.answers > 0) {
    f.satisfaction = round_decimal(sat / f.answers, 1);
    f.usefulness = round_decimal(use / f.answers, 1);
  }
}

void count_measures(const Programme& p, ReportFigures& f) {
  for (const Measure& m : p.results->measures) {
    MeasureFigures mf;
    mf.measure = &m;
    double before = 0, after = 0;
    for (const auto& g : p.results->growth) {
      if (g.measure != m.id) continue;
      ++mf.people;
      before += g.before;
      after += g.after;
    }
    if (mf.people > 0) {
      double scale = m.scale == Measure::Scale::YesNo ? 100.0 : 1.0;
      mf.before = round_decimal(before / mf.people * scale, mf.decimals());
      mf.after = round_decimal(after / mf.people * scale, mf.decimals());
    }
    f.measures.push_back(mf);
  }
}

}  // namespace

ReportFigures compute_report_figures(const Programme& p) {
  ReportFigures f;
  if (!p.results) return f;
  count_participants(p, f);
  count_forms(p, f);
  count_events(p, f);
  count_survey(p, f);
  count_measures(p, f);
  return f;
}

}  // namespace nastavnik
