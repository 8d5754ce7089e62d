#!/usr/bin/env python3
"""Reads the -v:d build logs measure-build.sh wrote (<case>-x<scale>-<baseline|with>-<run>.log, first line the
load average) and prints, as markdown tables to paste into docs/performance.md: each run's share of Csc and
worst ratio against ASP.NET Core's costliest analyzer, each analyzer in each run, the growth with size, and the
issue's targets judged on every run."""
import os
import re
import statistics
import sys
from collections import defaultdict

CSC = re.compile(r"^\s*(\d+) ms\s+Csc\s+\d+ calls")
ROW = re.compile(r"^\s*(<?[\d.]+)\s+(<?\d+)\s+(\S.*?)\s*$")
LOG = re.compile(r"(\w+)-x([\d.]+)-(baseline|with)-(\d+)\.log$")
OURS = "OpenCx.Scopes"
ASPNET = "Microsoft.AspNetCore"
SHARE_TARGET, RATIO_TARGET = 3.0, 0.5


def seconds(text):
    return 0.0005 if text.startswith("<") else float(text)


def parse(path):
    """The build's load, Csc seconds, and the times of each analyzer / generator type by (section, assembly, type)."""
    build = {"load": "?", "csc": None, "types": {}}
    section = assembly = None
    with open(path, encoding="utf-8", errors="replace") as log:
        for number, line in enumerate(log):
            if number == 0 and line.startswith("load "):
                build["load"] = line.split()[1]
                continue
            total = re.search(r"Total (analyzer|generator) execution time: ([\d.]+) seconds", line)
            if total:
                section = total.group(1)
                continue
            match = CSC.match(line)
            if match:
                build["csc"] = int(match.group(1)) / 1000.0
                continue
            if section is None:
                continue
            if "Done executing task" in line:
                section = None
                continue
            row = ROW.match(line)
            if not row or row.group(3).startswith(("Analyzer", "Generator")):
                continue
            name, time = row.group(3), seconds(row.group(1))
            if "Version=" in name:
                assembly = name.split(",")[0]
            else:
                build["types"][(section, assembly, name.split(" (")[0].split(".")[-1])] = time
    return build


def summary(build):
    types = build["types"]
    ours = {t: s for (sec, a, t), s in types.items() if sec == "analyzer" and a.startswith(OURS)}
    generator = sum(s for (sec, a, t), s in types.items() if sec == "generator" and a.startswith(OURS))
    aspnet = {t: s for (sec, a, t), s in types.items() if sec == "analyzer" and a.startswith(ASPNET)}
    costliest = max(aspnet.items(), key=lambda kv: kv[1], default=("(none)", 0.0))
    worst = max(ours.items(), key=lambda kv: kv[1], default=("(none)", 0.0))
    total = sum(ours.values()) + generator
    return {"ours": ours, "generator": generator, "aspnet": aspnet, "costliest": costliest, "worst": worst,
            "total": total, "share": total / build["csc"] * 100, "ratio": worst[1] / costliest[1] if costliest[1] else float("inf")}


def main(folder):
    builds = defaultdict(dict)
    for name in sorted(os.listdir(folder)):
        match = LOG.match(name)
        if match:
            case, scale, config, run = match.group(1), float(match.group(2)), match.group(3), int(match.group(4))
            build = parse(os.path.join(folder, name))
            if build["csc"] is not None:  # a build that failed or is still running has no Csc summary
                builds[(case, scale)].setdefault(run, {})[config] = build

    print("\n## Every run (ours = our analyzers + generator, own time; ratio = our costliest analyzer / ASP.NET Core's costliest)\n")
    print("| case | size | run | load | Csc with / without | ours (generator) | ours, share of Csc | ASP.NET Core's costliest | our costliest | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---|---|---:|")
    verdicts = []
    for (case, scale), runs in sorted(builds.items()):
        for run, configs in sorted(runs.items()):
            if "with" not in configs:
                continue
            with_ = configs["with"]
            s = summary(with_)
            base = f" / {configs['baseline']['csc']:.1f} s" if "baseline" in configs else ""
            print(f"| {case} | {scale:g}x | {run} | {with_['load']} | {with_['csc']:.1f} s{base} | {s['total']:.3f} s ({s['generator']:.3f} s) | **{s['share']:.2f}%** |"
                  f" {s['costliest'][0]} {s['costliest'][1]:.3f} s | {s['worst'][0]} {s['worst'][1]:.3f} s | **{s['ratio']:.2f}×** |")
            verdicts.append((case, scale, run, s))

    for (case, scale), runs in sorted(builds.items()):
        print(f"\n### {case} {scale:g}x: each analyzer, seconds (and against ASP.NET Core's costliest of the same build)\n")
        ordered = [(run, configs) for run, configs in sorted(runs.items()) if "with" in configs]
        summaries = [summary(configs["with"]) for _, configs in ordered]
        print("| analyzer | " + " | ".join(f"run {run}" for run, _ in ordered) + " |")
        print("|---|" + "---:|" * len(ordered))
        names = sorted({t for s in summaries for t in s["ours"]}, key=lambda t: -summaries[0]["ours"].get(t, 0))
        for name in names:
            cells = [f"{s['ours'].get(name, 0):.3f} ({s['ours'].get(name, 0) / s['costliest'][1]:.2f}×)" if s["costliest"][1] else "-" for s in summaries]
            print(f"| ours `{name}` | " + " | ".join(cells) + " |")
        print("| ours, generator | " + " | ".join(f"{s['generator']:.3f}" for s in summaries) + " |")
        top = sorted({t for s in summaries for t in s["aspnet"]}, key=lambda t: -summaries[0]["aspnet"].get(t, 0))[:3]
        for name in top:
            print(f"| ASP.NET Core `{name}` | " + " | ".join(f"{s['aspnet'].get(name, 0):.3f}" for s in summaries) + " |")

    cases = sorted({case for case, _ in builds})
    growth = []
    for case in cases:
        sizes = sorted(scale for c, scale in builds if c == case)
        if len(sizes) < 2:
            continue
        medians = {}
        for scale in sizes:
            runs = [r for r in builds[(case, scale)].values() if "with" in r]
            medians[scale] = (statistics.median(summary(r["with"])["total"] for r in runs), statistics.median(r["with"]["csc"] for r in runs))
        first = sizes[0]
        for scale in sizes[1:]:
            factor = scale / first
            ours = medians[scale][0] / medians[first][0]
            csc = medians[scale][1] / medians[first][1]
            growth.append((case, first, scale, factor, ours, csc))
    if growth:
        print("\n## Growth (medians over the runs)\n")
        print("| case | from → to | code | ours | Csc |")
        print("|---|---|---:|---:|---:|")
        for case, first, scale, factor, ours, csc in growth:
            print(f"| {case} | {first:g}x → {scale:g}x | ×{factor:g} | ×{ours:.2f} | ×{csc:.2f} |")

    print("\n## Targets, judged on every run\n")
    share_ok = all(s["share"] < SHARE_TARGET for *_, s in verdicts)
    ratio_ok = all(s["ratio"] < RATIO_TARGET for *_, s in verdicts)
    growth_ok = all(ours <= factor for *_, factor, ours, _ in growth)
    print(f"- ours under {SHARE_TARGET:g}% of Csc: {'holds' if share_ok else 'does NOT hold'} (worst {max(s['share'] for *_, s in verdicts):.2f}%)")
    print(f"- each of ours under {RATIO_TARGET:g}× ASP.NET Core's costliest: {'holds' if ratio_ok else 'does NOT hold'} (worst {max(s['ratio'] for *_, s in verdicts):.2f}×)")
    if growth:
        print(f"- ours grows no faster than the code: {'holds' if growth_ok else 'does NOT hold'}")


if __name__ == "__main__":
    main(sys.argv[1])
