// Reader for the year-end section «results»: event outcomes, monitoring, best
// practices and the school's totals, every reference checked against the programme.
#include "read/results_reader.h"

#include <algorithm>
#include <map>
#include <set>

#include "read/programme_reader.h"
#include "read/validate.h"

namespace nastavnik::detail {
namespace {

// A closed-list text field; reports the allowed words when the value is another.
template <typename E>
std::optional<E> read_choice(ObjectReader& r, const std::string& key, const std::map<std::string, E>& allowed,
                             bool required, Diagnostics& diag) {
  std::string v = r.text(key, required);
  if (v.empty()) return std::nullopt;
  if (auto it = allowed.find(v); it != allowed.end()) return it->second;
  std::string list;
  for (const auto& [word, _] : allowed) list += (list.empty() ? "«" : ", «") + word + "»";
  diag.error(r.pointer(key), "«" + v + "» — недопустимое значение; возможны: " + list);
  return std::nullopt;
}

std::vector<std::string> read_texts(ObjectReader& r, const std::string& key, Diagnostics& diag) {
  std::vector<std::string> out;
  if (const Json* a = r.array(key)) {
    for (size_t i = 0; i < a->size(); ++i) {
      if ((*a)[i].is_string() && !(*a)[i].get<std::string>().empty()) out.push_back((*a)[i].get<std::string>());
      else diag.error(r.pointer(key) + "/" + std::to_string(i), "ожидается непустая строка");
    }
  }
  return out;
}

void read_events(const Json& arr, const std::string& ptr, const Programme& p, Results& res, Diagnostics& diag) {
  static const std::map<std::string, EventOutcome::Status> statuses = {
      {"выполнено", EventOutcome::Status::Done},
      {"выполнено с опозданием", EventOutcome::Status::Late},
      {"перенесено", EventOutcome::Status::Moved},
      {"отменено", EventOutcome::Status::Cancelled}};
  std::set<std::string> numbers, seen;
  for (const auto& e : p.roadmap.events) numbers.insert(e.number);
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag, {"event", "status", "date", "note"});
    if (!r.ok()) continue;
    EventOutcome o;
    o.pointer = item;
    o.event = r.number("event", true);
    if (auto s = read_choice(r, "status", statuses, true, diag)) o.status = *s;
    o.date = r.date("date");
    o.note = r.text("note");
    if (!o.event.empty() && !numbers.count(o.event))
      diag.error(r.pointer("event"), "в дорожной карте нет мероприятия № " + o.event);
    else if (!o.event.empty() && !seen.insert(o.event).second)
      diag.error(r.pointer("event"), "итог мероприятия № " + o.event + " уже записан выше");
    if (o.status == EventOutcome::Status::Late && !o.date)
      diag.error(item, "для мероприятия, выполненного с опозданием, укажите фактическую дату (date)");
    if ((o.status == EventOutcome::Status::Moved || o.status == EventOutcome::Status::Cancelled) && o.note.empty())
      diag.warning(item, "укажите причину или новый срок в примечании (note)");
    res.events.push_back(std::move(o));
  }
}

const Pair* find_pair(const Programme& p, const std::string& id) {
  for (const auto& x : p.pairs)
    if (x.id == id) return &x;
  return nullptr;
}

void read_survey(const Json& arr, const std::string& ptr, const Programme& p, Results& res, Diagnostics& diag) {
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag, {"pair", "person", "satisfaction", "usefulness"});
    if (!r.ok()) continue;
    SurveyAnswer a;
    a.pointer = item;
    a.pair = r.text("pair", true);
    a.person = r.text("person", true);
    a.satisfaction = r.integer("satisfaction", 1, 10, true).value_or(0);
    a.usefulness = r.integer("usefulness", 1, 10, true).value_or(0);
    const Pair* pair = a.pair.empty() ? nullptr : find_pair(p, a.pair);
    if (!a.pair.empty() && !pair) diag.error(r.pointer("pair"), "нет пары или группы с кодом «" + a.pair + "»");
    if (!a.person.empty() && !p.person_kind(a.person)) report_unknown_person(a.person, r.pointer("person"), p, diag);
    else if (pair && !a.person.empty() && pair->mentor != a.person &&
             std::find(pair->mentees.begin(), pair->mentees.end(), a.person) == pair->mentees.end())
      diag.error(r.pointer("person"), "участник «" + a.person + "» не входит в пару (группу) «" + a.pair + "»");
    res.survey.push_back(std::move(a));
  }
}

void read_measures(const Json& arr, const std::string& ptr, Results& res, Diagnostics& diag) {
  static const std::map<std::string, Measure::Group> groups = {
      {"обучающиеся", Measure::Group::Pupils}, {"педагоги", Measure::Group::Teachers}, {"все", Measure::Group::All}};
  static const std::map<std::string, Measure::Scale> scales = {{"число", Measure::Scale::Number},
                                                               {"да/нет", Measure::Scale::YesNo}};
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag, {"id", "name", "unit", "group", "scale"});
    if (!r.ok()) continue;
    Measure m;
    m.pointer = item;
    m.id = r.text("id", true);
    m.name = r.text("name", true);
    m.unit = r.text("unit");
    m.group = read_choice(r, "group", groups, false, diag).value_or(Measure::Group::All);
    m.scale = read_choice(r, "scale", scales, false, diag).value_or(Measure::Scale::Number);
    for (const auto& other : res.measures)
      if (!m.id.empty() && other.id == m.id) diag.error(r.pointer("id"), "показатель «" + m.id + "» уже описан выше");
    res.measures.push_back(std::move(m));
  }
}

const Measure* find_measure(const Results& res, const std::string& id) {
  for (const auto& m : res.measures)
    if (m.id == id) return &m;
  return nullptr;
}

std::optional<double> read_value(ObjectReader& r, const std::string& key, const Measure* m, Diagnostics& diag) {
  const Json* v = r.raw(key, true);
  if (!v) return std::nullopt;
  if (m && m->scale == Measure::Scale::YesNo) {
    if (v->is_boolean()) return v->get<bool>() ? 1.0 : 0.0;
    diag.error(r.pointer(key), "для показателя «" + m->name + "» пишите true (да) или false (нет)");
    return std::nullopt;
  }
  if (v->is_number()) return v->get<double>();
  diag.error(r.pointer(key), "ожидается число, а записано: " + json_type_name(*v));
  return std::nullopt;
}

void read_growth(const Json& arr, const std::string& ptr, const Programme& p, Results& res, Diagnostics& diag) {
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag, {"person", "measure", "before", "after"});
    if (!r.ok()) continue;
    GrowthRecord g;
    g.pointer = item;
    g.person = r.text("person", true);
    g.measure = r.text("measure", true);
    const Measure* m = find_measure(res, g.measure);
    if (!g.measure.empty() && !m) diag.error(r.pointer("measure"), "показатель «" + g.measure + "» не описан в results.measures");
    if (!g.person.empty() && !p.person_kind(g.person)) report_unknown_person(g.person, r.pointer("person"), p, diag);
    g.before = read_value(r, "before", m, diag).value_or(0);
    g.after = read_value(r, "after", m, diag).value_or(0);
    res.growth.push_back(std::move(g));
  }
}

void read_best(ObjectReader& rr, const Programme& p, Results& res, Diagnostics& diag) {
  if (const Json* a = rr.array("best_practices")) {
    for (size_t i = 0; i < a->size(); ++i) {
      std::string item = rr.pointer("best_practices") + "/" + std::to_string(i);
      ObjectReader r((*a)[i], item, diag, {"title", "text", "participants"});
      if (!r.ok()) continue;
      BestPractice b;
      b.pointer = item;
      b.title = r.text("title", true);
      b.text = r.text("text", true);
      b.participants = read_texts(r, "participants", diag);
      for (size_t k = 0; k < b.participants.size(); ++k)
        if (!p.person_kind(b.participants[k]))
          report_unknown_person(b.participants[k], r.pointer("participants") + "/" + std::to_string(k), p, diag);
      res.best_practices.push_back(std::move(b));
    }
  }
  if (const Json* a = rr.array("best_mentors")) {
    for (size_t i = 0; i < a->size(); ++i) {
      std::string item = rr.pointer("best_mentors") + "/" + std::to_string(i);
      ObjectReader r((*a)[i], item, diag, {"person", "reason"});
      if (!r.ok()) continue;
      BestMentor b;
      b.pointer = item;
      b.person = r.text("person", true);
      b.reason = r.text("reason");
      if (!b.person.empty() && !p.person_kind(b.person)) report_unknown_person(b.person, r.pointer("person"), p, diag);
      res.best_mentors.push_back(std::move(b));
    }
  }
}

// Calls read(reader, item pointer, index) for every object of the array `arr` at `ptr`.
template <typename Read>
void each_object(const Json& arr, const std::string& ptr, std::vector<std::string> keys, Diagnostics& diag,
                 Read read) {
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag, keys);
    if (r.ok()) read(r, item, i);
  }
}

// The curator's questionnaire: each question with a score, an answer, or both.
void read_curator_survey(const Json& arr, const std::string& ptr, Results& res, Diagnostics& diag) {
  each_object(arr, ptr, {"question", "score", "answer"}, diag, [&](ObjectReader& r, const std::string& item, size_t) {
    CuratorAnswer a;
    a.pointer = item;
    a.question = r.text("question", true);
    a.score = r.integer("score", 1, 10);
    a.answer = r.text("answer");
    if (!r.has("score") && !r.has("answer"))
      diag.error(item, "у вопроса анкеты куратора нет ни оценки (score, от 1 до 10), ни ответа (answer)");
    res.curator_survey.push_back(std::move(a));
  });
}

// The school's measures after the year: what, by when (as written), who.
void read_actions(const Json& arr, const std::string& ptr, const Programme& p, Results& res, Diagnostics& diag) {
  each_object(arr, ptr, {"action", "deadline", "responsible"}, diag, [&](ObjectReader& r, const std::string& item, size_t i) {
    FollowUpAction a;
    a.pointer = item;
    a.text = r.text("action", true);
    a.deadline = r.text("deadline");
    a.responsible = read_responsible(r.array("responsible"), r.pointer("responsible"), p,
                                     "меры № " + std::to_string(i + 1), diag);
    res.actions.push_back(std::move(a));
  });
}

}  // namespace

void read_results(const Json& v, const std::string& ptr, Programme& p, Diagnostics& diag) {
  ObjectReader r(v, ptr, diag,
                 {"school", "events", "survey", "swot", "measures", "growth", "best_practices", "best_mentors",
                  "report_date", "approvals", "curator_survey", "conclusions", "actions"});
  if (!r.ok()) return;
  Results res;
  res.pointer = ptr;
  if (const Json* s = r.raw("school", true)) {
    ObjectReader sr(*s, r.pointer("school"), diag, {"pupils_10_plus", "teachers", "young_teachers"});
    res.school.pupils_10_plus = sr.integer("pupils_10_plus", 1, 100000, true).value_or(0);
    res.school.teachers = sr.integer("teachers", 1, 10000, true).value_or(0);
    res.school.young_teachers = sr.integer("young_teachers", 0, 10000);
  }
  if (const Json* a = r.array("events")) read_events(*a, r.pointer("events"), p, res, diag);
  if (const Json* a = r.array("survey")) read_survey(*a, r.pointer("survey"), p, res, diag);
  if (const Json* s = r.raw("swot")) {
    ObjectReader sr(*s, r.pointer("swot"), diag, {"strengths", "weaknesses", "opportunities", "threats"});
    res.swot.strengths = read_texts(sr, "strengths", diag);
    res.swot.weaknesses = read_texts(sr, "weaknesses", diag);
    res.swot.opportunities = read_texts(sr, "opportunities", diag);
    res.swot.threats = read_texts(sr, "threats", diag);
  }
  if (const Json* a = r.array("measures")) read_measures(*a, r.pointer("measures"), res, diag);
  if (const Json* a = r.array("growth")) read_growth(*a, r.pointer("growth"), p, res, diag);
  read_best(r, p, res, diag);
  if (const Json* a = r.array("curator_survey")) read_curator_survey(*a, r.pointer("curator_survey"), res, diag);
  res.conclusions = read_texts(r, "conclusions", diag);
  if (const Json* a = r.array("actions")) read_actions(*a, r.pointer("actions"), p, res, diag);
  res.report_date = r.date("report_date");
  if (const Json* a = r.array("approvals")) res.approvals = read_approvals(*a, r.pointer("approvals"), p, diag);
  p.results = std::move(res);
}

}  // namespace nastavnik::detail
