// The registry of document kinds: adding a kind means a template, one small
// context builder, and one entry in document_kinds().
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "json_fields.h"
#include "model.h"

namespace nastavnik {

enum class Orientation { Portrait, Landscape };

struct DocumentKind {
  std::string id;             // `--only` value and output file stem: «roadmap»
  std::string name;           // for messages: «дорожная карта»
  std::string template_name;  // templates/<template_name>.html.mustache; "" for an XLSX-only kind
  Orientation orientation = Orientation::Portrait;
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
};

// Every kind nastavnik can build, in build order.
const std::vector<DocumentKind>& document_kinds();

// The kind with that id, or nullptr.
const DocumentKind* find_document_kind(const std::string& id);

// Context builders, one per kind (each in its own <kind>_context.cc).
Json roadmap_context(const Programme& p);
Json order_roadmap_context(const Programme& p);
Json order_pairs_context(const Programme& p);

}  // namespace nastavnik
