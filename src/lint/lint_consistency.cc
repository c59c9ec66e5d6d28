// Lint rules about documents that must agree with each other (issue 13): the
// consents and the roadmap event that collects them, the consents' promise about
// third parties and the roadmap event that sends data out, the report and its
// approvals, the form of a teachers' pair and the model the other pairs follow.
#include <algorithm>

#include "lint/lint.h"
#include "language/text_util.h"
#include "model/mentoring_form.h"

namespace nastavnik::lint {
namespace {

bool title_has(const Event& e, const std::string& stem) {
  return fold_for_match(collapse_whitespace(e.title)).find(stem) != std::string::npos;
}

std::string event_list(const std::vector<const Event*>& events) {
  std::string out;
  for (const Event* e : events) out += (out.empty() ? "«" : ", «") + e->number + "»";
  return out;
}

}  // namespace

void consents_after_collection(const Programme& p, const LintRule& rule, Diagnostics& out) {
  if (!p.consents_date) return;
  std::vector<const Event*> collecting;
  std::optional<Date> first_end;
  for (const auto& e : p.roadmap.events) {
    auto span = deadline_span(e.deadline);
    if (!span || !title_has(e, "соглас")) continue;
    collecting.push_back(&e);
    if (!first_end || span->second < *first_end) first_end = span->second;
  }
  if (!first_end || !(*first_end < *p.consents_date)) return;
  lint_warn(out, rule, "/consents_date",
            "согласия датированы " + format_numeric(*p.consents_date) + ", а дорожная карта собирает их до " +
                format_numeric(*first_end) + " (" + event_list(collecting) +
                "): согласие подписывают до того, как данные начинают обрабатывать — исправьте дату согласий или срок "
                "мероприятия");
}

void transfer_not_named(const Programme& p, const LintRule& rule, Diagnostics& out) {
  if (!p.data_recipients.empty()) return;
  for (const auto& e : p.roadmap.events) {
    bool outside = title_has(e, "региональн") || title_has(e, "федеральн") || title_has(e, "передач");
    if (!outside || !(title_has(e, "баз") || title_has(e, "систем") || title_has(e, "данн"))) continue;
    lint_warn(out, rule, e.pointer + "/title",
              "мероприятие «" + e.number + "» передаёт данные участников за пределы школы, а согласия обещают их не "
              "передавать: назовите получателя в data_recipients (он войдёт в согласия)");
  }
}

void approval_before_document(const Programme& p, const LintRule& rule, Diagnostics& out) {
  if (!p.results || !p.results->report_date) return;
  const Date& report = *p.results->report_date;
  for (size_t i = 0; i < p.results->approvals.size(); ++i) {
    const Approval& a = p.results->approvals[i];
    std::optional<Date> when = a.date ? a.date : a.document.date;
    if (!when || !(*when < report)) continue;
    lint_warn(out, rule, a.pointer.empty() ? "/results/approvals/" + std::to_string(i) : a.pointer,
              "гриф отчёта датирован " + format_numeric(*when) + ", раньше самого отчёта (" + format_numeric(report) +
                  "): согласовывают и утверждают уже составленный документ — исправьте дату отчёта (report_date) "
                  "или грифа");
  }
}

void teacher_pair_form(const Programme& p, const LintRule& rule, Diagnostics& out) {
  auto staff_only = [&](const Pair& x) {
    return p.find_staff(x.mentor) && std::all_of(x.mentees.begin(), x.mentees.end(),
                                                 [&](const std::string& m) { return p.find_staff(m) != nullptr; });
  };
  // «учитель – учитель» is Р-145's (the pupils' methodology) name for two teachers;
  // АЗ-1128/08 names the teachers' own forms (традиционная, реверсивная …).
  auto teacher_form = [](const Pair& x) {
    const MentoringForm* f = find_form(x.form);
    return f && f->teacher_model && x.form != "учитель – учитель";
  };
  bool model_used = std::any_of(p.pairs.begin(), p.pairs.end(),
                                [&](const Pair& x) { return staff_only(x) && teacher_form(x); });
  if (!model_used) return;
  for (const Pair& x : p.pairs)
    if (staff_only(x) && !teacher_form(x))
      lint_warn(out, rule, x.pointer + "/form",
                "пара педагогов оформлена по форме модели обучающихся («" + x.form +
                    "»), а другие пары педагогов — по формам модели педагогов (традиционная, групповая …): выберите "
                    "форму модели педагогов, иначе отчёт считает лишнюю форму");
}

}  // namespace nastavnik::lint
