#!/usr/bin/env bash
# The example's two orders and the registers, read back as a user would open
# them, against what the data says (computed here independently of the tool).
source "$(dirname "$0")/lib.sh"
OUT=$WORK/out
"$NASTAVNIK" build "$SOURCE_DIR/data/example.json" -o "$OUT" >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build"; summary; exit 1; }
for f in order-roadmap.docx order-roadmap.pdf order-roadmap.html order-pairs.docx order-pairs.pdf order-pairs.html registers.xlsx; do
  check "$f exists" test -s "$OUT/$f"
done

# expect KIND: the strings each document must hold, one per line, from the data.
"$PY" - "$SOURCE_DIR/data/example.json" "$WORK" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
work = sys.argv[2]
people = {p["id"]: p for key in ("staff", "pupils", "others") for p in d.get(key, [])}
def sig(pid):  # «И.О. Фамилия»
    s, g, *rest = people[pid]["full_name"].split()
    return g[0] + "." + (rest[0][0] + "." if rest else "") + " " + s
org = d["organisation"]
common = [org["full_name"], "ПРИКАЗ", "г. " + org["city"], "ПРИКАЗЫВАЮ:",
          "Контроль за исполнением настоящего приказа оставляю за собой.", "Р-145",
          "Приложение № 1", "к приказу " + org["short_name"], "Исп. " + people[d["executor"]["staff"]]["full_name"]]
def ddmmyyyy(iso): y, m, dd = iso.split("-"); return f"{dd}.{m}.{y}"
o = d["orders"]["roadmap"]
responsible = []
for e in d["roadmap"]["events"]:
    for r in e["responsible"]:
        if isinstance(r, dict) and r["staff"] not in responsible and r["staff"] != o["signer"]:
            responsible.append(r["staff"])
roadmap = common + [ddmmyyyy(o["date"]), "№ " + str(o["number"]), "от " + ddmmyyyy(o["date"]) + " № " + str(o["number"]),
    "Об утверждении дорожной карты (плана мероприятий) по реализации целевой модели наставничества на " + d["academic_year"] + " учебный год",
    "С приказом от " + ddmmyyyy(o["date"]) + " № " + str(o["number"]) + " ознакомлены:", sig(o["signer"])]
roadmap += [sig(i) for i in [d["curator"]] + responsible + o.get("acquaint", [])] + o.get("points", [])
roadmap += [ddmmyyyy(x) for x in d["monitoring_dates"]]
roadmap += [e["title"] for e in d["roadmap"]["events"]]
o = d["orders"]["pairs"]
pairs = common + [ddmmyyyy(o["date"]), "№ " + str(o["number"]), "О закреплении наставнических пар (групп)",
    "статья 351.8 Трудового кодекса", "С приказом от " + ddmmyyyy(o["date"]) + " № " + str(o["number"]) + " ознакомлены:"]
pairs += o.get("points", [])
for p in d["pairs"]:
    pairs += [people[p["mentor"]]["full_name"], ddmmyyyy(p["from"]), ddmmyyyy(p["to"])]
    if p["mentor"] in {x["id"] for x in d["staff"]}: pairs.append(sig(p["mentor"]))  # on the acquaintance sheet
    pairs += [people[m]["full_name"] for m in p["mentees"]]
    m = people[p["mentor"]]
    if "mentoring_consent" in m:
        c = m["mentoring_consent"]
        pairs.append("письменное согласие от " + ddmmyyyy(c["date"]))
        pairs.append("№ " + str(c["agreement"]["number"]))
registers = [people[i]["full_name"] for p in d["pairs"] for i in [p["mentor"]] + p["mentees"]]
for name, lines in (("order-roadmap", roadmap), ("order-pairs", pairs), ("registers", registers)):
    open(f"{work}/expect-{name}.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
# The acquaintance sheets: every employee an order names, each once, no pupil or outsider.
staff = {p["id"] for p in d["staff"]}
def once(ids): return sorted({sig(i) for i in ids if i in staff})
ro = d["orders"]["roadmap"]
sheet_roadmap = once([d["curator"]] + responsible + ro.get("acquaint", []))
po = d["orders"]["pairs"]
sheet_pairs = once([d["curator"]] + [p.get("curator", d["curator"]) for p in d["pairs"]] +
                   [i for p in d["pairs"] for i in [p["mentor"]] + p["mentees"]] + po.get("acquaint", []))
for name, lines in (("order-roadmap", sheet_roadmap), ("order-pairs", sheet_pairs)):
    open(f"{work}/sheet-{name}.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
PYEOF

for kind in order-roadmap order-pairs; do
  pandoc -f docx -t plain --wrap=none "$OUT/$kind.docx" -o "$WORK/$kind.docx.txt"
  pdftotext -raw "$OUT/$kind.pdf" "$WORK/$kind.pdf.txt"
  while IFS= read -r s; do
    [ -n "$s" ] || continue
    check "$kind DOCX has «${s:0:60}»" contains_squashed "$WORK/$kind.docx.txt" "$s"
  done <"$WORK/expect-$kind.txt"
  check "$kind PDF has its title and signature" bash -c "grep -q ПРИКАЗЫВАЮ '$WORK/$kind.pdf.txt' && grep -q 'Кравцова' '$WORK/$kind.pdf.txt'"
  check "$kind PDF fonts" bash -c "pdffonts '$OUT/$kind.pdf' | grep -q LiberationSerif && ! pdffonts '$OUT/$kind.pdf' | grep -q DejaVu"
  unzip -p "$OUT/$kind.docx" word/document.xml >"$WORK/$kind.xml"
  # The last table is the acquaintance sheet; its third column holds «И.О. Фамилия».
  pandoc -f docx -t html "$OUT/$kind.docx" | "$PY" -c '
import sys, html, re
t = sys.stdin.read()
t = t[t.rindex("ознакомлены"):]
rows = re.findall(r"<tr[^>]*>(.*?)</tr>", t[t.index("<tbody"):t.index("</table>")], re.S)
names = [html.unescape(re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)[2])).replace("\u00a0", " ").strip() for r in rows]
print("\n".join(sorted(names)))' >"$WORK/$kind.sheet.txt"
  check "$kind: the acquaintance sheet lists exactly the employees the order names" \
    diff "$WORK/sheet-$kind.txt" "$WORK/$kind.sheet.txt"
  check "$kind: portrait order with a landscape appendix" bash -c \
    "grep -q '<w:pgSz w:w=\"11906\" w:h=\"16838\"' '$WORK/$kind.xml' && grep -q 'w:orient=\"landscape\"' '$WORK/$kind.xml'"
done

# Declension in the order text: the curator in the accusative, to the curator in the dative.
check "curator appointed in the accusative" contains_squashed "$WORK/order-roadmap.docx.txt" "Назначить куратором реализации целевой модели наставничества в МБОУ «СОШ № 7 им. И.Т. Веденеева» Соколову Наталью Петровну"
check "curator's position declined with the name" contains_squashed "$WORK/order-roadmap.docx.txt" "Соколову Наталью Петровну, заместителя директора по УВР."
check "curator addressed in the dative" contains_squashed "$WORK/order-roadmap.docx.txt" "Куратору Соколовой Н.П.:"
check "no doubled full stop" bash -c "! grep -q '\.\.$' '$WORK/order-roadmap.docx.txt'"

# Registers: every mentor and mentee, three sheets, owner-only file mode.
xlsx_dump "$OUT/registers.xlsx" >"$WORK/registers.txt"
check "registers sheets" grep -q '^SHEETS База наставников|База наставляемых|Наставнические пары (группы)$' "$WORK/registers.txt"
while IFS= read -r s; do
  check "registers have «$s»" grep -qF -- "$s" "$WORK/registers.txt"
done < <(sort -u "$WORK/expect-registers.txt")
check "registers name pairs by number, never by their internal code" bash -c "! grep -q 'pair_' '$WORK/registers.txt'"
for f in registers.xlsx order-pairs.docx order-pairs.pdf order-pairs.html; do
  check "$f (pupils' names) is readable by its owner only" test "$(stat -c %a "$OUT/$f")" = 600
done
check "the roadmap order (no pupils) stays readable" test "$(stat -c %a "$OUT/order-roadmap.pdf")" != 600
summary
