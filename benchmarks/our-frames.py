#!/usr/bin/env python3
"""CPU time with our code on the stack in a dotnet-trace speedscope file of a whole csc run (profile-csc.sh):
the total, then split by our outermost frame (which action or generator step) and by our frame nearest the leaf
and what it called (where the time goes). Threads waiting for one another are left out."""
import importlib.util
import os
import sys
from collections import Counter

spec = importlib.util.spec_from_file_location("top_frames", os.path.join(os.path.dirname(__file__), "top-frames.py"))
top_frames = importlib.util.module_from_spec(spec)
spec.loader.exec_module(top_frames)


def main(path, top=15):
    cpu = ours = 0.0
    outer, nearest = Counter(), Counter()
    for stack, ms in top_frames.samples(path):
        if stack[-1] not in ("CPU_TIME", "UNMANAGED_CODE_TIME") or top_frames.WAITING.search(" ".join(stack[-6:])):
            continue
        cpu += ms
        frames = stack[:-1]
        mine = [i for i, frame in enumerate(frames) if "!" + top_frames.OURS in frame]
        if not mine:
            continue
        ours += ms
        outer[top_frames.short(frames[mine[0]])] += ms
        callee = top_frames.short(frames[mine[-1] + 1]) if mine[-1] + 1 < len(frames) else "(own code)"
        nearest[f"{top_frames.short(frames[mine[-1]])} -> {callee}"] += ms

    print(f"  csc CPU sampled: {cpu / 1000:.2f} s; with our code on the stack: {ours / 1000:.3f} s ({ours / max(cpu, 1e-9) * 100:.1f}%)")
    for title, counter in (("by our outermost frame:", outer), ("by our frame nearest the leaf -> what it called:", nearest)):
        print(f"  {title}")
        for name, ms in counter.most_common(top):
            print(f"    {ms / 1000:6.3f} s  {name[:150]}")


if __name__ == "__main__":
    main(sys.argv[1])
