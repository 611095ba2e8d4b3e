#!/usr/bin/env bash
# Builds ElbDesk from scratch (preset "ci": warnings are errors) and runs every test with ctest:
# unit, end-to-end (real elbdesk-emulator and elbdesk-cli processes over loopback) and keychain
# tests, all inside a private D-Bus session with an unlocked throwaway gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/deps
rm -rf build/ci
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
tests/with-keyring.sh ctest --preset ci -j "$(nproc)"

# Fuzzing smoke run: every libFuzzer target (clang, ASan+UBSan) for 30 s on its seeds
# (tests/fuzz/run-fuzz.sh runs them longer and prints the table).
rm -rf build/fuzz
cmake --preset fuzz
cmake --build --preset fuzz -j "$(nproc)"
ctest --preset fuzz -j "$(nproc)"
