#!/usr/bin/env bash
# Where a scoped request's extra CPU goes: runs the app run.sh last built (TARGET=sample or minimal) under Linux perf
# while wrk loads the anonymous endpoint, then the scoped one, and prints the CPU per request of each, split by
# layer (cpu-by-layer.py). perf samples on-CPU time only, so unlike an EventPipe sample it does not favour threads
# stopped at a safe point. Figures include perf's own overhead: compare the two cases, not absolute values.
#
#   benchmarks/load/run.sh && benchmarks/load/profile.sh            # needs perf (Debian: linux-perf) and wrk
set -euo pipefail

PORT="${PORT:-5241}"
DURATION="${DURATION:-10}"
TARGET="${TARGET:-sample}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
url="http://127.0.0.1:$PORT"
out="$(mktemp -d)"
# The anonymous case is run.sh's baseline (the sample's GET /status, an MVC action like the scoped one); ANONYMOUS=/health
# profiles the sample's minimal-API endpoint instead.
if [ "$TARGET" = sample ]; then app="$root/samples/ContactsService/bin/Release/net10.0/ContactsService.dll"; anonymous="${ANONYMOUS:-/status}"
else app="$root/benchmarks/load/LoadTarget/bin/Release/net10.0/LoadTarget.dll"; anonymous="${ANONYMOUS:-/anonymous}"; fi
[ -f "$app" ] || { echo "$app is missing: run benchmarks/load/run.sh (same TARGET) first" >&2; exit 1; }

reader="ocx_test_$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
# A perf map names JIT-compiled methods; without W^X the code is not in a memfd perf cannot map to it.
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
export OpenCx__ApiKeys__0__Name=Reader OpenCx__ApiKeys__0__Scopes__0=contacts:read
export OpenCx__ApiKeys__0__Sha256="$(printf '%s' "$reader" | sha256sum | cut -d' ' -f1)"
dotnet "$app" --urls "$url" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$url$anonymous" >/dev/null 2>&1 && break; sleep 0.2; done

args=()
for case in anonymous scoped; do
  headers=(); path=$anonymous
  [ $case = scoped ] && { headers=(-H "Authorization: Bearer $reader"); path=/contacts; }
  wrk -t2 -c16 -d5s "${headers[@]}" "$url$path" >/dev/null
  wrk -t2 -c16 -d"$((DURATION + 2))s" "${headers[@]}" "$url$path" >"$out/$case.wrk" &
  load=$!
  sleep 1
  perf record -q -F 999 -g -p "$server" -o "$out/$case.perf" -- sleep "$DURATION" >/dev/null 2>&1
  wait "$load"
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out/$case.wrk")"
  perf script -i "$out/$case.perf" -F ip,sym,dso >"$out/$case.stacks" 2>/dev/null
  args+=("$case" "$out/$case.stacks" "$(awk -v r="$rps" -v d="$DURATION" 'BEGIN { print r * d }')")
done
python3 "$root/benchmarks/load/cpu-by-layer.py" "${args[@]}"
echo "perf data in $out"
