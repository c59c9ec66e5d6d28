#!/usr/bin/env bash
# Times `nastavnik build --only consents` for synthetic schools of 100, 500 and
# 2,000 participants: per-person DOCX only, and with the combined print PDFs;
# peak memory from GNU time. Usage: bench/bench_consents.sh [SIZES…]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=./build/nastavnik
[ -x "$BIN" ] || bash scripts/setup.sh >/dev/null
[ -x /usr/bin/time ] || { echo "нужна GNU time: apt-get install time" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SIZES=("${@:-100 500 2000}")
[ $# -gt 0 ] || SIZES=(100 500 2000)

# run FILE FORMATS: prints "seconds peak_MB forms"
run() {
  rm -rf "$WORK/out"
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$BIN" build "$1" -o "$WORK/out" --only consents --format "$2" >/dev/null
  read -r secs kb <"$WORK/time"
  forms=$(find "$WORK/out/consents" -mindepth 2 -name '*.docx' | wc -l)
  echo "$secs $((kb / 1024)) $forms"
}

echo "Машина: $(nproc) ядра; время — один запуск, включая запуск pandoc и LibreOffice."
echo
echo "| Участников | Бланков | DOCX по одному на человека | + сводные PDF | Пиковая память |"
echo "|---|---|---|---|---|"
declare -A docx_secs
for n in "${SIZES[@]}"; do
  /usr/bin/python3 bench/make_participants.py "$n" >"$WORK/school-$n.json"
  read -r s1 m1 forms < <(run "$WORK/school-$n.json" docx)
  read -r s2 m2 _ < <(run "$WORK/school-$n.json" docx,pdf)
  docx_secs[$n]=$s1
  peak=$((m1 > m2 ? m1 : m2))
  echo "| $n | $forms | $s1 с | $s2 с | $peak МБ |"
done
if [ -n "${docx_secs[500]:-}" ] && [ -n "${docx_secs[2000]:-}" ]; then
  echo
  awk -v a="${docx_secs[500]}" -v b="${docx_secs[2000]}" \
    'BEGIN {printf "Каждый следующий участник (500 → 2000, без PDF): %.2f мс\n", (b - a) * 1000 / 1500}'
fi
