#!/usr/bin/env bash
# `build` on a terminal shows «Создаю документы: N из M» on stderr; in a pipe or a
# log it shows nothing extra.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
# script(1) gives the command a terminal, as a person at the keyboard has.
script -qec "'$NASTAVNIK' build '$SOURCE_DIR/data/example.json' -o tty --format html,xlsx" /dev/null >tty.txt 2>&1
check "on a terminal: a progress line" grep -q "Создаю документы: [0-9]* из [0-9]*" tty.txt
check "on a terminal: it ends at the total" bash -c "tr '\r' '\n' <tty.txt | grep -E 'Создаю документы: ([0-9]+) из \1\b' >/dev/null"
"$NASTAVNIK" build "$SOURCE_DIR/data/example.json" -o pipe --format html,xlsx >pipe.out 2>pipe.err
check "in a pipe: the build succeeds" test $? -eq 0
check "in a pipe: nothing on stderr" test ! -s pipe.err
summary
