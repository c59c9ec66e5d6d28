#include "system/output_folder.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace nastavnik {
namespace fs = std::filesystem;
namespace {

// Folders of the operating system: refused themselves and everything under them.
constexpr const char* kSystemTrees[] = {"/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32",
                                        "/proc", "/run", "/sbin", "/sys", "/usr"};
// Refused themselves, and under /var the system's own data; /var/www and the
// like stay allowed (a site pack goes there).
constexpr const char* kSystemFolders[] = {"/home", "/var", "/var/lib", "/var/log", "/var/cache", "/var/spool",
                                          "/var/mail", "/var/backups", "/var/tmp", "/tmp", "/opt", "/srv",
                                          "/mnt", "/media", "/root"};

fs::path resolved(const fs::path& p) {
  std::error_code ec;
  fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec);
  if (ec) r = fs::absolute(p, ec).lexically_normal();
  if (r.filename().empty() && r != r.root_path()) r = r.parent_path();
  return r;
}

bool is_within(const fs::path& p, const fs::path& tree) {
  auto rel = p.lexically_relative(tree);
  return !rel.empty() && *rel.begin() != "..";
}

fs::path home_folder() {
  if (const char* h = std::getenv("HOME"); h && *h) return resolved(h);
  if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) return resolved(pw->pw_dir);
  return {};
}

}  // namespace

std::string refused_output_folder(const fs::path& dir, const fs::path& input) {
  const fs::path d = resolved(dir);
  const std::string where = "папка «" + dir.string() + "»" + (d != fs::path(dir) ? " (" + d.string() + ")" : "");
  const std::string advice = ": документы пишутся в отдельную папку, например -o документы";
  if (d == d.root_path()) return where + " — корень файловой системы" + advice;
  if (fs::path home = home_folder(); !home.empty() && d == home) return where + " — ваша домашняя папка" + advice;
  for (const char* tree : kSystemTrees)
    if (is_within(d, tree)) return where + " — системная папка" + advice;
  for (const char* folder : kSystemFolders)
    if (d == fs::path(folder)) return where + " — системная папка" + advice;
  if (!input.empty() && d == resolved(input).parent_path())
    return where + " — в ней лежит файл данных «" + input.filename().string() +
           "», и документы оказались бы рядом с ним (одноимённые файлы были бы заменены)" + advice;
  return "";
}

}  // namespace nastavnik
