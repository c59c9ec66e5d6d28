// Batch kinds (consent forms): hundreds of separate documents from one pandoc
// run, since a pandoc start per form is far too slow (domain.md: 500 separate
// calls 31 s; 500 forms in one call 1.8 s), and even one run over every form
// costs 10-12 ms a form. So forms are "compiled": items whose contexts have one
// shape (structure, string leaves abstracted) render to the same markup but for
// their strings, so pandoc renders one form per shape with a marker for every
// string, and each person's word/document.xml is that form with the markers
// replaced by the XML-escaped values.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "render/build.h"
#include "documents/documents.h"
#include "render/office.h"
#include "render/templates.h"

namespace nastavnik {

// The pieces of compiled forms, public for the tests.
namespace batch_detail {

// The shape of a context and its non-empty string leaves in a fixed order (objects
// in key order, arrays in index order): contexts with equal keys render to markup
// that differs only where leaf i of one has leaf i of the other. `regular` is false
// when a leaf would not come out of pandoc as it went in (see batch_render.cc).
struct Shape {
  std::string key;
  std::vector<std::string> leaves;
  bool regular = true;
};
Shape context_shape(const Json& context);

// The marker that stands for leaf i: «⟦i⟧».
std::string marker(size_t i);

// `context` with its non-empty string leaf i (in context_shape's order) replaced
// by marker(i).
Json marker_context(const Json& context);

// A rendered form's word/document.xml cut at its markers: literals[0], value of
// slots[0], literals[1], … literals.back().
struct CompiledForm {
  std::vector<std::string> literals;
  std::vector<size_t> slots;
};

// Cuts `xml` at the markers of leaves 0..leaves-1, counting each leaf's markers in
// `counts`; false when a marker opening «⟦» is not one of them (a marker pandoc cut
// in two, or an unknown one).
bool compile_form(std::string_view xml, size_t leaves, CompiledForm& form, std::vector<size_t>& counts);

// The form with slot i replaced by the XML-escaped values[slots[i]] (& < > " ',
// a line break becomes a space), in one pass: a value is never scanned again.
std::string fill_form(const CompiledForm& form, const std::vector<std::string>& values);

}  // namespace batch_detail

// A batch kind's render in two steps around its one pandoc run (html() into
// docx()), so the build can run the pandoc of several kinds side by side.
class BatchRender {
 public:
  // Renders the forms of `kind`'s items (one marker form per context shape, the
  // real form of an irregular item) into html() in `work`; throws
  // std::invalid_argument for no items and std::runtime_error otherwise. Keeps
  // references to `templates`, `kind` and `programme`.
  BatchRender(const TemplateSet& templates, const DocumentKind& kind, const Programme& programme, const Json& page,
              const std::filesystem::path& work);
  ~BatchRender();

  // The pandoc run finish() needs first: html() to docx(), in this layout.
  const std::filesystem::path& html() const { return html_; }
  const std::filesystem::path& docx() const { return docx_; }
  PageLayout layout() const;

  // Writes, each unless its path is empty: the combined DOCX for printing at
  // `combined` (every form starting a new section, page numbers restarting); one
  // owner-only DOCX per item in `per_person_dir`, named safely and uniquely after
  // the item's person; and the combined document again in parts of at most
  // kOfficePartPages expected pages in `parts_dir`, which it returns for LibreOffice.
  // Runs pandoc once more, over every real form, when the marker forms did not come
  // through pandoc whole. Throws ToolError when pandoc fails, std::runtime_error otherwise.
  std::vector<PdfPart> finish(const RenderEnv& env, const std::filesystem::path& combined,
                              const std::filesystem::path& per_person_dir, const std::filesystem::path& parts_dir);

 private:
  const TemplateSet& templates_;
  const DocumentKind& kind_;
  const Programme& programme_;
  std::vector<BatchItem> items_;  // names only after the constructor
  Json page_;
  std::filesystem::path work_, html_, docx_;
  std::vector<batch_detail::Shape> shapes_;        // one per item
  std::vector<size_t> form_of_;                    // item -> its form in the pandoc run
  std::vector<size_t> shape_item_;                 // marker form -> the item it was made from
  std::vector<std::vector<size_t>> html_counts_;   // marker form -> its markers' counts in the HTML
  size_t marker_forms_ = 0, forms_ = 0;
};

}  // namespace nastavnik
