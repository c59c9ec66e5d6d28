// The programme model: one school's mentorship programme for one academic year,
// validated and with defaults applied. Readers (JSON now, XLSX later) produce it;
// context builders and renderers only read it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "academic_year.h"
#include "date.h"
#include "deadline.h"

namespace nastavnik {

struct Organisation {
  std::string full_name;   // «Муниципальное бюджетное общеобразовательное учреждение …»
  std::string short_name;  // «МБОУ «Гимназия № 7»»
  std::string type;        // «общеобразовательная организация», «детский сад» …
  std::string city;
  std::string address;
  std::string site;        // https://…
  std::string inn, ogrn;   // optional
};

struct StaffMember {
  std::string id;
  std::string full_name;  // «Фамилия Имя Отчество»
  std::string position;   // «заместитель директора по УВР»
  std::string phone;
  std::string pointer;    // JSON pointer of the entry, for messages
};

// A protocol or an order a block refers to: «Протокол от 31.08.2023 № 1».
struct DocumentRef {
  std::string number;
  std::optional<Date> date;
};

struct Approval {
  enum class Kind {
    Agreed,           // СОГЛАСОВАНО
    Accepted,         // ПРИНЯТО с учетом мнения …
    Approve,          // УТВЕРЖДАЮ (signed by a person)
    ApprovedByOrder,  // УТВЕРЖДЕН приказом … от … № …
  };
  Kind kind = Kind::Approve;
  std::string body;      // «педагогического совета», «Совета родителей»
  std::string position;  // signer's position when signed by a person
  std::string signer;    // signer's full name
  DocumentRef document;  // protocol (Agreed/Accepted) or order (ApprovedByOrder)
  std::optional<Date> date;  // date under the signature (Approve, Agreed by a person)
  std::string pointer;
};

// A responsible party: a staff member (resolved) or role text («Классные руководители»).
struct Responsible {
  std::string staff_id;  // empty for role text
  std::string text;      // role text, or the staff member's rendered name
  std::string position;  // staff member's position
};

struct Event {
  std::string number;  // «2.1»
  int stage = 0;
  std::string title;
  Deadline deadline;
  std::string deadline_source;  // as written in the data, for messages and lint
  std::vector<Responsible> responsible;
  std::string result;  // «Результат. Вид документа», optional
  std::string pointer;
};

struct Stage {
  int number = 0;
  std::string name;
  std::string goal;    // «Цель:», optional
  std::string task;    // «Задача:»
  std::string result;  // «Результат:»
  std::string pointer;
};

struct Roadmap {
  std::string title;  // empty: the standard title
  std::vector<Approval> approvals;
  std::vector<Stage> stages;  // ordered by number
  std::vector<Event> events;  // in data order
  bool show_result_column = false;  // any event has a result, or the data asks
};

struct Executor {
  std::string full_name;
  std::string position;
  std::string phone;
};

struct Programme {
  Organisation organisation;
  AcademicYear academic_year;
  Date period_from{}, period_to{};  // the academic year unless the data widens it
  std::vector<StaffMember> staff;
  Roadmap roadmap;
  std::optional<Executor> executor;

  // The staff member with that id, or nullptr.
  const StaffMember* find_staff(const std::string& id) const;

  // The events of one stage, in data order.
  std::vector<const Event*> events_of_stage(int stage) const;
};

}  // namespace nastavnik
