#!/usr/bin/python3
"""Writes a synthetic school with N events and N staff members, for benchmarks."""
import json
import sys

n = int(sys.argv[1])
months = ["сентябрь", "октябрь", "ноябрь", "декабрь", "январь", "февраль",
          "март", "апрель", "май", "июнь", "июль", "август"]
staff = [{"id": f"s{i}", "full_name": f"Сотрудникова{i} Анна Петровна",
          "position": "учитель", "phone": "8 (800) 000-00-00"} for i in range(n)]
events = []
for i in range(n):
    stage = 1 + i * 7 // n
    events.append({
        "number": f"{stage}.{i + 1}",
        "title": f"Мероприятие № {i + 1}: проведение встречи наставников и наставляемых, анкетирование и анализ.",
        "deadline": {"months": [months[(stage - 1)], months[min(11, stage + 3)]]},
        "responsible": [{"staff": f"s{i}"}, "Классные руководители"],
        "result": "Протокол, аналитическая справка",
    })
school = {
    "organisation": {"full_name": "Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»",
                     "short_name": "МБОУ «Школа № 1»", "city": "Энск"},
    "academic_year": "2023/2024",
    "staff": staff,
    "executor": {"staff": "s0"},
    "roadmap": {"approvals": [{"kind": "approve", "staff": "s0", "date": "2023-08-31"}], "events": events},
}
json.dump(school, sys.stdout, ensure_ascii=False, indent=1)
