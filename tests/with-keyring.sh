#!/bin/sh
# Runs a command inside a private D-Bus session bus with an unlocked, throwaway gnome-keyring
# (operators-and-peers.md §3.6). Nothing touches your own keyring or HOME.
#
#   tests/with-keyring.sh ctest --test-dir build/ci -L keychain -j1 --output-on-failure
#
# Needs: dbus-daemon (dbus-run-session), gnome-keyring, libsecret-1-0 (QtKeychain loads it at run
# time). Set ELBDESK_KEEP_KEYRING_HOME=1 to keep the throwaway HOME for inspection.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 command [argument…]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found (apt-get install dbus-daemon gnome-keyring libsecret-1-0)" >&2
        exit 2
    fi
done

tmp_root="$(mktemp -d "${TMPDIR:-/tmp}/elbdesk-keyring.XXXXXX")"
cleanup() {
    if [ "${ELBDESK_KEEP_KEYRING_HOME:-0}" = 1 ]; then
        echo "$0: throwaway keyring kept in $tmp_root" >&2
    else
        rm -rf "$tmp_root"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -m 700 "$tmp_root/home" "$tmp_root/run"
HOME="$tmp_root/home"
XDG_RUNTIME_DIR="$tmp_root/run"
export HOME XDG_RUNTIME_DIR
# Nothing from the caller's desktop session may leak in: no display (the keyring must not prompt),
# no desktop hint (QtKeychain would pick KWallet on KDE), no outer bus or keyring daemon.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL \
      XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
      GNOME_DESKTOP_SESSION_ID XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME
# Tells the keychain tests that they may write to this keyring.
ELBDESK_TEST_KEYRING=throwaway
export ELBDESK_TEST_KEYRING

pw="throwaway-$$-$(date +%s)"

# One dbus-run-session for the whole run: the unlock state lives as long as this bus.
# The password goes in as an argument, not through the environment of the command.
status=0
dbus-run-session -- sh -c '
    pw="$1"; shift
    printf %s "$pw" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' sh "$pw" "$@" || status=$?
exit "$status"
