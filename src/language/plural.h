// Russian plural agreement of a noun with a number: «1 файл», «3 файла», «5 файлов».
#pragma once
#include <string>

namespace nastavnik {

// The form for n: `one` (1, 21, 101…), `few` (2–4, 22–24…) or `many` (0, 5–20, 11–14…).
const std::string& plural_form(long long n, const std::string& one, const std::string& few,
                               const std::string& many);

// «n form», e.g. plural(21, "пара", "пары", "пар") == "21 пара".
std::string plural(long long n, const std::string& one, const std::string& few, const std::string& many);

}  // namespace nastavnik
