#!/usr/bin/env bash
# Renders the application icon (resources/icons/org.example.ElbDesk.svg) into every committed raster
# form: hicolor PNGs (resources/icons/hicolor/NxN/apps/), the Windows .ico and the macOS .icns.
# Run after changing the SVG and commit the results; the build never runs it (the tools are not build
# dependencies). Needs: apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
svg="$root/resources/icons/org.example.ElbDesk.svg"
hicolor="$root/resources/icons/hicolor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" -o "$hicolor/${size}x${size}/apps/org.example.ElbDesk.png"
done

# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG inside the .ico.
icotool --create --output "$root/packaging/windows/elbdesk.ico" \
    "$hicolor/16x16/apps/org.example.ElbDesk.png" "$hicolor/24x24/apps/org.example.ElbDesk.png" \
    "$hicolor/32x32/apps/org.example.ElbDesk.png" "$hicolor/48x48/apps/org.example.ElbDesk.png" \
    --raw="$hicolor/256x256/apps/org.example.ElbDesk.png"

# macOS: png2icns picks the icon type from each image's size (16, 32, 48, 128, 256, 512).
png2icns "$root/packaging/macos/elbdesk.icns" \
    "$hicolor/16x16/apps/org.example.ElbDesk.png" "$hicolor/32x32/apps/org.example.ElbDesk.png" \
    "$hicolor/48x48/apps/org.example.ElbDesk.png" "$hicolor/128x128/apps/org.example.ElbDesk.png" \
    "$hicolor/256x256/apps/org.example.ElbDesk.png" "$hicolor/512x512/apps/org.example.ElbDesk.png" >/dev/null
echo "icons written under $hicolor, packaging/windows/elbdesk.ico, packaging/macos/elbdesk.icns"
