#!/usr/bin/env bash
# The final report and the monitoring workbook, read back as a user would open
# them (DOCX through pandoc, PDF through pdftotext, the HTML page's text), against
# figures computed here from the data file, independently of the tool.
source "$(dirname "$0")/lib.sh"

# expect DATA DIR: writes into DIR what the report built from DATA must show:
# must.txt (strings every format holds), nbsp.txt (strings with their non-breaking
# spaces, for DOCX and HTML), forbidden.txt (a pupil's data), figures (their number).
expect() {
  "$PY" - "$1" "$2" <<'PYEOF'
import json, sys
from fractions import Fraction
d = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
r = d["results"]
people = {p["id"]: p for key in ("staff", "pupils", "others") for p in d.get(key, [])}
staff = {p["id"] for p in d.get("staff", [])}
pupils = {p["id"]: p for p in d.get("pupils", [])}
NB = "\u00a0"

def plural_form(n, one, few, many):
    if 11 <= n % 100 <= 14: return many
    return one if n % 10 == 1 else few if 2 <= n % 10 <= 4 else many
def plural(n, one, few, many): return f"{n} {plural_form(n, one, few, many)}"
def rounded(x, decimals):  # half away from zero, on the exact value
    q = Fraction(10) ** decimals
    v = abs(Fraction(x)) * q
    n = int(v + Fraction(1, 2))
    s = str(n).rjust(decimals + 1, "0")
    text = s[:-decimals] + "," + s[-decimals:] if decimals else s
    return ("-" if x < 0 and n != 0 else "") + text
def pct(part, whole): return rounded(Fraction(100 * part, whole), 1) + NB + "%"
def ddmmyyyy(iso): y, m, dd = iso.split("-"); return f"{dd}.{m}.{y}"
def sig(pid):  # «И.О. Фамилия»
    s, g, *rest = people[pid]["full_name"].split()
    return g[0] + "." + (rest[0][0] + "." if rest else "") + " " + s
MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
def long_date(iso): y, m, dd = iso.split("-"); return f"«{dd}» {MONTHS[int(m) - 1]} {y} г."

year = d["academic_year"]
first = int(year[:4])
period = d.get("period", {"from": f"{first}-09-01", "to": f"{first + 1}-08-31"})
org = d["organisation"]["short_name"]
must = [f"Отчёт о реализации программы наставничества в {org} за {year} учебный год",
        f"Период реализации программы: с {ddmmyyyy(period['from'])} по {ddmmyyyy(period['to'])}."]
nbsp = []

for a in r.get("approvals", []):
    if a["kind"] == "agreed" and "protocol" in a:
        must += ["СОГЛАСОВАНО", "Протокол заседания " + a["body"],
                 f"от {ddmmyyyy(a['protocol']['date'])} № {a['protocol']['number']}"]
    elif a["kind"] == "approve" and "staff" in a:
        pos = people[a["staff"]]["position"]
        must += ["УТВЕРЖДАЮ", pos[0].upper() + pos[1:] + " " + org, "____________ " + sig(a["staff"]), long_date(a["date"])]
    else:
        sys.exit("test_report.sh: teach expect() the approval " + json.dumps(a, ensure_ascii=False))

# Participants: each person once, whatever their roles.
mentors, mentees = set(), set()
for p in d["pairs"]:
    mentors.add(p["mentor"])
    mentees.update(p["mentees"])
everyone = mentors | mentees
n = len(everyone)
must.append(f"В программе наставничества в {year} учебном году {plural_form(n, 'участвовал', 'участвовали', 'участвовали')} "
            f"{plural(n, 'человек', 'человека', 'человек')}: {plural(len(mentors), 'наставник', 'наставника', 'наставников')} "
            f"и {plural(len(mentees), 'наставляемый', 'наставляемых', 'наставляемых')}" +
            ("" if len(mentors & mentees) == 0 else
             f"; {plural(len(mentors & mentees), 'участник', 'участника', 'участников')} — одновременно " +
             ("наставник и наставляемый, в общем числе он учтён один раз" if len(mentors & mentees) == 1
              else "наставники и наставляемые, в общем числе каждый учтён один раз")) + ".")
rows = [("Наставники — педагоги и другие работники школы", sum(m in staff for m in mentors)),
        ("Наставники — обучающиеся", sum(m in pupils for m in mentors)),
        ("Наставники — студенты и представители работодателей", sum(m not in staff and m not in pupils for m in mentors)),
        ("Наставляемые — обучающиеся", sum(m in pupils for m in mentees)),
        ("Наставляемые — педагоги", sum(m in staff for m in mentees))]
must += [f"{role} {k}" for role, k in rows if k > 0]

# Pairs (one mentee) and groups (several) per form.
forms = {}
for p in d["pairs"]:
    f = forms.setdefault(p["form"], {"pairs": 0, "groups": 0, "mentors": set(), "mentees": set()})
    f["groups" if len(p["mentees"]) > 1 else "pairs"] += 1
    f["mentors"].add(p["mentor"])
    f["mentees"].update(p["mentees"])
for name, f in forms.items():
    must.append(f"{name} {f['pairs']} {f['groups']} {len(f['mentors'])} {len(f['mentees'])}")
pairs = sum(f["pairs"] for f in forms.values())
groups = sum(f["groups"] for f in forms.values())
must.append(f"Сформировано {plural(pairs, 'наставническая пара', 'наставнические пары', 'наставнических пар')} и "
            f"{plural(groups, 'группа', 'группы', 'групп')} в {plural(len(forms), 'форме', 'формах', 'формах')} наставничества.")

# Involvement against the school's totals; a pupil without a birth date counts.
def age(birth, day):
    b, t = [tuple(map(int, x.split("-"))) for x in (birth, day)]
    return t[0] - b[0] - ((t[1], t[2]) < (b[1], b[2]))
school = r["school"]
ten = sum(1 for i in everyone if i in pupils and ("birth_date" not in pupils[i] or age(pupils[i]["birth_date"], period["from"]) >= 10))
teachers = sum(1 for i in everyone if i in staff)
young = sum(1 for i in everyone if i in staff and people[i].get("young_specialist"))
shares = [("Обучающиеся в возрасте от 10 лет", ten, school["pupils_10_plus"]),
          ("Педагогические работники", teachers, school["teachers"])]
if school.get("young_teachers"):
    shares.append(("Молодые специалисты", young, school["young_teachers"]))
for what, part, whole in shares:
    verdict = "достигнут" if Fraction(100 * part, whole) >= 70 else "не достигнут"
    must.append(f"{what} {part} {whole} {pct(part, whole)} {verdict}")
    nbsp.append(pct(part, whole))
must.append(f"вовлечено {ten} из {school['pupils_10_plus']} "
            f"{plural_form(school['pupils_10_plus'], 'обучающегося', 'обучающихся', 'обучающихся')} "
            f"({pct(ten, school['pupils_10_plus'])}), вовлечено {teachers} из {school['teachers']} "
            f"{plural_form(school['teachers'], 'педагога', 'педагогов', 'педагогов')} ({pct(teachers, school['teachers'])}).")

# Roadmap events: on time is «выполнено» against all the roadmap's events.
status = {e["event"]: e for e in r.get("events", [])}
events = d["roadmap"]["events"]
count = lambda s: sum(1 for e in events if status.get(e["number"], {}).get("status") == s)
done = count("выполнено")
text = f"Дорожная карта включает {plural(len(events), 'мероприятие', 'мероприятия', 'мероприятий')}. Выполнено в срок — {done} ({pct(done, len(events))})"
for s, label in (("выполнено с опозданием", "с опозданием"), ("перенесено", "перенесено"), ("отменено", "отменено")):
    if count(s): text += f", {label} — {count(s)}"
unknown = sum(1 for e in events if e["number"] not in status)
if unknown: text += f", нет сведений — {unknown}"
must.append(text + ".")
nbsp.append(pct(done, len(events)))
for e in events:
    must.append(e["title"])
    o = status.get(e["number"])
    if o and o["status"] == "выполнено с опозданием":
        must.append(f"Выполнено с опозданием ({ddmmyyyy(o['date'])})")
    if o and o.get("note"):
        must.append(o["note"])

# Stage 1: the questionnaires' averages.
survey = [a for a in r.get("survey", []) if 1 <= a["satisfaction"] <= 10 and 1 <= a["usefulness"] <= 10]
if survey:
    k = len(survey)
    respondents = len({a["person"] for a in survey})
    must.append(f"В анкетировании {plural_form(respondents, 'принял', 'приняли', 'приняли')} участие {plural(respondents, 'участник', 'участника', 'участников')} программы "
                f"(получено {plural(k, 'анкета', 'анкеты', 'анкет')}). "
                f"Средняя оценка удовлетворённости участием в программе — {rounded(Fraction(sum(a['satisfaction'] for a in survey), k), 1)} из 10, "
                f"полезности — {rounded(Fraction(sum(a['usefulness'] for a in survey), k), 1)} из 10.")
else:
    must.append("Анкетирование участников не проводилось или его результаты не внесены.")

# Stage 2: before/after per measure; yes/no as the percent of «да».
figures = (1 if d["pairs"] else 0) + 1 + (1 if survey else 0)
units, shares_chart = set(), False
for m in r.get("measures", []):
    g = [x for x in r.get("growth", []) if x["measure"] == m["id"]]
    yes_no = m.get("scale") == "да/нет"
    name = m["name"] + (", " + m["unit"] if m.get("unit") else "") + (" (доля ответивших «да»)" if yes_no else "")
    if not g:
        must.append(f"{name} 0")
        continue
    scale = 100 if yes_no else 1
    # Averages rounded once (a share to 0,1, a score to 0,01); the change is between the printed figures.
    decimals = 1 if yes_no else 2
    exact = lambda key: Fraction(sum(Fraction(x[key]) for x in g) * scale, len(g))
    before, after = (Fraction(rounded(exact(k), decimals).replace(",", ".")) for k in ("before", "after"))
    change = after - before
    sign = "+" if change > 0 else "\u2212" if change < 0 else ""
    if yes_no:
        shares_chart = True
        cells = [rounded(before, 1) + NB + "%", rounded(after, 1) + NB + "%", sign + rounded(abs(change), 1) + " п." + NB + "п."]
        nbsp += cells
    else:
        units.add(m.get("unit", ""))
        cells = [rounded(before, 2), rounded(after, 2), sign + rounded(abs(change), 2)]
    must.append(f"{name} {len(g)} " + " ".join(cells))
figures += shares_chart + len(units)

# Best mentors and practices: staff by name; pupils and outside participants (students,
# employers' people) only as their consent allows, outside ones otherwise by kind and organisation.
others = {p["id"]: p for p in d.get("others", [])}
def public(pid):
    x = people[pid]
    if pid not in pupils and pid not in others:
        return x["full_name"]
    c = x.get("dissemination")
    if not c: return None
    s, g, *_ = x["full_name"].split()
    return {"full": f"{s} {g}", "short": f"{s} {g[0]}.", "first_name": g}[c.get("name", "full")]
def other_role(o, with_position):
    who = o["position"] if with_position and o.get("position") else \
        {"student": "студент", "employer": "представитель работодателя", "parent": "родитель"}[o["kind"]]
    return who + (", " + o["organisation"] if o.get("organisation") else "")
for b in r.get("best_mentors", []):
    pid = b["person"]
    if pid in others:
        o = others[pid]
        must.append(f"{public(pid)}, {other_role(o, o['dissemination'].get('position', False))}" if public(pid)
                    else f"Наставник — {other_role(o, False)}")
    elif pid not in pupils: must.append(people[pid]["full_name"])
for b in r.get("best_practices", []):
    must.append(b["title"])
    named = [public(i) or other_role(others[i], False) for i in b["participants"] if public(i) or i in others]
    unnamed = sum(1 for i in b["participants"] if not public(i) and i not in others)
    who = ", ".join(named + ([plural(unnamed, "обучающийся", "обучающихся", "обучающихся")] if unnamed else []))
    must.append(f"Участники: {who}" + ("" if who.endswith(".") else "."))

# Conclusions: a sentence per target, then the school's own paragraphs, measures and curator's answers as written.
targets = [("обучающихся в возрасте от 10 лет", "обучающегося", "обучающихся", ten, school["pupils_10_plus"]),
           ("педагогических работников", "педагога", "педагогов", teachers, school["teachers"])]
if school.get("young_teachers"):
    targets.append(("молодых специалистов", "молодого специалиста", "молодых специалистов", young, school["young_teachers"]))
for who, one, many, part, whole in targets:
    text = f"Вовлечённость {who} — {pct(part, whole)} ({part} из {whole}) при целевом показателе не менее 70 %: показатель "
    short = -(-whole * 7 // 10) - part
    must.append(text + ("достигнут." if Fraction(100 * part, whole) >= 70 else f"не достигнут, недостаёт {plural(short, one, many, many)}."))
must += r.get("conclusions", [])
for a in r.get("actions", []):
    must += [a["action"]] + ([a["deadline"]] if "deadline" in a else [])
for q in r.get("curator_survey", []):
    must += [q["question"]] + ([q["answer"]] if "answer" in q else [])

pos = people[d["curator"]]["position"]
must += [pos[0].upper() + pos[1:] + ", куратор программы наставничества", sig(d["curator"]),
         ddmmyyyy(r.get("report_date", period["to"]))]

# A pupil's data the published report may not show: beyond the consent's form, never.
forbidden = []
for x in pupils.values():
    s, g, *rest = x["full_name"].split()
    forms_ = [x["full_name"], f"{s} {g}", f"{s} {g[0]}." + (f"{rest[0][0]}." if rest else "")]
    allowed = public(x["id"]) if any(x["id"] in b["participants"] for b in r.get("best_practices", [])) else None
    if allowed != f"{s} {g[0]}.": forms_.append(f"{s} {g[0]}.")
    if "birth_date" in x: forms_.append(ddmmyyyy(x["birth_date"]))
    if "representative" in x: forms_.append(x["representative"]["full_name"])
    forbidden += [f for f in forms_ if f != allowed]
for o in others.values():  # the report is published: an outside participant as their consent allows
    s, g, *rest = o["full_name"].split()
    c = o.get("dissemination")
    forbidden += [o["full_name"]] if rest else []
    if not c:
        forbidden += [f"{s} {g}", f"{s} {g[0]}."] + ([o["position"]] if o.get("position") else [])
    elif not c.get("position") and o.get("position"):
        forbidden.append(o["position"])

for name, lines in (("must", must), ("nbsp", nbsp), ("forbidden", forbidden)):
    open(f"{out}/{name}.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
open(f"{out}/figures", "w").write(str(figures))
PYEOF
}

# html_text PAGE: the page's visible text; the inline SVG charts' text after it.
html_text() {
  "$PY" - "$1" <<'PYEOF'
import base64, html.parser, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
class Text(html.parser.HTMLParser):
    skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("style", "script"): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: print(data, end="")
Text().feed(page)
for uri in re.findall(r'src="data:image/svg\+xml;base64,([^"]*)"', page):
    print(base64.b64decode(uri).decode("utf-8"))
PYEOF
}

# build_report DATA DIR: the report and the workbook of DATA in DIR/out, their
# texts in DIR/report.{docx,pdf,html}.txt and the expectations beside them.
build_report() {
  mkdir -p "$2"
  if ! "$NASTAVNIK" build "$1" --only report,monitoring -o "$2/out" >"$2/log" 2>&1; then
    cat "$2/log"; fail "build of $1"; return 1
  fi
  expect "$1" "$2" || { fail "expectations of $1"; return 1; }
  pandoc -f docx -t plain --wrap=none "$2/out/report.docx" -o "$2/report.docx.txt"
  # LibreOffice hyphenates: a line-end «наставниче-» and a real «из-за» look alike in
  # pdftotext, so the PDF's text and the strings checked in it both go without hyphens.
  pdftotext -raw "$2/out/report.pdf" - | perl -CSD -0pe 's/(\p{Ll})-\n(\p{Ll})/$1$2/g; s/-//g' >"$2/report.pdf.txt"
  html_text "$2/out/report.html" >"$2/report.html.txt"
}

# check_lines DIR LIST CHECK FORMATS…: CHECK (contains_squashed or grep -qF --) on each line.
check_lines() {
  local dir=$1 list=$2 how=$3; shift 3
  local s fmt
  while IFS= read -r s; do
    [ -n "$s" ] || continue
    for fmt in "$@"; do
      if [ "$how" = absent ]; then
        check "$fmt has no «$s»" bash -c '! contains_squashed "$1" "$2"' _ "$dir/report.$fmt.txt" "$s"
      elif [ "$how" = exact ]; then
        check "$fmt has «$s» with its non-breaking spaces" grep -qF -- "$s" "$dir/report.$fmt.txt"
      else
        local want=$s
        [ "$fmt" = pdf ] && want=${s//-/}
        check "$fmt has «${s:0:70}»" contains_squashed "$dir/report.$fmt.txt" "$want"
      fi
    done
  done <"$dir/$list"
}
export -f contains_squashed squash

# check_figures DIR: one image per «Рисунок N —» caption, as many as the data gives,
# PNGs in the DOCX, SVGs with Russian labels in the HTML page.
check_figures() {
  local dir=$1 n
  n=$(cat "$dir/figures")
  local docx=$dir/out/report.docx
  for fmt in docx pdf html; do
    check "$fmt has $n figure captions" test "$(squash "$dir/report.$fmt.txt" | grep -o 'Рисунок[0-9]\+—' | sort -u | wc -l)" -eq "$n"
  done
  check "DOCX has $n images in word/media" test "$(unzip -Z1 "$docx" | grep -c '^word/media/.*\.png$')" -eq "$n"
  local m
  for m in $(unzip -Z1 "$docx" | grep '^word/media/'); do
    check "$m is a PNG" test "$(unzip -p "$docx" "$m" | head -c 8 | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a
  done
  check "HTML has $n inline SVG images" test "$(grep -o '<img src="data:image/svg+xml;base64,' "$dir/out/report.html" | wc -l)" -eq "$n"
  check "every HTML image is an SVG with a Russian label" "$PY" - "$dir/out/report.html" <<'PYEOF'
import base64, re, sys
uris = re.findall(r'<img src="data:image/svg\+xml;base64,([^"]*)"', open(sys.argv[1], encoding="utf-8").read())
for u in uris:
    svg = base64.b64decode(u, validate=True).decode("utf-8")
    assert "<svg" in svg and re.search(r">[^<]*[А-Яа-яЁё][^<]*<", svg), svg[:200]
sys.exit(0 if uris else 1)
PYEOF
}

# check_workbook DIR: native charts, owner-only, readable.
check_workbook() {
  local x=$1/out/monitoring.xlsx
  check "monitoring.xlsx has at least 4 charts" test "$(unzip -Z1 "$x" | grep -c '^xl/charts/chart[0-9]*\.xml$')" -ge 4
  check "monitoring.xlsx (personal data) is readable by its owner only" test "$(stat -c %a "$x")" = 600
  xlsx_dump "$x" >"$1/monitoring.txt"
  check "openpyxl reads monitoring.xlsx" grep -q "^SHEETS ." "$1/monitoring.txt"
  # Printed, no chart is cut by a page break: the charts' sheet has manual breaks
  # and none falls inside a chart's rows (anchors are 0-based, break ids 1-based).
  check "monitoring.xlsx: page breaks between the charts, none through one" "$PY" - "$x" <<'PYEOF'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
drawings = [n for n in z.namelist() if re.match(r"xl/drawings/drawing\d+\.xml$", n)]
anchors = []
for d in drawings:
    x = z.read(d).decode("utf-8")
    anchors += [(int(a), int(b)) for a, b in re.findall(r"<xdr:from>.*?<xdr:row>(\d+)</xdr:row>.*?<xdr:to>.*?<xdr:row>(\d+)</xdr:row>", x, re.S)]
breaks = []
for n in z.namelist():
    if re.match(r"xl/worksheets/sheet\d+\.xml$", n):
        breaks += [int(b) for b in re.findall(r'<brk id="(\d+)"', z.read(n).decode("utf-8"))]
cut = [(f, t, b) for f, t in anchors for b in breaks if f + 1 <= b < t + 1]
sys.exit(0 if len(anchors) >= 3 and breaks and not cut else 1)
PYEOF
}
export PY

# 1. The example: every figure, sentence and row in the three formats.
E=$WORK/example
if build_report "$SOURCE_DIR/data/example.json" "$E"; then
  check_lines "$E" must.txt present docx pdf html
  check_lines "$E" nbsp.txt exact docx html
  check_lines "$E" forbidden.txt absent docx pdf html
  unzip -p "$E/out/report.docx" 'docProps/*' >"$E/report.props.txt"
  check_lines "$E" forbidden.txt absent props
  check_figures "$E"
  check_workbook "$E"
  check "the report is not personal data (readable by others)" test "$(stat -c %a "$E/out/report.docx")" != 600
  # The report's own wording, as the example's numbers give it.
  check "participants sentence" contains_squashed "$E/report.docx.txt" "участвовали 47 человек: 17 наставников и 31 наставляемый; 1 участник — одновременно наставник и наставляемый, в общем числе он учтён один раз."
  check "a missed 70 % target is said in people" contains_squashed "$E/report.docx.txt" "Чтобы достичь целевого показателя, в программу нужно вовлечь ещё"
  check "roadmap sentence" contains_squashed "$E/report.docx.txt" "Дорожная карта включает 34 мероприятия."
  check "survey sentence: people and questionnaires apart" contains_squashed "$E/report.docx.txt" "приняли участие 47 участников программы (получено 49 анкет)."
  check "pupils' share with a non-breaking space" grep -qF $'(6,2\u00a0%)' "$E/report.docx.txt"
  check "signature" grep -q 'Н\.П\. Соколова' "$E/report.pdf.txt"
  check "the conclusions section, with measures" contains_squashed "$E/report.docx.txt" "8. Выводы и меры по итогам года"
  check "the measures' table caption" contains_squashed "$E/report.pdf.txt" "Таблица 9 — Меры по итогам учебного года"
  check "the curator's questionnaire summarised" contains_squashed "$E/report.html.txt" "Анкетирование куратора. В анкете 7 вопросов; оценка по шкале от 1 до 10 дана на 5 из них. Средняя оценка — 7,2 из 10"
  # A chart's description in the DOCX is its caption (what a screen reader says), never a build path.
  unzip -p "$E/out/report.docx" word/document.xml | grep -o '<pic:cNvPr descr="[^"]*"' | sed 's/.*descr="//; s/"$//' >"$E/descr.txt"
  check "chart descriptions present" test -s "$E/descr.txt"
  check "chart descriptions are captions, not paths" bash -c "! grep -q '/' '$E/descr.txt' && grep -q 'Наставнические пары и группы по формам' '$E/descr.txt'"
fi

# 2. Without a survey and measures: fewer figures, still a report.
V=$WORK/bare
mkdir -p "$V"
"$PY" - "$SOURCE_DIR/data/example.json" "$V/data.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for k in ("survey", "measures", "growth"):
    d["results"].pop(k, None)
d.pop("$schema", None)
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PYEOF
if build_report "$V/data.json" "$V"; then
  check "without a survey and measures there are fewer figures" test "$(cat "$V/figures")" -lt "$(cat "$E/figures" 2>/dev/null || echo 99)"
  check_lines "$V" must.txt present docx html
  check_figures "$V"
  check "no stage 2 without measures" bash -c '! grep -q "Этап 2" "$1"' _ "$V/report.docx.txt"
fi

# 3. A pupil mentor with a dissemination consent («short») in a best practice:
# named as «Фамилия И.», and nobody else.
C=$WORK/consent
mkdir -p "$C"
"$PY" - "$SOURCE_DIR/data/example.json" "$C/data.json" "$C/named" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
pupils = {p["id"]: p for p in d["pupils"]}
mentor = next(p["mentor"] for p in d["pairs"] if p["mentor"] in pupils)
pupils[mentor]["dissemination"] = {"date": "2023-12-14", "name": "short"}
d["results"]["best_practices"][0]["participants"].append(mentor)
s, g, *_ = pupils[mentor]["full_name"].split()
open(sys.argv[3], "w", encoding="utf-8").write(f"{s} {g[0]}.\n")
d.pop("$schema", None)
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PYEOF
if build_report "$C/data.json" "$C"; then
  check "the consented pupil is listed among the practice's participants" grep -qF "$(cat "$C/named")" "$C/must.txt"
  check_lines "$C" named present docx pdf html
  check_lines "$C" forbidden.txt absent docx pdf html
  check_lines "$C" must.txt present docx
fi
for d in "$E" "$V" "$C"; do
  [ -s "$d/report.docx.txt" ] && check "no doubled full stop in $(basename "$d")" bash -c '! grep -n "[^.]\.\.\([^.]\|$\)" "$1"' _ "$d/report.docx.txt"
done
summary
