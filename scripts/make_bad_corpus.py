#!/usr/bin/python3
"""Writes the bad-input corpus under tests/fixtures/bad/ (json/, xlsx/, import/)
and its manifest.tsv, from tests/fixtures/minimal.json and data/example.xlsx.

Run with Debian's /usr/bin/python3 (openpyxl) after changing a case; the files
are committed, so the test needs neither this script nor openpyxl. Cases too big
to commit (100,000 levels, 50 MB names, zip bombs) are made by the test itself.

manifest.tsv: name <TAB> exit status <TAB> input file (under bad/) <TAB> arguments
<TAB> message regex <TAB> location regex. Arguments are split on spaces; {IN} is the case's input (copied
into the case's own folder), {OUT} the output folder, {FILE} a regular file,
{LINK} a dangling symbolic link, {DIR} a folder, {EMPTY} an empty argument.
"""
import copy
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAD = os.path.join(ROOT, "tests", "fixtures", "bad")
MINIMAL = json.load(open(os.path.join(ROOT, "tests", "fixtures", "minimal.json"), encoding="utf-8"))
MANIFEST = []


def case(name, code, args, message, location, input_file):
    MANIFEST.append("\t".join([name, str(code), input_file, args, message, location]))


def write(rel, data):
    path = os.path.join(BAD, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def dumps(d):
    return json.dumps(d, ensure_ascii=False, indent=2)


# ---- JSON data files: every one refused by build and check with exit 2 ------

def json_case(name, text, message, location=None):
    write("json/%s.json" % name, text)
    case("json_" + name, 2, "build {IN} -o {OUT}", message, location or r"%s\.json:[0-9]+:[0-9]+: ошибка" % name,
         "json/%s.json" % name)


def edited(fn):
    d = copy.deepcopy(MINIMAL)
    fn(d)
    return dumps(d)


good = dumps(MINIMAL)
ev = lambda d: d["roadmap"]["events"]
LOC = r"\.json:[0-9]+:[0-9]+: ошибка"

json_case("trailing_comma", good.replace('"city": "Энск"', '"city": "Энск",'), "правильным JSON")
json_case("unclosed_brace", good.rstrip().rstrip("}"), "правильным JSON")
json_case("single_quotes", good.replace('"Энск"', "'Энск'"), "правильным JSON")
json_case("comment", "// данные\n" + good, "правильным JSON")
json_case("empty_file", "", "правильным JSON")
json_case("only_spaces", "   \n\n  ", "правильным JSON")
json_case("truncated", good[: len(good) // 2], "правильным JSON")
json_case("array_root", "[]", "ожидался объект")
json_case("string_root", '"данные"', "ожидался объект")
write("json/cp1251.json", good.encode("cp1251"))
case("json_cp1251", 2, "build {IN} -o {OUT}", "UTF-8", "cp1251" + LOC, "json/cp1251.json")
write("json/invalid_utf8.json", good.encode("utf-8").replace("Энск".encode(), b"\xff\xfe\xfd"))
case("json_invalid_utf8", 2, "build {IN} -o {OUT}", "UTF-8", "invalid_utf8" + LOC, "json/invalid_utf8.json")
json_case("raw_control_char", good.replace("Издание приказа", "Издание\x07приказа"), "управляющий символ")
json_case("nul_title", good.replace("Издание приказа", "Издание\\u0000приказа"), "NUL", "nul_title" + LOC + ": /roadmap/events/0/title")
json_case("nul_org", good.replace("«Школа № 1»\",\n", "«Школа № 1»\\u0000\",\n", 1), "NUL", "nul_org" + LOC + ": /organisation/full_name")
json_case("bell_city", good.replace('"Энск"', '"Эн\\u0007ск"'), "U\\+0007", "bell_city" + LOC + ": /organisation/city")
json_case("nul_key", good.replace('"city"', '"ci\\u0000ty"'), "управляющий символ", "nul_key" + LOC + ": /organisation")
json_case("lone_surrogate", good.replace('"Энск"', '"\\ud800"'), "правильным JSON|UTF-8")
json_case("dup_root_key", good.replace('"academic_year"', '"academic_year": "2022/2023",\n  "academic_year"', 1), "дважды", "dup_root_key" + LOC + ": /academic_year")
json_case("dup_event_key", good.replace('"title": "Издание приказа"', '"title": "А", "title": "Издание приказа"'), "дважды", "dup_event_key" + LOC + ": /roadmap/events/0/title")
json_case("dup_org_key", good.replace('"city": "Энск"', '"city": "Энск", "city": "Москва"'), "дважды", "dup_org_key" + LOC + ": /organisation/city")
json_case("dup_staff_key", good.replace('"id": "director"', '"id": "director", "id": "boss"'), "дважды", "dup_staff_key" + LOC + ": /staff/0/id")
json_case("number_1e400", good.replace('{\n  "organisation"', '{\n  "format_version": 1e400,\n  "organisation"'), "слишком велико", r"number_1e400\.json:2:21: ошибка: /format_version")
json_case("number_minus_1e400", edited(lambda d: d.update(max_mentees_per_mentor=0)).replace('"max_mentees_per_mentor": 0', '"max_mentees_per_mentor": -1e400'), "слишком велико", "number_minus_1e400" + LOC + ": /max_mentees_per_mentor")
json_case("number_in_list_1e999", edited(lambda d: ev(d)[0].update(responsible=[123456789])).replace("123456789", "1e999"), "слишком велико", "number_in_list_1e999" + LOC + ": /roadmap/events/0/responsible/0")
json_case("number_huge_int", edited(lambda d: d.update(format_version=0)).replace('"format_version": 0', '"format_version": 99999999999999999999999'), "целое число", "number_huge_int" + LOC + ": /format_version")
json_case("deep_65_arrays", good.replace('{\n  "organisation"', '{\n  "format_version": ' + "[" * 65 + "]" * 65 + ',\n  "organisation"'), "вложенность", r"deep_65_arrays\.json:2:[0-9]+: ошибка")
json_case("deep_65_objects", good.replace('{\n  "organisation"', '{\n  "x": ' + '{"a":' * 65 + "1" + "}" * 65 + ',\n  "organisation"'), "вложенность", r"deep_65_objects\.json:2:[0-9]+: ошибка")
json_case("title_number", edited(lambda d: ev(d)[0].update(title=5)), "строка", "title_number" + LOC + ": /roadmap/events/0/title")
json_case("title_null", edited(lambda d: ev(d)[0].update(title=None)), "обязательное поле", "title_null" + LOC + ": /roadmap/events/0/title")
json_case("no_organisation", edited(lambda d: d.pop("organisation")), "organisation", "no_organisation" + LOC)
json_case("no_roadmap", edited(lambda d: d.pop("roadmap")), "roadmap", "no_roadmap" + LOC)
json_case("events_empty", edited(lambda d: d["roadmap"].update(events=[])), "нет ни одного мероприятия", "events_empty" + LOC + ": /roadmap/events")
json_case("events_object", edited(lambda d: d["roadmap"].update(events={})), "список", "events_object" + LOC + ": /roadmap/events")
json_case("event_string", edited(lambda d: ev(d).__setitem__(0, "мероприятие")), "объект", "event_string" + LOC + ": /roadmap/events/0")
json_case("unknown_root_key", edited(lambda d: d.update(organization={})), "неизвестное поле", "unknown_root_key" + LOC + ": /organization")
json_case("unknown_event_key", edited(lambda d: ev(d)[0].update(titel="x")), "неизвестное поле", "unknown_event_key" + LOC + ": /roadmap/events/0/titel")
json_case("year_gap", edited(lambda d: d.update(academic_year="2023/2025")), "учебный год", "year_gap" + LOC + ": /academic_year")
json_case("year_reversed", edited(lambda d: d.update(academic_year="2024/2023")), "учебный год", "year_reversed" + LOC + ": /academic_year")
json_case("deadline_feb31", edited(lambda d: ev(d)[0].update(deadline="до 31.02.2024")), "31.02.2024", "deadline_feb31" + LOC + ": /roadmap/events/0/deadline")
json_case("deadline_feb30_range", edited(lambda d: ev(d)[0].update(deadline="с 01.09.2023 по 30.02.2024")), "30.02.2024", "deadline_feb30_range" + LOC + ": /roadmap/events/0/deadline")
json_case("deadline_day_32", edited(lambda d: ev(d)[0].update(deadline="до 32.01.2024")), "32.01.2024", "deadline_day_32" + LOC + ": /roadmap/events/0/deadline")
json_case("deadline_year_9999_text", edited(lambda d: ev(d)[0].update(deadline="до 01.09.9999")), "9999", "deadline_year_9999_text" + LOC + ": /roadmap/events/0/deadline")
json_case("deadline_date_9999", edited(lambda d: ev(d)[0].update(deadline={"date": "9999-12-31"})), "9999", "deadline_date_9999" + LOC + ": /roadmap/events/0/deadline/date")
json_case("deadline_empty", edited(lambda d: ev(d)[0].update(deadline="  ")), "срок не заполнен", "deadline_empty" + LOC + ": /roadmap/events/0/deadline")
json_case("deadline_number", edited(lambda d: ev(d)[0].update(deadline=5)), "срок пишется", "deadline_number" + LOC + ": /roadmap/events/0/deadline")
json_case("approval_9999", edited(lambda d: d["roadmap"]["approvals"][1].update(date="9999-12-31")), "9999", "approval_9999" + LOC + ": /roadmap/approvals/1/date")
json_case("approval_1800", edited(lambda d: d["roadmap"]["approvals"][1].update(date="1800-01-01")), "1800", "approval_1800" + LOC + ": /roadmap/approvals/1/date")
json_case("approval_feb30", edited(lambda d: d["roadmap"]["approvals"][1].update(date="2023-02-30")), "не дата", "approval_feb30" + LOC + ": /roadmap/approvals/1/date")
json_case("approval_russian_date", edited(lambda d: d["roadmap"]["approvals"][1].update(date="31.08.2023")), "не дата", "approval_russian_date" + LOC + ": /roadmap/approvals/1/date")
json_case("protocol_9999", edited(lambda d: d["roadmap"]["approvals"][0]["protocol"].update(date="9999-12-31")), "9999", "protocol_9999" + LOC + ": /roadmap/approvals/0/protocol/date")
pupil = {"id": "p1", "full_name": "Орлов Тимофей Алексеевич", "class": "5А", "birth_date": "2030-01-15"}
json_case("pupil_born_2030", edited(lambda d: d.update(pupils=[pupil])), "позже конца", "pupil_born_2030" + LOC + ": /pupils/0/birth_date")
json_case("pupil_born_1850", edited(lambda d: d.update(pupils=[dict(pupil, birth_date="1850-01-15")])), "1850", "pupil_born_1850" + LOC + ": /pupils/0/birth_date")
json_case("period_9999", edited(lambda d: d.update(period={"from": "2023-09-01", "to": "9999-12-31"})), "9999", "period_9999" + LOC + ": /period/to")
json_case("period_reversed", edited(lambda d: d.update(period={"from": "2024-05-01", "to": "2023-09-01"})), "раньше", "period_reversed" + LOC + ": /period")
json_case("org_name_1500", edited(lambda d: d["organisation"].update(full_name="Школа " * 250)), "не больше 1\u00a0000", "org_name_1500" + LOC + ": /organisation/full_name")
json_case("staff_name_400", edited(lambda d: d["staff"][0].update(full_name="Петров " * 57)), "для имени", "staff_name_400" + LOC + ": /staff/0/full_name")
json_case("title_6000", edited(lambda d: ev(d)[0].update(title="Очень длинное название " * 261)), "для названия", "title_6000" + LOC + ": /roadmap/events/0/title")
json_case("note_25000", edited(lambda d: ev(d)[0].update(note="примечание " * 2300)), "длиннее допустимого", "note_25000" + LOC + ": /roadmap/events/0/note")
json_case("swot_25000", edited(lambda d: d.update(results={"swot": {"strengths": ["сильная сторона " * 1500]}})), "для текста", "swot_25000" + LOC + ": /results/swot/strengths/0")
json_case("word_300_title", edited(lambda d: ev(d)[0].update(title="Приказ " + "о" * 300)), "без пробела", "word_300_title" + LOC + ": /roadmap/events/0/title")
json_case("word_201_responsible", edited(lambda d: ev(d)[1]["responsible"].__setitem__(0, "П" * 201)), "без пробела", "word_201_responsible" + LOC + ": /roadmap/events/1/responsible/0")
json_case("word_250_org", edited(lambda d: d["organisation"].update(short_name="Ш" * 250)), "без пробела", "word_250_org" + LOC + ": /organisation/short_name")
json_case("key_400", edited(lambda d: d["organisation"].update({"k" * 400: 1})), "название поля", "key_400" + LOC + ": /organisation")
json_case("inn_letters", edited(lambda d: d["organisation"].update(inn="12345abcde")), "ИНН", "inn_letters" + LOC + ": /organisation/inn")
json_case("staff_id_cyrillic", edited(lambda d: (d["staff"][0].update(id="директор"), ev(d)[0].update(responsible=["Директор"]), d["roadmap"]["approvals"][1].update(staff="директор"))), "латинские", "staff_id_cyrillic" + LOC + ": /staff/0/id")
json_case("unknown_staff_ref", edited(lambda d: ev(d)[0].update(responsible=[{"staff": "nobody"}])), "nobody", "unknown_staff_ref" + LOC + ": /roadmap/events/0/responsible/0/staff")
json_case("executor_both", edited(lambda d: d["executor"].update(full_name="Иванов И.И.")), "либо", "executor_both" + LOC + ": /executor/full_name")
json_case("responsible_empty", edited(lambda d: ev(d)[0].update(responsible=[])), "ответственный", "responsible_empty" + LOC + ": /roadmap/events/0/responsible")
json_case("stage_21", edited(lambda d: ev(d)[0].update(stage=21)), "вне допустимых", "stage_21" + LOC + ": /roadmap/events/0/stage")
json_case("format_version_2", edited(lambda d: d.update(format_version=2)), "вне допустимых", "format_version_2" + LOC + ": /format_version")
json_case("event_number_letters", edited(lambda d: ev(d)[0].update(number="x.1")), "этап", "event_number_letters" + LOC + ": /roadmap/events/0/number")
json_case("organisation_string", edited(lambda d: d.update(organisation="Школа")), "объект", "organisation_string" + LOC + ": /organisation")
json_case("city_empty", edited(lambda d: d["organisation"].update(city="")), "пустое", "city_empty" + LOC + ": /organisation/city")
json_case("dup_staff_id", edited(lambda d: d["staff"].append(dict(d["staff"][0]))), "director", "dup_staff_id" + LOC + ": /staff/2")
json_case("monitoring_1e400", good.replace('{\n  "organisation"', '{\n  "monitoring_dates": [1e400],\n  "organisation"'), "слишком велико", "monitoring_1e400" + LOC + ": /monitoring_dates/0")
write("json/binary.json", bytes(range(256)) * 4)
case("json_binary", 2, "build {IN} -o {OUT}", "правильным JSON|UTF-8", "binary" + LOC, "json/binary.json")
write("json/wrong_extension.txt", good)
case("json_wrong_extension", 2, "build {IN} -o {OUT}", "ожидается файл данных", r"wrong_extension\.txt: ошибка",
     "json/wrong_extension.txt")

# ---- Workbooks ---------------------------------------------------------------

EXAMPLE = os.path.join(ROOT, "data", "example.xlsx")


def xlsx_case(name, data, message, location):
    write("xlsx/%s.xlsx" % name, data)
    case("xlsx_" + name, 2, "build {IN} -o {OUT}", message, location, "xlsx/%s.xlsx" % name)


def workbook(edit):
    wb = openpyxl.load_workbook(EXAMPLE)
    edit(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def rezip(data, edit):
    """The package with edit(name, bytes) -> bytes applied to every part."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, edit(info.filename, src.read(info.filename)))
    return buf.getvalue()


def events_sheet(wb):
    return wb["Мероприятия"]


def set_cell(sheet, ref, value):
    def edit(wb):
        wb[sheet][ref] = value
    return edit


example = open(EXAMPLE, "rb").read()
CELL = lambda sheet, ref: "Лист «%s», ячейка %s" % (sheet, ref)
xlsx_case("not_zip", "это не книга\n", "не ZIP-архив", r"not_zip\.xlsx")
xlsx_case("empty", b"", "не ZIP-архив|повреждён", r"empty\.xlsx")
xlsx_case("truncated", example[: len(example) // 2], "повреждён|обрезан", r"truncated\.xlsx")
xlsx_case("ole2_xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024, "Excel 97", r"ole2_xls\.xlsx")
def zip_of(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in parts:
            z.writestr(n, t)
    return buf.getvalue()
xlsx_case("docx_inside", zip_of([("word/document.xml", "<w:document/>"), ("[Content_Types].xml", "<Types/>")]), "DOCX|не книга", r"docx_inside\.xlsx")
xlsx_case("invalid_utf8_cell", rezip(example, lambda n, b: b.replace("Краснодольск".encode(), b"\xff\xfe") if n == "xl/sharedStrings.xml" else b), "UTF-8", "Лист «[^»]+», ячейка [A-Z]+[0-9]+")
xlsx_case("invalid_utf8_sheet", rezip(example, lambda n, b: b.replace("Этапы".encode(), b"\xc0\xaf") if n == "xl/workbook.xml" else b), "UTF-8", r"invalid_utf8_sheet\.xlsx")
xlsx_case("broken_xml", rezip(example, lambda n, b: b.replace(b"</sheetData>", b"</sheetDat>") if n == "xl/worksheets/sheet5.xml" else b), "испорчен XML", r"xl/worksheets/sheet5\.xml")
xlsx_case("bad_cell_ref", rezip(example, lambda n, b: b.replace(b'r="A2"', b'r="XFE2"', 1) if n == "xl/worksheets/sheet5.xml" else b), "неверный адрес", "XFE2")
xlsx_case("number_1e400", rezip(example, lambda n, b: b.replace(b"<v>", b"<v>1e400", 1) if n == "xl/worksheets/sheet5.xml" else b), "неверное значение", "ячейка [A-Z]+[0-9]+")
bomb = zipfile.ZipFile(io.BytesIO(example))
def with_bomb():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in bomb.infolist():
            data = bomb.read(info.filename)
            if info.filename == "xl/sharedStrings.xml":
                data = data + b" " * (17 << 20)
            out.writestr(info.filename, data)
    return buf.getvalue()
xlsx_case("bomb_shared_strings", with_bomb(), "слишком большой элемент", "sharedStrings")
xlsx_case("missing_events_sheet", workbook(lambda wb: wb.remove(wb["Мероприятия"])), "нет листа", "Лист «Мероприятия»")
def clear_events(wb):
    ws = wb["Мероприятия"]
    ws.delete_rows(2, ws.max_row)
xlsx_case("no_events", workbook(clear_events), "нет ни одного мероприятия", "Лист «Мероприятия»")
def org_row(wb, header):
    ws = wb["Организация"]
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 1).value and header in str(ws.cell(r, 1).value):
            return "B%d" % r
    raise SystemExit("no row " + header)
wb0 = openpyxl.load_workbook(EXAMPLE)
ORG_NAME = org_row(wb0, "Полное наименование")
YEAR = org_row(wb0, "Учебный год")
def events_col(header):
    ws = wb0["Мероприятия"]
    for c in range(1, ws.max_column + 1):
        if ws.cell(1, c).value == header:
            return openpyxl.utils.get_column_letter(c)
    raise SystemExit("no column " + header)
TITLE, DEADLINE, KIND = (events_col(h) + "3" for h in ("Мероприятие", "Срок", "Вид срока"))
xlsx_case("org_name_empty", workbook(set_cell("Организация", ORG_NAME, None)), "не заполнено", CELL("Организация", ORG_NAME))
xlsx_case("org_name_1500", workbook(set_cell("Организация", ORG_NAME, "Школа " * 250)), "не больше 1\u00a0000", CELL("Организация", ORG_NAME))
xlsx_case("word_300_title", workbook(set_cell("Мероприятия", TITLE, "о" * 300)), "без пробела", CELL("Мероприятия", TITLE))
xlsx_case("nul_escape_title", workbook(set_cell("Мероприятия", TITLE, "Приказ_x0000_")), "NUL", CELL("Мероприятия", TITLE))
def feb31(wb):
    wb["Мероприятия"][DEADLINE] = "до 31.02.2024"
    wb["Мероприятия"][KIND] = None
xlsx_case("deadline_feb31", workbook(feb31), "31.02.2024", CELL("Мероприятия", DEADLINE))
xlsx_case("year_bad", workbook(set_cell("Организация", YEAR, "2023/2025")), "учебный год", CELL("Организация", YEAR))
wb0.close()

# ---- Imports -------------------------------------------------------------------

def import_case(name, data, message, location=None, code=2):
    path = write("import/" + name, data)
    case("import_" + name.replace(".", "_"), code, "import {IN} -o {OUT}/roadmap.json", message,
         location or name.replace(".", r"\."), "import/" + name)
    return path


def pandoc_bytes(markdown, fmt):
    out = subprocess.run(["pandoc", "-f", "markdown", "-t", fmt, "-o", "-"], input=markdown.encode(),
                         stdout=subprocess.PIPE, check=True)
    return out.stdout


ROADMAP_MD = """# Дорожная карта

| № | Мероприятие | Сроки | Ответственные |
|---|---|---|---|
| 1.1 | Издание приказа | сентябрь 2023 | Директор |
"""
docx = pandoc_bytes(ROADMAP_MD, "docx")
odt = pandoc_bytes(ROADMAP_MD, "odt")


def zip64(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            with out.open(info.filename, "w", force_zip64=True) as f:
                f.write(src.read(info.filename))
    return buf.getvalue()


def flip_crc(data):
    """word/document.xml's CRC in the central directory changed: inflating it must fail the check."""
    b = bytearray(data)
    at = 0
    while True:
        at = b.index(b"PK\x01\x02", at)
        name_len = b[at + 28] | (b[at + 29] << 8)
        if bytes(b[at + 46:at + 46 + name_len]) == b"word/document.xml":
            b[at + 16] ^= 0xFF
            return bytes(b)
        at += 4


import_case("not_zip.docx", "просто текст\n", "не ZIP-архив")
import_case("empty.docx", b"", "не ZIP-архив")
import_case("truncated.docx", docx[: len(docx) // 2], "повреждён или обрезан")
import_case("truncated.odt", odt[: len(odt) // 3], "повреждён или обрезан")
import_case("zip64.docx", zip64(docx), "ZIP64")
import_case("crc.docx", flip_crc(docx), "повреждён")
import_case("ole2.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048, "не ZIP-архив")
import_case("no_document_xml.docx", zip_of([("[Content_Types].xml", "<Types/>"), ("word/other.xml", "<x/>")]), "word/document.xml")
import_case("no_content_xml.odt", zip_of([("mimetype", "application/vnd.oasis.opendocument.text")]), "content.xml")
import_case("broken_xml.docx", rezip(docx, lambda n, b: b.replace(b"</w:body>", b"</w:bod>") if n == "word/document.xml" else b), "испорчен XML")
import_case("xlsx_renamed.docx", example, "word/document.xml")
import_case("part_bomb.docx", rezip(docx, lambda n, b: b + b" " * (17 << 20) if n == "word/document.xml" else b), "после распаковки")
import_case("no_table.docx", pandoc_bytes("Просто текст без таблицы.\n", "docx"), "таблицы мероприятий")
import_case("empty_table.docx", pandoc_bytes("| Мероприятие | Сроки |\n|---|---|\n| | |\n", "docx"), "таблиц")
import_case("empty.txt", "", "таблицы мероприятий")
import_case("no_table.txt", "Дорожная карта\n\nТолько абзацы, без таблицы.\n", "таблицы мероприятий")
import_case("binary.txt", bytes(range(256)) * 16, "таблиц")
import_case("cp1251_no_table.txt", "Дорожная карта без таблицы\n".encode("cp1251"), "таблицы мероприятий")
import_case("roadmap.pdf", "%PDF-1.4\n", r"\.docx, \.odt или \.txt")
import_case("roadmap.doc", b"\xd0\xcf\x11\xe0", r"\.doc не читается")
import_case("roadmap.rtf", "{\\rtf1}", r"\.rtf не читается")

# ---- Command lines -------------------------------------------------------------
MIN_JSON = write("cli/data.json", good)
# Each: name, exit, arguments, message, location (what the message must name).
cli = [
    ("build_o_missing", 1, "build {IN} -o", "после -o нужно указать", "-o"),
    ("build_o_empty", 1, "build {IN} -o {EMPTY}", "пустая строка", "-o"),
    ("build_o_file", 1, "build {IN} -o {FILE}", "файл, а не папка", "«[^»]*file\\.txt»"),
    ("build_o_dev_null", 1, "build {IN} -o /dev/null", "не папка", "«/dev/null»"),
    ("build_o_dangling", 1, "build {IN} -o {LINK}", "несуществующий путь", "«[^»]*dangling»"),
    ("build_o_input", 1, "build {IN} -o {IN}", "файл, а не папка", "«[^»]*data\\.json»"),
    ("build_o_under_file", 1, "build {IN} -o {FILE}/docs", "файл, а не папка", "«[^»]*file\\.txt»"),
    ("build_site_o_file", 1, "build {IN} --site -o {FILE}", "файл, а не папка", "«[^»]*file\\.txt»"),
    ("rollover_o_input", 1, "rollover {IN} --to 2024/2025 -o {IN}", "входной файл|поверх исходного", "data\\.json"),
    ("rollover_o_dir", 1, "rollover {IN} --to 2024/2025 -o {DIR}", "папка", "«[^»]*out»"),
    ("rollover_o_dev_null", 1, "rollover {IN} --to 2024/2025 -o /dev/null", "не обычный файл", "«/dev/null»"),
    ("rollover_o_dangling", 1, "rollover {IN} --to 2024/2025 -o {LINK}", "несуществующий путь", "dangling"),
    ("rollover_to_garbage", 1, "rollover {IN} --to следующий", "не учебный год", "«следующий»"),
    ("rollover_o_missing", 1, "rollover {IN} --to 2024/2025 -o", "после -o нужно указать", "-o"),
    ("build_unknown_option", 1, "build {IN} --colour", "неизвестный параметр", "«--colour»"),
    ("build_bad_format", 1, "build {IN} --format docx,odt", "odt", "odt"),
    ("build_extra_argument", 1, "build {IN} {IN}", "лишний аргумент", "data\\.json"),
    ("build_no_file", 1, "build", "не указан файл", "файл данных"),
    ("unknown_command", 1, "bulid {IN}", "неизвестная команда", "«bulid»"),
    ("build_missing_input", 2, "build {DIR}/nothing.json -o {OUT}", "не найден", "nothing\\.json"),
    ("build_input_is_dir", 2, "build {DIR} -o {OUT}", "ожидается файл данных", "out"),
    ("convert_same_file", 1, "convert {IN} {IN}", "совпадают|\\.xlsx", "convert"),
    ("convert_bad_ext", 1, "convert {IN} {OUT}/data.txt", "переводит", "\\.xlsx"),
    ("import_o_empty", 1, "import {IN} -o {EMPTY}", "пустая строка", "-o"),
    ("import_o_dir", 1, "import {IN} -o {DIR}", "папка", "«[^»]*out»"),
    ("import_o_dev_null", 1, "import {IN} -o /dev/null", "не обычный файл", "«/dev/null»"),
    ("import_o_dangling", 1, "import {IN} -o {LINK}", "несуществующий путь", "dangling"),
    ("import_o_missing", 1, "import {IN} -o", "после -o нужно указать", "-o"),
    ("import_missing_input", 2, "import {DIR}/nothing.docx -o {OUT}/r.json", "не найден", "nothing\\.docx"),
]
for name, code, args, message, location in cli:
    case("cli_" + name, code, args, message, location, "cli/roadmap.txt" if name.startswith("import") else "cli/data.json")
write("cli/roadmap.txt", "№\tМероприятие\tСроки\tОтветственные\n1.1\tИздание приказа\tсентябрь 2023\tДиректор\n")

with open(os.path.join(BAD, "manifest.tsv"), "w", encoding="utf-8") as f:
    f.write("# name\texit\tinput\targuments\tmessage regex\tlocation regex (see scripts/make_bad_corpus.py)\n")
    f.write("\n".join(MANIFEST) + "\n")
print(len(MANIFEST), "cases")
