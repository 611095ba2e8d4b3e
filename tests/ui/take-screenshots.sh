#!/usr/bin/env bash
# Screenshots of what an operator sees (welcome, main window, review dialog, jobs panel after a
# removal), taken on a private Xvfb display with `import -window root`.
# Usage: tests/ui/take-screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
# Every picture is taken four times: light and dark, English and German (OUTPUT_DIR/<appearance>-<language>/).
set -euo pipefail
build=${1:-build/dev}
out=${2:-screenshots}
mkdir -p "$out"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
for appearance in light dark; do
    for language in en de; do
        dir="$out/$appearance-$language"
        mkdir -p "$dir"
        DISPLAY=$display QT_QPA_PLATFORM=xcb ELBDESK_SCREENSHOT_DIR=$(realpath "$dir") \
            ELBDESK_SCREENSHOT_APPEARANCE=$appearance ELBDESK_SCREENSHOT_LANGUAGE=$language \
            "$build/tests/ui/elbdesk-screenshots"
    done
done
ls -lR "$out"
