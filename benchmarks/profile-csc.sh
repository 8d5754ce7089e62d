#!/usr/bin/env bash
# Samples the real compiler: builds the synthetic service with the package (measure-build.sh, KEEP=1), replays
# that build's csc command line under dotnet-trace, and prints the CPU our code used, split by our outermost and
# nearest-to-the-leaf frames (our-frames.py), beside what -reportanalyzer charged each of our analyzers. In csc the
# operation trees are built once for all analyzers and the first type lookups warm the compiler, unlike in process.
# Usage: benchmarks/profile-csc.sh [case] [scale]     (default: realistic 1)
# Needs dotnet-trace: dotnet tool install --tool-path /tmp/tools dotnet-trace (or DOTNET_TRACE=path).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
case=${1:-realistic}; scale=${2:-1}
trace_tool=${DOTNET_TRACE:-$(command -v dotnet-trace || echo /tmp/tools/dotnet-trace)}
out=$(mktemp -d "${TMPDIR:-/tmp}/opencx-scopes-csc.XXXXXX")

source "$repo/benchmarks/replay-common.sh"
kept_build "$case" "$scale" "$out"
echo "$arguments" >"$out/csc.rsp"

echo "== $case ${scale}x, load $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$project" && "$trace_tool" collect --show-child-io --profile dotnet-sampled-thread-time -o "$out/csc.nettrace" -- "$compiler" @"$out/csc.rsp" >"$out/csc.log" 2>&1)
grep -E "OpenCx\.Scopes" "$out/csc.log" | sed 's/^/   reportanalyzer: /' || true
"$trace_tool" convert --format speedscope -o "$out/csc" "$out/csc.nettrace" >/dev/null
python3 "$repo/benchmarks/our-frames.py" "$out/csc.speedscope.json"
rm -rf "$work"
echo "trace in $out"
