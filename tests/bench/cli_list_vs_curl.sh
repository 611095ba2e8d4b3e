#!/usr/bin/env bash
# Time to list every member of a 10,000-member listener with `elbdesk-cli --json members` against the
# sandbox, next to curl fetching exactly the same pages (limit/marker, one after another, one
# connection) in the same run: the transfer floor. Prints the median of N runs of each and the ratio.
# Usage: tests/bench/cli_list_vs_curl.sh [BUILD_DIR] [MEMBERS] [RUNS]
set -euo pipefail
build=${1:-build/release}
members=${2:-10000}
runs=${3:-7}
emulator="$build/app/emulator/elbdesk-emulator"
cli="$build/app/cli/elbdesk-cli"
out=$(mktemp)
"$emulator" --port 0 --large-listener "$members" >"$out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$out" "$out".*' EXIT
url=""
for _ in $(seq 200); do
    url=$(grep -o 'http://[^ ]*' "$out" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.05
done
project=$(sed -n 's/^elbdesk-emulator project [^ ]* \([0-9a-f]*\).*/\1/p' "$out")
export OS_USERNAME=operator OS_PASSWORD=sandbox-password OS_USER_DOMAIN_NAME=sandbox-domain OS_PROJECT_NAME=eu-de
clicmd=("$cli" --elb-endpoint "$url" --iam-endpoint "$url")
listener=$("${clicmd[@]}" --json listeners | jq -r "[.[] | select(.member_number == $members)][0].id")

# The page URLs the client requests (page size 500, marker = last id of the previous page).
token=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"operator","password":"sandbox-password","domain":{"name":"sandbox-domain"}}}},"scope":{"project":{"name":"eu-de"}}}}' \
    "$url/v3/auth/tokens" | tr -d '\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p')
base="$url/v1.0/$project/elbaas/listeners/$listener/members?limit=500"
pages=("$base")
marker=""
while :; do
    page=$(curl -s -H "X-Auth-Token: $token" "$base${marker:+&marker=$marker}")
    n=$(jq length <<<"$page")
    [ "$n" -lt 500 ] && break
    marker=$(jq -r '.[-1].id' <<<"$page")
    pages+=("$base&marker=$marker")
done
config="$out.curl"
for p in "${pages[@]}"; do printf 'url = "%s"\noutput = "/dev/null"\n' "$p"; done >"$config"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cli_times=()
curl_times=()
for _ in $(seq "$runs"); do
    t0=$(now); curl -s -H "X-Auth-Token: $token" -K "$config"; t1=$(now)
    curl_times+=($(( (t1 - t0) / 1000 )))
    t0=$(now); "${clicmd[@]}" --json members "$listener" >"$out.json"; t1=$(now)
    count=$(jq length "$out.json")
    [ "$count" -eq "$members" ] || { echo "elbdesk-cli listed $count members, expected $members" >&2; exit 1; }
    cli_times+=($(( (t1 - t0) / 1000 )))
done
cli_ms=$(printf '%s\n' "${cli_times[@]}" | median)
curl_ms=$(printf '%s\n' "${curl_times[@]}" | median)
printf 'members %d, pages %d, runs %d (median)\n' "$members" "${#pages[@]}" "$runs"
printf '%-52s %8.1f ms\n' "curl, the same pages one after another (floor)" "$(bc -l <<<"$curl_ms/1000")"
printf '%-52s %8.1f ms\n' "elbdesk-cli --json members (process start + token incl.)" "$(bc -l <<<"$cli_ms/1000")"
printf '%-52s %8.2f\n' "ratio" "$(bc -l <<<"$cli_ms/$curl_ms")"
