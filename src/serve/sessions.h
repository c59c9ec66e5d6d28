// Who may use the server: a session is a random id kept in an HttpOnly,
// SameSite=Strict cookie, with its own CSRF token that every form posts back.
// With a token file only the login form (the shared secret) opens a session;
// on localhost without one, the first page view does.
#pragma once
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace nastavnik::serve {

class Sessions {
 public:
  // `token` empty: no login (localhost only). Sessions live `lifetime` after their last use.
  Sessions(std::string token, std::chrono::seconds lifetime);
  bool login_required() const { return !token_.empty(); }
  // Compares in constant time; true when `given` is the shared secret.
  bool token_matches(const std::string& given) const;
  // A new session id.
  std::string open();
  // True for a live session id (and keeps it alive).
  bool valid(const std::string& id);
  // The CSRF token of a live session, or nullopt.
  std::optional<std::string> csrf(const std::string& id);
  // True when `token` is the CSRF token of the live session `id`.
  bool csrf_matches(const std::string& id, const std::string& token);

 private:
  struct Entry {
    std::string csrf;
    std::chrono::steady_clock::time_point last_use;
  };
  std::string token_;
  std::chrono::seconds lifetime_;
  std::mutex mutex_;
  std::map<std::string, Entry> sessions_;
};

// The value of cookie `name` in a Cookie header, or "".
std::string cookie_value(const std::string& header, const std::string& name);

// Equal strings, compared without an early exit.
bool same_secret(const std::string& a, const std::string& b);

}  // namespace nastavnik::serve
