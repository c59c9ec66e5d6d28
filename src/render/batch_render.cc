// Batch rendering with compiled forms: one pandoc run per kind over one marker form
// per context shape (plus the real forms of items whose values pandoc would change),
// then each person's DOCX by substituting values into the shape's document.xml.
#include "render/batch_render.h"

#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "language/safe_filename.h"
#include "language/typography.h"
#include "render/docx_batch.h"
#include "system/staging.h"

namespace nastavnik {
namespace fs = std::filesystem;
using std::string_view;

namespace batch_detail {
namespace {

constexpr string_view kOpen = "⟦", kClose = "⟧";

// Whether pandoc's HTML reader keeps `s` exactly as written in running text. It
// collapses runs of ASCII white space into one space and drops it at the edges
// of a block, so such values (and control characters, and anything holding the
// marker opening) go through pandoc as they are; Unicode spaces (U+00A0, U+2003…)
// are kept by pandoc and are fine.
bool regular_string(const std::string& s) {
  if (s.front() == ' ' || s.back() == ' ' || s.find("  ") != std::string::npos) return false;
  if (s.find(kOpen) != std::string::npos) return false;
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return false;
  return true;
}

// Shape keys follow kainjow's truthiness (/usr/include/kainjow/mustache.hpp,
// render_component): a section renders unless its value is bool_false (our false
// and null, see templates.cc) or an empty list; an empty string and an empty object
// are truthy and a list repeats per element. So the key records object keys, array
// lengths, booleans, nulls and numbers (printed as written) exactly. Strings are
// abstracted, except that an empty one is told apart: to kainjow it is truthy like
// any string, but pandoc drops an element left empty (<p></p>), which a marker
// would keep; empty leaves get no marker.
void walk(const Json& v, Shape& shape) {
  switch (v.type()) {
    case Json::value_t::object:
      shape.key += '{';
      for (const auto& [k, x] : v.items()) {
        // Length-prefixed, so any key text keeps shapes apart (no JSON escaping needed).
        shape.key += std::to_string(k.size());
        shape.key += ':';
        shape.key += k;
        walk(x, shape);
        shape.key += ',';
      }
      shape.key += '}';
      return;
    case Json::value_t::array:
      shape.key += '[';
      for (const auto& x : v) walk(x, shape), shape.key += ',';
      shape.key += ']';
      return;
    case Json::value_t::string: {
      const auto& s = v.get_ref<const std::string&>();
      if (s.empty()) {
        shape.key += "\"\"";
        return;
      }
      shape.key += 's';
      if (!regular_string(s)) shape.regular = false;
      shape.leaves.push_back(s);
      return;
    }
    default:
      shape.key += v.dump();
  }
}

void mark(Json& v, size_t& next) {
  if (v.is_object() || v.is_array()) {
    for (auto& x : v) mark(x, next);
  } else if (v.is_string() && !v.get_ref<const std::string&>().empty()) {
    v = marker(next++);
  }
}

void append_escaped(std::string& out, const std::string& value) {
  for (char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': case '\r': out += ' '; break;
      default: out += c;
    }
  }
}

}  // namespace

Shape context_shape(const Json& context) {
  Shape shape;
  walk(context, shape);
  return shape;
}

std::string marker(size_t i) { return std::string(kOpen) + std::to_string(i) + std::string(kClose); }

Json marker_context(const Json& context) {
  Json marked = context;  // nlohmann iterates objects in key order, as walk() does
  size_t next = 0;
  mark(marked, next);
  return marked;
}

bool compile_form(string_view xml, size_t leaves, CompiledForm& form, std::vector<size_t>& counts) {
  form = {};
  counts.assign(leaves, 0);
  size_t at = 0;
  for (size_t p = xml.find(kOpen); p != string_view::npos; p = xml.find(kOpen, at)) {
    size_t d = p + kOpen.size(), e = d;
    while (e < xml.size() && e - d < 9 && xml[e] >= '0' && xml[e] <= '9') ++e;
    if (e == d || xml.substr(e, kClose.size()) != kClose) return false;
    const size_t i = std::stoul(std::string(xml.substr(d, e - d)));
    if (i >= leaves) return false;
    form.literals.emplace_back(xml.substr(at, p - at));
    form.slots.push_back(i);
    ++counts[i];
    at = e + kClose.size();
  }
  form.literals.emplace_back(xml.substr(at));
  return true;
}

std::string fill_form(const CompiledForm& form, const std::vector<std::string>& values) {
  std::string out;
  size_t size = 0;
  for (const auto& l : form.literals) size += l.size();
  out.reserve(size + 64 * form.slots.size());
  for (size_t k = 0; k < form.slots.size(); ++k) {
    out += form.literals[k];
    append_escaped(out, values.at(form.slots[k]));
  }
  out += form.literals.back();
  return out;
}

}  // namespace batch_detail

namespace {
using namespace batch_detail;

std::string page_html(const std::vector<std::string>& forms, const Json& page) {
  const std::string brk =
      "\n<div class=\"document-break\" data-text-width=\"" + std::to_string(page.value("text_width", 0)) + "\"></div>\n";
  std::string html = "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"></head><body>\n";
  for (size_t i = 0; i < forms.size(); ++i) {
    if (i > 0) html += brk;
    html += forms[i];
  }
  return html + "\n</body></html>\n";
}

std::vector<fs::path> person_paths(const std::vector<BatchItem>& items, const fs::path& dir) {
  fs::create_directories(dir);
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
  std::vector<std::string> names;
  for (const auto& item : items) names.push_back(item.name);
  std::vector<fs::path> paths;
  for (const auto& stem : unique_file_stems(names)) paths.push_back(dir / (stem + ".docx"));
  return paths;
}

// Occurrences of each marker in the rendered HTML of a marker form.
std::vector<size_t> count_markers(const std::string& html, size_t leaves) {
  std::vector<size_t> counts(leaves, 0);
  for (size_t i = 0; i < leaves; ++i) {
    const std::string m = marker(i);
    for (size_t p = html.find(m); p != std::string::npos; p = html.find(m, p + m.size())) ++counts[i];
  }
  return counts;
}

Json with_page(const Json& context, const Json& page) {
  Json ctx = context;
  ctx["page"] = page;
  return ctx;
}

}  // namespace

BatchRender::BatchRender(const TemplateSet& templates, const DocumentKind& kind, const Programme& programme,
                         const Json& page, const fs::path& work)
    : templates_(templates), kind_(kind), programme_(programme), items_(kind.batch(programme)), page_(page), work_(work),
      html_(work / (kind.id + ".html")), docx_(work / (kind.id + "-forms.docx")) {
  if (items_.empty()) throw std::invalid_argument("для документа «" + kind.name + "» нет ни одного бланка");
  // Group the items by shape; an irregular item is rendered as itself.
  std::vector<std::string> forms;  // marker forms first, then real ones
  std::map<std::string, size_t> form_by_key;
  std::unordered_map<std::string, std::string> typeset_cache;
  for (size_t i = 0; i < items_.size(); ++i) {
    const Json ctx = with_page(items_[i].context, page_);
    shapes_.push_back(context_shape(ctx));
    Shape& s = shapes_.back();
    // A value goes into the DOCX past the template's typesetting pass: typeset it
    // here, so «СОШ № 7» in an organisation's name keeps its no-break space. Most
    // values (the school's name, dates, the law) repeat in every form: typeset once.
    for (std::string& leaf : s.leaves) {
      auto [at, added] = typeset_cache.try_emplace(leaf);
      if (added) at->second = typeset(leaf);
      leaf = at->second;
    }
    if (!s.regular) {
      form_of_.push_back(SIZE_MAX);
      continue;
    }
    auto [it, added] = form_by_key.try_emplace(s.key, forms.size());
    if (added) {
      forms.push_back(templates_.render(kind_.template_name, marker_context(ctx)));
      html_counts_.push_back(count_markers(forms.back(), s.leaves.size()));
      shape_item_.push_back(i);
    }
    form_of_.push_back(it->second);
    s.key.clear();
    s.key.shrink_to_fit();
  }
  marker_forms_ = forms.size();
  for (size_t i = 0; i < items_.size(); ++i) {
    if (form_of_[i] != SIZE_MAX) continue;
    form_of_[i] = forms.size();
    forms.push_back(templates_.render(kind_.template_name, with_page(items_[i].context, page_)));
  }
  forms_ = forms.size();
  write_file(html_, page_html(forms, page_));
  // The shapes hold the values; the contexts (most of a large school's memory)
  // are made again only if the forms have to take the slow path.
  for (auto& item : items_) item.context = Json();
}

BatchRender::~BatchRender() = default;

PageLayout BatchRender::layout() const {
  return {page_.value("landscape", false) ? Orientation::Landscape : Orientation::Portrait,
          page_.value("form", false) ? TypeSize::Form : TypeSize::Regular};
}

std::vector<PdfPart> BatchRender::finish(const RenderEnv& env, const fs::path& combined, const fs::path& per_person_dir,
                                         const fs::path& parts_dir) {
  auto pkg = std::make_unique<DocxPackage>(docx_);
  std::vector<std::string> documents = docx_documents(*pkg);
  if (documents.size() != forms_)
    throw std::runtime_error("pandoc создал " + std::to_string(documents.size()) + " документов вместо " +
                             std::to_string(forms_) + " («" + kind_.name + "»)");

  // A marker must come out of pandoc whole, as often as it went in, and only in
  // word/document.xml: a value in a hyperlink (relationships), in document
  // properties, in an attribute pandoc drops, or a marker pandoc cut in two cannot
  // be substituted. Then the kind takes the slow path, one pandoc run over all real
  // forms (always right).
  std::vector<CompiledForm> compiled(marker_forms_);
  bool compilable = marker_forms_ == 0 || pkg->parts_containing(std::string(kOpen)).empty();
  for (size_t f = 0; compilable && f < marker_forms_; ++f) {
    std::vector<size_t> counts;
    compilable = compile_form(documents[f], shapes_[shape_item_[f]].leaves.size(), compiled[f], counts) &&
                 counts == html_counts_[f];
  }
  if (!compilable) {
    std::vector<std::string> forms;
    for (const auto& item : kind_.batch(programme_))
      forms.push_back(templates_.render(kind_.template_name, with_page(item.context, page_)));
    const fs::path html = work_ / (kind_.id + "-real.html"), docx = work_ / (kind_.id + "-real.docx");
    write_file(html, page_html(forms, page_));
    run_pandoc(env, html, docx, layout());
    pkg = std::make_unique<DocxPackage>(docx);
    documents = docx_documents(*pkg);
    if (documents.size() != items_.size())
      throw std::runtime_error("pandoc создал " + std::to_string(documents.size()) + " документов вместо " +
                               std::to_string(items_.size()) + " («" + kind_.name + "»)");
    marker_forms_ = 0;
    for (size_t i = 0; i < items_.size(); ++i) form_of_[i] = i;
  }

  std::vector<fs::path> paths;
  if (!per_person_dir.empty()) paths = person_paths(items_, per_person_dir);
  DocxJoiner all, part;
  std::vector<PdfPart> parts;
  double part_pages = 0;
  auto flush_part = [&] {  // LibreOffice reads its parts stored: no time spent deflating them
    std::string number = std::to_string(parts.size() + 1);
    const fs::path path = parts_dir / (kind_.id + ".part" + std::string(4 - std::min<size_t>(4, number.size()), '0') +
                                       number + ".docx");
    pkg->write(part.finish(), path, 0600, DocxPackage::Compression::Store);
    parts.push_back({path, part_pages});
    part_pages = 0;
  };
  for (size_t i = 0; i < items_.size(); ++i) {
    const size_t f = form_of_[i];
    std::string doc = f < marker_forms_ ? fill_form(compiled[f], shapes_[i].leaves) : documents[f];
    if (f < marker_forms_) {  // values never hold the marker opening (regular_string)
      const size_t p = doc.find(kOpen);
      if (p != std::string::npos) {
        const size_t e = doc.find(kClose, p);
        throw std::runtime_error("внутренняя ошибка: в документе «" + items_[i].name + "» («" + kind_.name +
                                 "») осталась метка " + doc.substr(p, e == std::string::npos ? 16 : e + 3 - p));
      }
    }
    if (!paths.empty()) pkg->write(doc, paths[i], 0600);
    if (!combined.empty()) all.add(doc);
    if (!parts_dir.empty()) {
      const double pages = expected_pages(doc.size());
      if (part.size() > 0 && part_pages + pages > kOfficePartPages) flush_part();
      part.add(doc);
      part_pages += pages;
    }
    shapes_[i].leaves.clear();
    shapes_[i].leaves.shrink_to_fit();
  }
  if (part.size() > 0) flush_part();
  if (!combined.empty()) pkg->write(all.finish(), combined, 0644);
  return parts;
}

}  // namespace nastavnik
