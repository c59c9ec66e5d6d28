#!/usr/bin/env bash
# PDF on both cores: a long print file converted in parts by parallel LibreOffice
# processes and joined with qpdf reads exactly like one conversion (pages, text
# order, embedded fonts); -j 1 and -j 2 give the same documents; a failed or hung
# LibreOffice in one group fails the build cleanly and ends the other group's
# process (a fake soffice on PATH, for the failure cases only).
source "$(dirname "$0")/lib.sh"

# Shims count the starts of the real tools.
mkdir -p "$WORK/shims"
for tool in soffice qpdf; do
  real=$(command -v "$tool") || { fail "$tool is not installed (scripts/setup.sh)"; summary; exit 1; }
  printf '#!/bin/sh\necho x >>"%s/%s.count"\nexec "%s" "$@"\n' "$WORK" "$tool" "$real" >"$WORK/shims/$tool"
  chmod +x "$WORK/shims/$tool"
done

# --- 1. A print file of about 200 forms is converted in parts and joined. --------
"$PY" "$SOURCE_DIR/bench/make_participants.py" 270 >"$WORK/big.json"
OUT=$WORK/big
PATH="$WORK/shims:$PATH" "$NASTAVNIK" build "$WORK/big.json" -o "$OUT" --only consent-representative -j 2 \
  >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build of 270 participants"; summary; exit 1; }
PDF=$OUT/consents/consent-representative.pdf
DOCX=$OUT/consents/consent-representative.docx
check "LibreOffice ran as two processes" test "$(wc -l <"$WORK/soffice.count")" -eq 2
check "qpdf joined the parts" test "$(wc -l <"$WORK/qpdf.count" 2>/dev/null || echo 0)" -eq 1

# The same DOCX in one LibreOffice conversion, as a reference.
mkdir -p "$WORK/ref"
soffice -env:UserInstallation=file://"$WORK/ref-profile" --headless --norestore --convert-to pdf \
  --outdir "$WORK/ref" "$DOCX" >/dev/null 2>&1
REF=$WORK/ref/consent-representative.pdf
joined_pages=$(pdfinfo "$PDF" | awk '/^Pages:/ {print $2}')
ref_pages=$(pdfinfo "$REF" | awk '/^Pages:/ {print $2}')
forms=$(find "$OUT/consents/consent-representative" -name '*.docx' | wc -l)
check "joined PDF has the pages of one conversion ($joined_pages of $ref_pages, $forms forms)" \
  test "$joined_pages" -eq "$ref_pages" -a "$joined_pages" -ge "$forms"
pdftotext "$PDF" "$WORK/joined.txt"
pdftotext "$REF" "$WORK/ref.txt"
check "joined PDF's text equals one conversion's" cmp -s <(squash "$WORK/joined.txt") <(squash "$WORK/ref.txt")
# The forms in the PDF come in the order of the DOCX (the signers' names, in order).
unzip -p "$DOCX" word/document.xml | sed 's/<[^>]*>//g' >"$WORK/docx.txt"
squash "$WORK/docx.txt" | grep -o 'Ученикова[0-9]*ОльгаПетровна' >"$WORK/docx-order.txt"
squash "$WORK/joined.txt" | grep -o 'Ученикова[0-9]*ОльгаПетровна' >"$WORK/pdf-order.txt"
check "forms in the PDF in the DOCX's order ($(wc -l <"$WORK/pdf-order.txt") names)" \
  test -s "$WORK/docx-order.txt" -a "$(md5sum <"$WORK/docx-order.txt")" = "$(md5sum <"$WORK/pdf-order.txt")"
check "every font of the joined PDF is embedded" \
  test -z "$(pdffonts "$PDF" | tail -n +3 | awk '$(NF-4) != "yes"')" -a "$(pdffonts "$PDF" | tail -n +3 | wc -l)" -gt 0

# --- 2. -j 1 and -j 2 make the same documents. --------------------------------
for j in 1 2; do
  "$NASTAVNIK" build "$SOURCE_DIR/data/example.json" -o "$WORK/j$j" -j "$j" >"$WORK/log" 2>&1 ||
    { cat "$WORK/log"; fail "build -j $j"; }
done
check "same files with -j 1 and -j 2" cmp -s <(cd "$WORK/j1" && find . -type f | sort) <(cd "$WORK/j2" && find . -type f | sort)
same_docx=0 diff_docx=0 same_pdf=0 diff_pdf=0
while IFS= read -r -d '' f; do
  rel=${f#"$WORK/j1/"}
  # An image's description holds the path pandoc read it from, in the build's
  # temporary folder, which differs between any two builds: left out.
  if cmp -s <(unzip -p "$f" word/document.xml | sed 's/ descr="[^"]*"//g') \
            <(unzip -p "$WORK/j2/$rel" word/document.xml | sed 's/ descr="[^"]*"//g'); then
    same_docx=$((same_docx + 1))
  else
    diff_docx=$((diff_docx + 1)); echo "differs: $rel" >&2
  fi
done < <(find "$WORK/j1" -name '*.docx' -print0)
while IFS= read -r -d '' f; do
  rel=${f#"$WORK/j1/"}
  if cmp -s <(pdftotext "$f" -) <(pdftotext "$WORK/j2/$rel" -); then same_pdf=$((same_pdf + 1)); else
    diff_pdf=$((diff_pdf + 1)); echo "differs: $rel" >&2
  fi
done < <(find "$WORK/j1" -name '*.pdf' -print0)
check "every DOCX's XML the same ($same_docx)" test "$diff_docx" -eq 0 -a "$same_docx" -gt 10
check "every PDF's text the same ($same_pdf)" test "$diff_pdf" -eq 0 -a "$same_pdf" -gt 3

# --- 3. A failed or hung LibreOffice in one group fails the build cleanly. -------
# fake_soffice MODE: the group converting the roadmap fails after a second (fail)
# or hangs like the other (hang); every other group records its pid and hangs.
fake_soffice() {
  mkdir -p "$WORK/fake-$1"
  cat >"$WORK/fake-$1/soffice" <<EOF
#!/bin/sh
echo \$\$ >>"$WORK/pids-$1"
for a in "\$@"; do
  case "\$a" in *roadmap.docx) [ "$1" = fail ] && { sleep 1; echo "сбой LibreOffice" >&2; exit 1; } ;; esac
done
exec sleep 300
EOF
  chmod +x "$WORK/fake-$1/soffice"
}
for mode in fail hang; do
  fake_soffice "$mode"
  OUT=$WORK/kept-$mode
  mkdir -p "$OUT" && echo "старый файл" >"$OUT/roadmap.pdf"
  before=$(tree_digest "$OUT")
  start=$(date +%s)
  timeout=300
  [ "$mode" = hang ] && timeout=20
  NASTAVNIK_TOOL_TIMEOUT=$timeout PATH="$WORK/fake-$mode:$PATH" "$NASTAVNIK" build "$SOURCE_DIR/data/example.json" \
    -o "$OUT" -j 2 >"$WORK/log-$mode" 2>&1
  code=$?
  took=$(($(date +%s) - start))
  check "$mode: exit 3 (got $code)" test "$code" -eq 3
  check "$mode: stopped in $took s, not after the hung process's 300 s" test "$took" -lt 60
  check "$mode: output folder untouched" test "$(tree_digest "$OUT")" = "$before"
  check "$mode: message names LibreOffice" grep -q "soffice" "$WORK/log-$mode"
  check "$mode: two LibreOffice groups started" test "$(wc -l <"$WORK/pids-$mode")" -eq 2
  alive=0
  while read -r pid; do kill -0 "$pid" 2>/dev/null && alive=$((alive + 1)); done <"$WORK/pids-$mode"
  check "$mode: no LibreOffice process left running ($alive alive)" test "$alive" -eq 0
done
grep -q "не закончила работу" "$WORK/log-hang" || fail "hang: the message says the program hung"
pass
summary
