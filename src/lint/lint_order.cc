// Lint rules about order in time: events before the events they depend on,
// stages before the stages they follow, approval before agreement.
#include <algorithm>
#include <optional>

#include "lint/lint.h"
#include "language/text_util.h"

namespace nastavnik::lint {
namespace {

const EventClass* find_class(const std::string& id) {
  for (const auto& c : event_classes())
    if (c.id == id) return &c;
  return nullptr;
}

// «Октябрь 2023 г.» for messages.
std::string when(const Event& e) { return lower_utf8(render_deadline(e.deadline)); }

// The event of `events` that begins first (by its deadline's span); nullptr if none is dated.
const Event* earliest(const std::vector<const Event*>& events) {
  const Event* best = nullptr;
  for (const Event* e : events) {
    auto span = deadline_span(e->deadline);
    if (span && (!best || span->first < deadline_span(best->deadline)->first)) best = e;
  }
  return best;
}

// True when `e` is over before `first` begins: a certain defect even at a month's precision.
bool ends_before(const Event& e, const Event& first) {
  auto a = deadline_span(e.deadline);
  return a && a->second < deadline_span(first.deadline)->first;
}

std::vector<const Event*> events_where(const Programme& p, auto pred) {
  std::vector<const Event*> out;
  for (const auto& e : p.roadmap.events)
    if (pred(e)) out.push_back(&e);
  return out;
}

}  // namespace

void dependency(const Programme& p, const LintRule& rule, Diagnostics& out) {
  for (const auto& dep : event_dependencies()) {
    if (dep.rule != rule.id) continue;
    const EventClass* later = find_class(dep.later);
    const EventClass* earlier = find_class(dep.earlier);
    if (!later || !earlier) continue;
    // Without subjects the classes are compared as a whole: one empty subject matches every title.
    const std::vector<std::string> subjects = dep.subjects.empty() ? std::vector<std::string>{""} : dep.subjects;
    std::vector<const Event*> reported;  // an event naming two subjects is reported once
    for (const auto& subject : subjects) {
      const auto about = [&](const Event& e) { return fold_for_match(collapse_whitespace(e.title)).find(subject) != std::string::npos; };
      const Event* first =
          earliest(events_where(p, [&](const Event& e) { return event_in_class(e, *earlier) && about(e); }));
      if (!first) continue;
      for (const Event* e : events_where(p, [&](const Event& e) { return event_in_class(e, *later) && about(e); })) {
        if (e == first || !ends_before(*e, *first)) continue;
        if (std::find(reported.begin(), reported.end(), e) != reported.end()) continue;
        reported.push_back(e);
        lint_warn(out, rule, e->pointer + "/deadline",
                  "мероприятие «" + e->number + "» (" + later->name + ", " + when(*e) + ") стоит раньше, чем «" +
                      first->number + "» (" + earlier->name + ", " + when(*first) +
                      "): по логике целевой модели оно должно идти после");
      }
    }
  }
}

void stage_out_of_order(const Programme& p, const LintRule& rule, Diagnostics& out) {
  for (const auto& order : stage_order()) {
    const Event* first = earliest(events_where(p, [&](const Event& e) { return e.stage == order.earlier; }));
    if (!first) continue;
    auto early = events_where(p, [&](const Event& e) { return e.stage == order.later && ends_before(e, *first); });
    if (early.empty()) continue;
    std::string numbers;
    for (const Event* e : early) numbers += (numbers.empty() ? "«" : ", «") + e->number + "»";
    const std::string l = std::to_string(order.later), r = std::to_string(order.earlier);
    lint_warn(out, rule, early.front()->pointer + "/deadline",
              "этап " + l + " начинается раньше этапа " + r + ": " +
                  (early.size() == 1 ? "мероприятие " : "мероприятия ") + numbers + " (" + when(*early.front()) +
                  (early.size() == 1 ? ") стоит" : ") стоят") + " раньше первого мероприятия этапа " + r + " — «" +
                  first->number + "» (" + when(*first) + ")");
  }
}

void approval_before_agreement(const Programme& p, const LintRule& rule, Diagnostics& out) {
  // The latest agreement: whatever approves the document must come after it.
  std::optional<Date> agreed;
  std::string agreed_what;
  for (const auto& a : p.roadmap.approvals) {
    if (a.kind != Approval::Kind::Agreed && a.kind != Approval::Kind::Accepted) continue;
    std::optional<Date> d = a.document.date ? a.document.date : a.date;
    if (d && (!agreed || *agreed < *d)) {
      agreed = d;
      agreed_what = a.document.date ? "протокол от " + format_numeric(*d) : "согласование от " + format_numeric(*d);
    }
  }
  if (!agreed) return;
  const auto check = [&](const std::optional<Date>& d, const std::string& pointer, const std::string& what) {
    if (d && *d < *agreed)
      lint_warn(out, rule, pointer,
                what + " (" + format_numeric(*d) + ") раньше согласования (" + agreed_what +
                    ") — утверждают уже согласованный документ");
  };
  for (const auto& a : p.roadmap.approvals) {
    if (a.kind == Approval::Kind::Approve) check(a.date, a.pointer, "дата утверждения");
    if (a.kind == Approval::Kind::ApprovedByOrder) check(a.document.date, a.pointer, "дата приказа об утверждении");
  }
  if (p.roadmap_order) check(p.roadmap_order->date, p.roadmap_order->pointer + "/date", "дата приказа об утверждении дорожной карты");
}

}  // namespace nastavnik::lint
