#include "system/staging.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "system/file_modes.h"
#include "system/interrupt.h"

namespace nastavnik {
namespace {

constexpr const char* kOwnerFile = "owner";  // «PID START_TICKS», written right after the folder

// Whether the process that made a staging folder may still be writing into it.
bool owner_alive(const fs::path& folder) {
  std::string name = folder.filename().string().substr(std::string(kStagingPrefix).size());
  pid_t pid = static_cast<pid_t>(std::atoll(name.c_str()));
  if (pid <= 0) return true;  // not a name this version writes: leave it alone
  if (kill(pid, 0) != 0 && errno == ESRCH) return false;
  std::ifstream in(folder / kOwnerFile);
  long long recorded_pid = 0;
  unsigned long long recorded_start = 0;
  if (!(in >> recorded_pid >> recorded_start) || recorded_pid != pid || recorded_start == 0) return true;
  unsigned long long now = process_start_ticks(pid);
  return now == 0 || now == recorded_start;  // a different start time: the pid was reused
}

}  // namespace

unsigned long long process_start_ticks(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), {});
  size_t close_paren = stat.rfind(')');  // the command name may hold spaces and parentheses
  if (close_paren == std::string::npos) return 0;
  std::istringstream fields(stat.substr(close_paren + 2));
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i)
    if (i == 22) return std::strtoull(field.c_str(), nullptr, 10);
  return 0;
}

std::vector<fs::path> stale_staging_folders(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.rfind(kStagingPrefix, 0) != 0 || !it->is_directory(ec)) continue;
    if (!owner_alive(it->path())) out.push_back(it->path());
  }
  return out;
}

Staging::Staging(fs::path out_dir) : out_dir_(fs::absolute(std::move(out_dir)).lexically_normal()) {
  if (out_dir_.filename().empty()) out_dir_ = out_dir_.parent_path();  // «out/»
  std::error_code ec;
  try {
    created_ = create_public_folders(out_dir_);
  } catch (const fs::filesystem_error& e) {
    throw std::runtime_error("не удалось создать папку «" + out_dir_.string() + "»: " + e.code().message());
  }
  for (const fs::path& stale : stale_staging_folders(out_dir_)) fs::remove_all(stale, ec);
  std::string tmpl = (out_dir_ / (kStagingPrefix + std::to_string(getpid()) + "-XXXXXX")).string();
  if (!mkdtemp(tmpl.data())) {
    int err = errno;
    if (!created_.empty()) fs::remove_all(created_, ec);
    throw std::runtime_error("не удалось создать временную папку в «" + out_dir_.string() +
                             "» (нет прав на запись?): " + std::generic_category().message(err));
  }
  root_ = tmpl;  // mkdtemp makes it 0700: personal data is staged here
  try {
    write_file(root_ / kOwnerFile, std::to_string(getpid()) + " " + std::to_string(process_start_ticks(getpid())) + "\n");
    dir_ = root_ / "out";
    fs::create_directories(dir_);
    fs::create_directories(work());
  } catch (...) {  // no destructor runs for a half-made object
    fs::remove_all(root_, ec);
    if (!created_.empty()) fs::remove_all(created_, ec);
    throw;
  }
}

Staging::~Staging() {
  std::error_code ec;
  fs::remove_all(root_, ec);
  if (committed_ || created_.empty()) return;
  // Only folders this build made, and only while empty: a parallel build may have filled them.
  for (fs::path p = out_dir_; !p.empty(); p = p.parent_path()) {
    if (!fs::remove(p, ec) || p == created_) break;
  }
}

std::vector<fs::path> Staging::commit() {
  throw_if_interrupted();
  std::vector<fs::path> moved;
  std::vector<fs::directory_entry> entries(fs::recursive_directory_iterator(dir_), {});
  committed_ = true;
  for (const auto& entry : entries) {
    // The iterator's paths start with dir_ as written: cutting it off needs no
    // look at the file system (fs::relative resolves every component, per file).
    fs::path rel = entry.path().lexically_relative(dir_);
    fs::path target = out_dir_ / rel;
    if (entry.is_directory()) {
      fs::create_directories(target);
      // A folder of personal data stays its owner's only in the output too.
      fs::permissions(target, entry.status().permissions(), fs::perm_options::replace);
      continue;
    }
    fs::rename(entry.path(), target);  // atomic per file: a reader never sees half a file
    moved.push_back(rel);
  }
  return moved;
}

void write_file(const fs::path& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
  out.close();
  if (!out) throw std::runtime_error("не удалось записать файл " + path.string());
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("не удалось открыть файл " + path.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace nastavnik
