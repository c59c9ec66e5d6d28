#!/usr/bin/env bash
# The server through a real browser (headless Chromium driven by Selenium): the
# blank, the example school's whole set, a broken workbook marked up, an import.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
cd "$WORK"

# A roadmap in Word, made here with pandoc: a heading with the year, one table.
cat >roadmap.md <<'MD'
# Дорожная карта реализации программы наставничества на 2023/2024 учебный год

| № | Мероприятие | Сроки | Ответственные |
|---|---|---|---|
| 1 | Издание приказа о внедрении целевой модели наставничества | сентябрь 2023 | директор |
| 2 | Формирование базы наставников | октябрь 2023 | куратор |
| 3 | Проведение итогового мероприятия программы наставничества | май 2024 | куратор |
MD
pandoc roadmap.md -o roadmap.docx

cp "$SOURCE_DIR/data/example.xlsx" bad.xlsx
"$PY" - bad.xlsx <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["Пары и группы"]["D3"].value = "nobody"
wb["Пары и группы"]["F4"].value = "31.02.2024"
wb["Сотрудники"]["E3"].value = "средний"
wb.save(sys.argv[1])
PYEOF

start_server || exit 1
SHOT=${SCREENSHOT_OUT:-$WORK/serve.png} PORT=$PORT EXAMPLE="$SOURCE_DIR/data/example.xlsx" \
  "$PY" "$SOURCE_DIR/tests/e2e/serve_browser.py" >browser.out 2>&1
rc=$?
cat browser.out
check "the browser walk-through" test $rc -eq 0
stop_server
check "no personal data in the server's log" bash -c "! grep -q -e 'Веденеев' -e 'данные.xlsx' '$WORK/server.log'"
check "no job folder left after the server stops" bash -c "[ -z \"\$(ls -A '$WORK/jobs' 2>/dev/null | grep -E '^[0-9a-f]{32}$')\" ]"
summary
