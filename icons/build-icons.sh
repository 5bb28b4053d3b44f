#!/usr/bin/env bash
# Regenerates every icon file from the two hand-written SVGs. The outputs are committed, so builds never
# need these tools; run this only after editing an SVG.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 2; }
done

mkdir -p png
# 16 to 32 px come from the small drawing (no thin orbit); larger sizes from the full one.
for size in 16 24 32; do
  rsvg-convert -w "$size" -h "$size" universe-studio-small.svg -o "png/universe-studio-$size.png"
done
for size in 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" universe-studio.svg -o "png/universe-studio-$size.png"
done

# Windows: one .ico holding every size Explorer and the taskbar ask for.
convert png/universe-studio-{16,24,32,48,64,128,256}.png universe-studio.ico

# macOS: .icns with the sizes png2icns knows (16, 32, 48, 128, 256, 512, 1024).
png2icns universe-studio.icns png/universe-studio-{16,32,48,128,256,512,1024}.png >/dev/null

# Linux (jpackage takes one PNG for the desktop entry).
cp png/universe-studio-256.png universe-studio.png

# The window loads these from the class path: JavaFX scales the closest icon to 32 px (Windows) or 128 px
# (Linux, macOS), so other sizes would only be decoded for nothing (ADR 0160).
res=../src/main/resources/io/universestudio/icons
mkdir -p "$res"
rm -f "$res"/app-*.png
for size in 32 128; do
  cp "png/universe-studio-$size.png" "$res/app-$size.png"
done

echo "icons written: $(ls png | wc -l) PNGs, universe-studio.ico, universe-studio.icns, $res/app-*.png"
