// Modes are set explicitly: the same under umask 000 as under 022.
#include "system/file_modes.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "system/staging.h"
#include "support/test_support.h"

using namespace nastavnik;
namespace fs = std::filesystem;

namespace {

struct Umask {
  mode_t old;
  explicit Umask(mode_t m) : old(umask(m)) {}
  ~Umask() { umask(old); }
};

}  // namespace

TEST_CASE("folders created for the output are 0755 under umask 000", "[file_modes]") {
  test::TempDir tmp;
  Umask zero(0);
  CHECK(create_public_folders(tmp.path) == fs::path());
  CHECK(create_public_folders(tmp.path / "a" / "b" / "") == tmp.path / "a");
  CHECK(fs::status(tmp.path / "a").permissions() == kPublicDir);
  CHECK(fs::status(tmp.path / "a" / "b").permissions() == kPublicDir);
}

TEST_CASE("set_tree_modes gives every file and folder its mode", "[file_modes]") {
  test::TempDir tmp;
  Umask zero(0);
  fs::create_directories(tmp.path / "x" / "y");
  write_file(tmp.path / "x" / "y" / "f.pdf", "");
  write_file(tmp.path / "x" / "g.pdf", "");
  set_tree_modes(tmp.path / "x", kPrivateFile, kPrivateDir);
  CHECK(fs::status(tmp.path / "x").permissions() == kPrivateDir);
  CHECK(fs::status(tmp.path / "x" / "y").permissions() == kPrivateDir);
  CHECK(fs::status(tmp.path / "x" / "y" / "f.pdf").permissions() == kPrivateFile);
  CHECK(fs::status(tmp.path / "x" / "g.pdf").permissions() == kPrivateFile);
}

TEST_CASE("set_tree_modes goes around the paths it skips, and their contents never change mode", "[file_modes]") {
  test::TempDir tmp;
  Umask zero(0);
  const fs::path root = tmp.path / "out", consents = root / "consents", order = root / "order-pairs.docx";
  fs::create_directories(consents / "consent-personal");
  write_file(consents / "consent-personal" / "a.docx", "");
  write_file(order, "");
  write_file(root / "roadmap.pdf", "");
  set_tree_modes(consents, kPrivateFile, kPrivateDir);
  fs::permissions(order, kPrivateFile, fs::perm_options::replace);
  set_tree_modes(root, kPublicFile, kPublicDir, {consents, order});
  CHECK(fs::status(root).permissions() == kPublicDir);
  CHECK(fs::status(root / "roadmap.pdf").permissions() == kPublicFile);
  CHECK(fs::status(consents).permissions() == kPrivateDir);
  CHECK(fs::status(consents / "consent-personal").permissions() == kPrivateDir);
  CHECK(fs::status(consents / "consent-personal" / "a.docx").permissions() == kPrivateFile);
  CHECK(fs::status(order).permissions() == kPrivateFile);
}
