#!/usr/bin/env python3
"""What one batch of sessions holds, class by class: the difference of two class histograms written by
SessionHeapBench (target/bench-sessions-histogram-N.txt), per session.
Usage: bench/sessions/histogram-diff.py target/bench-sessions-histogram-2.txt target/bench-sessions-histogram-3.txt 200 [top]"""
import re
import sys


def read(path):
    classes = {}
    for line in open(path):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            count, size, name = int(m.group(1)), int(m.group(2)), m.group(3)
            old = classes.get(name, (0, 0))
            classes[name] = (old[0] + count, old[1] + size)
    return classes


before, after = read(sys.argv[1]), read(sys.argv[2])
sessions = int(sys.argv[3])
top = int(sys.argv[4]) if len(sys.argv) > 4 else 40
rows = []
for name in set(before) | set(after):
    c0, s0 = before.get(name, (0, 0))
    c1, s1 = after.get(name, (0, 0))
    rows.append((s1 - s0, c1 - c0, name))
rows.sort(reverse=True)
total = sum(r[0] for r in rows)
print(f"{open(sys.argv[2]).readline().strip()} minus {open(sys.argv[1]).readline().strip()}")
print(f"total {total / 1024 / sessions:.1f} KB per session (shallow sizes)")
print(f"{'bytes/session':>14} {'objects/session':>16}  class")
for size, count, name in rows[:top]:
    print(f"{size / sessions:14.0f} {count / sessions:16.1f}  {name}")
