#!/usr/bin/env bash
# Builds a synthetic OpenCX service with and without the OpenCx.Scopes package, with -p:ReportAnalyzer=true,
# and prints what the package costs the compiler. Usage:
#   benchmarks/measure-build.sh            # 1x: 2,000 actions, 2,000 minimal-API endpoints, 20,000 literals
#   benchmarks/measure-build.sh 1 10       # 1x and 10x
#   RUNS=3 benchmarks/measure-build.sh 1   # each build three times, the fastest kept (for a noisy machine)
# Needs only the .NET SDK and python3. Everything it makes goes to a temporary folder (KEEP=1 keeps it).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
scales=("${@:-1}")
runs=${RUNS:-1}
work=$(mktemp -d "${TMPDIR:-/tmp}/opencx-scopes-build.XXXXXX")
feed=$work/feed
packages=$work/packages
logs=$work/logs
mkdir -p "$feed" "$packages" "$logs"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr), .NET SDK $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"

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

started=$(date +%s)
for scale in "${scales[@]}"; do
  project=$work/x$scale
  echo "== ${scale}x: $(dotnet "$scale_app" --scale "$scale" --out "$project/baseline")"
  cp -r "$project/baseline" "$project/with"
  for run in $(seq 1 "$runs"); do
    # Alternate the two builds so a change in the machine's load hits both alike.
    for config in baseline with; do
      with=false; [[ $config == with ]] && with=true
      dir=$project/$config
      dotnet restore "$dir/Service.csproj" --packages "$packages" --configfile "$work/NuGet.config" -p:WithOpenCxScopes=$with \
        -p:OpenCxScopesVersion="$version" -v:q -nologo >"$logs/restore-x$scale-$config.log" 2>&1 \
        || { cat "$logs/restore-x$scale-$config.log"; exit 1; }
      dotnet build "$dir/Service.csproj" --no-restore --no-incremental -c Release -nologo -nodeReuse:false \
        -p:WithOpenCxScopes=$with -p:OpenCxScopesVersion="$version" -p:ReportAnalyzer=true -p:UseSharedCompilation=false \
        -v:d -clp:PerformanceSummary >"$logs/x$scale-$config-$run.log" 2>&1 \
        || { grep -E "error|Error" "$logs/x$scale-$config-$run.log" | head -20; exit 1; }
      echo "   built $config (run $run)"
    done
  done
done

echo "== OpenCx.Scopes $version; builds took $(( $(date +%s) - started )) s; load now $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$repo/benchmarks/report-build.py" "$logs"
