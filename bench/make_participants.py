#!/usr/bin/python3
"""Writes a synthetic school with N participants (pupils and teacher mentors) for the consents benchmark."""
import json
import sys

n = int(sys.argv[1])
teachers = max(1, n // 4)
pupils = n - teachers
staff = [{"id": "director", "full_name": "Кравцова Ирина Викторовна", "position": "директор", "gender": "female"}]
for i in range(teachers):
    staff.append({"id": f"t{i}", "full_name": f"Учителева{i} Анна Петровна", "position": "учитель", "gender": "female",
                  "mentoring_consent": {"date": "2023-09-01", "agreement": {"number": str(i + 1), "date": "2023-09-01"}}})
kids = [{"id": f"p{i}", "full_name": f"Ученикова{i} Мария Ивановна", "class": f"{5 + i % 7}А",
         "birth_date": "2011-05-05", "gender": "female",
         "representative": {"full_name": f"Ученикова{i} Ольга Петровна", "relation": "мать"}} for i in range(pupils)]
pairs = []
for t in range(teachers):
    group = [f"p{j}" for j in range(t * 3, min(pupils, t * 3 + 3))]
    if group:
        pairs.append({"id": f"g{t}", "form": "учитель – ученик", "mentor": f"t{t}", "mentees": group,
                      "from": "2023-10-01", "to": "2024-05-31"})
school = {
    "organisation": {"full_name": "Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»",
                     "short_name": "МБОУ «Школа № 1»", "city": "Энск", "address": "г. Энск, ул. Ленина, 1"},
    "academic_year": "2023/2024",
    "staff": staff, "pupils": kids, "pairs": pairs, "curator": "director",
    "publication": {"pages": ["https://school1.example/nastavnichestvo"]},
    "roadmap": {"events": [{"number": "1.1", "title": "Старт", "deadline": "сентябрь", "responsible": ["Куратор"]}]},
}
json.dump(school, sys.stdout, ensure_ascii=False)
