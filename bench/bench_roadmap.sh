#!/usr/bin/env bash
# Times `nastavnik build` of the roadmap per format, for the example school and
# for synthetic schools of N events and N staff, and counts how many pandoc and
# LibreOffice processes a build starts. Usage: bench/bench_roadmap.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
BIN=./build/nastavnik
[ -x "$BIN" ] || bash scripts/setup.sh >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Shims on PATH count each start of pandoc and soffice, then run the real one.
mkdir -p "$WORK/shims"
for tool in pandoc soffice; do
  real=$(command -v "$tool")
  printf '#!/bin/sh\necho x >>"%s/%s.count"\nexec "%s" "$@"\n' "$WORK" "$tool" "$real" >"$WORK/shims/$tool"
  chmod +x "$WORK/shims/$tool"
done

# median_seconds FILE FORMATS [ONLY]: median wall time of RUNS builds.
median_seconds() {
  local file=$1 formats=$2 only=${3-roadmap} times=()  # ONLY "" builds every document
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    PATH="$WORK/shims:$PATH" "$BIN" build "$file" -o "$WORK/out" --format "$formats" ${only:+--only "$only"} >/dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'
}

row() {
  local label=$1 file=$2
  rm -f "$WORK"/*.count
  local fast full
  fast=$(median_seconds "$file" docx,xlsx,html)
  full=$(median_seconds "$file" docx,pdf,xlsx,html)
  local pandocs soffices
  pandocs=$(( $(cat "$WORK/pandoc.count" 2>/dev/null | wc -l) / (2 * RUNS) ))
  soffices=$(( $(cat "$WORK/soffice.count" 2>/dev/null | wc -l) / RUNS ))
  printf '| %s | %s с | %s с | %s | %s |\n' "$label" "$fast" "$full" "$pandocs" "$soffices"
}

echo "Машина: $(nproc) ядра, $(free -g | awk '/Mem:/ {print $2}') ГБ; медиана из $RUNS запусков."
echo
echo "| Данные | DOCX+XLSX+HTML | + PDF (LibreOffice) | запусков pandoc | запусков soffice |"
echo "|---|---|---|---|---|"
row "пример (data/example.json, 34 мероприятия)" data/example.json
for n in 100 500; do
  /usr/bin/python3 bench/make_school.py "$n" >"$WORK/school-$n.json"
  row "синтетическая школа: $n мероприятий, $n сотрудников" "$WORK/school-$n.json"
done
rm -f "$WORK"/*.count
full=$(median_seconds data/example.json docx,pdf,xlsx,html "")
echo
echo "Полный набор примера (дорожная карта, 2 приказа, реестры; все форматы): $full с, запусков pandoc: $(( $(wc -l <"$WORK/pandoc.count") / RUNS )), soffice: $(( $(wc -l <"$WORK/soffice.count") / RUNS ))."
