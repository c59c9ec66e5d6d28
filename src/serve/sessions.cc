#include "serve/sessions.h"

#include "serve/job_store.h"

namespace nastavnik::serve {

bool same_secret(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i % (b.empty() ? 1 : b.size())]);
  return diff == 0 && !b.empty();
}

Sessions::Sessions(std::string token, std::chrono::seconds lifetime)
    : token_(std::move(token)), lifetime_(lifetime) {}

bool Sessions::token_matches(const std::string& given) const { return same_secret(given, token_); }

std::string Sessions::open() {
  std::string id = random_id();
  std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  for (auto it = sessions_.begin(); it != sessions_.end();)
    it = now - it->second.last_use > lifetime_ ? sessions_.erase(it) : std::next(it);
  sessions_[id] = Entry{random_id(), now};
  return id;
}

bool Sessions::valid(const std::string& id) { return csrf(id).has_value(); }

std::optional<std::string> Sessions::csrf(const std::string& id) {
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(id);
  if (it == sessions_.end()) return std::nullopt;
  const auto now = std::chrono::steady_clock::now();
  if (now - it->second.last_use > lifetime_) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_use = now;
  return it->second.csrf;
}

bool Sessions::csrf_matches(const std::string& id, const std::string& token) {
  auto expected = csrf(id);
  return expected && same_secret(token, *expected);
}

std::string cookie_value(const std::string& header, const std::string& name) {
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string part = header.substr(pos, end - pos);
    size_t start = part.find_first_not_of(' ');
    if (start != std::string::npos) part = part.substr(start);
    if (part.rfind(name + "=", 0) == 0) return part.substr(name.size() + 1);
    pos = end + 1;
  }
  return "";
}

}  // namespace nastavnik::serve
