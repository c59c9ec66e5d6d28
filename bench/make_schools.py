#!/usr/bin/python3
"""Writes N schools made from data/example.json, each with its own name and every
person's surname prefixed with the school's own («Абрамова-Кравцова»), so a document
that names another school's people is easy to catch, while no two people of a
school share a surname the example did not already share; into
OUT_DIR/school-K.json; with --pupils M each school gets M pupils (copies of the
example's), for the server benchmark's large school.
Usage: make_schools.py EXAMPLE.json OUT_DIR N [--pupils M]"""
import copy
import json
import sys

SURNAMES = ["Абрамов", "Белов", "Волков", "Громов", "Данилов", "Ершов", "Жуков", "Зимин", "Исаев", "Киселев"]


def school(example, k, pupils):
    d = copy.deepcopy(example)
    number = 101 + k
    d["organisation"]["full_name"] = f"Муниципальное бюджетное общеобразовательное учреждение «Школа № {number}»"
    d["organisation"]["short_name"] = f"МБОУ «Школа № {number}»"
    surname = SURNAMES[k % len(SURNAMES)]

    def rename(person):
        words = person["full_name"].split()
        female = person.get("gender") == "female" or words[0].endswith(("а", "я"))
        person["full_name"] = " ".join([surname + ("а" if female else "") + "-" + words[0]] + words[1:])
        person.pop("name_forms", None)

    if pupils:
        base = d["pupils"]
        d["pupils"] = []
        for i in range(pupils):
            p = copy.deepcopy(base[i % len(base)])
            p["id"] = f"{p['id']}_{i}" if i >= len(base) else p["id"]
            d["pupils"].append(p)
    for group in ("staff", "pupils", "others"):
        for person in d.get(group, []):
            rename(person)
            if "representative" in person:
                rename(person["representative"])
    return d


def main():
    example = json.load(open(sys.argv[1], encoding="utf-8"))
    out, n = sys.argv[2], int(sys.argv[3])
    pupils = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--pupils" else 0
    for k in range(n):
        with open(f"{out}/school-{k}.json", "w", encoding="utf-8") as f:
            json.dump(school(example, k, pupils), f, ensure_ascii=False, indent=1)


main()
