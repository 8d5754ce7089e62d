#!/usr/bin/env python3
"""Reads the -v:d build logs measure-build.sh wrote (x<scale>-<baseline|with>-<run>.log) and prints the
compiler's cost of OpenCx.Scopes: Csc time both ways, our analyzers' and generator's share, each of our
analyzers beside ASP.NET Core's own, and how it all grows with the size of the project."""
import os
import re
import sys
from collections import defaultdict

CSC = re.compile(r"^\s*(\d+) ms\s+Csc\s+\d+ calls")
ROW = re.compile(r"^\s*(<?[\d.]+)\s+(<?\d+)\s+(\S.*?)\s*$")
OURS = "OpenCx.Scopes"
ASPNET = "Microsoft.AspNetCore"


def seconds(text):
    return 0.0005 if text.startswith("<") else float(text)


def parse(path):
    """Csc seconds, and per section (analyzer/generator) the times of assemblies and of their types."""
    csc, section, assembly = None, None, None
    totals = {"analyzer": 0.0, "generator": 0.0}
    types = {"analyzer": {}, "generator": {}}
    assemblies = {"analyzer": {}, "generator": {}}
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            total = re.search(r"Total (analyzer|generator) execution time: ([\d.]+) seconds", line)
            if total:
                section = total.group(1)
                totals[section] = float(total.group(2))
                continue
            match = CSC.match(line)
            if match:
                csc = int(match.group(1)) / 1000.0
                continue
            if section is None:
                continue
            if "Done executing task" in line:
                section = None
                continue
            row = ROW.match(line)
            if not row or row.group(3).startswith("Analyzer") or row.group(3).startswith("Generator"):
                continue
            name, time = row.group(3), seconds(row.group(1))
            if "Version=" in name:
                assembly = name.split(",")[0]
                assemblies[section][assembly] = time
            else:
                types[section][(assembly, name.split(" (")[0])] = time
    return csc, assemblies, types, totals


def ours(assemblies):
    return sum(t for a, t in assemblies.items() if a.startswith(OURS))


def main(folder):
    builds = defaultdict(list)
    for name in os.listdir(folder):
        match = re.match(r"x([\d.]+)-(baseline|with)-(\d+)\.log$", name)
        if match:
            builds[(float(match.group(1)), match.group(2))].append(parse(os.path.join(folder, name)))

    growth = []
    for scale in sorted({s for s, _ in builds}):
        # The fastest of the runs: the one least disturbed by the rest of the machine.
        base = min(builds[(scale, "baseline")], key=lambda b: b[0])
        with_ = min(builds[(scale, "with")], key=lambda b: b[0])
        csc_base, csc_with = base[0], with_[0]
        our_analyzers, our_generator = ours(with_[1]["analyzer"]), ours(with_[1]["generator"])
        our_total = our_analyzers + our_generator
        aspnet = {t: s for (a, t), s in with_[2]["analyzer"].items() if a.startswith(ASPNET)}
        mine = {t: s for (a, t), s in with_[2]["analyzer"].items() if a.startswith(OURS)}
        gens = {t: s for (a, t), s in with_[2]["generator"].items() if a.startswith(OURS)}
        costliest = max(aspnet.items(), key=lambda kv: kv[1], default=("(none)", 0.0))

        print(f"\n## {scale:g}x")
        print(f"Csc without OpenCx.Scopes: {csc_base:8.2f} s")
        print(f"Csc with OpenCx.Scopes:    {csc_with:8.2f} s   ({(csc_with / csc_base - 1) * 100:+.1f}% against the baseline of this run)")
        print(f"Our analyzers {our_analyzers:.3f} s + generator {our_generator:.3f} s = {our_total:.3f} s"
              f" = {our_total / csc_with * 100:.2f}% of Csc time (target: under 3%)")
        print(f"All analyzers in the build: {with_[3]['analyzer']:.2f} s; all generators: {with_[3]['generator']:.2f} s"
              f" (baseline build: {base[3]['analyzer']:.2f} s and {base[3]['generator']:.2f} s)")
        print(f"\n{'analyzer / generator':<60} {'time (s)':>9} {'% of Csc':>9} {'vs costliest ASP.NET':>21}")
        short = lambda t: t.split(".")[-1]
        rows = [(f"[ours] {short(t)}", s) for t, s in sorted(mine.items(), key=lambda kv: -kv[1])]
        rows += [(f"[ours, generator] {short(t)}", s) for t, s in sorted(gens.items(), key=lambda kv: -kv[1])]
        rows += [(f"[ASP.NET Core] {short(t)}", s) for t, s in sorted(aspnet.items(), key=lambda kv: -kv[1])]
        for name, s in rows:
            ratio = f"{s / costliest[1]:.2f}x" if costliest[1] > 0 else "-"
            print(f"{name[:60]:<60} {s:9.3f} {s / csc_with * 100:8.2f}% {ratio:>21}")
        worst = max(mine.items(), key=lambda kv: kv[1], default=("(none)", 0.0))
        verdict = "holds" if worst[1] <= costliest[1] else "does NOT hold"
        print(f"\nCostliest of ours: {worst[0]} {worst[1]:.3f} s; costliest ASP.NET Core analyzer: {costliest[0]} {costliest[1]:.3f} s -> target {verdict}")
        growth.append((scale, csc_base, csc_with, our_analyzers, our_generator, costliest[1]))

    if len(growth) > 1:
        print("\n## Growth (each figure against the smallest size)")
        print(f"{'size':>6} {'Csc base s':>11} {'Csc with s':>11} {'ours s':>8} {'ours %':>7} {'ours per 1x':>12} {'Csc per 1x':>11}")
        first = growth[0]
        for scale, cb, cw, oa, og, _ in growth:
            print(f"{scale:>5g}x {cb:11.2f} {cw:11.2f} {oa + og:8.3f} {(oa + og) / cw * 100:6.2f}%"
                  f" {(oa + og) / max(first[3] + first[4], 1e-9) / (scale / first[0]):12.2f} {cw / first[2] / (scale / first[0]):11.2f}")
        print("('per 1x' near 1.00 means linear growth; above 1 means faster than linear.)")


if __name__ == "__main__":
    main(sys.argv[1])
