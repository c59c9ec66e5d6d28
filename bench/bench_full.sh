#!/usr/bin/env bash
# The whole job: `nastavnik build` of every document in every format for the
# example school scaled to N participants (bench/make_full_school.py), at -j 1 and
# at one process per core. Per size: wall and CPU time, peak memory of the whole
# process tree (PSS summed over processes), PDF pages, tool starts; then the
# marginal costs between sizes: per participant (whole job), per PDF page (the
# PDF part alone: full set minus the same build without PDF) and per consent DOCX
# (CPU time of `--only consents --format docx`, which contention does not distort).
# Usage: bench/bench_full.sh [SIZES…]   (default: 500 2000 5000); the -j 1 run
# is made up to J1_MAX participants (default 2000: at 5,000 it alone takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$PWD/build/nastavnik
[ -x "$BIN" ] || bash scripts/setup.sh >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SIZES=("$@")
[ $# -gt 0 ] || SIZES=(500 2000 5000)
CORES=$(nproc)
J1_MAX=${J1_MAX:-2000}

# Shims on PATH count each start of an external tool, then run the real one.
mkdir -p "$WORK/shims"
for tool in pandoc soffice qpdf gnuplot; do
  real=$(command -v "$tool")
  printf '#!/bin/sh\necho x >>"%s/%s.count"\nexec "%s" "$@"\n' "$WORK" "$tool" "$real" >"$WORK/shims/$tool"
  chmod +x "$WORK/shims/$tool"
done

# run FILE FORMATS JOBS [ONLY]: prints «wall cpu rss pss own_pss» of one build into $WORK/out.
run() {
  rm -rf "$WORK/out" "$WORK"/*.count
  local r
  r=$(PATH="$WORK/shims:$PATH" /usr/bin/python3 bench/measure.py "$BIN" build "$1" -o "$WORK/out" \
        --format "$2" -j "$3" ${4:+--only "$4"})
  read -r wall cpu rss pss code own user <<<"$r"
  [ "$code" = 0 ] || { echo "сборка завершилась с кодом $code" >&2; exit 1; }
  echo "$wall $cpu $rss $pss $own $user"
}
pages() { find "$WORK/out" -name '*.pdf' -print0 | xargs -0 -r -n1 pdfinfo | awk '/^Pages:/ {s += $2} END {print s + 0}'; }
starts() {
  local out=()
  for t in pandoc soffice qpdf gnuplot; do out+=("$(cat "$WORK/$t.count" 2>/dev/null | wc -l)"); done
  echo "${out[0]} / ${out[1]} / ${out[2]} / ${out[3]}"
}

echo "Машина: $(nproc) ядра ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') ГБ;"
echo "нагрузка перед запуском: $(cut -d' ' -f1-3 /proc/loadavg). Один запуск на точку."
echo
echo "| Участников | Страниц PDF | -j 1 | -j $CORES | ЦП (-j $CORES) | Без PDF | Пик памяти: все процессы (PSS) / nastavnik | pandoc / soffice / qpdf / gnuplot |"
echo "|---|---|---|---|---|---|---|---|"
declare -A WALL PDF PDF_CPU PAGES FORMS CONSENT_CPU CONSENT_USER
for n in "${SIZES[@]}"; do
  /usr/bin/python3 bench/make_full_school.py "$n" >"$WORK/school-$n.json"
  w1="—"
  [ "$n" -gt "$J1_MAX" ] || read -r w1 _ _ _ _ _ < <(run "$WORK/school-$n.json" docx,pdf,xlsx,html 1)
  read -r wj cpu rss pss own _ < <(run "$WORK/school-$n.json" docx,pdf,xlsx,html "$CORES")
  p=$(pages)
  s=$(starts)
  read -r wn cn _ _ _ _ < <(run "$WORK/school-$n.json" docx,xlsx,html "$CORES")
  read -r _ ccpu _ _ _ cuser < <(run "$WORK/school-$n.json" docx "$CORES" consents)
  FORMS[$n]=$(find "$WORK/out/consents" -mindepth 2 -name '*.docx' | wc -l)
  WALL[$n]=$wj PAGES[$n]=$p CONSENT_CPU[$n]=$ccpu CONSENT_USER[$n]=$cuser
  PDF[$n]=$(awk -v a="$wj" -v b="$wn" 'BEGIN {print a - b}')
  PDF_CPU[$n]=$(awk -v a="$cpu" -v b="$cn" 'BEGIN {print a - b}')
  printf '| %s | %s | %s с | %s с | %s с | %s с | %s / %s МБ | %s |\n' "$n" "$p" "$w1" "$wj" "$cpu" "$wn" "$pss" "$own" "$s"
done
echo
prev=""
for n in "${SIZES[@]}"; do
  if [ -n "$prev" ]; then
    awk -v n0="$prev" -v n1="$n" -v w0="${WALL[$prev]}" -v w1="${WALL[$n]}" -v p0="${PAGES[$prev]}" -v p1="${PAGES[$n]}" \
        -v d0="${PDF[$prev]}" -v d1="${PDF[$n]}" -v f0="${FORMS[$prev]}" -v f1="${FORMS[$n]}" \
        -v c0="${CONSENT_CPU[$prev]}" -v c1="${CONSENT_CPU[$n]}" -v u0="${PDF_CPU[$prev]}" -v u1="${PDF_CPU[$n]}" \
        -v s0="${CONSENT_USER[$prev]}" -v s1="${CONSENT_USER[$n]}" 'BEGIN {
      printf "%d → %d участников: %.1f мс на участника (весь набор); PDF %.2f мс на страницу (ЦП %.2f мс); согласие DOCX %.3f мс ЦП на бланк (из них в программе %.3f мс, остальное — ядро: создание файлов)\n",
        n0, n1, (w1 - w0) * 1000 / (n1 - n0), (d1 - d0) * 1000 / (p1 - p0), (u1 - u0) * 1000 / (p1 - p0), (c1 - c0) * 1000 / (f1 - f0), (s1 - s0) * 1000 / (f1 - f0) }'
  fi
  prev=$n
done
