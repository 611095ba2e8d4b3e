#!/usr/bin/env bash
# Proves that the .deb works where nothing was built: makes a fresh Debian 12 (bookworm) root with
# debootstrap, installs elbdesk_*.deb there with apt-get (Depends only, so a missing dependency
# shows), and inside it runs `elbdesk --version` (offscreen), `elbdesk-cli --version` and a real
# removal with elbdesk-cli against elbdesk-emulator, checked through the emulator's own state.
#
#   sudo packaging/test-deb-debootstrap.sh                    # release build + cpack -G DEB first
#   sudo packaging/test-deb-debootstrap.sh path/to/elbdesk_0.1.0_amd64.deb
#
# Environment: BUILD_DIR (default build/deb-release), DEBIAN_MIRROR (default: the Debian mirror in
# this machine's apt sources, else http://deb.debian.org/debian), KEEP_ROOT=1 keeps the root for a
# look afterwards. Needs root, debootstrap, curl and jq. Not part of CI (needs root and the archive).
set -euo pipefail

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"
for tool in debootstrap curl jq; do
    command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install $tool"
done
repo="$(cd "$(dirname "$0")/.." && pwd)"
started=$(date +%s)

# --- 1. The package ---
if [ $# -ge 1 ]; then
    deb="$(realpath "$1")"
else
    build="${BUILD_DIR:-$repo/build/deb-release}"
    say "building the release configuration in $build"
    cmake --preset release -B "$build" -S "$repo" >/dev/null
    cmake --build "$build" -j "${JOBS:-2}" --target elbdesk elbdesk-cli elbdesk-emulator elbdesk_packaging_files
    (cd "$build" && cpack -G DEB -B "$build/deb" >/dev/null)
    deb="$(ls "$build"/deb/elbdesk_*.deb | head -n1)"
fi
[ -f "$deb" ] || fail "no package at $deb"
say "package: $deb ($(du -h "$deb" | cut -f1))"

# --- 2. A fresh bookworm root ---
mirror="${DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
    # The mirror this machine already reaches (deb822 .sources or one-line sources.list).
    mirror="$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's|^URIs: *\(http[^ ]*/debian\)/\?$|\1|p' | head -n1)"
    [ -n "$mirror" ] || mirror="$(sed -n 's|^deb \(http[^ ]*/debian\)/\? bookworm .*|\1|p' /etc/apt/sources.list 2>/dev/null | head -n1)"
    [ -n "$mirror" ] || mirror="http://deb.debian.org/debian"
fi
work="$(mktemp -d /var/tmp/elbdesk-debootstrap.XXXXXX)"
root="$work/root"
emulator_pid=""

cleanup() {
    local rc=$?
    if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
        kill "$emulator_pid" 2>/dev/null || true
        wait "$emulator_pid" 2>/dev/null || true
    fi
    # Deepest first; lazy so a busy mount never blocks removing the rest.
    for m in "$root/dev/pts" "$root/dev/shm" "$root/sys" "$root/proc"; do
        mountpoint -q "$m" 2>/dev/null && umount -l "$m"
    done
    if [ "${KEEP_ROOT:-0}" = 1 ]; then
        echo "root kept in $root (unmounted)"
    elif ! findmnt -rn -o TARGET | grep -q "^$root"; then
        rm -rf "$work"
    else
        echo "mounts left under $root; not removing it" >&2
    fi
    echo "total: $(( $(date +%s) - started )) s"
    exit $rc
}
trap cleanup EXIT INT TERM

say "debootstrap bookworm from $mirror into $root"
t0=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log"; fail "debootstrap"; }
echo "debootstrap: $(( $(date +%s) - t0 )) s"

mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No daemons may start inside the chroot (a package's postinst would otherwise try).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

# A clean environment: nothing from this machine's build leaks into what the programs see.
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

say "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
t0=$(date +%s)
in_root apt-get update -qq
in_root sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ./$(basename "$deb")" \
    >"$work/apt.log" 2>&1 || { tail -n 40 "$work/apt.log"; fail "apt-get install"; }
grep -E '^(Setting up|Unpacking) elbdesk' "$work/apt.log" || true
echo "installed $(grep -c '^Setting up' "$work/apt.log") packages in $(( $(date +%s) - t0 )) s"
in_root dpkg -s elbdesk | grep -E '^(Version|Depends|Recommends):'
for f in /usr/bin/elbdesk /usr/bin/elbdesk-cli /usr/bin/elbdesk-emulator \
         /usr/share/applications/org.example.ElbDesk.desktop /usr/share/metainfo/org.example.ElbDesk.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.example.ElbDesk.svg /usr/share/man/man1/elbdesk-cli.1.gz; do
    [ -e "$root$f" ] || fail "$f is not installed"
done

say "the programs start"
version="$(in_root QT_QPA_PLATFORM=offscreen elbdesk --version)" || fail "elbdesk --version"
echo "elbdesk --version: $version"
grep -q "0\.[0-9]" <<<"$version" || fail "elbdesk --version printed no version"
version="$(in_root elbdesk-cli --version)" || fail "elbdesk-cli --version"
echo "elbdesk-cli --version: $version"
grep -q "0\.[0-9]" <<<"$version" || fail "elbdesk-cli --version printed no version"

say "a real removal: elbdesk-cli against elbdesk-emulator, both from the package"
# The chroot shares this machine's network: the emulator listens on loopback, curl checks from outside.
in_root elbdesk-emulator --port 0 --job-seconds 1 >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 100); do
    grep -q 'listening on' "$work/emulator.out" 2>/dev/null && break
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.err"; fail "elbdesk-emulator exited"; }
    sleep 0.1
done
url="$(sed -n 's/^elbdesk-emulator listening on \(http[^ ]*\)$/\1/p' "$work/emulator.out")"
[ -n "$url" ] || fail "elbdesk-emulator did not say where it listens"
echo "emulator: $url"
cli() {
    in_root OS_AUTH_URL="$url/v3" OS_USERNAME=operator OS_PASSWORD=sandbox-password \
        OS_USER_DOMAIN_NAME=sandbox-domain OS_PROJECT_NAME=eu-de \
        elbdesk-cli --elb-endpoint "$url" "$@"
}
state() { curl -fsS "$url/_sandbox/state?members=1"; }

listener="$(state | jq -r '[.listeners[] | select(.member_number >= 3)][0].id')"
[ -n "$listener" ] && [ "$listener" != null ] || fail "no listener with members in the emulator's state"
mapfile -t before < <(state | jq -r --arg l "$listener" '.listeners[] | select(.id == $l) | .member_ids[]')
victim="${before[0]}"
echo "listener $listener: ${#before[@]} members; removing $victim"
cli members "$listener" | grep -q "$victim" || fail "elbdesk-cli members does not list $victim"
cli remove "$listener" "$victim" --yes || fail "elbdesk-cli remove exited $?"

mapfile -t after < <(state | jq -r --arg l "$listener" '.listeners[] | select(.id == $l) | .member_ids[]')
printf '%s\n' "${after[@]}" | grep -qx "$victim" && fail "$victim is still a member (emulator state)"
[ "${#after[@]}" -eq $(( ${#before[@]} - 1 )) ] || fail "expected $(( ${#before[@]} - 1 )) members, found ${#after[@]}"
cli members "$listener" | grep -q "$victim" && fail "elbdesk-cli members still lists $victim"
echo "removed: the emulator's state and elbdesk-cli members agree (${#before[@]} -> ${#after[@]} members)"
cli journal | tail -n 3
curl -fsS -X POST "$url/_sandbox/shutdown" >/dev/null
wait "$emulator_pid" || fail "elbdesk-emulator exited with an error"
emulator_pid=""

say "PASS: $(basename "$deb") installs on a fresh Debian 12 and removes a member for real"
