#!/usr/bin/env bash
# Two versions of the package on one build: builds the synthetic service once (measure-build.sh, KEEP=1), then
# replays that build's csc command line with the analyzers and generator of checkout A and of checkout B in turn,
# and prints what -reportanalyzer charged each of ours. A replay skips MSBuild and the restore, and both versions
# compile the very same sources, so rounds are quicker and closer than whole builds; alternating spreads the
# machine's load over both. An early return in a branch, measured against main, shows what one step costs.
# Usage: benchmarks/replay-ab.sh <checkout A> <checkout B> [case] [scale] [rounds]    (default: dense 1 3)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { sed -n '2,7p' "$0" >&2; exit 2; }
checkouts=("$(cd "$1" && pwd)" "$(cd "$2" && pwd)")
case=${3:-dense}; scale=${4:-1}; rounds=${5:-3}
out=$(mktemp -d "${TMPDIR:-/tmp}/opencx-scopes-ab.XXXXXX")

source "$repo/benchmarks/replay-common.sh"
kept_build "$case" "$scale" "$out"
packaged=$(grep -oE "/analyzer:[^ ]*/OpenCx\.Scopes\.Generator\.dll" <<<"$arguments" | sed -E 's|^/analyzer:||; s|/OpenCx\.Scopes\.Generator\.dll$||')

# The folder of the package the build loaded ours from (analyzers/dotnet/cs, or build/readytorun/<rid> for the
# precompiled copies): each side is packed, and its assemblies taken from the same folder of its own package.
folder=$(sed -E 's|^.*/opencx\.scopes/[^/]+/||' <<<"$packaged")
for side in 0 1; do
  name=$([ $side = 0 ] && echo A || echo B)
  dotnet pack "${checkouts[$side]}/src/OpenCx.Scopes/OpenCx.Scopes.csproj" -c Release -nologo -v:q -o "$out/pack-$name" >"$out/build-$name.log" 2>&1 \
    || { tail -20 "$out/build-$name.log"; exit 1; }
  unzip -q -o "$out/pack-$name"/OpenCx.Scopes.*.nupkg -d "$out/package-$name"
  side_folder=$folder
  [ -d "$out/package-$name/$side_folder" ] || { side_folder=analyzers/dotnet/cs; echo "== $name has no $folder: IL-only assemblies"; }
  mkdir -p "$out/$name"
  cp "$out/package-$name/analyzers/dotnet/cs/"*.dll "$out/$name/"
  cp "$out/package-$name/$side_folder/"*.dll "$out/$name/"
  echo "${arguments//$packaged/$out/$name}" >"$out/$name.rsp"
  echo "== $name: ${checkouts[$side]} at $(git -C "${checkouts[$side]}" rev-parse --short HEAD)"
done

echo "== $case ${scale}x, $rounds rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| round | side | csc | our analyzers | our generator | OCX0004 | OCX0003 | OCX0002 |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
for round in $(seq 1 "$rounds"); do
  for name in A B; do
    log=$out/$name-$round.log
    replay "$out/$name.rsp" "$log"
    echo "| $round | $name | $seconds s | $(charge "OpenCx\.Scopes\.Analyzers," "$log") s | $(charge "OpenCx\.Scopes\.Generator," "$log") s" \
      "| $(charge ".*\(OCX0004\)" "$log") s | $(charge ".*HardCodedApiKeyAnalyzer \(OCX0003\)" "$log") s | $(charge ".*\(OCX0002\)" "$log") s |"
  done
done
rm -rf "$work"
