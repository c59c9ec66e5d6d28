// Splitting and joining combined DOCX documents: a scan of word/document.xml that
// finds the top-level section-break paragraphs; the zip plumbing is docx_package.
#include "render/docx_batch.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace nastavnik {
namespace {

namespace fs = std::filesystem;
using std::string_view;
constexpr size_t npos = string_view::npos;
constexpr const char* kDocumentXml = "word/document.xml";

std::string quoted(const fs::path& p) { return "«" + p.string() + "»"; }

// Thrown by the scan; the public functions turn it into a message naming the file.
struct MalformedXml {};

[[noreturn]] void malformed() { throw MalformedXml{}; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ---- Scan of word/document.xml ---------------------------------------------------

// One markup token: an element's start, end or empty-element tag, or anything else
// that starts with '<' (comment, CDATA, processing instruction).
struct Tag {
  enum Kind { Open, Close, Empty, Other } kind = Other;
  string_view name;
  size_t begin = 0, end = 0;  // [begin, end) in the text
};

// The next tag at or after `pos`; false when there is none. Quoted attribute values
// may hold '>' (XML allows it), so they are skipped whole.
bool next_tag(string_view xml, size_t pos, Tag& tag) {
  const size_t lt = xml.find('<', pos);
  if (lt == npos) return false;
  tag.begin = lt;
  const string_view rest = xml.substr(lt);
  for (auto [open, close] : {std::pair<string_view, string_view>{"<!--", "-->"},
                             {"<![CDATA[", "]]>"}, {"<?", "?>"}, {"<!", ">"}}) {
    if (!rest.starts_with(open)) continue;
    const size_t e = xml.find(close, lt + open.size());
    if (e == npos) malformed();
    tag = {Tag::Other, {}, lt, e + close.size()};
    return true;
  }
  size_t i = lt + 1;
  const bool closing = i < xml.size() && xml[i] == '/';
  if (closing) ++i;
  const size_t name_begin = i;
  while (i < xml.size() && !is_space(xml[i]) && xml[i] != '>' && xml[i] != '/') ++i;
  tag.name = xml.substr(name_begin, i - name_begin);
  for (; i < xml.size() && xml[i] != '>'; ++i) {
    if (xml[i] == '"' || xml[i] == '\'') {
      i = xml.find(xml[i], i + 1);
      if (i == npos) malformed();
    }
  }
  if (i >= xml.size() || tag.name.empty()) malformed();
  tag.end = i + 1;
  tag.kind = closing ? Tag::Close : xml[i - 1] == '/' ? Tag::Empty : Tag::Open;
  return true;
}

// The value of attribute `name` in the start tag `tag`; empty when absent.
string_view attribute(string_view tag, string_view name) {
  for (size_t p = tag.find(name); p != npos; p = tag.find(name, p + 1)) {
    size_t q = p + name.size();
    if (!is_space(tag[p - 1])) continue;
    while (q < tag.size() && is_space(tag[q])) ++q;
    if (q >= tag.size() || tag[q] != '=') continue;
    for (++q; q < tag.size() && is_space(tag[q]);) ++q;
    if (q >= tag.size() || (tag[q] != '"' && tag[q] != '\'')) continue;
    const size_t e = tag.find(tag[q], q + 1);
    if (e == npos) return {};
    return tag.substr(q + 1, e - q - 1);
  }
  return {};
}

// A top-level paragraph whose w:pPr holds a w:sectPr: it ends a section (a document).
struct Break {
  size_t begin = 0, end = 0;            // the paragraph
  size_t sect_begin = npos, sect_end = npos;  // its w:sectPr
  bool only_properties = true;          // holds nothing but w:pPr: dropped whole
};

struct Bookmark {
  size_t begin, end;  // the tag
  string_view id;
  bool start;
};

// What the split needs to know about <w:body>.
struct Body {
  size_t content_begin = 0, content_end = 0;  // just after <w:body>, at </w:body>
  size_t sect_begin = npos, sect_end = npos;  // the body's own (last section's) w:sectPr
  std::vector<Break> breaks;
  std::vector<Bookmark> bookmarks;  // anywhere in the body, in text order
  bool has_notes = false;           // footnote, endnote or comment references
};

// One pass over the text, tracking the depth below <w:body>: only its direct
// children may end a document, so paragraphs in table cells (at any nesting) and
// in text boxes never do.
Body scan_body(string_view xml) {
  Body body;
  Tag t;
  size_t pos = 0;
  do {
    if (!next_tag(xml, pos, t)) malformed();
    pos = t.end;
  } while (t.name != "w:body" || t.kind == Tag::Close);
  if (t.kind != Tag::Open) malformed();
  body.content_begin = t.end;

  int depth = 0;  // open elements below <w:body>; a direct child is at depth 0
  bool top_is_p = false, top_is_sect = false, in_ppr = false, in_sect = false;
  Break cur;
  for (;; pos = t.end) {
    if (!next_tag(xml, pos, t)) malformed();
    if (t.kind == Tag::Other) continue;
    if (t.kind == Tag::Close) {
      if (depth == 0) {
        if (t.name != "w:body") malformed();
        body.content_end = t.begin;
        return body;
      }
      --depth;
      if (depth == 0 && top_is_p && cur.sect_end != npos) {
        cur.end = t.end;
        body.breaks.push_back(cur);
      } else if (depth == 0 && top_is_sect) {
        body.sect_end = t.end;
      } else if (depth == 2 && in_sect) {
        cur.sect_end = t.end;
        in_sect = false;
      } else if (depth == 1 && in_ppr) {
        in_ppr = false;
      }
      continue;
    }
    const string_view name = t.name;
    if (name == "w:bookmarkStart" || name == "w:bookmarkEnd") {
      const string_view text = xml.substr(t.begin, t.end - t.begin);
      body.bookmarks.push_back({t.begin, t.end, attribute(text, "w:id"), name == "w:bookmarkStart"});
    } else if (name == "w:footnoteReference" || name == "w:endnoteReference" ||
               name == "w:commentReference") {
      body.has_notes = true;
    }
    if (depth == 0) {
      top_is_p = name == "w:p";
      top_is_sect = name == "w:sectPr";
      cur = Break{};
      cur.begin = t.begin;
      if (top_is_sect) body.sect_begin = t.begin, body.sect_end = t.end;
    } else if (depth == 1 && top_is_p) {
      if (name == "w:pPr") {
        in_ppr = t.kind == Tag::Open;
      } else {
        cur.only_properties = false;
      }
    } else if (depth == 2 && in_ppr && name == "w:sectPr" && cur.sect_begin == npos) {
      cur.sect_begin = t.begin;
      in_sect = t.kind == Tag::Open;
      if (!in_sect) cur.sect_end = t.end;
    }
    if (t.kind == Tag::Open) ++depth;
  }
}

// The text of document `k` of `n`: the common opening, its body blocks without the
// closing break's section properties, and those properties as the final w:sectPr.
// A bookmark cut in two by the split keeps its start: its end is put at the end of
// the body, and an end without its start is dropped.
std::string document_xml(string_view xml, const Body& body, size_t k, size_t n) {
  const size_t begin = k == 0 ? body.content_begin : body.breaks[k - 1].end;
  size_t end = body.sect_begin != npos ? body.sect_begin : body.content_end;
  string_view sect;
  std::vector<std::pair<size_t, size_t>> cuts;
  if (k + 1 < n) {
    const Break& b = body.breaks[k];
    end = b.end;
    sect = xml.substr(b.sect_begin, b.sect_end - b.sect_begin);
    cuts.emplace_back(b.only_properties ? std::pair{b.begin, b.end} : std::pair{b.sect_begin, b.sect_end});
  } else if (body.sect_begin != npos) {
    sect = xml.substr(body.sect_begin, body.sect_end - body.sect_begin);
  }
  end = std::max(begin, end);

  auto first = std::lower_bound(body.bookmarks.begin(), body.bookmarks.end(), begin,
                                [](const Bookmark& b, size_t at) { return b.begin < at; });
  auto last = first;
  while (last != body.bookmarks.end() && last->end <= end) ++last;
  std::set<string_view> starts, ends;
  for (auto it = first; it != last; ++it) (it->start ? starts : ends).insert(it->id);
  std::string closing_ends;
  for (auto it = first; it != last; ++it) {
    if (it->start && !ends.count(it->id)) {
      closing_ends.append("<w:bookmarkEnd w:id=\"").append(it->id).append("\"/>");
    } else if (!it->start && !starts.count(it->id)) {
      cuts.emplace_back(it->begin, it->end);
    }
  }
  std::sort(cuts.begin(), cuts.end());

  std::string out;
  out.reserve(body.content_begin + (end - begin) + closing_ends.size() + sect.size() +
              (xml.size() - body.content_end));
  out.append(xml.substr(0, body.content_begin));
  size_t at = begin;
  for (const auto& [cut_begin, cut_end] : cuts) {
    if (cut_begin < at) continue;  // inside a cut already made
    out.append(xml.substr(at, cut_begin - at));
    at = cut_end;
  }
  if (at < end) out.append(xml.substr(at, end - at));
  out.append(closing_ends).append(sect).append(xml.substr(body.content_end));
  return out;
}

// The scan of `pkg`'s word/document.xml, its errors naming the file.
Body scan_package(const DocxPackage& pkg) {
  try {
    return scan_body(pkg.document_xml());
  } catch (const MalformedXml&) {
    throw std::runtime_error("в файле " + quoted(pkg.path()) + " повреждён " + kDocumentXml +
                             " (не найдено тело документа <w:body> или XML оборван)");
  }
}

// The paragraph docx_layout.lua writes for a document-break, holding `sect`.
std::string break_paragraph(string_view sect) {
  std::string p =
      R"(<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>)"
      R"(<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>)";
  return p.append(sect).append("</w:pPr></w:p>");
}

// Appends `tag` (a bookmark tag) with its w:id replaced by `id` and its w:name
// given the suffix `suffix`: documents joined from one form share their bookmarks.
void append_bookmark(std::string& out, string_view tag, const std::string& id, const std::string& suffix) {
  size_t at = 0;
  for (auto [attr, value] : {std::pair<string_view, bool>{" w:id=\"", true}, {" w:name=\"", false}}) {
    const size_t p = tag.find(attr, at);
    if (p == npos) continue;
    const size_t v = p + attr.size(), e = tag.find('"', v);
    if (e == npos) break;
    out.append(tag.substr(at, v - at));
    if (value) {
      out.append(id);
    } else {
      out.append(tag.substr(v, e - v)).append(suffix);
    }
    at = e;
  }
  out.append(tag.substr(at));
}

}  // namespace

size_t count_docx_batch(const fs::path& combined) { return scan_package(DocxPackage(combined)).breaks.size() + 1; }

std::vector<std::string> docx_documents(const DocxPackage& pkg) {
  const Body body = scan_package(pkg);
  // Notes and comments live in their own parts, which are copied whole: every
  // person's file would carry every other person's notes.
  if (body.has_notes)
    throw std::runtime_error("пакетный файл " + quoted(pkg.path()) +
                             " содержит сноски или примечания: разделить его на отдельные документы нельзя");
  const size_t n = body.breaks.size() + 1;
  std::vector<std::string> documents;
  documents.reserve(n);
  for (size_t k = 0; k < n; ++k) documents.push_back(document_xml(pkg.document_xml(), body, k, n));
  return documents;
}

std::string join_docx_documents(const std::vector<std::string>& documents) {
  if (documents.empty()) throw std::runtime_error("нечего объединять: нет ни одного документа");
  DocxJoiner joiner;
  for (const auto& d : documents) joiner.add(d);
  return joiner.finish();
}

void DocxJoiner::add(std::string_view xml) {
  const size_t j = count_++;
  Body body;
  try {
    body = scan_body(xml);
  } catch (const MalformedXml&) {
    throw std::runtime_error("документ № " + std::to_string(j + 1) + " для объединения повреждён (" + kDocumentXml + ")");
  }
  if (!body.breaks.empty())
    throw std::runtime_error("документ № " + std::to_string(j + 1) + " для объединения сам состоит из разделов");
  if (j == 0) {
    out_.append(xml.substr(0, body.content_begin));
  } else {
    out_.append(break_paragraph(sect_));  // the previous document ends in a section break
  }
  const size_t end = body.sect_begin != npos ? body.sect_begin : body.content_end;
  const std::string suffix = "_" + std::to_string(j + 1);
  std::map<string_view, std::string> ids;  // this document's bookmark ids, renumbered
  size_t at = body.content_begin;
  for (const Bookmark& b : body.bookmarks) {
    if (b.begin < at || b.end > end) continue;
    out_.append(xml.substr(at, b.begin - at));
    auto [it, added] = ids.try_emplace(b.id);
    if (added) it->second = std::to_string(bookmark_id_++);
    append_bookmark(out_, xml.substr(b.begin, b.end - b.begin), it->second, suffix);
    at = b.end;
  }
  out_.append(xml.substr(at, end - at));
  sect_ = body.sect_begin != npos ? xml.substr(body.sect_begin, body.sect_end - body.sect_begin) : string_view{};
  tail_ = xml.substr(body.content_end);
}

std::string DocxJoiner::finish() {
  if (count_ == 0) throw std::runtime_error("нечего объединять: нет ни одного документа");
  out_.append(sect_).append(tail_);
  count_ = 0;
  bookmark_id_ = 0;
  sect_.clear();
  tail_.clear();
  return std::exchange(out_, std::string());
}

void split_docx_batch(const fs::path& combined, const std::vector<fs::path>& paths, mode_t mode) {
  const DocxPackage pkg(combined);
  const Body body = scan_package(pkg);
  const size_t n = body.breaks.size() + 1;
  if (paths.size() != n)
    throw std::runtime_error("в пакетном файле " + quoted(combined) + " документов: " + std::to_string(n) +
                             ", а файлов для них указано: " + std::to_string(paths.size()));
  if (std::set<fs::path>(paths.begin(), paths.end()).size() != paths.size())
    throw std::runtime_error("при разделении " + quoted(combined) +
                             " два документа получили одно имя файла: один из них был бы потерян");
  const std::vector<std::string> documents = docx_documents(pkg);
  for (size_t k = 0; k < n; ++k) pkg.write(documents[k], paths[k], mode);
}

}  // namespace nastavnik
