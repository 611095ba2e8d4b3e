#!/usr/bin/env bash
# Screenshots of what an operator sees (welcome, main window, review dialog, jobs panel after a
# removal), taken on a private Xvfb display with `import -window root`.
# Usage: tests/ui/take-screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
set -euo pipefail
build=${1:-build/dev}
out=${2:-screenshots}
mkdir -p "$out"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb ELBDESK_SCREENSHOT_DIR=$(realpath "$out") "$build/tests/ui/elbdesk-screenshots"
ls -l "$out"
