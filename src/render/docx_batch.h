// Batches of DOCX documents: pandoc renders many forms (consent forms, one per
// person) into one combined DOCX in a single run, separated by document-break
// section paragraphs (templates/pandoc/docx_layout.lua); this concept cuts such a
// word/document.xml into one per document, and joins documents into one again.
//
// Every section break at the top level of the body counts as a document break, so
// a batch must not hold documents with section breaks of their own (the appendix
// partials of the orders use document-break too: such documents cannot be batched).
#pragma once
#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "render/docx_package.h"

namespace nastavnik {

// Writes document i of the combined DOCX to paths[i], created with `mode` (as
// open(2) applies it, minus the umask); throws std::runtime_error with a Russian
// message when the counts differ, a path repeats, or on any I/O, zip or XML error.
void split_docx_batch(const std::filesystem::path& combined,
                      const std::vector<std::filesystem::path>& paths, mode_t mode);

// Number of documents in a combined DOCX (top-level section-break paragraphs + 1);
// throws std::runtime_error with a Russian message when it cannot be read.
size_t count_docx_batch(const std::filesystem::path& combined);

// The word/document.xml of every document of the combined package, in order (the
// texts split_docx_batch writes); throws std::runtime_error with a Russian message
// when the XML is broken or the package holds notes or comments.
std::vector<std::string> docx_documents(const DocxPackage& combined);

// One word/document.xml holding `documents` (each a word/document.xml with one
// section) in order, each a section of its own ended by a document-break paragraph
// with its own section properties, as pandoc writes a batch; bookmark ids are
// renumbered and names made unique. Throws std::runtime_error on broken XML or an
// empty list.
std::string join_docx_documents(const std::vector<std::string>& documents);

// join_docx_documents one document at a time, so a batch of thousands is never
// held twice (as documents and joined): add() copies what it needs.
class DocxJoiner {
 public:
  // Appends `document` (a word/document.xml with one section); throws
  // std::runtime_error on broken XML or a document of several sections.
  void add(std::string_view document);
  // Documents added so far.
  size_t size() const { return count_; }
  // The joined word/document.xml; the joiner is empty again. Throws
  // std::runtime_error when nothing was added.
  std::string finish();

 private:
  std::string out_, sect_, tail_;  // sect_ and tail_: of the last document added
  size_t count_ = 0, bookmark_id_ = 0;
};

}  // namespace nastavnik
