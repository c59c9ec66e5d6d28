#include "system/disk_space.h"

#include <sys/statvfs.h>

#include <limits>

namespace nastavnik {
namespace fs = std::filesystem;

std::uint64_t free_bytes(const fs::path& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  while (!p.empty() && !fs::exists(p, ec) && p != p.parent_path()) p = p.parent_path();
  struct statvfs st;
  if (p.empty() || ::statvfs(p.c_str(), &st) != 0) return std::numeric_limits<std::uint64_t>::max();
  return static_cast<std::uint64_t>(st.f_bavail) * st.f_frsize;
}

std::string disk_full_note(const fs::path& path, std::uint64_t margin) {
  if (free_bytes(path) >= margin) return "";
  std::error_code ec;
  return "На диске, где папка «" + fs::absolute(path, ec).string() +
         "», нет места: освободите место и повторите.";
}

}  // namespace nastavnik
