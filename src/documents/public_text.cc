#include "documents/public_text.h"

namespace nastavnik {
namespace {

class Collector {
 public:
  void add(const std::string& pointer, const std::string& text) {
    if (!text.empty()) out.push_back({pointer, text});
  }
  void add_all(const std::string& pointer, const std::vector<std::string>& texts) {
    for (size_t i = 0; i < texts.size(); ++i) add(pointer + "/" + std::to_string(i), texts[i]);
  }
  void approvals(const std::vector<Approval>& list) {
    for (const Approval& a : list) {
      add(a.pointer + "/body", a.body);
      add(a.pointer + "/position", a.position);
      add(a.pointer + "/signer", a.signer);
    }
  }
  // Responsible parties typed as text (a staff member is named from the staff list).
  void responsible(const std::string& pointer, const std::vector<Responsible>& parties) {
    for (size_t i = 0; i < parties.size(); ++i)
      if (parties[i].staff_id.empty()) add(pointer + "/responsible/" + std::to_string(i), parties[i].text);
  }
  std::vector<PublicText> out;
};

void collect_results(const Results& r, Collector& c) {
  for (const EventOutcome& e : r.events) c.add(e.pointer + "/note", e.note);
  c.add_all(r.pointer + "/swot/strengths", r.swot.strengths);
  c.add_all(r.pointer + "/swot/weaknesses", r.swot.weaknesses);
  c.add_all(r.pointer + "/swot/opportunities", r.swot.opportunities);
  c.add_all(r.pointer + "/swot/threats", r.swot.threats);
  for (const Measure& m : r.measures) {
    c.add(m.pointer + "/name", m.name);
    c.add(m.pointer + "/unit", m.unit);
  }
  for (const BestPractice& b : r.best_practices) {
    c.add(b.pointer + "/title", b.title);
    c.add(b.pointer + "/text", b.text);
  }
  for (const BestMentor& b : r.best_mentors) c.add(b.pointer + "/reason", b.reason);
  for (const CuratorAnswer& a : r.curator_survey) {
    c.add(a.pointer + "/question", a.question);
    c.add(a.pointer + "/answer", a.answer);
  }
  c.add_all(r.pointer + "/conclusions", r.conclusions);
  for (const FollowUpAction& a : r.actions) {
    c.add(a.pointer + "/action", a.text);
    c.add(a.pointer + "/deadline", a.deadline);
    c.responsible(a.pointer, a.responsible);
  }
  c.approvals(r.approvals);
}

}  // namespace

std::vector<PublicText> public_free_text(const Programme& p) {
  Collector c;
  const Organisation& o = p.organisation;
  c.add("/organisation/full_name", o.full_name);
  c.add("/organisation/short_name", o.short_name);
  c.add("/organisation/type", o.type);
  c.add("/organisation/city", o.city);
  c.add("/organisation/address", o.address);
  for (const StaffMember& s : p.staff) c.add(s.pointer + "/position", s.position);
  for (const OtherPerson& x : p.others) {
    c.add(x.pointer + "/organisation", x.organisation);
    c.add(x.pointer + "/position", x.position);
  }
  for (const Pair& x : p.pairs) {
    c.add(x.pointer + "/role_pair", x.role_pair);
    c.add(x.pointer + "/goal", x.goal);
  }
  for (const std::optional<Order>* order : {&p.roadmap_order, &p.pairs_order})
    if (*order) c.add_all((*order)->pointer + "/points", (*order)->extra_points);
  const Roadmap& rm = p.roadmap;
  c.add("/roadmap/title", rm.title);
  c.approvals(rm.approvals);
  for (const Stage& s : rm.stages) {
    c.add(s.pointer + "/name", s.name);
    c.add(s.pointer + "/goal", s.goal);
    c.add(s.pointer + "/task", s.task);
    c.add(s.pointer + "/result", s.result);
  }
  for (const Event& e : rm.events) {
    c.add(e.pointer + "/title", e.title);
    c.add(e.pointer + "/result", e.result);
    c.responsible(e.pointer, e.responsible);
  }
  if (p.executor) c.add("/executor/position", p.executor->position);
  if (p.results) collect_results(*p.results, c);
  return c.out;
}

Diagnostics pupil_names_in_public_text(const Programme& original) {
  PupilNameMatcher matcher(original);
  Diagnostics out;
  for (const PublicText& t : public_free_text(original))
    for (const Leak& l : matcher.find(t.text))
      out.error(t.pointer, "этот текст попадёт на сайт, а в нём названо имя " + leaked_person(original, l.person_id) +
                               " без согласия на распространение в такой форме: «" + l.found +
                               "»; уберите имя или запишите согласие (dissemination)");
  return out;
}

}  // namespace nastavnik
