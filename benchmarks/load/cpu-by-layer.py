#!/usr/bin/env python3
"""CPU per request by layer, from `perf script -F ip,sym,dso` stacks (profile.sh writes them).
Arguments: NAME STACKS REQUESTS, repeated. A sample goes to the layer of the frame nearest its leaf that belongs to
one: an allocation or a native call made by a layer counts for it (our SHA-256 in OpenSSL counts as ours)."""
import re
import sys
from collections import Counter

SAMPLES_PER_SECOND = 999  # perf record -F 999
LAYERS = [
    ("OpenCx: SHA-256", r"libcrypto|SHA256|Interop\+Crypto|HashProviderDispenser"),
    ("OpenCx: the rest", r"OpenCx\.Scopes"),
    ("ASP.NET Core authentication", r"AspNetCore\.Authentication\.|AuthenticationHttpContextExtensions"),
    ("ASP.NET Core authorization", r"AspNetCore\.Authorization"),
    ("System.Text.Json", r"System\.Text\.Json"),
    ("MVC", r"AspNetCore\.Mvc\."),
    ("routing", r"AspNetCore\.Routing"),
    ("dependency injection", r"Extensions\.DependencyInjection"),
    ("Kestrel, hosting, HTTP", r"Kestrel|AspNetCore\.Hosting|Sockets|AspNetCore\.Http"),
]
LAYERS = [(name, re.compile(pattern)) for name, pattern in LAYERS]


def layer_of(stack):
    for frame in stack:  # leaf first
        for name, pattern in LAYERS:
            if pattern.search(frame):
                return name
    return "kernel" if "kernel" in stack[0] else "runtime, GC, other"


def per_request(path, requests):
    counts = Counter()
    for block in open(path).read().split("\n\n"):
        stack = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if stack:
            counts[layer_of(stack)] += 1
    return {layer: samples * 1e6 / SAMPLES_PER_SECOND / requests for layer, samples in counts.items()}


def main(args):
    cases = [(args[i], per_request(args[i + 1], float(args[i + 2]))) for i in range(0, len(args), 3)]
    layers = sorted({layer for _, costs in cases for layer in costs}, key=lambda layer: -cases[-1][1].get(layer, 0))
    print(f"{'µs of CPU per request':32}" + "".join(f"{name:>12}" for name, _ in cases) + ("  difference" if len(cases) == 2 else ""))
    for layer in layers + ["total"]:
        values = [sum(costs.values()) if layer == "total" else costs.get(layer, 0.0) for _, costs in cases]
        difference = f"{values[1] - values[0]:12.2f}" if len(values) == 2 else ""
        print(f"{layer:32}" + "".join(f"{value:12.2f}" for value in values) + difference)


if __name__ == "__main__":
    main(sys.argv[1:])
