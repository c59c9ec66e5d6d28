#!/usr/bin/env bash
# The workbook a deputy fills: init writes it with headers, comments, drop-downs,
# frozen headers and a grey example row; the example school converts json → xlsx
# → json unchanged; documents built from the JSON and from the workbook are the
# same; a workbook saved by LibreOffice (with a date typed as a date and one typed
# as text) reads correctly; mistakes are named by sheet and cell; corrupt files
# fail cleanly in bounded memory.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
EXAMPLE="$SOURCE_DIR/data/example.json"

# --- init --------------------------------------------------------------------
check "init writes наставничество.xlsx" "$NASTAVNIK" init >init.out 2>&1
check "init names the next steps" grep -q "nastavnik build наставничество.xlsx" init.out
"$PY" - наставничество.xlsx >init.txt 2>&1 <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
names = wb.sheetnames
for need in ["Инструкция", "Организация", "Согласование и утверждение", "Этапы", "Мероприятия", "Сотрудники",
             "Обучающиеся", "Представители", "Другие участники", "Пары и группы", "Приказы", "Пункты приказов",
             "Итоги года", "Итоги мероприятий", "Мониторинг"]:
    assert need in names, need
assert wb["Списки"].sheet_state == "hidden"
pairs = wb["Пары и группы"]
headers = [c.value for c in pairs[1]]
assert headers[:7] == ["Код пары", "Форма", "Ролевая модель", "Наставник", "Наставляемые", "С", "По"], headers
assert all(c.comment is not None and c.comment.text for c in pairs[1] if c.value), "every header has a comment"
assert pairs.freeze_panes == "A2", pairs.freeze_panes
example = pairs["A2"]
assert str(example.value).startswith("Пример:"), example.value
assert example.font.color.rgb.endswith("808080"), example.font.color.rgb
# Drop-downs: the form list, dates; staff's gender.
def validations(ws):
    return {str(dv.sqref).split(":")[0]: (dv.type, dv.formula1) for dv in ws.data_validations.dataValidation}
v = validations(pairs)
assert v["B3"][0] == "list" and "Списки" in v["B3"][1], v
assert v["F3"][0] == "date", v
staff = wb["Сотрудники"]
sv = validations(staff)
gender_col = [c.value for c in staff[1]].index("Пол") + 1
letter = openpyxl.utils.get_column_letter(gender_col)
assert sv[letter + "3"][0] == "list", sv
lists = wb["Списки"]
ref = sv[letter + "3"][1].split("!")[1].replace("$", "")
values = [c.value for row in lists[ref] for c in row]
assert values == ["мужской", "женский"], values
assert pairs.column_dimensions["E"].width > 15
assert pairs["F3"].number_format.lower().startswith("dd.mm.yyyy") or staff.column_dimensions["F"] is not None
# The seven standard stages, pre-filled below the example row.
stages = [r for r in wb["Этапы"].iter_rows(min_row=3, values_only=True) if r[0] is not None]
assert [r[0] for r in stages] == [1, 2, 3, 4, 5, 6, 7], stages
assert stages[0][1] == "Подготовка условий для запуска программы наставничества", stages[0]
print("ok")
PYEOF
check "init workbook: sheets, headers, comments, drop-downs, frozen header, grey example, stages ($(tail -1 init.txt))" \
  grep -qx ok init.txt
before=$(sha256sum наставничество.xlsx)
"$NASTAVNIK" init >/dev/null 2>init2.err
check "init refuses to overwrite without --force (exit 1)" test $? -eq 1
check "init names --force" grep -q -- "--force" init2.err
check "the existing workbook is untouched" test "$before" = "$(sha256sum наставничество.xlsx)"
check "init --json writes a skeleton" "$NASTAVNIK" init --json skeleton.json
check "the skeleton is JSON with the stages and example items" "$PY" -c '
import json, sys
d = json.load(open("skeleton.json"))
assert len(d["roadmap"]["stages"]) == 7 and d["staff"][0]["id"] == "zam_uvr" and d["pairs"][0]["mentees"]'

# --- json → xlsx → json -----------------------------------------------------
check "convert example.json → xlsx" "$NASTAVNIK" convert "$EXAMPLE" example.xlsx
check "convert xlsx → json" "$NASTAVNIK" convert example.xlsx back.json
same_json() {
  "$PY" - "$1" "$2" <<'PYEOF'
import json, sys
from collections import OrderedDict
def strict(v):  # 1 and True, 1 and 1.0 differ here, unlike ==
    if isinstance(v, dict): return ("o", [(k, strict(x)) for k, x in v.items()])
    if isinstance(v, list): return ("a", [strict(x) for x in v])
    return (type(v).__name__, v)
a = json.load(open(sys.argv[1]), object_pairs_hook=OrderedDict)
b = json.load(open(sys.argv[2]), object_pairs_hook=OrderedDict)
sys.exit(0 if strict(a) == strict(b) else 1)
PYEOF
}
check "round trip: the same JSON values, types and key order" same_json "$EXAMPLE" back.json
check "round trip: byte-identical when both are dumped with the same indentation" \
  cmp -s back.json <("$PY" -c 'import json,sys; from collections import OrderedDict
print(json.dumps(json.load(open(sys.argv[1]), object_pairs_hook=OrderedDict), indent=2, ensure_ascii=False))' "$EXAMPLE")
check "the converted workbook is owner-only (personal data)" test "$(stat -c %a example.xlsx)" = 600

# --- data/example.xlsx is what convert makes of data/example.json ------------
xlsx_dump "$SOURCE_DIR/data/example.xlsx" >committed.txt
xlsx_dump example.xlsx >fresh.txt
check "data/example.xlsx is current (regenerate: nastavnik convert data/example.json data/example.xlsx)" \
  cmp -s committed.txt fresh.txt

# --- the same documents from the JSON and from the workbook -------------------
"$NASTAVNIK" build "$EXAMPLE" -o from-json --format docx,xlsx >/dev/null 2>build1.err
check "build from JSON" test $? -eq 0
"$NASTAVNIK" build "$SOURCE_DIR/data/example.xlsx" -o from-xlsx --format docx,xlsx >/dev/null 2>build2.err
check "build from the workbook" test $? -eq 0
check "the same files" diff <(cd from-json && find . -type f | sort) <(cd from-xlsx && find . -type f | sort)
docs=0
while IFS= read -r f; do
  docs=$((docs + 1))
  case "$f" in
    *.docx) check "same text: $f" cmp -s <(pandoc -t plain "from-json/$f") <(pandoc -t plain "from-xlsx/$f") ;;
    *.xlsx) check "same cells: $f" cmp -s <(xlsx_dump "from-json/$f") <(xlsx_dump "from-xlsx/$f") ;;
  esac
done < <(cd from-json && find . -type f \( -name '*.docx' -o -name '*.xlsx' \) | sort)
check "documents were compared ($docs)" test "$docs" -gt 20

# --- a workbook saved by LibreOffice, then edited -----------------------------
mkdir lo
soffice --headless "-env:UserInstallation=file:///tmp/lo-wb-$$" --convert-to xlsx --outdir lo example.xlsx \
  >lo.log 2>&1
rm -rf "/tmp/lo-wb-$$"
check "LibreOffice re-saved the workbook" test -s lo/example.xlsx
"$PY" - lo/example.xlsx <<'PYEOF'
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
org = wb["Организация"]
for row in org.iter_rows(min_row=2):
    if row[0].value == "Дата выдачи согласий":
        row[1].value = datetime.datetime(2023, 12, 12)  # a date typed as a date
        row[1].number_format = "DD.MM.YYYY"
pairs = wb["Пары и группы"]
pairs["F3"].value = "01.09.2023"  # a date typed as text
pairs["F3"].number_format = "@"
wb.save(sys.argv[1])
PYEOF
check "convert the LibreOffice workbook" "$NASTAVNIK" convert lo/example.xlsx lo.json
check "LibreOffice workbook: both dates read, everything else unchanged" "$PY" - "$EXAMPLE" lo.json <<'PYEOF'
import json, sys
a = json.load(open(sys.argv[1]))
b = json.load(open(sys.argv[2]))
assert b["consents_date"] == "2023-12-12", b["consents_date"]
assert b["pairs"][0]["from"] == "2023-09-01", b["pairs"][0]["from"]
a["consents_date"] = "2023-12-12"
a["pairs"][0]["from"] = "2023-09-01"
assert a == b
PYEOF

# --- mistakes, each with its sheet and cell -----------------------------------
cp example.xlsx bad.xlsx
"$PY" - bad.xlsx <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["Пары и группы"]["D3"].value = "nobody"          # an unknown person
wb["Пары и группы"]["F4"].value = "31.02.2024"      # not a date
wb["Сотрудники"]["E3"].value = "средний"            # outside the drop-down list
wb["Сотрудники"]["B4"].value = None                 # a required cell left empty
wb.save(sys.argv[1])
PYEOF
mkdir out && echo keep >out/old.txt
digest=$(tree_digest out)
"$NASTAVNIK" build bad.xlsx -o out >bad.out 2>bad.err
check "a bad workbook: exit 2" test $? -eq 2
check "unknown person at its cell" grep -q "bad.xlsx: ошибка: Лист «Пары и группы», ячейка D3: .*«nobody»" bad.err
check "not a date at its cell" grep -qF "Лист «Пары и группы», ячейка F4: «31.02.2024» — не дата" bad.err
check "outside the list at its cell" grep -qF "Лист «Сотрудники», ячейка E3: «средний» — не из списка" bad.err
check "required cell at its cell" grep -qF "Лист «Сотрудники», ячейка B4: не заполнено обязательное поле «ФИО»" bad.err
check "nothing written" test "$digest" = "$(tree_digest out)"
check "convert refuses it too" test "$("$NASTAVNIK" convert bad.xlsx bad.json >/dev/null 2>&1; echo $?)" = 2
check "no JSON left behind" test ! -e bad.json

cp example.xlsx many.xlsx
"$PY" - many.xlsx <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for sheet in ("Сотрудники", "Обучающиеся"):
    for row in range(3, wb[sheet].max_row + 1):
        wb[sheet].cell(row, 2).value = None   # 19 + 34 names left empty
wb.save(sys.argv[1])
PYEOF
"$NASTAVNIK" check many.xlsx >/dev/null 2>many.err
check "many mistakes: exit 2" test $? -eq 2
check "at most 50 messages, then how many more" test "$(grep -c ': ошибка: ' many.err)" -eq 50
check "«… и ещё N сообщений»" grep -qE "^… и ещё [0-9]+ сообщени" many.err

# --- corrupt files: a clean Russian error, exit 2, bounded memory -------------
echo "это не книга" >not-zip.xlsx
"$PY" -c 'import zipfile; z = zipfile.ZipFile("no-workbook.xlsx", "w"); z.writestr("hello.txt", "hi"); z.close()'
head -c 3000 example.xlsx >truncated.xlsx
"$PY" - bomb.xlsx <<'PYEOF'
import sys, zipfile
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
wb = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
      '<sheet name="Организация" sheetId="1" r:id="rId1"/></sheets></workbook>')
wbrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", rels)
    z.writestr("xl/workbook.xml", wb)
    z.writestr("xl/_rels/workbook.xml.rels", wbrels)
    z.writestr("xl/worksheets/sheet1.xml", sheet)
    with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:  # 100 MB of one string, streamed
        f.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
        chunk = b"a" * (1 << 20)
        for _ in range(100):
            f.write(chunk)
        f.write(b"</t></si></sst>")
PYEOF
check "the bomb is small on disk" test "$(stat -c %s bomb.xlsx)" -lt 1000000
for f in not-zip.xlsx no-workbook.xlsx truncated.xlsx bomb.xlsx; do
  /usr/bin/time -f "%M" -o "$f.mem" "$NASTAVNIK" check "$f" >"$f.out" 2>"$f.err"
  rc=$?
  check "$f: exit 2 (got $rc)" test "$rc" -eq 2
  check "$f: a Russian message naming the file once" grep -qE "^$f: ошибка: (файл|книга|в |слишком|лист|не )" "$f.err"
  check "$f: no raw exception text" bash -c "! grep -qiE 'terminate|what\\(\\)|exception|std::' '$f.err'"
  check "$f: memory stays under 300 MB ($(cat "$f.mem") KB)" test "$(tail -1 "$f.mem")" -lt 307200
done

summary
