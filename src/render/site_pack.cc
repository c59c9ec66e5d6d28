#include "render/site_pack.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "documents/public_text.h"
#include "model/person_forms.h"
#include "language/plural.h"
#include "render/templates.h"
#include "system/file_modes.h"
#include "system/staging.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

constexpr const char* kPackMarker = "data-nastavnik-site";

// How the index names each document; a kind not listed here is named by the registry.
std::string document_title(const DocumentKind& k, const Programme& p) {
  static const std::map<std::string, std::string> titles = {
      {"roadmap", "Дорожная карта (план мероприятий) по реализации программы наставничества"},
      {"order-roadmap", "Приказ об утверждении дорожной карты и назначении куратора"},
      {"order-pairs", "Приказ о закреплении наставнических пар (групп)"},
      {"report", "Отчёт о реализации программы наставничества"},
  };
  auto it = titles.find(k.id);
  std::string title = it != titles.end() ? it->second : capitalize_first_utf8(k.name.substr(0, k.name.find(" (")));
  if (k.id == "order-pairs" && std::any_of(p.pupils.begin(), p.pupils.end(), [](const Pupil& x) { return is_withheld(x); }))
    title += " — сведения об обучающихся в обобщённом виде";
  return title;
}

// «PDF, 152 КБ»: what a visitor downloads.
std::string file_label(const SiteFile& f) {
  std::string ext = fs::path(f.href).extension().string();
  std::string kind = ext == ".pdf" ? "PDF" : ext == ".html" ? "веб-страница" : ext.substr(1);
  double kb = static_cast<double>(f.bytes) / 1024.0;
  if (kb < 1000) return kind + ", " + std::to_string(static_cast<long long>(std::ceil(kb))) + kNbsp + "КБ";
  std::string mb = std::to_string(std::lround(kb / 1024.0 * 10));
  mb = (mb.size() > 1 ? mb.substr(0, mb.size() - 1) : "0") + "," + mb.back();
  return kind + ", " + mb + kNbsp + "МБ";
}

// Staff mentors in the order they first appear in the pairs, each with their forms.
Json mentor_rows(const Programme& p) {
  std::vector<std::string> ids;
  std::map<std::string, std::vector<std::string>> forms;
  for (const Pair& x : p.pairs) {
    // Only staff: the law publishes teachers; pupils, students and employers' people have no
    // dissemination consent for the site's base of mentors.
    if (!p.find_staff(x.mentor)) continue;
    if (std::find(ids.begin(), ids.end(), x.mentor) == ids.end()) ids.push_back(x.mentor);
    auto& f = forms[x.mentor];
    if (std::find(f.begin(), f.end(), x.form) == f.end()) f.push_back(x.form);
  }
  Json rows = Json::array();
  for (const auto& id : ids) {
    std::string experience = "—";
    if (const StaffMember* s = p.find_staff(id); s && s->experience_years)
      experience = *s->experience_years == 0 ? "менее года" : plural(*s->experience_years, "год", "года", "лет");
    std::string form_list;
    for (const auto& f : forms[id]) form_list += (form_list.empty() ? "" : "; ") + f;
    rows.push_back({{"n", std::to_string(rows.size() + 1)},
                    {"name", person_full_name(p, id)},
                    {"role", capitalize_first_utf8(person_role(p, id))},
                    {"experience", experience},
                    {"forms", form_list}});
  }
  return rows;
}

// The programme in numbers: the only way pupils appear on the index.
Json figures(const Programme& p) {
  std::set<std::string> mentors, mentees;
  int groups = 0;
  for (const Pair& x : p.pairs) {
    mentors.insert(x.mentor);
    mentees.insert(x.mentees.begin(), x.mentees.end());
    if (x.is_group()) ++groups;
  }
  auto count = [&](const std::set<std::string>& ids, PersonRef::Kind k) {
    return std::count_if(ids.begin(), ids.end(), [&](const std::string& id) { return p.person_kind(id) == k; });
  };
  Json out = Json::array();
  if (p.pairs.empty()) return out;
  out.push_back("Наставнических пар и групп: " + std::to_string(p.pairs.size()) + " (из них групп: " +
                std::to_string(groups) + ")");
  out.push_back("Наставников: " + std::to_string(mentors.size()) + " — педагогов: " +
                std::to_string(count(mentors, PersonRef::Kind::Staff)) + ", обучающихся: " +
                std::to_string(count(mentors, PersonRef::Kind::Pupil)) + ", студентов и представителей работодателей: " +
                std::to_string(count(mentors, PersonRef::Kind::Other)));
  out.push_back("Наставляемых: " + std::to_string(mentees.size()) + " — обучающихся: " +
                std::to_string(count(mentees, PersonRef::Kind::Pupil)) + ", педагогов: " +
                std::to_string(count(mentees, PersonRef::Kind::Staff)));
  return out;
}

bool is_earlier_pack(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return true;
  bool empty = true;  // a staging folder (a killed build's, or a running one's) does not count
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    empty = empty && it->path().filename().string().rfind(kStagingPrefix, 0) == 0;
  if (empty) return true;
  fs::path index = dir / "index.html";
  return fs::is_regular_file(index, ec) && read_file(index).find(kPackMarker) != std::string::npos;
}

// Files an earlier pack had that this one has not (a report that no longer applies).
void remove_stale(const fs::path& out_dir, const std::vector<fs::path>& written) {
  for (const auto& k : document_kinds())
    for (const char* ext : {".pdf", ".html"}) {
      fs::path name = k.id + ext;
      if (std::find(written.begin(), written.end(), name) == written.end()) fs::remove(out_dir / name);
    }
}

// The last line of defence: a page that still names a pupil stops the whole pack.
void scan_for_leaks(const Programme& original, const fs::path& dir) {
  std::string report;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".html" && entry.path().extension() != ".svg") continue;
    for (const Leak& l : find_leaks(original, html_text(read_file(entry.path()))))
      report += "\n  " + entry.path().filename().string() + ": «" + l.found + "» — " +
                leaked_person(original, l.person_id);
  }
  if (!report.empty())
    throw PublicationLeakError("в папке для сайта оказались бы персональные данные обучающихся или участников "
                               "не из школы без согласия на распространение:" + report +
                               "\nУберите их из текста (названия мероприятий, пункты приказов, итоги) или запишите "
                               "согласие (dissemination). Папка для сайта не создана.");
}

}  // namespace

std::vector<const DocumentKind*> site_kinds(const Programme& redacted) {
  std::vector<const DocumentKind*> out;
  for (const auto& k : document_kinds())
    if (!k.batch && !k.template_name.empty() && k.folder.empty() && k.applies(redacted)) out.push_back(&k);
  return out;
}

std::vector<PublicationNote> site_kind_notes(const Programme& p) {
  std::vector<PublicationNote> out;
  for (const auto& k : document_kinds()) {
    if (!k.applies(p)) continue;
    bool in_pack = !k.batch && !k.template_name.empty() && k.folder.empty();
    if (!in_pack)
      out.push_back({capitalize_first_utf8(k.name.substr(0, k.name.find(" ("))), "",
                     k.personal_data ? "нет в папке для сайта: персональные данные"
                                     : "нет в папке для сайта: только в формате XLSX"});
    else if (k.personal_data)
      out.push_back({capitalize_first_utf8(k.name.substr(0, k.name.find(" ("))), "",
                     "в папке для сайта — в обезличенном виде: обучающиеся без согласия — числом, "
                     "без дат рождения и представителей"});
  }
  return out;
}

Json site_index_context(const Programme& p, const std::vector<SiteFile>& files) {
  Json documents = Json::array();
  for (const DocumentKind* k : site_kinds(p)) {
    Json links = Json::array();
    for (const SiteFile& f : files)
      if (f.kind_id == k->id) links.push_back({{"href", f.href}, {"label", file_label(f)}});
    if (!links.empty()) documents.push_back({{"title", document_title(*k, p)}, {"files", links}});
  }
  Json curator = nullptr;
  if (const StaffMember* c = p.find_staff(p.curator))
    curator = {{"name", c->full_name}, {"position", c->position}, {"phone", c->phone}, {"has_phone", !c->phone.empty()}};
  Json mentors = mentor_rows(p), numbers = figures(p);
  return {{"title", "Наставничество — " + p.organisation.short_name},
          {"organisation", p.organisation.full_name},
          {"year", p.academic_year.label()},
          {"documents", documents},
          {"figures", numbers},
          {"has_figures", !numbers.empty()},
          {"mentors", mentors},
          {"has_mentors", !mentors.empty()},
          {"curator", curator},
          {"address", p.organisation.address},
          {"has_address", !p.organisation.address.empty()}};
}

std::vector<fs::path> build_site_pack(const Programme& p, const fs::path& out_dir, const RenderEnv& env) {
  if (!is_earlier_pack(out_dir))
    throw std::invalid_argument("папка «" + out_dir.string() + "» не пуста и не похожа на папку для сайта: "
                                "укажите пустую или новую папку, чтобы файлы с персональными данными не оказались "
                                "рядом с публикуемыми");
  // By construction first: the data's free text that reaches the site names no pupil.
  if (Diagnostics named = pupil_names_in_public_text(p); !named.items().empty()) {
    std::string report;
    for (const Diagnostic& d : named.items()) report += "\n  " + d.pointer + ": " + d.message;
    throw PublicationLeakError("в тексте для сайта названы обучающиеся или участники не из школы:" + report +
                               "\nПапка для сайта не создана.");
  }
  PublicationView view = publication_view(p);
  Staging staging(out_dir);

  BuildRequest req;
  req.out_dir = staging.work() / "documents";
  req.formats = Formats{false, true, false, true};
  for (const DocumentKind* k : site_kinds(view.programme)) req.only.push_back(k->id);
  std::vector<SiteFile> files;
  for (const fs::path& rel : build_documents(view.programme, req, env)) {
    fs::create_directories((staging.dir() / rel).parent_path());  // a kind's own files (charts) keep their folder
    fs::rename(req.out_dir / rel, staging.dir() / rel);
    if (rel.has_parent_path()) continue;  // the index links documents, their pages link the rest
    files.push_back({rel.stem().string(), rel.string(), fs::file_size(staging.dir() / rel)});
  }

  TemplateSet templates(env.templates_dir);
  Json ctx = site_index_context(view.programme, files);
  Json page = {{"title", ctx["title"]},
               {"body", templates.render("site_index", ctx)},
               {"css", read_file(env.templates_dir / "site.css")},
               {"landscape", false}};
  write_file(staging.dir() / "index.html", templates.render("page", page));

  scan_for_leaks(p, staging.dir());
  // Public, unlike personal-data kinds: the web server must read every file.
  set_tree_modes(staging.dir(), kPublicFile, kPublicDir);
  std::vector<fs::path> written = staging.commit();
  std::sort(written.begin(), written.end());
  fs::permissions(out_dir, kPublicDir, fs::perm_options::replace);
  remove_stale(out_dir, written);
  return written;
}

std::string html_text(const std::string& html) {
  std::string text;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') {
      in_tag = false;
      text += ' ';
    } else if (!in_tag) text += c;
  }
  static const std::pair<const char*, const char*> entities[] = {
      {"&nbsp;", " "}, {"&#160;", " "}, {"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities)
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1))
      text.replace(at, std::string(from).size(), to);
  return text;
}

}  // namespace nastavnik
