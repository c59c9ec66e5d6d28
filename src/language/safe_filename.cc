#include "language/safe_filename.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "language/text_util.h"

namespace nastavnik {

namespace {

// Transliteration: the passport style a Russian reader knows from foreign
// passports and bank cards (МВД, 1997–2010), letter combinations only:
//
//   а a    б b    в v    г g    д d    е e    ё e    ж zh   з z    и i    й y
//   к k    л l    м m    н n    о o    п p    р r    с s    т t    у u    ф f
//   х kh   ц ts   ч ch   ш sh   щ shch ъ –    ы y    ь –    э e    ю yu   я ya
//   Ukrainian and Belarusian:  ґ g   є ye   і i    ї yi   ў u
//
// «Захаров» is "Zakharov", «Воронцов» "Vorontsov", «Михайловна» "Mikhaylovna":
// read at a glance, unlike ГОСТ 7.79 system Б ("Zaxarov", "Voronczov") whose x
// and cz a Russian reader stumbles on. ASCII only, so a name survives every file
// system, archive and mail attachment. The price: е/ё and е/э both give "e",
// «Ильин» and «Илин» both "Ilin"; unique_file_stems resolves such collisions.
// Other Cyrillic alphabets (Macedonian, pre-1918, Tatar, Kazakh …) are not in
// the table: their letters act as separators like any other foreign character.

// Russian а…я (U+0430…U+044F) in code point order.
constexpr std::array<std::string_view, 32> kRussian = {
    "a", "b", "v", "g", "d",  "e",  "zh", "z",  "i",  "y",    "k", "l", "m", "n", "o",  "p",
    "r", "s", "t", "u", "f",  "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};

struct Letter {
  std::string_view latin;  // lower-case Latin form; empty for ъ and ь
  bool cased = false;      // a letter with case (digits have none)
  bool upper = false;
};

// The table above as a function; nullopt for every character it does not keep.
std::optional<Letter> letter_of(char32_t cp) {
  static constexpr std::string_view kLatin = "abcdefghijklmnopqrstuvwxyz";
  static constexpr std::string_view kDigits = "0123456789";
  if (cp >= 'a' && cp <= 'z') return Letter{kLatin.substr(cp - 'a', 1), true, false};
  if (cp >= 'A' && cp <= 'Z') return Letter{kLatin.substr(cp - 'A', 1), true, true};
  if (cp >= '0' && cp <= '9') return Letter{kDigits.substr(cp - '0', 1)};
  bool upper = false;
  if (cp >= 0x0400 && cp <= 0x042F) {  // capitals sit 0x20 (А–Я) or 0x50 (Ѐ–Џ) below
    upper = true;
    cp += cp >= 0x0410 ? 0x20 : 0x50;
  } else if (cp == 0x0490) {  // Ґ
    upper = true;
    cp = 0x0491;
  }
  if (cp >= 0x0430 && cp <= 0x044F) return Letter{kRussian[cp - 0x0430], true, upper};
  switch (cp) {
    case 0x0451: return Letter{"e", true, upper};   // ё
    case 0x0454: return Letter{"ye", true, upper};  // є
    case 0x0456: return Letter{"i", true, upper};   // і
    case 0x0457: return Letter{"yi", true, upper};  // ї
    case 0x045E: return Letter{"u", true, upper};   // ў
    case 0x0491: return Letter{"g", true, upper};   // ґ
    default: return std::nullopt;
  }
}

// Marks that change how a letter looks, not which letter it is: combining
// accents (the stress mark in «Ива́нова»), bidirectional controls and variation
// selectors. They are dropped without splitting the word; dropping the bidi
// controls also means a stem cannot be displayed in a spoofed order.
bool is_ignorable(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

// Hyphens and dashes Word puts into double surnames («Римский‑Корсаков» often
// carries a non-breaking hyphen).
bool is_hyphen(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2014) || cp == 0x2212 || cp == 0xFE63 ||
         cp == 0xFF0D;
}

// Decomposed text (macOS file names, some PDFs) spells й as и + breve and ё as
// е + diaeresis; composing them keeps «Сергей» "Sergej", not "Sergei".
char32_t compose(char32_t base, char32_t mark) {
  if (mark == 0x0306) {
    switch (base) {
      case 0x0438: return 0x0439;  // и → й
      case 0x0418: return 0x0419;  // И → Й
      case 0x0443: return 0x045E;  // у → ў
      case 0x0423: return 0x040E;  // У → Ў
    }
  } else if (mark == 0x0308) {
    switch (base) {
      case 0x0435: return 0x0451;  // е → ё
      case 0x0415: return 0x0401;  // Е → Ё
      case 0x0456: return 0x0457;  // і → ї
      case 0x0406: return 0x0407;  // І → Ї
    }
  }
  return 0;
}

// The name's code points: invisible characters (via collapse_whitespace) and
// ignorable marks gone, й and ё composed. Malformed bytes arrive as U+FFFD.
std::vector<char32_t> code_points(std::string_view name) {
  const std::string text = collapse_whitespace(name);
  std::vector<char32_t> cps;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (!cps.empty()) {
      if (const char32_t composed = compose(cps.back(), cp)) {
        cps.back() = composed;
        continue;
      }
    }
    if (!is_ignorable(cp)) cps.push_back(cp);
  }
  return cps;
}

// Whether a capital's multi-letter form is all caps ("SHHUKINA" in «ЩУКИНА»)
// or title case ("Shhukina"): the next letter decides, or the previous one at
// a word's end.
bool in_caps(const std::vector<char32_t>& cps, std::size_t i) {
  if (i + 1 < cps.size()) {
    if (const auto next = letter_of(cps[i + 1]); next && next->cased) return next->upper;
  }
  if (i > 0) {
    if (const auto prev = letter_of(cps[i - 1]); prev && prev->cased) return prev->upper;
  }
  return false;
}

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

// The untruncated stem and the byte offsets at which it may be cut: never
// inside one letter's transliteration, so a cut «ж» cannot leave a lone "z".
struct Stem {
  std::string text;
  std::vector<std::size_t> cuts;
};

Stem transliterate(std::string_view name) {
  const std::vector<char32_t> cps = code_points(name);
  Stem stem;
  // What the characters since the last kept letter turn into. Gaps are written
  // only before a letter, so a stem never starts or ends with one; a hyphen
  // survives only alone between two letters («Римский-Корсаков»), anything
  // more (" - ", "--", "/-") is one "_".
  enum class Gap { none, underscore, hyphen } gap = Gap::none;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const auto letter = letter_of(cps[i]);
    if (!letter) {
      const bool hyphen = is_hyphen(cps[i]) && gap == Gap::none && !stem.text.empty();
      gap = hyphen ? Gap::hyphen : Gap::underscore;
      continue;
    }
    std::string_view latin = letter->latin;
    if (latin.empty()) continue;  // ъ, ь: the gap before them still holds
    if (gap != Gap::none && !stem.text.empty()) {
      stem.text += gap == Gap::hyphen ? '-' : '_';
      stem.cuts.push_back(stem.text.size());
    }
    gap = Gap::none;
    const bool caps = letter->upper && in_caps(cps, i);
    for (std::size_t k = 0; k < latin.size(); ++k) {
      stem.text += (letter->upper && (k == 0 || caps)) ? ascii_upper(latin[k]) : latin[k];
    }
    stem.cuts.push_back(stem.text.size());
  }
  return stem;
}

// FNV-1a (32-bit) xor-folded to 24 bits, as 6 lower-case hex digits: short,
// stable across runs and platforms, and enough to tell two long names apart.
std::string hash_hex6(std::string_view text) {
  std::uint32_t h = 2166136261u;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  h = (h >> 24) ^ (h & 0xFFFFFFu);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(6, '0');
  for (int k = 5; k >= 0; --k, h >>= 4) out[k] = kHex[h & 0xF];
  return out;
}

void trim_trailing_gaps(std::string& s) {
  while (!s.empty() && (s.back() == '_' || s.back() == '-')) s.pop_back();
}

// The longest prefix of `stem` ending at an allowed cut within `limit` bytes.
std::string prefix_within(const Stem& stem, std::size_t limit) {
  const auto it = std::upper_bound(stem.cuts.begin(), stem.cuts.end(), limit);
  std::string out = stem.text.substr(0, it == stem.cuts.begin() ? 0 : *std::prev(it));
  trim_trailing_gaps(out);
  return out;
}

// Windows refuses these names with any extension ("CON.docx"); COM0 and LPT0
// are on Microsoft's current list as well. Stems hold no dots, so the whole
// stem is the part Windows checks.
bool is_device_name(std::string_view stem) {
  static const std::unordered_set<std::string> kDevices = [] {
    std::unordered_set<std::string> set = {"con", "prn", "aux", "nul"};
    for (char d = '0'; d <= '9'; ++d) {
      set.insert(std::string("com") + d);
      set.insert(std::string("lpt") + d);
    }
    return set;
  }();
  return kDevices.count(lower_utf8(stem)) > 0;
}

constexpr std::string_view kFallback = "document";
constexpr std::size_t kHashSuffixBytes = 7;  // "_" + 6 hex digits

// `stem` shortened to leave room for "_<n>" within max_bytes, then numbered.
std::string numbered(const std::string& stem, std::size_t n, std::size_t max_bytes) {
  const std::string suffix = "_" + std::to_string(n);
  std::string base = stem.substr(0, max_bytes > suffix.size() ? max_bytes - suffix.size() : 0);
  trim_trailing_gaps(base);
  return base + suffix;
}

}  // namespace

std::string safe_file_stem(std::string_view name, std::size_t max_bytes) {
  max_bytes = std::max(max_bytes, kMinStemBytes);
  const Stem stem = transliterate(name);
  std::string out;
  if (stem.text.empty()) {
    out = kFallback;
  } else if (stem.text.size() <= max_bytes) {
    out = stem.text;
  } else {
    // The hash covers the whole stem, so names that differ only past the cut
    // still get different stems, while one name always gets the same stem.
    out = prefix_within(stem, max_bytes - kHashSuffixBytes);
    if (!out.empty()) out += '_';
    out += hash_hex6(stem.text);
  }
  if (is_device_name(out)) out.insert(0, "_");
  return out;
}

std::vector<std::string> unique_file_stems(const std::vector<std::string>& names,
                                           std::size_t max_bytes) {
  max_bytes = std::max(max_bytes, kMinStemBytes);
  std::vector<std::string> stems;
  stems.reserve(names.size());
  for (const auto& name : names) stems.push_back(safe_file_stem(name, max_bytes));

  // Windows and macOS file systems ignore case, so "Ivanov" and "IVANOV" clash.
  // Every name's own stem is reserved first: a repeat numbered "_2" must not
  // take the stem of someone literally called «… 2» further down the list.
  std::unordered_set<std::string> own;
  for (const auto& stem : stems) own.insert(lower_utf8(stem));
  std::unordered_set<std::string> taken;
  std::unordered_map<std::string, std::size_t> next_number;  // where to resume per stem
  for (auto& stem : stems) {
    const std::string key = lower_utf8(stem);
    if (taken.insert(key).second) continue;
    std::size_t& n = next_number.try_emplace(key, 2).first->second;
    for (;; ++n) {
      std::string candidate = numbered(stem, n, max_bytes);
      const std::string candidate_key = lower_utf8(candidate);
      if (own.count(candidate_key) == 0 && taken.insert(candidate_key).second) {
        stem = std::move(candidate);
        ++n;
        break;
      }
    }
  }
  return stems;
}

std::string lower_extension(const std::string& path) {
  std::string e = std::filesystem::path(path).extension().string();
  for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

}  // namespace nastavnik
