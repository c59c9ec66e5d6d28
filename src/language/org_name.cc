#include "language/org_name.h"

#include <iterator>
#include <utility>

#include "language/text_util.h"

namespace nastavnik {
namespace {

// Oblique endings → nominative, longest first. The neuter adjectives and nouns
// belong to «учреждение», the feminine ones to «организация», «школа»,
// «гимназия» (ООШ, СОШ, СШ), so an adjective's gender follows its ending.
constexpr std::pair<const char*, const char*> kEndings[] = {
    {"учреждения", "учреждение"}, {"учреждении", "учреждение"}, {"учреждению", "учреждение"},
    {"организации", "организация"}, {"гимназии", "гимназия"}, {"школы", "школа"},
    {"школе", "школа"},           {"ского", "ское"},
    {"ного", "ное"},              {"ском", "ское"},            {"ном", "ное"},
    {"его", "ее"},                {"ской", "ская"},            {"цкой", "цкая"},
    {"ной", "ная"},               {"вой", "вая"},
};

constexpr size_t kNouns = 7;  // the first entries are whole nouns; the rest are adjective endings

std::string restore(const std::string& word) {
  for (size_t k = 0; k < std::size(kEndings); ++k) {
    const std::string o = kEndings[k].first;
    // Lower-case endings only: a word in capitals («ШКОЛЫ») stays as written.
    if (!word.ends_with(o)) continue;
    const size_t stem = word.size() - o.size();
    if (k >= kNouns && stem < 4) continue;  // «ном», «вой» alone are no adjectives
    return word.substr(0, stem) + kEndings[k].second;
  }
  return word;
}

}  // namespace

std::string organisation_nominative(std::string_view name) {
  std::string out, word;
  bool keep = false;  // inside «…», or after «имени» (a name in the genitive by itself)
  int depth = 0;
  auto flush = [&] {
    out += keep || depth > 0 ? word : restore(word);
    if (depth == 0 && (word == "имени" || word == "им.")) keep = true;
    word.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    if (name.substr(i, 2) == "«") ++depth;
    if (name[i] == ' ') {
      flush();
      out += ' ';
      continue;
    }
    word += name[i];
    if (name.substr(i, 2) == "»") {
      word += name[++i];
      flush();
      if (depth > 0) --depth;
    }
  }
  flush();
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':' || out.back() == '.')) out.pop_back();
  return trim(out);
}

}  // namespace nastavnik
