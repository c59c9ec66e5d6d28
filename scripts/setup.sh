#!/usr/bin/env bash
# Installs what nastavnik needs from Debian 12 (only what is missing), then
# configures and builds it in build/. Safe to run again: it does only what is left.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build: compiler, CMake and the libraries (pugixml reads workbooks a school
# fills in). Run: pandoc, LibreOffice Writer, the metric-compatible Times New
# Roman and gnuplot (cairo terminals) for the report's charts. Tests: Catch2 and the readers that open
# what a user would open (poppler-utils, openpyxl, jsonschema, unzip), and LibreOffice
# Calc, which re-saves workbooks in its own dialect for the reader's tests, and GNU time
# (a zip bomb's peak memory). hyphen-ru: LibreOffice's Russian hyphenation patterns, so
# justified text in the PDFs is hyphenated instead of gaping; python3-html5lib: the
# tests parse every generated HTML page the way a browser does.
PACKAGES=(
  g++ cmake make pkg-config
  nlohmann-json3-dev libxlsxwriter-dev libzip-dev libkainjow-mustache-dev libpugixml-dev
  pandoc libreoffice-writer-nogui fonts-liberation2 fontconfig gnuplot-nox
  catch2 poppler-utils python3 python3-openpyxl python3-jsonschema unzip libreoffice-calc-nogui time
  hyphen-ru python3-html5lib
)
# npm fetches the pinned name-declension rules (petrovich) once, at configure
# time. Images with NodeSource's nodejs already have npm, and Debian's npm
# package conflicts with it, so ask for Debian's npm only when there is none.
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

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
