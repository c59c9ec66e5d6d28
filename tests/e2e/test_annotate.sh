#!/usr/bin/env bash
# `check КНИГА.xlsx --annotate НОВАЯ.xlsx`: the user's own workbook comes back with
# the offending cells filled and commented and a first sheet «Замечания» linking
# them — and everything else (values, formats, drop-downs) exactly as it was.
source "$(dirname "$0")/lib.sh"
cd "$WORK"

cp "$SOURCE_DIR/data/example.xlsx" bad.xlsx
"$PY" - bad.xlsx <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["Пары и группы"]["D3"].value = "nobody"          # an unknown person
wb["Пары и группы"]["F4"].value = "31.02.2024"      # not a date
wb["Сотрудники"]["E3"].value = "средний"            # outside the drop-down list
wb.save(sys.argv[1])
PYEOF
"$NASTAVNIK" check bad.xlsx --annotate marked.xlsx >out.txt 2>err.txt
check "a workbook with errors: exit 2" test $? -eq 2
check "the marked copy is named" grep -qF "Замечания отмечены в книге «marked.xlsx»" out.txt
check "the three cells are marked, listed and linked; the data is untouched" "$PY" - bad.xlsx marked.xlsx <<'PYEOF'
import sys, openpyxl
before = openpyxl.load_workbook(sys.argv[1])
after = openpyxl.load_workbook(sys.argv[2])
assert after.sheetnames[0] == "Замечания", after.sheetnames
assert after.sheetnames[1:] == before.sheetnames, after.sheetnames
assert after.active.title == "Замечания", after.active.title
notes = after["Замечания"]
rows = [[c.value for c in r] for r in notes.iter_rows(min_row=2)]
places = [(r[0], r[1]) for r in rows]
for place in [("Сотрудники", "E3"), ("Пары и группы", "D3"), ("Пары и группы", "F4")]:
    assert place in places, (place, places)
# In the workbook's order: «Сотрудники» comes before «Пары и группы».
assert places.index(("Сотрудники", "E3")) < places.index(("Пары и группы", "D3")) < places.index(("Пары и группы", "F4")), places
for r in notes.iter_rows(min_row=2):
    if (r[0].value, r[1].value) == ("Пары и группы", "D3"):
        assert r[1].hyperlink is not None and r[1].hyperlink.location == "'Пары и группы'!D3", r[1].hyperlink
for sheet, ref, words in [("Пары и группы", "D3", "nobody"), ("Пары и группы", "F4", "не дата"),
                          ("Сотрудники", "E3", "не из списка")]:
    cell = after[sheet][ref]
    assert cell.fill.fgColor.rgb == "FFFFC7CE", (sheet, ref, cell.fill.fgColor.rgb)
    assert cell.comment is not None and words in cell.comment.text, (sheet, ref, cell.comment)
marked = set(places)  # the planted three, and what follows from them (a pair without its mentor)
for ws in before.worksheets:
    ws2 = after[ws.title]
    assert ws.max_row == ws2.max_row and ws.max_column == ws2.max_column, ws.title
    for row in ws.iter_rows():
        for c in row:
            c2 = ws2[c.coordinate]
            assert c.value == c2.value, (ws.title, c.coordinate, c.value, c2.value)
            assert c.number_format == c2.number_format, (ws.title, c.coordinate)
            assert repr(c.font) == repr(c2.font), (ws.title, c.coordinate)
            if (ws.title, c.coordinate) not in marked:
                assert repr(c.fill) == repr(c2.fill), (ws.title, c.coordinate)
                if c.comment is not None:
                    assert c2.comment is not None and c2.comment.text == c.comment.text, (ws.title, c.coordinate)
    dv1 = sorted((str(v.sqref), v.formula1) for v in ws.data_validations.dataValidation)
    dv2 = sorted((str(v.sqref), v.formula1) for v in ws2.data_validations.dataValidation)
    assert dv1 == dv2, ws.title
    assert ws.freeze_panes == ws2.freeze_panes, ws.title
print("ok")
PYEOF
check "the marked workbook reads back with the same messages" bash -c \
  "diff <(sed 's/^bad.xlsx//' err.txt | grep ошибка) <('$NASTAVNIK' check marked.xlsx 2>&1 | sed 's/^marked.xlsx//' | grep ошибка)"
check "LibreOffice opens the marked workbook" bash -c \
  "soffice --headless -env:UserInstallation=file://$WORK/lo --convert-to csv --outdir lo marked.xlsx >/dev/null 2>&1 && test -s lo/marked.csv"

"$NASTAVNIK" check "$SOURCE_DIR/data/example.json" --annotate x.xlsx >/dev/null 2>&1
check "--annotate needs a workbook: exit 1" test $? -eq 1
"$NASTAVNIK" check bad.xlsx --annotate bad.xlsx >/dev/null 2>&1
check "never over the checked workbook" test $? -ne 0
summary
