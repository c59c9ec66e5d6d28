// The example school (data/example.json) as a validated programme, optionally
// edited first: the fixture of the publication and site-pack tests.
#pragma once
#include <catch2/catch.hpp>
#include <functional>
#include <string>

#include "model/json.h"
#include "support/test_support.h"
#include "system/staging.h"

namespace nastavnik::test {

// The example's JSON document.
inline Json example_json() { return Json::parse(read_file(std::string(NASTAVNIK_SOURCE_DIR) + "/data/example.json")); }

// The example school read and validated, with `edit` applied to its JSON first.
inline Programme example_programme(const std::function<void(Json&)>& edit = nullptr) {
  Json j = example_json();
  if (edit) edit(j);
  ReadResult r = read(j.dump());
  INFO((r.diagnostics.items().empty() ? std::string() : r.diagnostics.items()[0].message));
  REQUIRE(r.programme);
  return *r.programme;
}

}  // namespace nastavnik::test
