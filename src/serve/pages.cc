#include "serve/pages.h"

#include <map>

#include "language/plural.h"

namespace nastavnik::serve {

std::string percent_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '.' || c == '_' || c == '-') out += static_cast<char>(c);
    else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string keep_time_text(std::chrono::seconds ttl) {
  const long long minutes = ttl.count() / 60;
  if (minutes >= 60 && minutes % 60 == 0) {
    const long long hours = minutes / 60;
    return hours == 1 ? "часа" : plural(hours, "часа", "часов", "часов");
  }
  if (minutes >= 1) return plural(minutes, "минуты", "минут", "минут");
  return plural(ttl.count(), "секунды", "секунд", "секунд");
}

Json job_page(const JobView& job) {
  static const std::map<std::string, std::string> titles = {
      {"check", "Проверка файла"},
      {"build", "Создание документов"},
      {"import", "Импорт дорожной карты"},
      {"rollover", "Перенос на следующий год"}};
  Json c;
  c["title"] = titles.count(job.kind) ? titles.at(job.kind) : "Задание";
  const bool busy = job.state == JobState::Queued || job.state == JobState::Running;
  c["running"] = busy;
  c["refresh"] = busy;
  if (job.state == JobState::Queued) c["progress_text"] = "В очереди: задание начнётся, как только освободится место.";
  else if (job.total > 0)
    c["progress_text"] = "Готово документов: " + std::to_string(job.done) + " из " + std::to_string(job.total);
  else c["progress_text"] = "Выполняется…";
  c["message"] = job.message;
  c["message_class"] = job.state == JobState::Done ? "ok" : "error";
  c["cleared"] = job.cleared && !job.files.empty();
  Json files = Json::array();
  if (!job.cleared)
    for (const auto& f : job.files) {
      const bool site = f.name.find("сайт") != std::string::npos;
      files.push_back({{"name", f.name}, {"label", f.label}, {"downloaded", f.downloaded},
                       {"class", site ? "public" : "personal"},
                       {"url", "/job/" + job.id + "/file/" + percent_encode(f.name)}});
    }
  c["files"] = files;
  c["has_files"] = !files.empty();
  for (const char* key : {"findings", "documents", "report", "notes"}) {
    Json v = job.details.contains(key) ? job.details[key] : Json::array();
    c[key] = v;
    c[std::string("has_") + key] = !v.empty();
  }
  if (job.details.contains("site_problem")) c["site_problem"] = job.details["site_problem"];
  return c;
}

}  // namespace nastavnik::serve
