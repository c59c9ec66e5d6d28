#!/usr/bin/env bash
# Consent forms of the example: which forms each person gets (computed here from
# the data), one DOCX per person and kind, combined PDF per kind with one form per
# page group, owner-only modes, blanks instead of missing passport data, and safe,
# distinct file names for hostile names.
source "$(dirname "$0")/lib.sh"
OUT=$WORK/out
"$NASTAVNIK" build "$SOURCE_DIR/data/example.json" -o "$OUT" --only consents >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build"; summary; exit 1; }

# The plan, independently: every pair participant once; minors (under 18 on 1 September) by a representative;
# dissemination for adults (pupils only when publication.pupils); mentoring for staff mentors.
"$PY" - "$SOURCE_DIR/data/example.json" "$WORK" <<'PYEOF'
import json, sys, datetime
d = json.load(open(sys.argv[1], encoding="utf-8"))
work = sys.argv[2]
people = {p["id"]: p for key in ("staff", "pupils", "others") for p in d.get(key, [])}
pupils = {p["id"] for p in d.get("pupils", [])}
staff = {p["id"] for p in d["staff"]}
start = datetime.date(int(d["academic_year"][:4]), 9, 1)
def minor(pid):
    if pid not in pupils: return False
    b = people[pid].get("birth_date")
    if not b: return True
    y, m, dd = map(int, b.split("-"))
    return start < datetime.date(y + 18, m, dd if (m, dd) != (2, 29) else 28)
order = []
mentors = []
for p in d["pairs"]:
    for pid in [p["mentor"]] + p["mentees"]:
        if pid not in order: order.append(pid)
    if p["mentor"] in staff and p["mentor"] not in mentors: mentors.append(p["mentor"])
pub = d.get("publication", {})
plan = {
    "consent-personal": [i for i in order if not minor(i)],
    "consent-representative": [i for i in order if minor(i)],
    "consent-dissemination": [i for i in order if pub.get("pages") and (i not in pupils or pub.get("pupils"))],
    "consent-mentoring": mentors,
}
def ddmmyyyy(iso): y, m, dd = iso.split("-"); return f"{dd}.{m}.{y}"
for kind, ids in plan.items():
    # plan-*: whose forms (file count); text-*: what each form must show as written (the signer's
    # name in the nominative; for a representative's form also the child's birth date).
    with open(f"{work}/plan-{kind}.txt", "w", encoding="utf-8") as f, open(f"{work}/text-{kind}.txt", "w", encoding="utf-8") as t:
        for i in ids:
            f.write(people[i]["full_name"] + "\n")
            if kind == "consent-representative":
                t.write(people[i]["representative"]["full_name"] + "\n")
                if people[i].get("birth_date"): t.write(ddmmyyyy(people[i]["birth_date"]) + "\n")
            elif kind != "consent-dissemination" or i not in pupils or not minor(i):
                t.write(people[i]["full_name"] + "\n")
PYEOF

check "consents folder is its owner's only" test "$(stat -c %a "$OUT/consents")" = 700
for kind in consent-personal consent-representative consent-dissemination consent-mentoring; do
  expected=$(wc -l <"$WORK/plan-$kind.txt")
  [ "$expected" -gt 0 ] || { fail "$kind: the example plans no forms"; continue; }
  got=$(find "$OUT/consents/$kind" -name '*.docx' | wc -l)
  check "$kind: one DOCX per person ($got of $expected)" test "$got" -eq "$expected"
  check "$kind: folder 0700" test "$(stat -c %a "$OUT/consents/$kind")" = 700
  check "$kind: every form 0600" test -z "$(find "$OUT/consents/$kind" -type f ! -perm 600)"
  check "$kind: combined DOCX and PDF 0600" test "$(stat -c %a "$OUT/consents/$kind.docx") $(stat -c %a "$OUT/consents/$kind.pdf")" = "600 600"
  # Each form starts a page: a form's first page opens with its title (page numbers
  # restart and the first page has none); its other pages open with their number.
  pages=$(pdfinfo "$OUT/consents/$kind.pdf" | sed -n 's/^Pages: *//p')
  starts=0
  for ((i = 1; i <= pages; i++)); do
    # sed, not head: with pipefail, head closing the pipe early would fail the line at random.
    first=$(pdftotext -f "$i" -l "$i" -raw "$OUT/consents/$kind.pdf" - | sed -n 1p)
    [[ "$first" == Согласие* ]] && starts=$((starts + 1))
  done
  check "$kind: $expected forms start $starts of $pages PDF pages" test "$starts" -eq "$expected"
  # One sheet a form: the signature on the page of the text it signs, never alone on
  # a second sheet (the example's longest addresses and names included).
  check "$kind: one page per form ($pages pages, $expected forms)" test "$pages" -eq "$expected"
  # Forms are set in 12 pt (ГОСТ Р 7.0.97 allows 12–14) with 15 mm top and bottom
  # margins: the body style of the combined DOCX and every section's margins.
  check "$kind: body text 12 pt, every section 15 mm top and bottom" python3 - "$OUT/consents/$kind.docx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
styles = z.read("word/styles.xml").decode("utf-8")
body = re.search(r'<w:style [^>]*w:styleId="BodyText".*?</w:style>', styles, re.S).group(0)
margins = re.findall(r"<w:pgMar[^>]*>", z.read("word/document.xml").decode("utf-8"))
ok = re.search(r'<w:sz w:val="24"\s*/>', body) and margins and all(
    'w:top="851"' in m and 'w:bottom="851"' in m for m in margins)
sys.exit(0 if ok else 1)
PY
  # Every person's form names them; the per-person files read back through pandoc.
  pdftotext -raw "$OUT/consents/$kind.pdf" "$WORK/$kind.txt"
  while IFS= read -r name; do
    check "$kind: «$name» is in the forms" contains_squashed "$WORK/$kind.txt" "$name"
  done <"$WORK/text-$kind.txt"
  first=$(find "$OUT/consents/$kind" -name "*.docx" | sort | sed -n 1p)
  pandoc -f docx -t plain --wrap=none "$first" -o "$WORK/$kind.one.txt"
  check "$kind: a per-person file holds exactly one form" test "$(grep -c '^Согласие ' "$WORK/$kind.one.txt")" -eq 1
  check "$kind: no null/None printed" bash -c "! grep -Eqi '\\bnull\\b|\\bNone\\b|\\{\\{' '$WORK/$kind.txt'"
done
# Each kind's checklist, read back through pandoc from one person's DOCX.
# The operator in the dative («даю согласие Муниципальному бюджетному … учреждению «…»»), its
# quoted proper name as written; the third party of the roadmap's event 7.7 named.
org=$("$PY" -c 'import json,sys; n=json.load(open(sys.argv[1]))["organisation"]["full_name"]; print(n[n.index("«"):])' "$SOURCE_DIR/data/example.json")
ninefold=("адрес регистрации" "серия" "выдан" "даю согласие Муниципальному бюджетному общеобразовательному учреждению $org" "адрес:"
          "передача (предоставление) третьим лицам: министерство образования Ставропольского края" "Цель обработки персональных данных"
          "Перечень персональных данных" "Действия с персональными данными" "способы обработки"
          "не поручает обработку персональных данных другому лицу" "Срок действия согласия"
          "Порядок отзыва согласия" "(подпись)" "(дата)")
checklist_consent-personal() { printf '%s\n' "${ninefold[@]}" "статьёй 9"; }
checklist_consent-representative() { printf '%s\n' "${ninefold[@]}" "законным представителем" "подтверждающий полномочия" "дата рождения"; }
checklist_consent-dissemination() { printf '%s\n' "статьёй 10.1" "https://school7-example.ru/nastavnichestvo" "Категории и перечень персональных данных" \
  "условия и запреты" "Биометрические персональные данные" "фотографическое изображение" "Срок действия согласия" "ИНН" "ОГРН" "(подпись)"; }
checklist_consent-mentoring() { printf '%s\n' "351.8" "Форма наставничества" "Срок наставничества" "дополнительным соглашением" "досрочно" "(подпись)"; }
for kind in consent-personal consent-representative consent-dissemination consent-mentoring; do
  sample=$(find "$OUT/consents/$kind" -name "*.docx" | sort | sed -n 1p)
  pandoc -f docx -t plain --wrap=none "$sample" -o "$WORK/$kind.sample.txt"
  while IFS= read -r element; do
    check "$kind checklist: «$element»" contains_squashed "$WORK/$kind.sample.txt" "$element"
  done < <("checklist_$kind")
done

# A minor gets the representative's form and no adult form.
minor=$(head -1 "$WORK/plan-consent-representative.txt")
check "no adult form names the minor" bash -c "! tr -d ' \n' <'$WORK/consent-personal.txt' | grep -qF '$(printf %s "$minor" | tr -d ' ')'"
# Blank lines to fill in by hand where the data has no passport (series and number blanks).
check "blank passport lines where the data has none" grep -Eq 'серия _{4,} *№ *_{4,}' "$WORK/consent-personal.txt"
check "register of consents" test -s "$OUT/consents/consent-register.xlsx"
xlsx_dump "$OUT/consents/consent-register.xlsx" >"$WORK/register.txt"
check "register lists every form" test "$(grep -c $'\t' "$WORK/register.txt")" -ge "$(cat "$WORK"/plan-*.txt | wc -l)"

# Hostile names: safe, distinct file names inside the output folder.
"$PY" - "$SOURCE_DIR/tests/fixtures/minimal.json" "$WORK/hostile.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
# The long ones are as long as a name may be (300 characters, words of at most 200).
long = "Я" * 150 + " " + "Я" * 130
names = ["../../etc/passwd Иван Иванович", "CON Петр Петрович", long + " Анна Ивановна",
         long + " Анна Петровна", "Семенов Олег Олегович", "Семёнов Олег Олегович",
         "Двойников Иван Иванович", "Двойников Иван Иванович"]
d["curator"] = "deputy"
d["others"] = [{"id": f"o{i}", "kind": "employer", "full_name": n, "gender": "male"} for i, n in enumerate(names)]
d["pupils"] = [{"id": "p1", "full_name": "Орлов Илья Сергеевич", "class": "9А", "birth_date": "2008-05-05",
                "representative": {"full_name": "Орлова Мария Ивановна", "relation": "мать"}}]
d["pairs"] = [{"id": f"x{i}", "form": "работодатель – ученик", "mentor": f"o{i}", "mentees": ["p1"],
               "from": f"2023-{10 + i % 2}-0{1 + i // 2}", "to": f"2023-{10 + i % 2}-0{1 + i // 2}"} for i in range(len(names))]
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PYEOF
"$NASTAVNIK" build "$WORK/hostile.json" -o "$WORK/h" --only consents --format docx >"$WORK/hlog" 2>&1 || { cat "$WORK/hlog"; fail "hostile build"; }
check "nothing escaped the output folder" test ! -e "$WORK/etc" -a ! -e "$WORK/h/etc"
files=$(find "$WORK/h/consents/consent-personal" -name '*.docx' | wc -l)
check "8 hostile names give 8 distinct files (got $files)" test "$files" -eq 8
check "file names are portable" test -z "$(find "$WORK/h/consents" -name '*.docx' -printf '%f\n' | grep -v '^[A-Za-z0-9_-]*\.docx$')"
check "no reserved device name" test -z "$(find "$WORK/h/consents" -iname 'con.docx')"
check "file names are bounded" test -z "$(find "$WORK/h/consents" -name '*.docx' -printf '%f\n' | awk 'length > 90')"
summary
