#!/usr/bin/env bash
# The main job: OpenCx.Scopes at work on a real service.
#  1. packs OpenCx.Scopes and OpenCx.Scopes.AspNetCore from this repository;
#  2. builds samples/ContactsService against the packed packages (clean: no warnings);
#  3. builds it again with Mistakes/ included, showing what each rule reports;
#  4. runs the service on 127.0.0.1 with freshly made keys and shows its 401 / 403 / 200 answers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
artifacts="$root/artifacts"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
export NUGET_PACKAGES="$artifacts/sample-packages"
rm -rf "$artifacts/packages" "$NUGET_PACKAGES" "$here/ContactsService/bin" "$here/ContactsService/obj"

command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

step() { printf '\n==> %s\n' "$*"; }

step "Packing OpenCx.Scopes and OpenCx.Scopes.AspNetCore into artifacts/packages"
for project in src/OpenCx.Scopes/OpenCx.Scopes.csproj src/OpenCx.Scopes.AspNetCore/OpenCx.Scopes.AspNetCore.csproj; do
  dotnet pack "$root/$project" -c Release -o "$artifacts/packages" -p:Version=1.0.0 -v:q -nologo
done
ls "$artifacts/packages"

step "Building the service (it declares a scope on every endpoint)"
dotnet build "$here/ContactsService" -v:q -nologo -clp:NoSummary -p:TreatWarningsAsErrors=false | tee "$artifacts/sample-build.log"
if grep -q "warning OCX\|error OCX" "$artifacts/sample-build.log"; then
  echo "Unexpected OpenCx.Scopes diagnostics in the clean service." >&2
  exit 1
fi
echo "Clean: no OpenCx.Scopes diagnostics."

step "Building again with samples/ContactsService/Mistakes/ included: what OpenCx.Scopes reports"
dotnet build "$here/ContactsService" -v:q -nologo -clp:NoSummary -p:ShowMistakes=true --no-incremental >"$artifacts/sample-mistakes.log" 2>&1 || true
{ grep -oE "Mistakes/[A-Za-z]+\.cs\([0-9]+,[0-9]+\): (warning|error) OCX[0-9]{4}: .*" "$artifacts/sample-mistakes.log" || true; } |
  sed -E 's/ \[[^][]*\.csproj\]$//; s/ \(https:[^)]*\)$//' | sort -u | sort -t'(' -k2 -n
dotnet build "$here/ContactsService" -v:q -nologo -clp:NoSummary >/dev/null

step "Running the service on 127.0.0.1 with three keys made just now (only their SHA-256 is configured)"
key() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' | sed 's/^/ocx_test_/'; }
sha() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
reader=$(key); admin=$(key); revoked=$(key)
port=${SAMPLE_PORT:-5087}
OpenCx__ApiKeys__0__Name=ContactsReader OpenCx__ApiKeys__0__Sha256=$(sha "$reader") OpenCx__ApiKeys__0__Scopes__0=contacts:read OpenCx__ApiKeys__0__Scopes__1=tags:read \
OpenCx__ApiKeys__1__Name=Admin OpenCx__ApiKeys__1__Sha256=$(sha "$admin") OpenCx__ApiKeys__1__FullAccess=true \
OpenCx__ApiKeys__2__Name=Old OpenCx__ApiKeys__2__Sha256=$(sha "$revoked") OpenCx__ApiKeys__2__Scopes__0=contacts:read OpenCx__ApiKeys__2__Revoked=true \
  dotnet run --project "$here/ContactsService" --no-build --urls "http://127.0.0.1:$port" >"$artifacts/sample-run.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.5
done

call() {
  local label=$1 method=$2 path=$3 key=${4:-}
  local auth=()
  [ -n "$key" ] && auth=(-H "Authorization: Bearer $key")
  local answer
  answer=$(curl -s -o /dev/null -D - -X "$method" "${auth[@]}" -H 'Content-Type: application/json' \
    ${5:+--data "$5"} "http://127.0.0.1:$port$path" | tr -d '\r')
  printf '%-30s %-6s %-28s -> %s %s\n' "$label" "$method" "$path" \
    "$(echo "$answer" | head -1 | cut -d' ' -f2)" "$(echo "$answer" | grep -i '^WWW-Authenticate:' || true)"
}
call "no key"                       GET    /contacts
call "unknown key"                  GET    /contacts "ocx_test_not_a_real_key"
call "revoked key"                  GET    /contacts "$revoked"
call "contacts:read key"            GET    /contacts "$reader"
call "contacts:read key"            POST   /contacts "$reader" '{"id":2,"name":"Grace","email":"grace@example.com"}'
call "contacts:read, tags:read key" GET    /tags/ "$reader"
call "contacts:read, tags:read key" POST   /tags/ "$reader" '{"name":"vip"}'
call "contacts:read key"            GET    /handoff-analytics/summary "$reader"
call "full-access key"              POST   /contacts "$admin" '{"id":3,"name":"Alan","email":"alan@example.com"}'
call "full-access key"              DELETE /org "$admin"
call "contacts:read key"            DELETE /org "$reader"
call "anonymous endpoint"           GET    /health
