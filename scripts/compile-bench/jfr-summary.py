#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample` output: where Custody's samples are."""
import collections
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
total = 0
custody = 0
innermost = collections.Counter()
inclusive = collections.Counter()
for event in text.split("jdk.ExecutionSample"):
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    total += 1
    ours = [f for f in frames if f.startswith("dev.custody.processor")]
    if not ours:
        continue
    custody += 1
    innermost[ours[0]] += 1
    for f in set(ours):
        inclusive[f] += 1
print(f"{total} samples, {custody} with a Custody frame on the stack "
      f"({100.0 * custody / max(total, 1):.1f}%)")
print("\ninnermost Custody frame (where Custody's time goes, JDK callees included):")
for name, n in innermost.most_common(15):
    print(f"  {n:5d}  {name}")
print("\ninclusive Custody frames:")
for name, n in inclusive.most_common(25):
    print(f"  {n:5d}  {name}")
