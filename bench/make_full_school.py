#!/usr/bin/python3
"""Writes the example school (data/example.json) scaled to N participants of pairs,
for the whole-job benchmark: every document kind is built (roadmap, both orders,
registers, report with its charts, monitoring book, every consent kind).

Copy k of the school's pairs gets ids and surnames with the suffix k; staff who are
in no pair (director, deputies, psychologist) stay single. Year-end results
(survey, growth) are copied with the people they name; the rest of the results
keeps its size. Usage: bench/make_full_school.py N > school.json
"""
import copy
import json
import pathlib
import sys

n = int(sys.argv[1])
base = json.loads((pathlib.Path(__file__).resolve().parent.parent / "data" / "example.json").read_text())

in_pairs = []
for pair in base["pairs"]:
    for pid in [pair["mentor"], *pair["mentees"]]:
        if pid not in in_pairs:
            in_pairs.append(pid)


def renamed(person, k):
    """A copy of a person with a distinct id and surname (the first word of the name)."""
    p = copy.deepcopy(person)
    p["id"] = f"{person['id']}_{k}"
    surname, _, rest = p["full_name"].partition(" ")
    p["full_name"] = f"{surname}{k} {rest}"
    p.pop("name_forms", None)  # explicit case forms would name the original person
    return p


school = copy.deepcopy(base)
for key in ("staff", "pupils", "others", "pairs"):
    school[key] = [x for x in base.get(key, []) if key != "pairs" and x["id"] not in in_pairs]
survey, growth = [], []
people = {x["id"]: x for key in ("staff", "pupils", "others") for x in base.get(key, [])}
lists = {x["id"]: key for key in ("staff", "pupils", "others") for x in base.get(key, [])}
participants, k = 0, 0
while participants < n:
    new_ids = {}
    for pair in base["pairs"]:
        if participants >= n:
            break
        members = [pair["mentor"], *pair["mentees"]]
        for pid in members:
            if pid not in new_ids:
                new_ids[pid] = f"{pid}_{k}"
                school[lists[pid]].append(renamed(people[pid], k))
                participants += 1
        p = copy.deepcopy(pair)
        p["id"] = f"{pair['id']}_{k}"
        p["mentor"] = new_ids[pair["mentor"]]
        p["mentees"] = [new_ids[m] for m in pair["mentees"]]
        school["pairs"].append(p)
        survey += [dict(s, pair=p["id"], person=new_ids[s["person"]])
                   for s in base["results"]["survey"] if s["pair"] == pair["id"]]
        growth += [dict(g, person=new_ids[g["person"]])
                   for g in base["results"]["growth"] if g["person"] in new_ids and g["person"] in pair["mentees"]]
    k += 1

# Growth rows of a mentee in several pairs were added once per pair: keep one per person and measure.
seen, unique_growth = set(), []
for g in growth:
    if (g["person"], g["measure"]) not in seen:
        seen.add((g["person"], g["measure"]))
        unique_growth.append(g)
school["results"]["survey"] = survey
school["results"]["growth"] = unique_growth
first = {pid: f"{pid}_0" for pid in in_pairs}
for practice in school["results"].get("best_practices", []):
    practice["participants"] = [first.get(x, x) for x in practice.get("participants", [])]
for mentor in school["results"].get("best_mentors", []):
    mentor["person"] = first.get(mentor["person"], mentor["person"])
json.dump(school, sys.stdout, ensure_ascii=False, indent=1)
