// The programme model: one school's mentorship programme for one academic year,
// validated and with defaults applied. Readers (JSON now, XLSX later) produce it;
// context builders and renderers only read it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/academic_year.h"
#include "model/date.h"
#include "model/deadline.h"
#include "model/id_index.h"
#include "model/results_model.h"

namespace nastavnik {

struct Organisation {
  std::string full_name;   // «Муниципальное бюджетное общеобразовательное учреждение …»
  std::string short_name;  // «МБОУ «Гимназия № 7»»
  std::string full_name_dative;  // the data's own dative where the rule cannot (phrase_declension.h)
  std::string type;        // «общеобразовательная организация», «детский сад» …
  std::string city;
  std::string address;
  std::string site;        // https://…
  std::string inn, ogrn;   // optional
};

// A protocol or an order a block refers to: «Протокол от 31.08.2023 № 1».
struct DocumentRef {
  std::string number;
  std::optional<Date> date;
};

// An identity document for a consent (152-ФЗ ст. 9 ч. 4 п. 1): whatever the data
// lacks is printed as a blank line to fill in by hand.
struct IdentityDocument {
  std::string kind;  // «паспорт гражданина Российской Федерации» unless the data says otherwise
  std::string series, number, issued_by, division_code;
  std::optional<Date> issued_on;
};

// Personal data a consent names, common to every kind of person.
struct ContactData {
  std::string address;                     // registration address
  std::optional<IdentityDocument> document;
};

// A person's sex as the data records it (grammatical gender for declension is
// declension.h's concern and may also come from the patronymic).
enum class Sex { Male, Female };

// Forms of a full name the data gives explicitly; they win over automatic declension.
struct NameForms {
  std::string genitive, dative, accusative, instrumental, prepositional;
};

// A teacher's written consent to mentoring duties and the additional agreement to
// the employment contract that fixes them (ТК РФ ст. 351.8).
struct MentoringConsent {
  std::optional<Date> date;  // when the written consent was signed
  DocumentRef agreement;     // «дополнительное соглашение от … № …»
};

struct StaffMember {
  std::string id;
  std::string full_name;  // «Фамилия Имя Отчество»
  std::string position;   // «заместитель директора по УВР»
  std::string phone;
  std::optional<Sex> sex;  // from the data; else declension reads the patronymic
  NameForms name_forms;
  std::optional<int> experience_years;  // pedagogical experience
  bool young_specialist = false;
  std::optional<MentoringConsent> mentoring_consent;
  ContactData contact;
  std::string pointer;    // JSON pointer of the entry, for messages
};

// A parent or guardian who signs for a minor.
struct Representative {
  std::string full_name;
  std::string relation;  // «мать», «отец», «опекун»
  std::string phone;
  std::string address;
  std::optional<IdentityDocument> document;
  std::string authority;  // the document proving authority («свидетельство о рождении …»)
};

// A signed consent to dissemination (152-ФЗ ст. 10.1): what of a pupil, or of a
// participant from outside the school, the school may publish on its site. Without it
// a pupil appears on the site only as a count, an outside participant only by role.
struct DisseminationConsent {
  enum class Name { Full, Short, FirstName };  // «Иванов Иван», «Иванов И.», «Иван»
  std::optional<Date> date;
  Name name = Name::Full;
  bool class_name = false;  // pupils: the class may be published with the name
  bool position = false;    // outside participants: the position (course) may be published with the name
};

struct Pupil {
  std::string id;
  std::string full_name;
  std::string class_name;  // «7А»
  std::optional<Date> birth_date;
  std::optional<Sex> sex;
  NameForms name_forms;
  std::optional<Representative> representative;
  ContactData contact;  // used when the pupil is an adult and signs for themself
  std::optional<DisseminationConsent> dissemination;
  std::string pointer;
};

// Participants who are neither staff nor pupils.
struct OtherPerson {
  enum class Kind { Student, Employer, Parent };
  Kind kind = Kind::Student;
  std::string id;
  std::string full_name;
  std::string organisation;  // college, company
  std::string position;      // or course/speciality for a student
  std::string phone;
  std::optional<Sex> sex;
  NameForms name_forms;
  ContactData contact;
  std::optional<DisseminationConsent> dissemination;
  std::string pointer;
};

// Where the school publishes the programme on its site (152-ФЗ ст. 10.1: the
// consent to dissemination names the exact pages).
struct Publication {
  std::vector<std::string> pages;  // full URLs
  bool pupils = false;             // whether pupils' data is published at all
};

struct Approval {
  enum class Kind {
    Agreed,           // СОГЛАСОВАНО
    Accepted,         // ПРИНЯТО с учетом мнения … (or «ПРИНЯТО <by>»)
    Approve,          // УТВЕРЖДАЮ (signed by a person)
    ApprovedByOrder,  // УТВЕРЖДЕН приказом … от … № …
  };
  Kind kind = Kind::Approve;
  std::string body;      // «педагогического совета», «Совета родителей»
  std::string position;  // signer's position when signed by a person
  std::string signer;    // signer's full name
  DocumentRef document;  // protocol (Agreed/Accepted) or order (ApprovedByOrder)
  std::optional<Date> date;  // date under the signature (Approve, Agreed by a person)
  // As the school wrote it (an import keeps them): the opening words printed
  // instead of the standard ones («ПРИНЯТО», «УТВЕРЖДЕНО», «Приложение 1 к
  // приказу»), and the body after them («Педагогическим советом») printed
  // instead of «с учетом мнения …».
  std::string heading, by;
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
  std::string note;    // not printed: e.g. cells an import could not place
  std::string pointer;
};

struct Stage {
  int number = 0;
  std::string name;
  std::string goal;    // «Цель:», optional
  std::string task;    // «Задача:»
  std::string result;  // «Результат:»
  std::string note;    // not printed
  std::string pointer;
};

struct Roadmap {
  std::string title;  // empty: the standard title
  std::vector<Approval> approvals;
  std::vector<Stage> stages;  // ordered by number
  std::vector<Event> events;  // in data order
  bool show_result_column = false;  // any event has a result, or the data asks
};

// One person of the programme, whichever list they come from.
struct PersonRef {
  enum class Kind { Staff, Pupil, Other };
  Kind kind = Kind::Staff;
  std::string id;
};

// A participant found by id, whichever list they are on: exactly one pointer is
// set, or none for an unknown id (a validated model has none).
struct FoundPerson {
  const StaffMember* staff = nullptr;
  const Pupil* pupil = nullptr;
  const OtherPerson* other = nullptr;
  std::string full_name;  // as recorded; the id itself when the id is unknown
  const NameForms* name_forms = nullptr;
  std::optional<Sex> sex;
};

// A mentoring pair or group: one mentor, one or more mentees.
struct Pair {
  std::string id;
  std::string form;  // normalised: «учитель – ученик», «традиционная» …
  std::string role_pair;  // teacher model: «опытный педагог – молодой специалист»
  std::string mentor;               // person id
  std::vector<std::string> mentees;  // person ids
  std::optional<Date> from, to;
  std::string goal;
  std::string curator;  // staff id; the programme's curator when the data leaves it out
  std::string pointer;
  bool is_group() const { return mentees.size() > 1; }
};

// An order (приказ) the director signs: its requisites and the school's own points.
struct Order {
  std::string number;
  std::optional<Date> date;
  std::string signer;  // staff id
  std::vector<std::string> extra_points;
  // Staff the school's own points name: they sign the acquaintance sheet too
  // (ТК РФ ст. 22), and free text cannot say who they are.
  std::vector<std::string> acquaint;
  std::string pointer;
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
  std::vector<Pupil> pupils;
  std::vector<OtherPerson> others;
  std::vector<Pair> pairs;
  std::string curator;  // staff id of the programme's curator
  int max_mentees_per_mentor = 3;  // the teacher model's limit unless the data sets one
  bool mentee_limit_set = false;   // set by the data: then it binds every form
  std::vector<Date> monitoring_dates;  // stage 1 and stage 2 of monitoring
  std::optional<Order> roadmap_order;  // approves the roadmap, appoints the curator
  std::optional<Order> pairs_order;    // fixes the pairs and groups
  std::optional<Publication> publication;
  std::optional<Date> consents_date;  // the date the forms are handed out
  // Third parties the operator passes participants' data to («министерство образования
  // края (региональная база наставников)»); the consents name them (152-ФЗ ст. 9 ч. 4).
  std::vector<std::string> data_recipients;
  Roadmap roadmap;
  std::optional<Executor> executor;
  std::optional<Results> results;  // year-end data; the report needs it

  // The staff member with that id, or nullptr.
  const StaffMember* find_staff(const std::string& id) const;
  const Pupil* find_pupil(const std::string& id) const;
  const OtherPerson* find_other(const std::string& id) const;
  // Which list a person id belongs to; nullopt for an unknown id (ids are unique across lists).
  std::optional<PersonRef::Kind> person_kind(const std::string& id) const;
  // The participant with that id from any list (see FoundPerson).
  FoundPerson find_person(const std::string& id) const;

  // The events of one stage, in data order.
  std::vector<const Event*> events_of_stage(int stage) const;

  // Indexes behind find_staff, find_pupil and find_other (a copy makes its own).
  IdIndex staff_index, pupil_index, other_index;
};

}  // namespace nastavnik
