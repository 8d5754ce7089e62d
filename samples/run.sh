#!/usr/bin/env bash
# The main job: OpenCx.Scopes at work on a real service.
#  1. packs OpenCx.Scopes, OpenCx.Scopes.AspNetCore, OpenCx.Scopes.OpenApi and the opencx tool from this
#     repository, and installs the tool into artifacts/tools;
#  2. builds samples/ContactsService against the packed packages (clean: no warnings);
#  3. builds it again with Mistakes/ included, showing what each rule reports;
#  4. makes three keys with `opencx key new`, runs the service on 127.0.0.1 with them, shows the scopes of
#     its OpenAPI document and the least set for two operations, then its 401 / 403 / 200 answers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
artifacts="$root/artifacts"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
export NUGET_PACKAGES="$artifacts/sample-packages"
rm -rf "$artifacts/packages" "$artifacts/tools" "$NUGET_PACKAGES" "$here/ContactsService/bin" "$here/ContactsService/obj"

command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

step() { printf '\n==> %s\n' "$*"; }

step "Packing OpenCx.Scopes, OpenCx.Scopes.AspNetCore, OpenCx.Scopes.OpenApi and OpenCx.Scopes.Tool into artifacts/packages"
for project in OpenCx.Scopes OpenCx.Scopes.AspNetCore OpenCx.Scopes.OpenApi OpenCx.Scopes.Tool; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$artifacts/packages" -p:Version=1.0.0 -v:q -nologo
done
ls "$artifacts/packages"
# samples/NuGet.config takes OpenCx.* from artifacts/packages.
(cd "$here" && dotnet tool install --tool-path "$artifacts/tools" OpenCx.Scopes.Tool --version 1.0.0 >/dev/null)
opencx() { "$artifacts/tools/opencx" "$@"; }

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

step "Making three keys with opencx key new (the service is given only their SHA-256)"
# new_key VAR INDEX OPTIONS...: the key into $VAR, its OpenCx__ApiKeys__INDEX__* entry into the environment.
new_key() {
  local var=$1 index=$2; shift 2
  local output
  output=$(opencx key new --test --format env --index "$index" "$@" 2>/dev/null)
  printf -v "$var" '%s' "$(head -1 <<<"$output")"
  while IFS= read -r line; do export "$line"; echo "  $line"; done < <(tail -n +2 <<<"$output")
}
new_key reader 0 --name ContactsReader --scope contacts:read --scope tags:read
new_key admin 1 --name Admin --full-access
new_key revoked 2 --name Old --scope contacts:read
export OpenCx__ApiKeys__2__Revoked=true
echo "  OpenCx__ApiKeys__2__Revoked=true"
echo "A scope the catalog does not have is refused, and no key is made:"
opencx key new --name typo --scope contact:read 2>&1 | sed 's/^/  /' || true

step "Running the service on 127.0.0.1"
port=${SAMPLE_PORT:-5087}
dotnet run --project "$here/ContactsService" --no-build --urls "http://127.0.0.1:$port" >"$artifacts/sample-run.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.5
done

step "The scopes in its OpenAPI document (opencx scopes report --openapi http://127.0.0.1:$port/openapi/v1.json)"
opencx scopes report --openapi "http://127.0.0.1:$port/openapi/v1.json"
echo
echo "The least-privilege key for an integration that reads a contact and creates tags:"
echo "  opencx scopes needed --openapi http://127.0.0.1:$port/openapi/v1.json \"GET /contacts/1\" \"POST /tags\""
opencx scopes needed --openapi "http://127.0.0.1:$port/openapi/v1.json" "GET /contacts/1" "POST /tags" | sed 's/^/  /'

step "Calling it"
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
