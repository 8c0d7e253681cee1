#!/bin/sh
# Regenerates the PNG/ICO icons from build/icon.svg (needs rsvg-convert and ImageMagick:
# apt-get install -y librsvg2-bin imagemagick). The outputs are committed; electron-builder
# makes the macOS .icns from build/icon.png itself.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
cp icons/1024x1024.png icon.png
/usr/bin/convert icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png \
  icons/128x128.png icons/256x256.png icon.ico
