#!/bin/sh
# Regenerates every PNG (and the .ico/.icns) in assets/ from its SVG source.
# Needs rsvg-convert (Debian: librsvg2-bin); falls back to ImageMagick's convert.
# Optional: png2icns (icnsutils) for the macOS icon, pngquant to shrink the pictures.
set -eu
cd "$(dirname "$0")"

render() { # render SVG PNG WIDTH [HEIGHT]
  if command -v rsvg-convert >/dev/null 2>&1; then
    if [ $# -ge 4 ]; then rsvg-convert -w "$3" -h "$4" "$1" -o "$2"; else rsvg-convert -w "$3" "$1" -o "$2"; fi
  else
    convert -background none -density 300 "$1" -resize "$3${4:+x$4}" "$2"
  fi
}

# App icon: one PNG a size, then the Windows and macOS containers.
for size in 16 32 48 64 128 256 512; do
  render icon/easeback.svg "icon/easeback-$size.png" "$size" "$size"
done
convert icon/easeback-16.png icon/easeback-32.png icon/easeback-48.png icon/easeback-64.png \
        icon/easeback-128.png icon/easeback-256.png icon/easeback.ico
if command -v png2icns >/dev/null 2>&1; then
  png2icns icon/easeback.icns icon/easeback-16.png icon/easeback-32.png icon/easeback-48.png \
           icon/easeback-128.png icon/easeback-256.png icon/easeback-512.png >/dev/null
else
  echo "png2icns not found (apt-get install icnsutils): icon/easeback.icns left as it was" >&2
fi

# Step pictures: 1600 px wide, beside their SVG. JavaFX cannot load SVG, so the player shows the PNG.
for svg in pictures/*.svg; do
  png="${svg%.svg}.png"
  render "$svg" "$png" 1600
  if command -v pngquant >/dev/null 2>&1; then
    pngquant --force --quality 70-95 --strip --output "$png" "$png"
  else
    convert "$png" -strip "$png"
  fi
done
echo "rendered: icon/*.png icon/easeback.ico pictures/*.png"
