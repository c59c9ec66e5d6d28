#!/usr/bin/env bash
# Installs what nastavnik needs from Debian 12 (only what is missing), then
# configures and builds it in build/. Safe to run again: it does only what is left.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build: compiler, CMake and the libraries (pugixml reads workbooks a school
# fills in). Run: pandoc, LibreOffice Writer, the metric-compatible Times New
# Roman, gnuplot (cairo terminals) for the report's charts and qpdf, which joins
# the PDF parts of a long print file that LibreOffice converts piece by piece. Tests: Catch2 and the readers that open
# what a user would open (poppler-utils, openpyxl, jsonschema, unzip), and LibreOffice
# Calc, which re-saves workbooks in its own dialect for the reader's tests, GNU time
# (a zip bomb's peak memory), procps (pgrep/ps: the signal test looks for leftover
# soffice processes) and valgrind (the XLSX writer's leak test). The web server
# (`serve`) is built on cpp-httplib (Debian's build has OpenSSL, so HTTPS works); its
# browser test drives headless Chromium through Selenium; the HTTPS test makes its
# certificate with openssl. hyphen-ru: LibreOffice's Russian hyphenation patterns, so
# justified text in the PDFs is hyphenated instead of gaping; python3-html5lib: the
# tests parse every generated HTML page the way a browser does. fonts-crosextra-carlito:
# the metric twin of Calibri, the default font of every workbook (Excel measures column
# widths in its digits); without it LibreOffice measures in DejaVu Sans, every column
# comes out wider than in Excel and printed rows twice as tall as their text.
PACKAGES=(
  g++ cmake make pkg-config
  nlohmann-json3-dev libxlsxwriter-dev libzip-dev libkainjow-mustache-dev libpugixml-dev
  pandoc libreoffice-writer-nogui fonts-liberation2 fonts-crosextra-carlito fontconfig gnuplot-nox qpdf
  catch2 poppler-utils python3 python3-openpyxl python3-jsonschema unzip libreoffice-calc-nogui time
  procps valgrind
  libcpp-httplib-dev openssl chromium chromium-driver python3-selenium
  hyphen-ru python3-html5lib
)
# npm fetches the pinned name-declension rules (petrovich) and axe-core (the
# accessibility test runs it in the browser) once, at configure time. Images with
# NodeSource's nodejs already have npm, and Debian's npm package conflicts with
# it, so ask for Debian's npm only when there is none.
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
# `--fuzz`: clang's libFuzzer and sanitizer runtimes for bench/fuzz.sh (not needed
# to build, test or run nastavnik; scripts/sanitize.sh uses g++'s own runtimes).
[ "${1:-}" = "--fuzz" ] && PACKAGES+=(clang-14 libclang-rt-14-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Устанавливаю пакеты: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
