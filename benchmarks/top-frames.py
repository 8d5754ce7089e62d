#!/usr/bin/env python3
"""Top frames of an analyzer run from a dotnet-trace speedscope file (profile-analyzers.sh writes them).
Counts only CPU time (samples whose leaf is managed code running) inside the analysis phase (a stack through
Roslyn's AnalyzerDriver or AnalyzerExecutor), and splits it by our frame nearest the leaf and what it called."""
import json
import re
import sys
from collections import Counter

OURS = "OpenCx.Scopes"
DRIVER = re.compile(r"Microsoft\.CodeAnalysis\.Diagnostics\.(AnalyzerDriver|AnalyzerExecutor)")
# Threads of the driver waiting for one another: not work, though the sampler sees managed code running.
WAITING = re.compile(r"SpinWait|Thread\.Sleep|Monitor\.(Wait|Enter_Slowpath)|SemaphoreSlim\.Wait|ManualResetEventSlim\.Wait")


def short(frame):
    name = frame.split("!", 1)[-1]
    name = re.sub(r"\(.*\)$", "", name)
    return name.replace("Microsoft.CodeAnalysis.", "MCA.").replace("OpenCx.Scopes.Analyzers.", "")


def samples(path):
    """(stack of frame names, milliseconds) for each stretch of time a thread spent in one stack."""
    data = json.load(open(path))
    names = [f["name"] for f in data["shared"]["frames"]]
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            if last is not None and stack and event["at"] > last:
                yield [names[i] for i in stack], event["at"] - last
            last = event["at"]
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()


def main(path, top=12):
    total = cpu_ours = 0.0
    blame, ours_inclusive, leaf, driver_callee = Counter(), Counter(), Counter(), Counter()
    for stack, ms in samples(path):
        if stack[-1] != "CPU_TIME" or not any(DRIVER.search(f) for f in stack) or WAITING.search(stack[-2]):
            continue
        total += ms
        frames = stack[:-1]
        leaf[short(frames[-1])] += ms
        our = [i for i, f in enumerate(frames) if "!" + OURS in f]
        for name in {short(frames[i]) for i in our}:
            ours_inclusive[name] += ms
        if our:
            cpu_ours += ms
            deepest = our[-1]
            callee = short(frames[deepest + 1]) if deepest + 1 < len(frames) else "(own code)"
            blame[f"{short(frames[deepest])} -> {callee}"] += ms
        else:
            deepest = max(i for i, f in enumerate(frames) if DRIVER.search(f))
            callee = short(frames[deepest + 1]) if deepest + 1 < len(frames) else "(own code)"
            driver_callee[f"{short(frames[deepest])} -> {callee}"] += ms

    def show(title, counter):
        print(f"  {title}")
        for name, ms in counter.most_common(top):
            print(f"    {ms / max(total, 1e-9) * 100:5.1f}%  {name[:150]}")

    print(f"  analysis CPU time sampled (waits and spins left out; GC polls are allocation cost): {total / 1000:.2f} s, {cpu_ours / max(total, 1e-9) * 100:.0f}% with our code on the stack")
    show("our frame nearest the leaf -> what it called (inclusive):", blame)
    show("our frames (inclusive):", ours_inclusive)
    show("with none of our code on the stack, the driver -> what it called:", driver_callee)
    show("leaf frames (self time):", leaf)


if __name__ == "__main__":
    main(sys.argv[1])
