#include "language/text_util.h"

namespace nastavnik {

namespace {

// Invisible characters Word and browsers leave inside copied phrases; they
// must not split or join words.
bool is_invisible(char32_t cp) {
  return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0xFEFF;
}

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  int extra = 0;
  char32_t cp = 0;
  if (lead < 0x80) {
    ++pos;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    extra = 1;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3;
    cp = lead & 0x07;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + extra >= text.size()) {  // truncated sequence
    ++pos;
    return 0xFFFD;
  }
  for (int k = 1; k <= extra; ++k) {
    if ((byte(pos + k) & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(pos + k) & 0x3F);
  }
  pos += extra + 1;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_space_code_point(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x0085 || cp == 0x00A0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Works on bytes rather than code points so that malformed input survives
// unchanged; only the two-byte Cyrillic capitals need rewriting.
std::string lower_utf8(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto& c = reinterpret_cast<unsigned char&>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (c == 0xD0 && i + 1 < out.size()) {
      auto& n = reinterpret_cast<unsigned char&>(out[i + 1]);
      if (n >= 0x90 && n <= 0x9F) {  // А–П -> а–п
        n = static_cast<unsigned char>(n + 0x20);
      } else if (n >= 0xA0 && n <= 0xAF) {  // Р–Я -> р–я (next block)
        c = 0xD1;
        n = static_cast<unsigned char>(n - 0x20);
      } else if (n == 0x81) {  // Ё -> ё
        c = 0xD1;
        n = 0x91;
      }
      ++i;
    }
  }
  return out;
}

std::string fold_for_match(std::string_view text) {
  std::string out = lower_utf8(text);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) == 0xD1 &&
        static_cast<unsigned char>(out[i + 1]) == 0x91) {
      out[i] = static_cast<char>(0xD0);
      out[i + 1] = static_cast<char>(0xB5);
    }
  }
  return out;
}

std::string trim(std::string_view text) {
  std::size_t begin = text.size(), end = 0, pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    if (!is_space_code_point(next_code_point(text, pos))) {
      if (begin == text.size()) begin = start;
      end = pos;
    }
  }
  return begin < end ? std::string(text.substr(begin, end - begin)) : std::string();
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = next_code_point(text, pos);
    if (is_invisible(cp)) continue;
    if (is_space_code_point(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(start, pos - start));
  }
  return out;
}

std::string capitalize_first_utf8(std::string_view text) {
  std::string out(text);
  if (out.empty()) return out;
  auto& c = reinterpret_cast<unsigned char&>(out[0]);
  if (c >= 'a' && c <= 'z') {
    c = static_cast<unsigned char>(c - 32);
  } else if (out.size() >= 2) {
    auto& n = reinterpret_cast<unsigned char&>(out[1]);
    if (c == 0xD0 && n >= 0xB0 && n <= 0xBF) {  // а–п
      n = static_cast<unsigned char>(n - 0x20);
    } else if (c == 0xD1 && n >= 0x80 && n <= 0x8F) {  // р–я
      c = 0xD0;
      n = static_cast<unsigned char>(n + 0x20);
    } else if (c == 0xD1 && n == 0x91) {  // ё
      c = 0xD0;
      n = 0x81;
    }
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    int extra = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) extra = 1;
    else if (lead >= 0xE0 && lead <= 0xEF) extra = 2, lo = lead == 0xE0 ? 0xA0 : 0x80, hi = lead == 0xED ? 0x9F : 0xBF;
    else if (lead >= 0xF0 && lead <= 0xF4) extra = 3, lo = lead == 0xF0 ? 0x90 : 0x80, hi = lead == 0xF4 ? 0x8F : 0xBF;
    else return false;
    if (i + extra >= text.size()) return false;  // truncated
    if (byte(i + 1) < lo || byte(i + 1) > hi) return false;
    for (int k = 2; k <= extra; ++k)
      if ((byte(i + k) & 0xC0) != 0x80) return false;
    i += extra + 1;
  }
  return true;
}

std::u32string decode_utf8(std::string_view text) {
  std::u32string out;
  for (std::size_t pos = 0; pos < text.size();) out.push_back(next_code_point(text, pos));
  return out;
}

}  // namespace nastavnik
