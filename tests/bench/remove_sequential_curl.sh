#!/usr/bin/env bash
# The removal baseline: what an operator's shell script does without ELB Desk. For each of the
# first LISTENERS listeners that have at least PER members: one POST …/members/action removing PER
# members, then poll the job once a second until it is SUCCESS or FAIL; then the next listener.
# Listing the listeners and their members is set-up and not timed (the app has them on screen).
# Prints: seq listeners=L posts=P polls=Q ms=T
# Usage: tests/bench/remove_sequential_curl.sh URL PROJECT_ID [LISTENERS] [PER] [POLL_SECONDS]
set -euo pipefail
url=$1
project=$2
want=${3:-100}
per=${4:-10}
interval=${5:-1}

token=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"operator","password":"sandbox-password","domain":{"name":"sandbox-domain"}}}},"scope":{"project":{"name":"eu-de"}}}}' \
    "$url/v3/auth/tokens" | tr -d '\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p')
[ -n "$token" ] || { echo "no token" >&2; exit 1; }
elb="$url/v1.0/$project/elbaas"
mapfile -t listeners < <(curl -sf -H "X-Auth-Token: $token" "$elb/listeners" |
    jq -r --argjson per "$per" '[.[] | select(.member_number >= $per and .member_number < 1000)][].id' | head -n "$want")
[ "${#listeners[@]}" -eq "$want" ] || { echo "only ${#listeners[@]} listeners with $per members" >&2; exit 1; }
bodies=()
for l in "${listeners[@]}"; do
    bodies+=("$(curl -sf -H "X-Auth-Token: $token" "$elb/listeners/$l/members?limit=$per" |
        jq -c '{removeMember: [.[].id | {id: .}]}')")
done

posts=0
polls=0
start=${EPOCHREALTIME/./}
for i in "${!listeners[@]}"; do
    job=$(curl -sf -H "X-Auth-Token: $token" -H 'Content-Type: application/json' -d "${bodies[$i]}" \
        "$elb/listeners/${listeners[$i]}/members/action" | jq -r .job_id)
    posts=$((posts + 1))
    while :; do
        sleep "$interval"
        status=$(curl -sf -H "X-Auth-Token: $token" "$url/v1.0/$project/jobs/$job" | jq -r .status)
        polls=$((polls + 1))
        case $status in SUCCESS | FAIL) break ;; esac
    done
done
end=${EPOCHREALTIME/./}
echo "seq listeners=${#listeners[@]} posts=$posts polls=$polls ms=$(((end - start) / 1000))"
