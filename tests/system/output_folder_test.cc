// Output folders a build refuses: the root, the home folder, system folders,
// the folder of the data file; ordinary and mounted folders are fine.
#include "system/output_folder.h"

#include <stdlib.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace nastavnik;
namespace fs = std::filesystem;

TEST_CASE("the root, home and system folders are refused with a reason", "[output_folder]") {
  test::TempDir tmp;
  CHECK_THAT(refused_output_folder("/", ""), Catch::Contains("корень файловой системы"));
  CHECK_THAT(refused_output_folder("/usr/..", ""), Catch::Contains("корень"));
  for (const char* dir : {"/usr", "/usr/share/doc/x", "/etc", "/etc/nastavnik", "/bin", "/var", "/var/lib", "/boot",
                          "/proc", "/sys", "/dev", "/home", "/tmp"})
    CHECK_THAT(refused_output_folder(dir, ""), Catch::Contains("системная папка"));

  const char* old_home = getenv("HOME");
  std::string saved = old_home ? old_home : "";
  setenv("HOME", tmp.path.c_str(), 1);
  CHECK_THAT(refused_output_folder(tmp.path, ""), Catch::Contains("домашняя папка"));
  CHECK_THAT(refused_output_folder(tmp.path / "sub" / "..", ""), Catch::Contains("домашняя папка"));
  CHECK(refused_output_folder(tmp.path / "документы", "") == "");
  if (old_home) setenv("HOME", saved.c_str(), 1);
  else unsetenv("HOME");
}

TEST_CASE("the folder holding the data file is refused, its subfolders are not", "[output_folder]") {
  test::TempDir tmp;
  fs::path input = tmp.path / "data.json";
  CHECK_THAT(refused_output_folder(tmp.path, input), Catch::Contains("файл данных «data.json»"));
  CHECK_THAT(refused_output_folder(tmp.path / ".", input), Catch::Contains("файл данных"));
  fs::create_directory_symlink(tmp.path, tmp.path / "link");
  CHECK_THAT(refused_output_folder(tmp.path / "link", input), Catch::Contains("файл данных"));
  CHECK(refused_output_folder(tmp.path / "output", input) == "");
  CHECK(refused_output_folder("/var/www/html/nastavnik", input) == "");
  CHECK(refused_output_folder("/mnt/usb", input) == "");
}
