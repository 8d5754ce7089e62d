#!/usr/bin/env bash
# What the compiler charges our generator for work every generator shares. Builds the synthetic service once
# (measure-build.sh, KEEP=1), then replays that build's csc command line, alternating the order NuGet gives
# (our generator before the targeting pack's) with the same command line where our generator comes last.
# The first generator to run pays the JIT of Roslyn's incremental pipeline for all of them.
# Usage: benchmarks/generator-order.sh [case] [scale] [rounds]     (default: dense 1 3)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
case=${1:-dense}; scale=${2:-1}; rounds=${3:-3}
out=$(mktemp -d "${TMPDIR:-/tmp}/opencx-scopes-order.XXXXXX")

source "$repo/benchmarks/replay-common.sh"
kept_build "$case" "$scale" "$out"
ours=$(grep -o "/analyzer:[^ ]*/OpenCx\.Scopes\.Generator\.dll" <<<"$arguments")
echo "$arguments" >"$out/first.rsp"
echo "${arguments/$ours/} $ours" >"$out/last.rsp"

echo "== $case ${scale}x, $rounds rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| round | our generator runs | csc | our generator | all generators | our analyzers | ours, share of csc |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for round in $(seq 1 "$rounds"); do
  for order in first last; do
    log=$out/$order-$round.log
    replay "$out/$order.rsp" "$log"
    total=$(grep -oE "Total generator execution time: [0-9.]+" "$log" | awk '{print $NF}')
    generator=$(charge "OpenCx\.Scopes\.Generator\.ScopesGenerator" "$log"); analyzers=$(charge "OpenCx\.Scopes\.Analyzers," "$log")
    share=$(awk -v g="$generator" -v a="$analyzers" -v c="$seconds" 'BEGIN { printf "%.2f%%", (g + a) * 100 / c }')
    echo "| $round | $order | $seconds s | $generator s | $total s | $analyzers s | $share |"
  done
done
rm -rf "$work"
