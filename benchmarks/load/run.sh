#!/usr/bin/env bash
# Load test of OpenCx.Scopes.AspNetCore on 127.0.0.1: wrk against the sample service (or TARGET=minimal: the
# benchmarks/load/LoadTarget app) built in Release.
# Cases: an anonymous endpoint that does the scoped one's work (the baseline), scoped key 200, unknown key 401, key
# lacking the scope 403, full-access key 200. On the sample the baseline is GET /contacts's anonymous twin (compiled
# for the load test only, -p:LoadBaseline=true); its other anonymous endpoints, the MVC action GET /status and the
# minimal-API /health, do less work than GET /contacts and are reported beside the baseline, not compared against. Prints requests/s and p99 latency, each as a ratio to the baseline
# in the same run, and the server's CPU time per request (from /proc: user + system), which other processes on a busy
# machine disturb far less than throughput.
#
#   benchmarks/load/run.sh                     # 16 connections, 10 s per case
#   CONNECTIONS=32 DURATION=20s PORT=5240 ROUNDS=3 benchmarks/load/run.sh
#   TARGET=minimal benchmarks/load/run.sh      # endpoints that do no work: the key's fixed cost at its largest
#   TARGET=floor benchmarks/load/run.sh        # the same app with a key checked by one string comparison instead of
#                                              # this package: what ASP.NET Core's authentication and authorization cost
#   PACKAGES_FROM=/other/checkout benchmarks/load/run.sh   # this sample against another checkout's packages
# ROUNDS repeats the whole set of cases, each round with its own ratios; with more than one round a last table gives
# the mean requests/s and the median p99 of each case over all rounds. On a busy machine, many short rounds
# (ROUNDS=10 DURATION=2s) let every case see the same load on average.
set -euo pipefail

CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"
THREADS="${THREADS:-2}"
ROUNDS="${ROUNDS:-1}"
PORT="${PORT:-5240}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
# TARGET=sample (default): samples/ContactsService built in Release against the packages packed from this checkout,
# as the service a team runs. TARGET=minimal: benchmarks/load/LoadTarget, whose endpoints do no work at all, so the
# fixed cost of a key shows at its largest; LOAD_TARGET points it at the same app in another checkout, to compare.
TARGET="${TARGET:-sample}"
url="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >&2
  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >&2; fi
fi

if [ "$TARGET" = sample ]; then
  artifacts="$root/artifacts"
  export NUGET_PACKAGES="$artifacts/sample-packages"
  rm -rf "$NUGET_PACKAGES/opencx.scopes" "$NUGET_PACKAGES/opencx.scopes.aspnetcore" "$NUGET_PACKAGES/opencx.scopes.openapi"
  for package in OpenCx.Scopes OpenCx.Scopes.AspNetCore OpenCx.Scopes.OpenApi; do
    # Packed afresh every time: pack skips a package it thinks up to date, and the one there may be another checkout's.
    rm -f "$artifacts/packages/$package.1.0.0.nupkg"
    dotnet pack "${PACKAGES_FROM:-$root}/src/$package/$package.csproj" -c Release -o "$artifacts/packages" -p:Version=1.0.0 -nologo -v quiet >/dev/null
  done
  project="$root/samples/ContactsService"; app="$project/bin/Release/net10.0/ContactsService.dll"
  # The baseline is the same action as the scoped GET /contacts, returning the same list, without a key.
  anonymous=/load-baseline/contacts; baseline="anonymous twin"; lighter="/status /health"; scoped=/contacts; other_scope=/tags/
else
  project="${LOAD_TARGET:-$root/benchmarks/load/LoadTarget}"; app="$project/bin/Release/net10.0/LoadTarget.dll"
  anonymous=/anonymous; baseline="anonymous"; lighter=""; scoped=/contacts; other_scope=/tags
fi
dotnet build "$project" -c Release -nologo -v quiet -p:LoadBaseline=true >/dev/null
if [ "$TARGET" = sample ] && ! cmp -s "$NUGET_PACKAGES/opencx.scopes.aspnetcore/1.0.0/lib/net8.0/OpenCx.Scopes.AspNetCore.dll" "$(dirname "$app")/OpenCx.Scopes.AspNetCore.dll"; then
  echo "The sample's build does not hold the package just packed; remove $project/bin and run again." >&2
  exit 1
fi

new_key() { printf 'ocx_test_%s' "$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"; }
sha256() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
reader="$(new_key)"; admin="$(new_key)"; unknown="$(new_key)"

export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export OpenCx__ApiKeys__0__Name=Reader OpenCx__ApiKeys__0__Sha256="$(sha256 "$reader")" OpenCx__ApiKeys__0__Scopes__0=contacts:read
[ "$TARGET" = floor ] && export LoadFloor__Key="$reader"
export OpenCx__ApiKeys__1__Name=Admin OpenCx__ApiKeys__1__Sha256="$(sha256 "$admin")" OpenCx__ApiKeys__1__FullAccess=true
dotnet "$app" --urls "$url" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$url$anonymous" >/dev/null 2>&1 && break; sleep 0.2; done
echo "Target: $TARGET ($project)"

# name | path | Authorization header ("" for none) | expected status
cases=("$baseline|$anonymous||200")
for path in $lighter; do cases+=("anonymous $path|$path||200"); done
if [ "$TARGET" = floor ]; then cases+=(
  "floor key 200|$scoped|Bearer $reader|200"
  "floor unknown 401|$scoped|Bearer $unknown|401"
)
else cases+=(
  "scoped 200|$scoped|Bearer $reader|200"
  "unknown key 401|$scoped|Bearer $unknown|401"
  "lacks scope 403|$other_scope|Bearer $reader|403"
  "full access 200|$scoped|Bearer $admin|200"
); fi

row() {
  awk -v n="$1" -v r="$2" -v br="$3" -v p="$4" -v bp="$5" -v c="$6" -v bc="$7" \
    'BEGIN { printf "%-18s %12.0f %7.2fx %10.2f %7.2fx %12.1f %7.2fx\n", n, r, r / br, p, p / bp, c, c / bc }'
}
header() { printf '%-18s %12s %8s %10s %8s %12s %8s\n' case requests/s ratio "p99 (ms)" ratio "CPU µs/req" ratio; }
# The scoped 200 against the lighter anonymous endpoints too (sample only), so that every ratio is in front of the reader.
against_lighter() {
  local path
  for path in $lighter; do
    awk -v l="$path" -v r="${round_rps[scoped 200]}" -v br="${round_rps[anonymous $path]}" -v c="${round_cpu[scoped 200]}" -v bc="${round_cpu[anonymous $path]}" \
      'BEGIN { printf "scoped 200 against anonymous %s: %.2fx requests/s, %.2fx CPU per request\n", l, r / br, c / bc }'
  done
}
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
ticks_per_second="$(getconf CLK_TCK)"

# Checks each case answers as expected, then warms every endpoint up once.
for entry in "${cases[@]}"; do
  IFS='|' read -r name path auth expected <<<"$entry"
  headers=(); [ -n "$auth" ] && headers=(-H "Authorization: $auth")
  status="$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$url$path")"
  if [ "$status" != "$expected" ]; then echo "$name: expected $expected, got $status" >&2; exit 1; fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${headers[@]}" "$url$path" >/dev/null
done

mean() { tr ' ' '\n' <<<"$1" | awk 'NF { s += $1; n++ } END { print s / n }'; }
median() { tr ' ' '\n' <<<"$1" | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A all_rps all_p99 all_cpu round_rps round_cpu
for round in $(seq 1 "$ROUNDS"); do
  echo "Round $round of $ROUNDS. Load: $(uptime | sed 's/.*load average/load average/')   wrk -t$THREADS -c$CONNECTIONS -d$DURATION per case"
  header
  base_rps=""; base_p99=""; base_cpu=""
  for entry in "${cases[@]}"; do
    IFS='|' read -r name path auth expected <<<"$entry"
    headers=(); [ -n "$auth" ] && headers=(-H "Authorization: $auth")
    before="$(server_cpu_ticks)"
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${headers[@]}" "$url$path")"
    after="$(server_cpu_ticks)"
    if grep -q 'Socket errors' <<<"$out"; then echo "$name: $(grep 'Socket errors' <<<"$out")" >&2; fi
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    requests="$(awk '/requests in/ {print $1}' <<<"$out")"
    cpu="$(awk -v t=$((after - before)) -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { print t * 1000000 / hz / n }')"
    p99="$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }' <<<"$out")"
    [ -z "$base_rps" ] && { base_rps="$rps"; base_p99="$p99"; base_cpu="$cpu"; }
    row "$name" "$rps" "$base_rps" "$p99" "$base_p99" "$cpu" "$base_cpu"
    all_rps[$name]+="$rps "; all_p99[$name]+="$p99 "; all_cpu[$name]+="$cpu "
    round_rps[$name]="$rps"; round_cpu[$name]="$cpu"
  done
  against_lighter
done

if [ "$ROUNDS" -gt 1 ]; then
  echo "All $ROUNDS rounds: mean requests/s, median p99, median CPU per request. Load now: $(uptime | sed 's/.*load average/load average/')"
  header
  base_rps=""; base_p99=""; base_cpu=""
  for entry in "${cases[@]}"; do
    name="${entry%%|*}"
    rps="$(mean "${all_rps[$name]}")"; p99="$(median "${all_p99[$name]}")"; cpu="$(median "${all_cpu[$name]}")"
    [ -z "$base_rps" ] && { base_rps="$rps"; base_p99="$p99"; base_cpu="$cpu"; }
    row "$name" "$rps" "$base_rps" "$p99" "$base_p99" "$cpu" "$base_cpu"
    round_rps[$name]="$rps"; round_cpu[$name]="$cpu"
  done
  against_lighter
fi
