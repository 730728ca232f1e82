#!/usr/bin/env python3
"""Give every pattern of a dyad verbs file that repeats an earlier pattern's
id the next free number of its verb (VERB.N), keeping the file otherwise
byte for byte. Usage: tools/renumber_patterns.py data/dict/verbs.dyad"""
import re
import sys

path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
seen, top = set(), {}
for line in lines:
    m = re.match(r"pattern\s+(\S+)\.(\d+)\s", line)
    if m:
        top[m.group(1)] = max(top.get(m.group(1), 0), int(m.group(2)))
out, changed = [], 0
for line in lines:
    m = re.match(r"(pattern\s+)(\S+)\.(\d+)(\s+)", line)
    if m:
        pid = "%s.%s" % (m.group(2), m.group(3))
        if pid in seen:
            top[m.group(2)] += 1
            new = "%s.%d" % (m.group(2), top[m.group(2)])
            pad = max(1, len(pid) + len(m.group(4)) - len(new))
            line = m.group(1) + new + " " * pad + line[m.end():]
            pid, changed = new, changed + 1
        seen.add(pid)
    out.append(line)
open(path, "w", encoding="utf-8").write("\n".join(out))
print("%s: %d pattern ids renumbered" % (path, changed))
