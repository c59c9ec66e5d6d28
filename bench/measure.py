#!/usr/bin/python3
"""Runs a command and prints «wall_s cpu_s peak_rss_mb peak_pss_mb exit own_pss_mb user_s»: wall time,
CPU time (user + system of the command and every process it waited for), and the
peak of the memory of the whole process tree, summed over its processes every
20 ms (RSS counts shared libraries once per process; PSS shares them out, so PSS
is the tree's real footprint), the exit status, and the peak PSS of the command's
own process. Usage: bench/measure.py COMMAND [ARGS…]
"""
import os
import resource
import subprocess
import sys
import time


def tree(root):
    """The root's pid and all its descendants' pids."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def memory_kb(pid):
    """(RSS, PSS) of one process in kB; zeros when it has gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


start = time.monotonic()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
peak_rss = peak_pss = own_pss = 0
while proc.poll() is None:
    sums = [memory_kb(pid) for pid in tree(proc.pid)]
    peak_rss = max(peak_rss, sum(r for r, _ in sums))
    peak_pss = max(peak_pss, sum(p for _, p in sums))
    own_pss = max(own_pss, sums[0][1])
    time.sleep(0.02)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.2f} {usage.ru_utime + usage.ru_stime:.2f} {peak_rss // 1024} {peak_pss // 1024} {proc.returncode} "
      f"{own_pss // 1024} {usage.ru_utime:.2f}")
