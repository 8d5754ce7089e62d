#!/usr/bin/env bash
# Builds a synthetic OpenCX service with and without the OpenCx.Scopes package, with -p:ReportAnalyzer=true,
# and prints what the package costs the compiler. Usage:
#   benchmarks/measure-build.sh                                  # 1x and 10x, dense and realistic, one run
#   benchmarks/measure-build.sh --scale 1,10 --runs 3            # three consecutive runs of each (for the targets)
#   benchmarks/measure-build.sh --scale 1 --case dense           # the issue's reference project only
#   benchmarks/measure-build.sh --no-baseline                    # skip the builds without the package (half the time)
#   benchmarks/measure-build.sh --quiet                          # before each build, wait until the load is under 1.5
#   benchmarks/measure-build.sh --shared                         # through the compiler server, as dotnet build does by
#                                                                # default, after one unmeasured build has warmed it up
# Cases: dense (today's reference project: half the code endpoints, a third of the lines string literals) and
# realistic (one endpoint in five methods, one literal in twenty lines). Every run is reported on its own, with
# the load average when it started, so three consecutive runs can be judged one by one.
# Needs only the .NET SDK and python3. Everything it makes goes to a temporary folder (KEEP=1 keeps it).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
scales=1,10; cases=dense,realistic; runs=${RUNS:-1}; baseline=true; shared=false; quiet=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --scale) scales=$2; shift 2 ;;
    --case) cases=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-baseline) baseline=false; shift ;;
    --shared) shared=true; shift ;;
    --quiet) quiet=true; shift ;;
    [0-9]*) scales=$(IFS=,; echo "$*"); break ;;   # the old form: measure-build.sh 1 10
    *) sed -n '2,15p' "$0"; exit 2 ;;
  esac
done
IFS=, read -ra scales <<<"$scales"; IFS=, read -ra cases <<<"$cases"

work=$(mktemp -d "${TMPDIR:-/tmp}/opencx-scopes-build.XXXXXX")
feed=$work/feed
packages=$work/packages
logs=$work/logs
mkdir -p "$feed" "$packages" "$logs"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
# The issue's quiet machine: a one-minute load average under 1.5 when a build starts (at most ten minutes' wait).
wait_quiet() {
  [[ $quiet == true ]] || return 0
  for _ in $(seq 1 120); do
    awk '{ exit !($1 < 1.5) }' /proc/loadavg && return 0
    sleep 5
  done
}

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr), .NET SDK $(dotnet --version), load $(load)"
echo "== commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'); cases ${cases[*]}; sizes ${scales[*]}x; $runs run(s); baseline builds: $baseline; compiler server: $shared; wait for load under 1.5: $quiet"

echo "== packing OpenCx.Scopes into $feed"
dotnet pack "$repo/src/OpenCx.Scopes/OpenCx.Scopes.csproj" -c Release -o "$feed" -v:q -nologo >"$logs/pack.log" 2>&1 \
  || { cat "$logs/pack.log"; exit 1; }
package=$(ls "$feed"/OpenCx.Scopes.*.nupkg | head -1)
version=$(basename "$package" .nupkg); version=${version#OpenCx.Scopes.}

# The temporary feed first, then the usual source for everything else; packages restored into a folder of
# their own so no cached copy of an older OpenCx.Scopes is used.
cat >"$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="opencx-scopes-local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML

dotnet build "$repo/benchmarks/OpenCx.Scopes.Scale/OpenCx.Scopes.Scale.csproj" -c Release -v:q -nologo >"$logs/scale-build.log" 2>&1 \
  || { cat "$logs/scale-build.log"; exit 1; }
scale_app=$repo/benchmarks/OpenCx.Scopes.Scale/bin/Release/net10.0/OpenCx.Scopes.Scale.dll

configs=(with); [[ $baseline == true ]] && configs=(baseline with)
started=$(date +%s)
for case in "${cases[@]}"; do
  for scale in "${scales[@]}"; do
    project=$work/$case-x$scale
    echo "== $case ${scale}x: $(dotnet "$scale_app" --case "$case" --scale "$scale" --out "$project/baseline")"
    cp -r "$project/baseline" "$project/with"
    for config in "${configs[@]}"; do
      with=false; [[ $config == with ]] && with=true
      dotnet restore "$project/$config/Service.csproj" --packages "$packages" --configfile "$work/NuGet.config" -p:WithOpenCxScopes=$with \
        -p:OpenCxScopesVersion="$version" -v:q -nologo >"$logs/restore-$case-x$scale-$config.log" 2>&1 \
        || { cat "$logs/restore-$case-x$scale-$config.log"; exit 1; }
    done
    if [[ $shared == true ]]; then
      # A fresh server, then one build of each configuration that is not measured: it loads the analyzers and
      # compiles their code, as the first project of a solution does for every project after it.
      dotnet build-server shutdown >/dev/null 2>&1 || true
      for config in "${configs[@]}"; do
        with=false; [[ $config == with ]] && with=true
        dotnet build "$project/$config/Service.csproj" --no-restore --no-incremental -c Release -nologo \
          -p:WithOpenCxScopes=$with -p:OpenCxScopesVersion="$version" -p:UseSharedCompilation=true -v:q >"$logs/warm-$case-x$scale-$config.log" 2>&1 \
          || { cat "$logs/warm-$case-x$scale-$config.log"; exit 1; }
      done
      echo "   warmed the compiler server up"
    fi
    for run in $(seq 1 "$runs"); do
      # Alternate the two builds so a change in the machine's load hits both alike.
      for config in "${configs[@]}"; do
        with=false; [[ $config == with ]] && with=true
        log=$logs/$case-x$scale-$config-$run.log
        wait_quiet
        echo "load $(load)" >"$log"
        dotnet build "$project/$config/Service.csproj" --no-restore --no-incremental -c Release -nologo -nodeReuse:false \
          -p:WithOpenCxScopes=$with -p:OpenCxScopesVersion="$version" -p:ReportAnalyzer=true -p:UseSharedCompilation=$shared \
          -v:d -clp:PerformanceSummary >>"$log" 2>&1 \
          || { grep -E "error|Error" "$log" | head -20; exit 1; }
        echo "   run $run: built $config (load at start $(head -1 "$log" | cut -d' ' -f2-))"
      done
    done
  done
done

echo "== OpenCx.Scopes $version; builds took $(( $(date +%s) - started )) s; load now $(load)"
[[ $shared == true ]] && dotnet build-server shutdown >/dev/null 2>&1 || true
python3 "$repo/benchmarks/report-build.py" "$logs"
