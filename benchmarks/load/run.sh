#!/usr/bin/env bash
# Load test of OpenCx.Scopes.AspNetCore on 127.0.0.1: wrk against benchmarks/load/LoadTarget built in Release.
# Cases: anonymous endpoint (the baseline), scoped key 200, unknown key 401, key lacking the scope 403, full-access
# key 200. Prints requests/s and p99 latency, each as a ratio to the anonymous endpoint in the same run.
#
#   benchmarks/load/run.sh                     # 16 connections, 10 s per case
#   CONNECTIONS=32 DURATION=20s PORT=5240 ROUNDS=3 benchmarks/load/run.sh
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
project="$root/benchmarks/load/LoadTarget"
url="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >&2
  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >&2; fi
fi

dotnet build "$project" -c Release -nologo -v quiet >/dev/null

new_key() { printf 'ocx_test_%s' "$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"; }
sha256() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
reader="$(new_key)"; admin="$(new_key)"; unknown="$(new_key)"

export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export OpenCx__ApiKeys__0__Name=Reader OpenCx__ApiKeys__0__Sha256="$(sha256 "$reader")" OpenCx__ApiKeys__0__Scopes__0=contacts:read
export OpenCx__ApiKeys__1__Name=Admin OpenCx__ApiKeys__1__Sha256="$(sha256 "$admin")" OpenCx__ApiKeys__1__FullAccess=true
dotnet "$project/bin/Release/net10.0/LoadTarget.dll" --urls "$url" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$url/anonymous" >/dev/null 2>&1 && break; sleep 0.2; done

# name | path | Authorization header ("" for none) | expected status
cases=(
  "anonymous|/anonymous||200"
  "scoped 200|/contacts|Bearer $reader|200"
  "unknown key 401|/contacts|Bearer $unknown|401"
  "lacks scope 403|/tags|Bearer $reader|403"
  "full access 200|/contacts|Bearer $admin|200"
)

row() {
  awk -v n="$1" -v r="$2" -v br="$3" -v p="$4" -v bp="$5" 'BEGIN { printf "%-18s %12.0f %7.2fx %10.2f %7.2fx\n", n, r, r / br, p, p / bp }'
}

# Checks each case answers as expected, then warms every endpoint up once.
for entry in "${cases[@]}"; do
  IFS='|' read -r name path auth expected <<<"$entry"
  headers=(); [ -n "$auth" ] && headers=(-H "Authorization: $auth")
  status="$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$url$path")"
  if [ "$status" != "$expected" ]; then echo "$name: expected $expected, got $status" >&2; exit 1; fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${headers[@]}" "$url$path" >/dev/null
done

declare -A all_rps all_p99
for round in $(seq 1 "$ROUNDS"); do
  echo "Round $round of $ROUNDS. Load: $(uptime | sed 's/.*load average/load average/')   wrk -t$THREADS -c$CONNECTIONS -d$DURATION per case"
  printf '%-18s %12s %8s %10s %8s\n' case requests/s ratio "p99 (ms)" ratio
  base_rps=""; base_p99=""
  for entry in "${cases[@]}"; do
    IFS='|' read -r name path auth expected <<<"$entry"
    headers=(); [ -n "$auth" ] && headers=(-H "Authorization: $auth")
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${headers[@]}" "$url$path")"
    if grep -q 'Socket errors' <<<"$out"; then echo "$name: $(grep 'Socket errors' <<<"$out")" >&2; fi
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }' <<<"$out")"
    [ -z "$base_rps" ] && { base_rps="$rps"; base_p99="$p99"; }
    row "$name" "$rps" "$base_rps" "$p99" "$base_p99"
    all_rps[$name]+="$rps "; all_p99[$name]+="$p99 "
  done
done

if [ "$ROUNDS" -gt 1 ]; then
  echo "All $ROUNDS rounds: mean requests/s, median p99. Load now: $(uptime | sed 's/.*load average/load average/')"
  printf '%-18s %12s %8s %10s %8s\n' case requests/s ratio "p99 (ms)" ratio
  base_rps=""; base_p99=""
  for entry in "${cases[@]}"; do
    name="${entry%%|*}"
    rps="$(tr ' ' '\n' <<<"${all_rps[$name]}" | awk 'NF { s += $1; n++ } END { print s / n }')"
    p99="$(tr ' ' '\n' <<<"${all_p99[$name]}" | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
    [ -z "$base_rps" ] && { base_rps="$rps"; base_p99="$p99"; }
    row "$name" "$rps" "$base_rps" "$p99" "$base_p99"
  done
fi
