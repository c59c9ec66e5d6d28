// The imported roadmap as a data file (data/FORMAT.md): what the document says,
// and visible «[заполните: …]» placeholders for required fields it lacks, so
// `nastavnik check` accepts the file and the gaps show in every document.
#include <algorithm>
#include <cctype>

#include "import/import_roadmap.h"
#include "model/fill_in.h"
#include "import/import_text.h"
#include "language/safe_filename.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

using Json = nlohmann::json;

class Filler {
 public:
  std::vector<std::string> items;
  std::string operator()(const std::string& field, const std::string& what) {
    items.push_back(field + " — " + what);
    return fill_in_placeholder(what);
  }
};

// «Муниципальное бюджетное общеобразовательное учреждение «Гимназия»» → «МБОУ «Гимназия»».
std::string short_from_full(const std::string& full) {
  std::string f = fold_for_match(full);
  size_t end = std::string::npos;
  for (const char* w : {"учреждение", "организация"}) {
    size_t p = f.find(w);
    if (p != std::string::npos) end = std::min(end, p + std::string(w).size());
  }
  if (end == std::string::npos) return "";
  std::string abbr;
  std::string head = full.substr(0, end);
  size_t pos = 0;
  bool word_start = true;
  while (pos < head.size()) {
    size_t before = pos;
    char32_t cp = next_code_point(head, pos);
    if (is_space_code_point(cp) || cp == '-') {
      word_start = true;
      continue;
    }
    if (word_start) abbr += capitalize_first_utf8(head.substr(before, pos - before));
    word_start = false;
  }
  std::string rest = trim(full.substr(end));
  return rest.empty() ? abbr : abbr + " " + rest;
}

Json document_ref(const DocumentRef& d) {
  Json j = Json::object();
  if (!d.number.empty()) j["number"] = d.number;
  if (d.date) j["date"] = format_iso(*d.date);
  return j;
}

Json approval_json(const Approval& a, size_t i, Filler& fill) {
  std::string at = "roadmap.approvals[" + std::to_string(i) + "]";
  Json j;
  if (!a.heading.empty()) j["heading"] = a.heading;
  auto signer = [&] {
    j["position"] = a.position.empty() ? fill(at + ".position", "должность подписывающего гриф") : a.position;
    j["signer"] = a.signer.empty() ? fill(at + ".signer", "ФИО подписывающего гриф") : a.signer;
    if (a.date) j["date"] = format_iso(*a.date);
  };
  switch (a.kind) {
    case Approval::Kind::Agreed:
      j["kind"] = "agreed";
      if (a.body.empty() && a.by.empty()) signer();
      else {
        if (!a.body.empty()) j["body"] = a.body;
        if (!a.by.empty()) j["by"] = a.by;
        if (!document_ref(a.document).empty()) j["protocol"] = document_ref(a.document);
      }
      break;
    case Approval::Kind::Accepted:
      j["kind"] = "accepted";
      if (!a.by.empty()) j["by"] = a.by;
      else j["body"] = a.body.empty() ? fill(at + ".body", "орган, с учетом мнения которого принято") : a.body;
      if (!document_ref(a.document).empty()) j["protocol"] = document_ref(a.document);
      break;
    case Approval::Kind::Approve:
      j["kind"] = "approve";
      signer();
      break;
    case Approval::Kind::ApprovedByOrder:
      j["kind"] = "approved_by_order";
      j["order"] = document_ref(a.document);
      if (!a.signer.empty()) {
        j["position"] = a.position;
        j["signer"] = a.signer;
      }
      break;
  }
  return j;
}

// Staff entries for the people the roadmap names; the id is the transliterated
// surname («lazutin»), the position what the responsible cell says beside the name.
Json staff_json(const std::vector<ImportedStaff>& staff, Filler& fill) {
  std::vector<std::string> surnames;
  for (const auto& s : staff) surnames.push_back(s.full_name.substr(0, s.full_name.find(' ')));
  std::vector<std::string> ids = unique_file_stems(surnames, 40);
  Json out = Json::array();
  for (size_t i = 0; i < staff.size(); ++i) {
    std::string id = ids[i];
    for (char& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back({{"id", id},
                   {"full_name", staff[i].full_name},
                   {"position", staff[i].position.empty()
                                    ? fill("staff (" + staff[i].full_name + ")", "должность")
                                    : staff[i].position}});
  }
  return out;
}

int stage_of_number(const std::string& number) {
  size_t dot = number.find('.');
  return std::stoi(number.substr(0, dot));
}

}  // namespace

ImportOutput imported_to_json(const ImportedRoadmap& r) {
  Filler fill;
  Json d;
  d["format_version"] = 1;
  Json org;
  org["full_name"] = r.full_name.empty() ? fill("organisation.full_name", "полное наименование организации по уставу")
                                         : r.full_name;
  std::string short_name = r.short_name.empty() ? short_from_full(r.full_name) : r.short_name;
  org["short_name"] = short_name.empty() ? fill("organisation.short_name", "сокращённое наименование организации")
                                         : short_name;
  org["city"] = fill("organisation.city", "населённый пункт, где издаются документы, без «г.»");
  d["organisation"] = org;
  d["academic_year"] = r.year ? r.year->label() : fill("academic_year", "учебный год, например 2023/2024");
  if (r.period) d["period"] = {{"from", format_iso(r.period->first)}, {"to", format_iso(r.period->second)}};
  d["staff"] = staff_json(r.staff, fill);
  if (r.executor) {
    Json e;
    e["full_name"] = r.executor->full_name.empty() ? fill("executor.full_name", "ФИО исполнителя") : r.executor->full_name;
    if (!r.executor->position.empty()) e["position"] = r.executor->position;
    if (!r.executor->phone.empty()) e["phone"] = r.executor->phone;
    d["executor"] = e;
  }
  Json rm;
  if (!r.title.empty()) rm["title"] = r.title;
  if (!r.approvals.empty()) {
    rm["approvals"] = Json::array();
    for (size_t i = 0; i < r.approvals.size(); ++i) rm["approvals"].push_back(approval_json(r.approvals[i], i, fill));
  }
  std::vector<ImportedStage> stages = r.stages;
  // The roadmap as the school wrote it: no standard Задача/Результат, no stage it
  // did not have; a stage its events need but the table never named gets no row.
  rm["standard_stages"] = false;
  for (const auto& e : r.events) {
    int n = std::clamp(e.stage, 1, 20);
    if (std::none_of(stages.begin(), stages.end(), [&](const ImportedStage& s) { return s.number == n; }))
      stages.push_back(ImportedStage{n, "", "", "", "", ""});
  }
  std::sort(stages.begin(), stages.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
  if (!stages.empty()) {
    rm["stages"] = Json::array();
    for (const auto& s : stages) {
      if (s.number < 1 || s.number > 20) continue;
      Json j;
      j["number"] = s.number;
      if (!s.name.empty()) j["name"] = s.name;
      if (!s.goal.empty()) j["goal"] = s.goal;
      if (!s.task.empty()) j["task"] = s.task;
      if (!s.result.empty()) j["result"] = s.result;
      if (!s.note.empty()) j["note"] = s.note;
      rm["stages"].push_back(j);
    }
  }
  rm["events"] = Json::array();
  for (const auto& e : r.events) {
    Json j;
    j["number"] = e.number;
    int stage = std::clamp(e.stage, 1, 20);
    if (stage != stage_of_number(e.number)) j["stage"] = stage;
    j["title"] = e.title;
    std::string at = "мероприятие " + e.number;
    j["deadline"] = e.deadline.empty() ? fill(at, "срок") : e.deadline;
    j["responsible"] = Json::array({e.responsible.empty() ? fill(at, "ответственные") : e.responsible});
    if (!e.result.empty()) j["result"] = e.result;
    if (!e.note.empty()) j["note"] = e.note;
    rm["events"].push_back(j);
  }
  if (r.result_column) rm["show_result_column"] = true;
  d["roadmap"] = rm;
  return {d, fill.items};
}

}  // namespace nastavnik
