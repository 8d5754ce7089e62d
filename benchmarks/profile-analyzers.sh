#!/usr/bin/env bash
# Samples where each of our analyzers spends its time: runs it alone over the synthetic service (in process,
# on fresh copies of the compilation) under dotnet-trace, then prints its top frames (top-frames.py).
# Usage: benchmarks/profile-analyzers.sh [scale] [case] [analyzer names...]    (default: 1 dense, all seven)
# Needs dotnet-trace: dotnet tool install --tool-path /tmp/tools dotnet-trace (or DOTNET_TRACE=path).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-1}; case=${2:-dense}; shift $(( $# > 2 ? 2 : $# ))
trace_tool=${DOTNET_TRACE:-$(command -v dotnet-trace || echo /tmp/tools/dotnet-trace)}
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/opencx-scopes-profile.XXXXXX")}
dotnet build "$repo/benchmarks/OpenCx.Scopes.Benchmarks" -c Release -v:q -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
app=$repo/benchmarks/OpenCx.Scopes.Benchmarks/bin/Release/net10.0/OpenCx.Scopes.Benchmarks.dll
analyzers=("$@")
[[ ${#analyzers[@]} -gt 0 ]] || analyzers=("(no-op)" $(cd "$repo/src/OpenCx.Scopes.Analyzers/Rules" && ls *Analyzer.cs | sed 's/\.cs$//'))

for analyzer in "${analyzers[@]}"; do
  name=${analyzer//[()]/}
  echo "== $analyzer, ${scale}x $case, load $(cut -d' ' -f1-3 /proc/loadavg)"
  "$trace_tool" collect --show-child-io --profile dotnet-sampled-thread-time -o "$out/$name.nettrace" -- \
    dotnet "$app" --profile --scale "$scale" --case "$case" --runs 2 --only "$analyzer" >"$out/$name.log" 2>&1 \
    || { tail -20 "$out/$name.log"; exit 1; }
  grep -E "^run|^dense|^realistic" "$out/$name.log" | sed 's/^/   /'
  "$trace_tool" convert --format speedscope -o "$out/$name" "$out/$name.nettrace" >/dev/null
  python3 "$repo/benchmarks/top-frames.py" "$out/$name.speedscope.json"
done
echo "traces in $out"
