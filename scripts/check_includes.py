#!/usr/bin/env python3
"""Holds every `#include "…"` under src/ to the direction of the pipeline.

The rule is each stage's own CMakeLists.txt: `nastavnik_stage(<folder> DEPENDS …)`
names every folder that folder may include (besides itself). An include of any
other folder of ours is reported as «file:line: …» and the script exits 1; so
does a DEPENDS list that forms a cycle, or an include of a file that does not exist.
Usage: check_includes.py [SRC_DIR]   (default: src/ beside this script's folder)
"""
import os
import re
import sys

STAGE_CALL = re.compile(r"nastavnik_stage\(\s*(\w+)([^)]*)\)", re.S)
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def stage_rules(src):
    """{folder: set of folders it may include}, read from src/<folder>/CMakeLists.txt."""
    rules = {}
    for folder in sorted(os.listdir(src)):
        cmake = os.path.join(src, folder, "CMakeLists.txt")
        if not os.path.isfile(cmake):
            continue
        m = STAGE_CALL.search(open(cmake, encoding="utf-8").read())
        if not m or m.group(1) != folder:
            sys.exit(f"{cmake}: no nastavnik_stage({folder} …) call")
        words = m.group(2).split()
        deps = set()
        if "DEPENDS" in words:
            for w in words[words.index("DEPENDS") + 1:]:
                if w.isupper():
                    break
                deps.add(w)
        rules[folder] = deps
    return rules


def find_cycle(rules):
    state = {}

    def visit(node, path):
        state[node] = "open"
        for dep in sorted(rules.get(node, ())):
            if state.get(dep) == "open":
                return path + [node, dep]
            if dep not in state:
                found = visit(dep, path + [node])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in sorted(rules):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def violations(src, rules):
    out = []
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith((".h", ".cc")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src)
            folder = rel.split(os.sep)[0]
            if folder not in rules:
                out.append(f"{rel}: файл вне папки стадии (src/<стадия>/…)")
                continue
            for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                target = m.group(1)
                if not os.path.isfile(os.path.join(src, target)):
                    if "/" in target or os.path.isfile(os.path.join(root, target)):
                        out.append(f"{rel}:{lineno}: «{target}» — нет такого файла в src/ "
                                   "(включайте по пути от src/: \"model/date.h\")")
                    continue
                to = target.split("/")[0]
                if to != folder and to not in rules[folder]:
                    out.append(f"{rel}:{lineno}: {folder}/ не может включать {to}/ ({target}); "
                               f"разрешено: {', '.join(sorted(rules[folder])) or 'ничего'}")
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    rules = stage_rules(src)
    problems = []
    for folder, deps in rules.items():
        for d in sorted(deps - set(rules)):
            problems.append(f"{folder}/CMakeLists.txt: DEPENDS {d} — нет такой стадии")
    cycle = find_cycle(rules)
    if cycle:
        problems.append("цикл зависимостей стадий: " + " → ".join(cycle))
    problems += violations(src, rules)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} нарушений направления зависимостей (docs/ARCHITECTURE.md)")
        return 1
    print(f"направление зависимостей соблюдено: {len(rules)} стадий")
    return 0


if __name__ == "__main__":
    sys.exit(main())
