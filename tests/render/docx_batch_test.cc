// Splitting a combined DOCX into one package per document, on packages built here.
#include "render/docx_batch.h"

#include <sys/stat.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "support/test_support.h"

using namespace nastavnik;
namespace fs = std::filesystem;
using Entries = std::vector<std::pair<std::string, std::string>>;

namespace {

const std::string kOpening =
    R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>)";

std::string para(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

// Section properties told apart by their top margin.
std::string sect(int top) {
  return R"(<w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>)"
         R"(<w:pgMar w:top=")" + std::to_string(top) + R"(" w:right="567" w:bottom="1134" w:left="1701"/>)"
         R"(<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>)";
}

// A document-break paragraph as docx_layout.lua writes it.
std::string doc_break(int top) {
  return R"(<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>)"
         R"(<w:rPr><w:sz w:val="2"/></w:rPr>)" + sect(top) + "</w:pPr></w:p>";
}

// A cell paragraph that looks like a section break: cells never end a document.
const std::string kDecoy = "<w:p><w:pPr>" + sect(1) + "</w:pPr><w:r><w:t>ячейка-ловушка</w:t></w:r></w:p>";

std::string cell(const std::string& content) { return "<w:tc><w:tcPr/>" + content + "</w:tc>"; }
std::string table(const std::string& cells) { return "<w:tbl><w:tblPr/><w:tr>" + cells + "</w:tr></w:tbl>"; }

// Three documents: a table with a nested table (and a decoy cell paragraph), pandoc's
// bookmark cut by the break, an attribute value holding '>', a comment, empty
// elements; the second break paragraph also holds text, which stays.
std::string batch_document() {
  return kOpening +
         R"(<w:bookmarkStart w:id="20" w:name="title-1"/>)" + para("ДОК-1 заголовок") +
         table(cell(para("ДОК-1 ячейка")) +
               cell(table(cell(para("ДОК-1 вложенная")) + cell(kDecoy)) + "<w:p/>")) +
         R"(<w:p><w:pPr><w:pStyle w:val="a>b"/></w:pPr><w:r><w:t>ДОК-1 конец</w:t></w:r></w:p>)" +
         doc_break(1001) + R"(<w:bookmarkEnd w:id="20"/><!-- <w:p><w:pPr><w:sectPr/></w:pPr></w:p> -->)" +
         R"(<w:bookmarkStart w:id="21" w:name="title-2"/>)" + para("ДОК-2 заголовок") +
         R"(<w:p><w:bookmarkStart w:id="5" w:name="inline"/><w:r><w:t>ДОК-2 текст</w:t></w:r><w:bookmarkEnd w:id="5"/></w:p>)" +
         "<w:p><w:pPr>" + sect(1002) + "</w:pPr><w:r><w:t>ДОК-2 последняя строка</w:t></w:r></w:p>" +
         R"(<w:bookmarkEnd w:id="21"/><w:bookmarkStart w:id="22" w:name="title-3"/>)" + para("ДОК-3 заголовок") +
         table(cell(para("ДОК-3 ячейка"))) + R"(<w:bookmarkEnd w:id="22"/>)" + sect(1003) + "</w:body></w:document>";
}

Entries package(const std::string& document) {
  return {
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
       R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
       R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
      {"_rels/.rels",
       R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)"},
      {"word/document.xml", document},
      {"word/styles.xml", std::string(20000, 's') + "стили"},
  };
}

void write_zip(const fs::path& path, const Entries& entries) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z);
  for (const auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    REQUIRE(zip_file_add(z, name.c_str(), s, 0) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
}

// Every entry of a zip file in order, read back with libzip.
Entries read_zip(const fs::path& path) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  REQUIRE(z);
  Entries out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    zip_stat_t st;
    REQUIRE(zip_stat_index(z, i, 0, &st) == 0);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(z, i, 0);
    REQUIRE(f);
    REQUIRE(zip_fread(f, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    out.emplace_back(st.name, data);
  }
  zip_close(z);
  return out;
}

size_t occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

std::set<std::string> ids(const std::string& xml, const std::string& tag) {
  std::set<std::string> out;
  const std::regex re("<w:" + tag + R"re( w:id="(\d+)")re");
  for (std::sregex_iterator it(xml.begin(), xml.end(), re), end; it != end; ++it) out.insert((*it)[1]);
  return out;
}

mode_t file_mode(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("a combined DOCX is split into one package per document", "[docx_batch]") {
  test::TempDir tmp;
  const fs::path combined = tmp.path / "combined.docx";
  const Entries in = package(batch_document());
  write_zip(combined, in);
  REQUIRE(count_docx_batch(combined) == 3);

  const std::vector<fs::path> parts{tmp.path / "1.docx", tmp.path / "2.docx", tmp.path / "3.docx"};
  std::ofstream(parts[0]) << "stale";  // an older file is replaced, its mode not kept
  fs::permissions(parts[0], fs::perms::all);
  split_docx_batch(combined, parts, 0600);

  for (size_t k = 0; k < parts.size(); ++k) {
    CAPTURE(k);
    CHECK(file_mode(parts[k]) == 0600);
    const Entries out = read_zip(parts[k]);
    REQUIRE(out.size() == in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      CHECK(out[i].first == in[i].first);  // same parts, same order
      if (in[i].first != "word/document.xml") CHECK(out[i].second == in[i].second);
    }
    const std::string& xml = out[2].second;
    const std::string own = "ДОК-" + std::to_string(k + 1);
    for (const std::string doc : {"ДОК-1", "ДОК-2", "ДОК-3"}) {
      const bool present = occurrences(xml, doc) > 0;
      CHECK(present == (doc == own));
    }
    CHECK(xml.starts_with(kOpening));
    const std::string final_sect = sect(1001 + static_cast<int>(k)) + "</w:body></w:document>";
    CHECK(xml.ends_with(final_sect));
    CHECK(occurrences(xml, "<w:sectPr>") == (k == 0 ? 2u : 1u));  // + the decoy in the cell
    CHECK(ids(xml, "bookmarkStart") == ids(xml, "bookmarkEnd"));
  }
  const std::string doc1 = read_zip(parts[0])[2].second;
  CHECK(occurrences(doc1, "ячейка-ловушка") == 1);
  CHECK(occurrences(doc1, "<w:tbl>") == 2);
  CHECK(occurrences(doc1, R"(w:val="a>b")") == 1);
  CHECK(doc1.find(R"(w:line="20")") == std::string::npos);  // the empty break paragraph is gone
  CHECK(ids(doc1, "bookmarkStart") == std::set<std::string>{"20"});

  const std::string doc2 = read_zip(parts[1])[2].second;
  CHECK(occurrences(doc2, "ДОК-2 последняя строка") == 1);  // a break paragraph with text keeps it
  CHECK(ids(doc2, "bookmarkStart") == std::set<std::string>{"21", "5"});
  CHECK(doc2.find("<w:bookmarkEnd w:id=\"20\"") == std::string::npos);
}

TEST_CASE("the mode is the one asked for, and a batch of one is copied", "[docx_batch]") {
  test::TempDir tmp;
  const fs::path combined = tmp.path / "one.docx";
  const std::string document = kOpening + para("один") + sect(1003) + "</w:body></w:document>";
  write_zip(combined, package(document));
  REQUIRE(count_docx_batch(combined) == 1);
  const mode_t old_mask = ::umask(022);
  split_docx_batch(combined, {tmp.path / "out.docx"}, 0644);
  ::umask(old_mask);
  CHECK(file_mode(tmp.path / "out.docx") == 0644);
  CHECK(read_zip(tmp.path / "out.docx") == package(document));
  CHECK(test::unzip_member(tmp.path / "out.docx", "word/document.xml") == document);
}

TEST_CASE("splitting refuses what it cannot do right", "[docx_batch]") {
  test::TempDir tmp;
  const fs::path combined = tmp.path / "combined.docx";
  write_zip(combined, package(batch_document()));
  const fs::path a = tmp.path / "a.docx", b = tmp.path / "b.docx", c = tmp.path / "c.docx";

  CHECK_THROWS_WITH(split_docx_batch(combined, {a, b}, 0600), Catch::Contains("документов: 3") &&
                                                                  Catch::Contains("указано: 2"));
  CHECK_THROWS_WITH(split_docx_batch(combined, {a, b, a}, 0600), Catch::Contains("одно имя файла"));
  CHECK_FALSE(fs::exists(a));  // nothing written before the checks pass

  CHECK_THROWS_WITH(count_docx_batch(tmp.path / "missing.docx"), Catch::Contains("не удалось открыть файл"));
  CHECK_THROWS_WITH(split_docx_batch(tmp.path / "missing.docx", {a}, 0600),
                    Catch::Contains("не удалось открыть файл"));
  std::ofstream(tmp.path / "text.docx") << "это не архив";
  CHECK_THROWS_WITH(count_docx_batch(tmp.path / "text.docx"), Catch::Contains("не ZIP-архив"));
  write_zip(tmp.path / "nodoc.docx", {{"x.xml", "<x/>"}});
  CHECK_THROWS_WITH(count_docx_batch(tmp.path / "nodoc.docx"), Catch::Contains("нет word/document.xml"));
  write_zip(tmp.path / "cut.docx", package(batch_document().substr(0, 900)));
  CHECK_THROWS_WITH(count_docx_batch(tmp.path / "cut.docx"), Catch::Contains("повреждён"));

  std::string with_note = batch_document();
  with_note.insert(with_note.find("ДОК-3 заголовок"), R"(</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>)");
  write_zip(tmp.path / "notes.docx", package(with_note));
  CHECK_THROWS_WITH(split_docx_batch(tmp.path / "notes.docx", {a, b, c}, 0600), Catch::Contains("сноски"));

  CHECK_THROWS_WITH(split_docx_batch(combined, {a, tmp.path / "no-such-dir" / "b.docx", c}, 0600),
                    Catch::Contains("не удалось создать файл"));
}

TEST_CASE("joined documents split back into the same documents", "[docx_batch]") {
  test::TempDir tmp;
  const fs::path combined = tmp.path / "combined.docx";
  write_zip(combined, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", batch_document()}});
  const DocxPackage pkg(combined);
  const std::vector<std::string> docs = docx_documents(pkg);
  REQUIRE(docs.size() == 3);
  const std::string joined = join_docx_documents({docs[0], docs[0], docs[2]});
  // Bookmarks of the two copies of document 1 are told apart.
  CHECK(joined.find(R"(w:name="title-1_1")") != std::string::npos);
  CHECK(joined.find(R"(w:name="title-1_2")") != std::string::npos);
  const fs::path again = tmp.path / "again.docx";
  pkg.write(joined, again, 0600);
  const std::vector<std::string> split = docx_documents(DocxPackage(again));
  REQUIRE(split.size() == 3);
  auto text = [](const std::string& xml) {
    std::string t;
    static const std::regex wt("<w:t>([^<]*)</w:t>");
    for (std::sregex_iterator it(xml.begin(), xml.end(), wt), end; it != end; ++it) t += (*it)[1].str() + "|";
    return t;
  };
  CHECK(text(split[0]) == text(docs[0]));
  CHECK(text(split[1]) == text(docs[0]));
  CHECK(text(split[2]) == text(docs[2]));
  CHECK(split[2].find(sect(1002)) == std::string::npos);  // each keeps its own section properties
  CHECK(split[1].find(sect(1001)) != std::string::npos);
  CHECK(pkg.parts_containing("Types").size() == 1);
  CHECK(pkg.parts_containing("ДОК-1").empty());  // word/document.xml is not searched
  CHECK_THROWS_WITH(join_docx_documents({}), Catch::Contains("нечего объединять"));
}

TEST_CASE("documents joined one at a time equal documents joined at once", "[docx_batch]") {
  test::TempDir tmp;
  const fs::path combined = tmp.path / "combined.docx";
  write_zip(combined, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", batch_document()}});
  const DocxPackage pkg(combined);
  const std::vector<std::string> docs = docx_documents(pkg);
  DocxJoiner joiner;
  for (const auto& d : {docs[0], docs[1], docs[2], docs[0]}) joiner.add(d);
  CHECK(joiner.size() == 4);
  CHECK(joiner.finish() == join_docx_documents({docs[0], docs[1], docs[2], docs[0]}));
  CHECK(joiner.size() == 0);  // empty again: the next batch starts afresh
  joiner.add(docs[1]);
  CHECK(joiner.finish() == join_docx_documents({docs[1]}));
  CHECK_THROWS_WITH(joiner.finish(), Catch::Contains("нечего объединять"));
}

TEST_CASE("a copy for LibreOffice stores its document uncompressed, a user's copy deflates it", "[docx_batch]") {
  test::TempDir tmp;
  const fs::path combined = tmp.path / "combined.docx";
  write_zip(combined, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", batch_document()}});
  const DocxPackage pkg(combined);
  const std::string doc = docx_documents(pkg)[1];
  const fs::path stored = tmp.path / "stored.docx", deflated = tmp.path / "deflated.docx";
  pkg.write(doc, stored, 0600, DocxPackage::Compression::Store);
  pkg.write(doc, deflated, 0600);
  auto method = [](const fs::path& p) {
    zip_t* z = zip_open(p.c_str(), ZIP_RDONLY, nullptr);
    REQUIRE(z);
    zip_stat_t st;
    REQUIRE(zip_stat(z, "word/document.xml", 0, &st) == 0);
    zip_discard(z);
    return st.comp_method;
  };
  CHECK(method(stored) == ZIP_CM_STORE);
  CHECK(method(deflated) == ZIP_CM_DEFLATE);
  CHECK(DocxPackage(stored).document_xml() == doc);
  CHECK(docx_document_size(stored) == doc.size());
  CHECK(docx_document_size(deflated) == doc.size());
  CHECK_THROWS_WITH(docx_document_size(tmp.path / "missing.docx"), Catch::Contains("не удалось открыть"));
}
