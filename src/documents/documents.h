// The registry of document kinds: adding a kind means a template, one small
// context builder, and one entry in document_kinds().
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "documents/chart_spec.h"
#include "documents/page.h"
#include "model/json.h"
#include "model/model.h"

namespace nastavnik {

// One form of a batch kind: whose it is (for its file name) and its context.
struct BatchItem {
  std::string name;  // the person's full name; made into a safe, unique file name
  Json context;
};

struct DocumentKind {
  std::string id;             // `--only` value and output file stem: «roadmap»
  std::string name;           // for messages: «дорожная карта»
  std::string template_name;  // templates/<template_name>.html.mustache; "" for an XLSX-only kind
  Orientation orientation = Orientation::Portrait;
  TypeSize type_size = TypeSize::Regular;
  // Whether the data has what this kind needs (an order, pairs); a kind that does
  // not apply is skipped by a full build and refused by --only.
  std::function<bool(const Programme&)> applies;
  // The template context; receives a validated programme.
  std::function<Json(const Programme&)> context;
  // Writes the XLSX form, if the kind has one; throws std::runtime_error on failure.
  std::function<void(const Programme&, const std::filesystem::path&)> write_xlsx;
  // Holds pupils' or parents' personal data: every file of the kind is written
  // readable by its owner only (152-ФЗ), and never published as is.
  bool personal_data = false;
  // Batch kinds render one form per item: per-person DOCX files in
  // <folder>/<id>/, and <folder>/<id>.docx and .pdf holding them all for printing.
  // One pandoc run serves the whole batch (the combined DOCX is split afterwards).
  std::function<std::vector<BatchItem>(const Programme&)> batch;
  std::string folder;  // output subfolder («consents»); "" for the top of the output
  std::string group;   // an `--only` name that selects every kind of the group («consents»)
  // Charts the document shows; its context names each in a figure object
  // ({"chart_id": …}) and the build fills in the image source per format.
  std::function<std::vector<ChartSpec>(const Programme&)> charts;
};

// Every kind nastavnik can build, in build order.
const std::vector<DocumentKind>& document_kinds();

// The kind with that id, or nullptr.
const DocumentKind* find_document_kind(const std::string& id);

// The kinds an `--only` name selects: the kind with that id, or every kind of that group.
std::vector<const DocumentKind*> find_document_kinds(const std::string& id_or_group);

// Context builders, one per kind (each in its own <kind>_context.cc).
Json roadmap_context(const Programme& p);
Json order_roadmap_context(const Programme& p);
Json order_pairs_context(const Programme& p);
Json report_context(const Programme& p);

}  // namespace nastavnik
