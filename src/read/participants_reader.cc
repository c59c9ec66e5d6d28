// Participants (staff details, pupils, others), pairs and groups, curator,
// monitoring dates and orders: the parts of the data file the orders and
// registers are built from.
#include "read/participants_reader.h"

#include "read/programme_reader.h"
#include "language/text_util.h"
#include "read/validate.h"

namespace nastavnik::detail {
namespace {

bool valid_id(const std::string& id) {
  return !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
}

void check_id(ObjectReader& r, const std::string& id, Diagnostics& diag) {
  if (!id.empty() && !valid_id(id))
    diag.error(r.pointer("id"), "код «" + id + "» может содержать только латинские строчные буквы, цифры, «_» и «-»");
}

std::optional<Sex> read_sex(ObjectReader& r, Diagnostics& diag) {
  std::string g = r.text("gender");
  if (g.empty()) return std::nullopt;
  if (g == "male") return Sex::Male;
  if (g == "female") return Sex::Female;
  diag.error(r.pointer("gender"), "пол пишется как «male» (мужской) или «female» (женский), а записано «" + g + "»");
  return std::nullopt;
}

NameForms read_name_forms(ObjectReader& r, Diagnostics& diag) {
  NameForms f;
  if (const Json* v = r.raw("name_forms")) {
    ObjectReader nf(*v, r.pointer("name_forms"), diag,
                    {"genitive", "dative", "accusative", "instrumental", "prepositional"});
    f.genitive = nf.text("genitive");
    f.dative = nf.text("dative");
    f.accusative = nf.text("accusative");
    f.instrumental = nf.text("instrumental");
    f.prepositional = nf.text("prepositional");
  }
  return f;
}

std::optional<IdentityDocument> read_identity(ObjectReader& r, Diagnostics& diag) {
  const Json* v = r.raw("document");
  if (!v) return std::nullopt;
  ObjectReader d(*v, r.pointer("document"), diag, {"kind", "series", "number", "issued_by", "issued_on", "division_code"});
  IdentityDocument doc;
  doc.kind = d.text("kind");
  doc.series = d.number("series");
  doc.number = d.number("number");
  doc.issued_by = d.text("issued_by");
  doc.issued_on = d.date("issued_on");
  doc.division_code = d.text("division_code");
  return doc;
}

std::optional<Order> read_order(const Json& v, const std::string& ptr, const Programme& p, Diagnostics& diag) {
  ObjectReader r(v, ptr, diag, {"number", "date", "signer", "points", "acquaint"});
  if (!r.ok()) return std::nullopt;
  Order o;
  o.pointer = ptr;
  // Present but blank is fine: a line to fill in by hand (rollover leaves numbers blank).
  o.number = trim(r.number("number", !r.has("number")));
  o.date = r.date("date", true);
  o.signer = r.text("signer", true);
  if (!o.signer.empty() && !p.find_staff(o.signer)) report_unknown_staff(o.signer, r.pointer("signer"), p, diag);
  if (const Json* pts = r.array("points")) {
    for (size_t i = 0; i < pts->size(); ++i) {
      if ((*pts)[i].is_string() && !trim((*pts)[i].get<std::string>()).empty())
        o.extra_points.push_back(trim((*pts)[i].get<std::string>()));
      else
        diag.error(r.pointer("points") + "/" + std::to_string(i), "пункт приказа должен быть непустой строкой");
    }
  }
  if (const Json* acq = r.array("acquaint")) {
    for (size_t i = 0; i < acq->size(); ++i) {
      std::string item = r.pointer("acquaint") + "/" + std::to_string(i);
      if (!(*acq)[i].is_string()) {
        diag.error(item, "здесь ожидался код сотрудника в кавычках");
        continue;
      }
      std::string id = (*acq)[i].get<std::string>();
      if (p.find_staff(id)) o.acquaint.push_back(id);
      else report_unknown_staff(id, item, p, diag);
    }
  }
  return o;
}

}  // namespace

void read_contact(ObjectReader& r, ContactData& c, Diagnostics& diag) {
  c.address = r.text("address");
  c.document = read_identity(r, diag);
}

void read_staff_details(ObjectReader& r, StaffMember& s, Diagnostics& diag) {
  read_contact(r, s.contact, diag);
  s.sex = read_sex(r, diag);
  s.name_forms = read_name_forms(r, diag);
  s.experience_years = r.integer("experience_years", 0, 70);
  s.young_specialist = r.boolean("young_specialist").value_or(false);
  if (const Json* c = r.raw("mentoring_consent")) {
    ObjectReader cr(*c, r.pointer("mentoring_consent"), diag, {"date", "agreement"});
    MentoringConsent mc;
    mc.date = cr.date("date", true);
    if (const Json* a = cr.raw("agreement")) mc.agreement = read_document_ref(*a, cr.pointer("agreement"), diag);
    s.mentoring_consent = mc;
  }
}

// A signed consent to dissemination: what the site may show of a pupil (with «class»)
// or of an outside participant (with «position»).
static DisseminationConsent read_dissemination(const Json& v, const std::string& ptr, Diagnostics& diag, bool pupil) {
  ObjectReader r(v, ptr, diag, {"date", "name", pupil ? "class" : "position"});
  DisseminationConsent c;
  c.date = r.date("date", true);
  std::string name = r.text("name");
  if (name == "short") c.name = DisseminationConsent::Name::Short;
  else if (name == "first_name") c.name = DisseminationConsent::Name::FirstName;
  else if (!name.empty() && name != "full")
    diag.error(r.pointer("name"), "«" + name + "» — недопустимое значение; возможны: «full» (фамилия и имя), "
                                  "«short» (фамилия и инициал), «first_name» (только имя)");
  if (pupil) c.class_name = r.boolean("class").value_or(false);
  else c.position = r.boolean("position").value_or(false);
  return c;
}

void read_pupils(const Json& arr, const std::string& ptr, Programme& p, Diagnostics& diag) {
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag,
                   {"id", "full_name", "class", "birth_date", "gender", "name_forms", "representative", "address", "document",
                    "dissemination"});
    if (!r.ok()) continue;
    Pupil x;
    x.pointer = item;
    x.id = r.text("id", true);
    check_id(r, x.id, diag);
    x.full_name = r.text("full_name", true);
    x.class_name = r.text("class", true);
    x.birth_date = r.date("birth_date");
    x.sex = read_sex(r, diag);
    x.name_forms = read_name_forms(r, diag);
    read_contact(r, x.contact, diag);
    if (const Json* rep = r.raw("representative")) {
      ObjectReader rr(*rep, r.pointer("representative"), diag,
                      {"full_name", "relation", "phone", "address", "document", "authority"});
      Representative rp;
      rp.full_name = rr.text("full_name", true);
      rp.relation = rr.text("relation", true);
      rp.phone = rr.text("phone");
      rp.address = rr.text("address");
      rp.document = read_identity(rr, diag);
      rp.authority = rr.text("authority");
      x.representative = rp;
    }
    if (const Json* d = r.raw("dissemination")) x.dissemination = read_dissemination(*d, r.pointer("dissemination"), diag, true);
    p.pupils.push_back(std::move(x));
  }
}

void read_others(const Json& arr, const std::string& ptr, Programme& p, Diagnostics& diag) {
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag,
                   {"id", "kind", "full_name", "organisation", "position", "phone", "gender", "name_forms", "address",
                    "document", "dissemination"});
    if (!r.ok()) continue;
    OtherPerson x;
    x.pointer = item;
    x.id = r.text("id", true);
    check_id(r, x.id, diag);
    std::string kind = r.text("kind", true);
    if (kind == "student") x.kind = OtherPerson::Kind::Student;
    else if (kind == "employer") x.kind = OtherPerson::Kind::Employer;
    else if (kind == "parent") x.kind = OtherPerson::Kind::Parent;
    else if (!kind.empty())
      diag.error(r.pointer("kind"), "вид участника «" + kind + "» неизвестен; допустимы: student (студент), "
                                    "employer (представитель работодателя), parent (родитель)");
    x.full_name = r.text("full_name", true);
    x.organisation = r.text("organisation");
    x.position = r.text("position");
    x.phone = r.text("phone");
    x.sex = read_sex(r, diag);
    x.name_forms = read_name_forms(r, diag);
    read_contact(r, x.contact, diag);
    if (const Json* d = r.raw("dissemination"))
      x.dissemination = read_dissemination(*d, r.pointer("dissemination"), diag, false);
    p.others.push_back(std::move(x));
  }
}

void read_pairs(const Json& arr, const std::string& ptr, Programme& p, Diagnostics& diag) {
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item, diag, {"id", "form", "role_pair", "mentor", "mentees", "from", "to", "goal", "curator"});
    if (!r.ok()) continue;
    Pair x;
    x.pointer = item;
    x.id = r.text("id", true);
    check_id(r, x.id, diag);
    std::string form = r.text("form", true);
    if (!form.empty()) {
      x.form = normalise_form(form);
      if (x.form.empty()) {
        std::string known;
        for (const auto& f : known_forms()) known += (known.empty() ? "«" : ", «") + f.name + "»";
        diag.error(r.pointer("form"), "форма наставничества «" + form + "» неизвестна; допустимы: " + known);
      }
    }
    x.role_pair = r.text("role_pair");
    x.mentor = r.text("mentor", true);
    if (const Json* m = r.array("mentees", true)) {
      if (m->empty()) diag.error(r.pointer("mentees"), "у пары (группы) должен быть хотя бы один наставляемый");
      for (size_t k = 0; k < m->size(); ++k) {
        if ((*m)[k].is_string()) x.mentees.push_back((*m)[k].get<std::string>());
        else diag.error(r.pointer("mentees") + "/" + std::to_string(k), "здесь ожидался код участника в кавычках");
      }
    }
    x.from = r.date("from", true);
    x.to = r.date("to", true);
    x.goal = r.text("goal");
    x.curator = r.text("curator");
    p.pairs.push_back(std::move(x));
  }
}

void read_programme_extras(ObjectReader& r, Programme& p, Diagnostics& diag) {
  p.curator = r.text("curator");
  if (auto m = r.integer("max_mentees_per_mentor", 1, 50)) {
    p.max_mentees_per_mentor = *m;
    p.mentee_limit_set = true;
  }
  if (const Json* md = r.array("monitoring_dates")) {
    if (md->empty() || md->size() > 2)
      diag.error(r.pointer("monitoring_dates"), "укажите одну или две даты мониторинга: первого и второго этапа");
    for (size_t i = 0; i < md->size(); ++i)
      if (auto d = read_date_value((*md)[i], r.pointer("monitoring_dates") + "/" + std::to_string(i), diag))
        p.monitoring_dates.push_back(*d);
  }
  if (const Json* pub = r.raw("publication")) {
    ObjectReader pr(*pub, "/publication", diag, {"pages", "pupils"});
    Publication publication;
    if (const Json* pages = pr.array("pages", true)) {
      for (size_t i = 0; i < pages->size(); ++i) {
        const Json& u = (*pages)[i];
        std::string item = pr.pointer("pages") + "/" + std::to_string(i);
        if (u.is_string() && (u.get<std::string>().rfind("https://", 0) == 0 || u.get<std::string>().rfind("http://", 0) == 0))
          publication.pages.push_back(u.get<std::string>());
        else
          diag.error(item, "адрес страницы сайта пишется полностью, начиная с https:// — он войдёт в согласие на распространение");
      }
    }
    publication.pupils = pr.boolean("pupils").value_or(false);
    p.publication = publication;
  }
  p.consents_date = r.date("consents_date");
  if (const Json* v = r.array("data_recipients")) {
    for (size_t i = 0; i < v->size(); ++i) {
      const Json& x = (*v)[i];
      if (x.is_string() && !collapse_whitespace(x.get<std::string>()).empty())
        p.data_recipients.push_back(collapse_whitespace(x.get<std::string>()));
      else
        diag.error(r.pointer("data_recipients") + "/" + std::to_string(i),
                   "получатель данных пишется строкой: кто получает данные и для чего");
    }
  }
  if (const Json* v = r.array("pupils")) read_pupils(*v, r.pointer("pupils"), p, diag);
  if (const Json* v = r.array("others")) read_others(*v, r.pointer("others"), p, diag);
  if (const Json* v = r.array("pairs")) read_pairs(*v, r.pointer("pairs"), p, diag);
  if (const Json* o = r.raw("orders")) {
    ObjectReader orr(*o, "/orders", diag, {"roadmap", "pairs"});
    if (const Json* x = orr.raw("roadmap")) p.roadmap_order = read_order(*x, orr.pointer("roadmap"), p, diag);
    if (const Json* x = orr.raw("pairs")) p.pairs_order = read_order(*x, orr.pointer("pairs"), p, diag);
  }
}

}  // namespace nastavnik::detail
