// DOCX/ODT packages refused before pandoc: what pandoc would choke on or blow up
// with, as bad input with a Russian message.
#include "import/package_check.h"

#include <catch2/catch.hpp>

#include "import/import_readers.h"
#include "model/input_limits.h"
#include "support/test_support.h"
#include "support/xlsx_fixtures.h"

using namespace nastavnik;
using namespace nastavnik::test;
using Catch::Matchers::Contains;

namespace {

std::string refusal(const std::filesystem::path& path) {
  try {
    check_import_package(path, "docx");
  } catch (const ImportError& e) {
    return e.what();
  }
  FAIL("accepted " << path);
  return "";
}

const Parts kDocx = {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<document/>"}};

}  // namespace

TEST_CASE("import: a sound small package passes the check", "[package_check]") {
  TempDir dir;
  write_zip(dir.path / "ok.docx", kDocx);
  CHECK_NOTHROW(check_import_package(dir.path / "ok.docx", "docx"));
}

TEST_CASE("import: a truncated package is refused as damaged", "[package_check]") {
  TempDir dir;
  Parts parts = kDocx;
  parts.push_back({"word/media/big.txt", std::string(200000, 'x') + "y"});
  write_zip(dir.path / "whole.docx", parts);
  const std::string bytes = file_bytes(dir.path / "whole.docx");
  write_bytes(dir.path / "cut.docx", bytes.substr(0, bytes.size() / 2));
  CHECK_THAT(refusal(dir.path / "cut.docx"), Contains("повреждён или обрезан") && Contains("сохраните его заново"));
}

TEST_CASE("import: a part inflating past the limit is refused before it is inflated", "[package_check]") {
  TempDir dir;
  GeneratedPart bomb;
  bomb.size = limits::kZipPartBytes + 1;
  write_zip(dir.path / "bomb.docx", kDocx, &bomb, "word/media/bomb.bin");
  CHECK(std::filesystem::file_size(dir.path / "bomb.docx") < 100000);
  CHECK_THAT(refusal(dir.path / "bomb.docx"), Contains("после распаковки"));
}

TEST_CASE("import: parts together inflating past the total limit are refused", "[package_check]") {
  TempDir dir;
  Parts parts = kDocx;
  const std::string part(limits::kZipPartBytes - 1, 'z');
  for (std::uint64_t i = 0; i * part.size() <= limits::kZipTotalBytes; ++i)
    parts.push_back({"word/media/p" + std::to_string(i) + ".bin", part});
  write_zip(dir.path / "many.docx", parts);
  CHECK_THAT(refusal(dir.path / "many.docx"), Contains("после распаковки больше 64 МБ"));
}

TEST_CASE("import: a file above the size limit is refused unread", "[package_check]") {
  TempDir dir;
  const auto big = dir.path / "big.txt";
  { std::ofstream(big, std::ios::binary).close(); }
  std::filesystem::resize_file(big, limits::kImportFileBytes + 1);  // sparse: no disk used
  try {
    check_import_size(big);
    FAIL("accepted");
  } catch (const ImportError& e) {
    CHECK_THAT(std::string(e.what()), Contains("слишком большой"));
  }
}

TEST_CASE("import: a package without its main part, or with it broken, is refused", "[package_check]") {
  TempDir dir;
  write_zip(dir.path / "none.docx", {{"[Content_Types].xml", "<Types/>"}});
  CHECK_THAT(refusal(dir.path / "none.docx"), Contains("нет word/document.xml"));
  write_zip(dir.path / "broken.docx", {{"word/document.xml", "<document><body></bod></document>"}});
  CHECK_THAT(refusal(dir.path / "broken.docx"), Contains("испорчен XML в word/document.xml"));
}
