#!/usr/bin/env bash
# The main job on the sandbox cloud, with nothing but the two programs: list load balancers,
# listeners and members, remove two servers from a listener in one request (following the job and
# verifying by re-listing), then put them back with one add.
# Usage: demo.sh PATH/TO/elbdesk-emulator PATH/TO/elbdesk-cli
set -euo pipefail
emulator=$1
cli=$2
out=$(mktemp)
"$emulator" --port 0 --job-seconds 3 >"$out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$out"' EXIT
url=""
for _ in $(seq 100); do
    url=$(grep -o 'https\?://[^ ]*' "$out" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "the sandbox did not start" >&2; exit 1; }
echo "Sandbox cloud listening on $url"
# The sandbox's documented demo account; real credentials come from the environment or the keychain the same way.
export OS_USERNAME=operator OS_PASSWORD=sandbox-password OS_USER_DOMAIN_NAME=sandbox-domain OS_PROJECT_NAME=eu-de
cli() { "$cli" --elb-endpoint "$url" --iam-endpoint "$url" "$@"; }
show() { printf '\n$ elbdesk-cli %s\n' "$*"; cli "$@"; }

show loadbalancers
lb=$(cli --json loadbalancers | jq -r '.[0].id')
show listeners --loadbalancer "$lb"
listener=$(cli --json listeners --loadbalancer "$lb" | jq -r '[.[] | select(.member_number >= 4)][0].id')
printf '\n$ elbdesk-cli members %s   (first rows)\n' "$listener"
cli members "$listener" | head -6
members=$(cli --json members "$listener")
ids=$(jq -r '.[0:2][] | .id' <<<"$members" | xargs)
servers=$(jq -r '.[0:2][] | "\(.server_id):\(.server_address)"' <<<"$members" | xargs)
# shellcheck disable=SC2086
show remove "$listener" $ids --yes
# shellcheck disable=SC2086
show add "$listener" $servers
printf '\nDone: the two servers were removed in one job, verified gone, and re-added with new member ids.\n'
