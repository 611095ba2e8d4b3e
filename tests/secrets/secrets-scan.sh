#!/usr/bin/env bash
# Issue 5, target 4: a scripted session with debug logs on, then a search of every file the app
# wrote and of every command line seen for the password, the secret key and the tokens.
#
#   tests/secrets/secrets-scan.sh --emulator BIN --cli BIN --driver BIN
#
# (ctest runs it: label "secrets".) Re-runs itself under tests/with-keyring.sh (private D-Bus, an
# unlocked throwaway gnome-keyring) unless already inside it. The session:
#   desktop (offscreen, real ConnectionDialog/keychain): add a password and an AK/SK connection,
#     test a wrong password (401), open both and list members, import clouds.yaml and open it;
#   CLI: --profile (keychain) list, remove, journal, undo (re-add); OS_* password and AK/SK list,
#     remove, add; OS_CLOUD from clouds.yaml; OS_AUTH_TOKEN; wrong password (401); an expired
#     token; 429 and 503 faults.
# The sandbox gets a unique random password and secret key; a recording proxy in front of it
# learns every token it issues. While the session runs, every process's command line (and
# environment) is sampled from /proc. Then every file under the app's HOME, XDG config/data/
# cache/state, TMPDIR, working directory (core files) and captured logs is searched (binary too:
# the SQLite journal and its WAL, the settings INI) for each secret raw, base64, percent-encoded,
# JSON-escaped and UTF-16. Zero hits required.
# Excluded by design: the sandbox cloud's own process and log (it is the cloud: it must know the
# credentials, and they are on its command line), the clouds.yaml input (the operator's file, checked
# unchanged), and environments (OS_PASSWORD/OS_SECRET_KEY are how the CLI takes secrets; reported).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
emulator="" cli="" driver=""
while [ $# -gt 0 ]; do
    case "$1" in
        --emulator) emulator="$2"; shift 2 ;;
        --cli) cli="$2"; shift 2 ;;
        --driver) driver="$2"; shift 2 ;;
        *) echo "usage: $0 --emulator BIN --cli BIN --driver BIN" >&2; exit 2 ;;
    esac
done
[ -x "$emulator" ] && [ -x "$cli" ] && [ -x "$driver" ] || { echo "$0: --emulator, --cli and --driver are required" >&2; exit 2; }
emulator="$(realpath "$emulator")" cli="$(realpath "$cli")" driver="$(realpath "$driver")"

if [ "${ELBDESK_TEST_KEYRING:-}" != throwaway ]; then
    exec "$here/../with-keyring.sh" "$0" --emulator "$emulator" --cli "$cli" --driver "$driver"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/elbdesk-secrets.XXXXXX")"
app="$work/app"           # everything the app may write: scanned
private="$work/private"   # the scan's own bookkeeping: not scanned
input="$work/input"       # the operator's clouds.yaml: not scanned, checked unchanged
mkdir -p "$app"/{home,config,data,cache,state,tmp,logs,cwd} "$private" "$input"
chmod 700 "$work" "$private"
pids=()
cleanup() {
    touch "$private/stop" 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ "${ELBDESK_KEEP_SECRETS_SCAN:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

export HOME="$app/home" XDG_CONFIG_HOME="$app/config" XDG_DATA_HOME="$app/data" XDG_CACHE_HOME="$app/cache" \
       XDG_STATE_HOME="$app/state" TMPDIR="$app/tmp"
export QT_LOGGING_RULES="elbdesk.*.debug=true" QT_QPA_PLATFORM=offscreen
unset ELBDESK_JOURNAL OS_CLOUD OS_PASSWORD OS_SECRET_KEY OS_AUTH_TOKEN OS_USERNAME OS_ACCESS_KEY \
      OS_CLIENT_CONFIG_FILE HTTPS_PROXY https_proxy HTTP_PROXY http_proxy ALL_PROXY all_proxy || true
cd "$app/cwd"
ulimit -c unlimited 2>/dev/null || true  # a crash's core lands here and is searched too

rand() { python3 -c "import secrets,sys; print(secrets.token_urlsafe(int(sys.argv[1])).replace('-','x').replace('_','y'))" "$1"; }
# '+', '/' and '=' make the percent-encoded and JSON forms differ from the raw one.
password="Pw+$(rand 12)/scan=$(rand 6)"
secret_key="Sk/$(rand 24)+$(rand 6)="
access_key="SCAN$(rand 12 | tr '[:lower:]' '[:upper:]')"
domain="scan-domain"
umask 077
printf 'password\t%s\nsecret-key\t%s\n' "$password" "$secret_key" > "$private/secrets.tsv"
printf '%s\n%s\n%s\n' "$password" "$access_key" "$secret_key" > "$private/driver-stdin"

# The sandbox: the account's password and keys are on its command line (it is the cloud).
"$emulator" --port 0 --job-seconds 1 --health-delay 0 --user "operator:$password:$domain" \
    --aksk "$access_key:$secret_key:$domain" > "$private/emulator.out" 2> "$private/emulator.err" &
emulator_pid=$!; pids+=("$emulator_pid")
for _ in $(seq 200); do grep -q "^elbdesk-emulator project" "$private/emulator.out" 2>/dev/null && break; sleep 0.1; done
sandbox_url="$(sed -n 's/^elbdesk-emulator listening on //p' "$private/emulator.out")"
project_id="$(sed -n 's/^elbdesk-emulator project [^ ]* //p' "$private/emulator.out")"
[ -n "$sandbox_url" ] || { echo "emulator did not start" >&2; cat "$private/emulator.err" >&2; exit 1; }
sandbox_port="${sandbox_url##*:}"

python3 "$here/secrets_scan.py" sample "$private/processes.jsonl" "$private/stop" "$emulator_pid" &
pids+=("$!")
# Positive control for the sampler: a process whose command line carries a known canary.
canary="canary-$(rand 12)"
sh -c 'sleep 1' "$canary" &
pids+=("$!")
python3 "$here/secrets_scan.py" recorder "$private/recorder.port" "$sandbox_port" "$private/tokens.txt" &
pids+=("$!")
for _ in $(seq 100); do [ -s "$private/recorder.port" ] && break; sleep 0.1; done
endpoint="http://127.0.0.1:$(cat "$private/recorder.port")"

cat > "$input/clouds.yaml" <<YAML
# the operator's clouds.yaml
clouds:
  yaml-password:
    elb_endpoint_override: $endpoint
    auth:
      auth_url: $endpoint/v3
      username: operator
      password: '$password'
      user_domain_name: $domain
      project_name: eu-de
  yaml-aksk:
    auth_type: aksk
    elb_endpoint_override: $endpoint
    auth:
      auth_url: $endpoint/v3
      project_name: eu-de
      user_domain_name: $domain
    ak: $access_key
    sk: '$secret_key'
YAML
yaml_sum="$(sha256sum "$input/clouds.yaml")"; yaml_mtime="$(stat -c %Y "$input/clouds.yaml")"

failures=0
# step NAME EXPECTED-EXIT command...: stdout into logs/NAME.out, stderr (the debug log) into
# logs/NAME.log. Secrets go in as VAR=value before "step" (bash exports them to the command's
# environment), never through "env VAR=value", whose command line would show them.
step() {
    local name="$1" expected="$2"; shift 2
    local status=0
    "$@" > "$app/logs/$name.out" 2> "$app/logs/$name.log" < /dev/null || status=$?
    if [ "$expected" = any ] || [ "$status" = "$expected" ]; then
        printf '  %-34s exit %s\n' "$name" "$status"
    else
        printf '  %-34s exit %s, expected %s  <-- FAILED (see below)\n' "$name" "$status" "$expected"
        tail -n 5 "$app/logs/$name.log" "$app/logs/$name.out" | sed 's/^/      /'
        failures=$((failures + 1))
    fi
}
fault() { curl -fsS -X POST -H 'Content-Type: application/json' --data "$1" "$sandbox_url/_sandbox/faults" > /dev/null; }
json_field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

echo "secrets scan: session against $sandbox_url (through the token recorder at $endpoint)"
status=0
"$driver" --endpoint "$endpoint" --clouds "$input/clouds.yaml" < "$private/driver-stdin" \
    > "$app/logs/desktop.log" 2>&1 || status=$?
printf '  %-34s exit %s\n' "desktop (offscreen driver)" "$status"
if [ "$status" != 0 ]; then tail -n 8 "$app/logs/desktop.log" | sed 's/^/      /'; failures=$((failures + 1)); fi

ep=(--elb-endpoint "$endpoint" --iam-endpoint "$endpoint")
step cli-profile-listeners 0 "$cli" --profile scan-password --json listeners
cp "$app/logs/cli-profile-listeners.out" "$private/listeners.json"
listener="$(json_field "$private/listeners.json" "[l['id'] for l in d if l.get('member_number',0) >= 3][0]" 2>/dev/null || true)"
if [ -z "$listener" ]; then echo "  no listener with members found" >&2; failures=$((failures + 1)); listener=none; fi
step cli-profile-members 0 "$cli" --profile scan-password --json members "$listener"
cp "$app/logs/cli-profile-members.out" "$private/members.json"
member="$(json_field "$private/members.json" "d[0]['id']" 2>/dev/null || echo none)"
member2="$(json_field "$private/members.json" "d[1]['id']" 2>/dev/null || echo none)"
server2="$(json_field "$private/members.json" "d[1]['server_id']+':'+d[1]['server_address']" 2>/dev/null || echo none)"
step cli-profile-remove 0 "$cli" --profile scan-password --yes remove "$listener" "$member"
step cli-profile-journal 0 "$cli" --profile scan-password --json journal
undo_id="$(python3 -c "import json,sys; ops=json.load(open(sys.argv[1])); print([o['id'] for o in ops if o.get('kind')=='remove'][-1])" "$app/logs/cli-profile-journal.out" 2>/dev/null || echo 0)"
step cli-profile-undo 0 "$cli" --profile scan-password undo "$undo_id"
step cli-aksk-profile-list 0 "$cli" --profile scan-aksk loadbalancers
OS_USERNAME=operator OS_PASSWORD="$password" OS_USER_DOMAIN_NAME="$domain" OS_PROJECT_NAME=eu-de \
    step cli-env-password-remove 0 "$cli" "${ep[@]}" --yes remove "$listener" "$member2"
OS_ACCESS_KEY="$access_key" OS_SECRET_KEY="$secret_key" OS_PROJECT_NAME=eu-de \
    step cli-env-aksk-add 0 "$cli" "${ep[@]}" add "$listener" "$server2"
OS_CLIENT_CONFIG_FILE="$input/clouds.yaml" OS_CLOUD=yaml-password step cli-oscloud-password 0 "$cli" listeners
OS_CLIENT_CONFIG_FILE="$input/clouds.yaml" OS_CLOUD=yaml-aksk step cli-oscloud-aksk 0 "$cli" loadbalancers
token="$(head -n 1 "$private/tokens.txt" 2>/dev/null || true)"
OS_AUTH_TOKEN="$token" step cli-env-token 0 "$cli" "${ep[@]}" --project-id "$project_id" loadbalancers
OS_USERNAME=operator OS_PASSWORD="$password-wrong" OS_USER_DOMAIN_NAME="$domain" OS_PROJECT_NAME=eu-de \
    step cli-wrong-password 3 "$cli" "${ep[@]}" loadbalancers
fault '[{"path":"/elbaas/","kind":"expire-token","count":1}]'
step cli-expired-token any "$cli" --profile scan-password members "$listener"
fault '[{"path":"/members","kind":"429","count":2,"retry_after":1},{"path":"/members","kind":"503","count":1}]'
step cli-429-503 any "$cli" --profile scan-password members "$listener"
fault '[{"path":"/elbaas/","kind":"503","count":0}]'
OS_ACCESS_KEY="$access_key" OS_SECRET_KEY="$secret_key" OS_PROJECT_NAME=eu-de \
    step cli-503-forever 5 "$cli" "${ep[@]}" loadbalancers
curl -fsS -X DELETE "$sandbox_url/_sandbox/faults" > /dev/null
step cli-profile-final-list 0 "$cli" --profile scan-password loadbalancers

touch "$private/stop"
sleep 0.3
tokens=0
if [ -s "$private/tokens.txt" ]; then
    sort -u "$private/tokens.txt" | awk '{ printf "token-%d\t%s\n", NR, $0 }' >> "$private/secrets.tsv"
    tokens="$(sort -u "$private/tokens.txt" | wc -l)"
fi
echo "tokens issued to the app during the session: $tokens"
[ "$tokens" -gt 0 ] || { echo "no token was captured: the session did not log in" >&2; failures=$((failures + 1)); }
if [ "$(sha256sum "$input/clouds.yaml")" != "$yaml_sum" ] || [ "$(stat -c %Y "$input/clouds.yaml")" != "$yaml_mtime" ]; then
    echo "clouds.yaml was changed" >&2; failures=$((failures + 1))
else
    echo "clouds.yaml unchanged (bytes and modification time)"
fi
echo "files the app wrote:"
(cd "$app" && find . -type f ! -path './logs/*' | sort | sed 's/^/  /')

# Positive controls: the canary's command line was sampled, and the scan finds the password when
# it is planted base64-encoded at an odd offset in a binary file.
if ! grep -q "$canary" "$private/processes.jsonl"; then
    echo "the /proc sampler missed the canary process: the command-line scan would be blind" >&2
    failures=$((failures + 1))
fi
mkdir -p "$private/control"
python3 -c "import base64,sys; pw=open(sys.argv[2]).readline().rstrip('\n').split('\t',1)[1]; \
open(sys.argv[1],'wb').write(b'\x00\x01x' + base64.b64encode(b'ab' + pw.encode() + b'cd'))" \
    "$private/control/planted.bin" "$private/secrets.tsv"
if python3 "$here/secrets_scan.py" scan "$private/secrets.tsv" /dev/null "$private/control" > /dev/null; then
    echo "the scan missed a planted base64 password: it would be blind" >&2
    failures=$((failures + 1))
else
    echo "positive controls: canary command line sampled; planted base64 password found"
fi

scan_status=0
python3 "$here/secrets_scan.py" scan "$private/secrets.tsv" "$private/processes.jsonl" \
    "$app/home" "$app/config" "$app/data" "$app/cache" "$app/state" "$app/tmp" "$app/cwd" "$app/logs" || scan_status=$?
echo "sandbox log (the cloud's, not the app's; informational):"
python3 "$here/secrets_scan.py" scan "$private/secrets.tsv" /dev/null "$private/emulator.err" 2>/dev/null \
    | sed -n '2p;$p' | sed 's/^/  /' || true

if [ "$failures" -gt 0 ]; then echo "secrets scan: $failures session step(s) failed" >&2; exit 1; fi
exit "$scan_status"
