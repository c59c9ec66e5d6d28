// File name stems for per-person documents. People's names are user data and may
// be hostile ("../../etc/passwd", "CON", control characters), so a stem is built
// from an allow-list — Latin letters, digits, "_" and "-" — never by escaping what
// looks dangerous. Cyrillic is transliterated passport-style («Захаров» →
// "Zakharov", see safe_filename.cc) so a teacher reads whose form a file is.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

// The smallest max_bytes honoured (smaller values are raised to it): a truncated
// stem needs room for a few letters plus its "_" and 6-hex-digit hash.
inline constexpr std::size_t kMinStemBytes = 16;

// A portable file name stem (no extension) for `name`: transliterated, only
// [A-Za-z0-9_-], never empty ("document"), at most max_bytes bytes (a truncated
// stem ends in "_" + a hash of the whole stem), never a Windows device name.
std::string safe_file_stem(std::string_view name, std::size_t max_bytes = 80);

// safe_file_stem for each name, in input order, made unique ignoring case:
// repeats get "_2", "_3" … (within max_bytes), never taking another name's stem.
std::vector<std::string> unique_file_stems(const std::vector<std::string>& names,
                                           std::size_t max_bytes = 80);

// The extension of a file name in lower case, dot included: «Книга.XLSX» → «.xlsx»; "" without one.
std::string lower_extension(const std::string& path);

}  // namespace nastavnik
