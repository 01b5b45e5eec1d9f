#!/bin/bash
# What the app loads before its first window, by library: runs the app image once on a private Xvfb display with
# an empty data folder and -Xlog:class+load, and counts the classes loaded before the window showed. CDS is off,
# so every class is logged with its source. Use it to find what to load later.
# usage: packaging/cds/startup-classes.sh [-o LOG] [APP_IMAGE]   (default target/dist/easeback)
#   -o LOG keeps the class-load log, to compare two builds or look up one class.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
keep=""; if [[ ${1:-} == -o ]]; then keep=$2; shift 2; fi
image=${1:-$here/../../target/dist/easeback}
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "startup-classes: needs Xvfb and xdotool." >&2; exit 2; }
[[ -x $image/lib/runtime/bin/java ]] || { echo "startup-classes: no app image at $image; run mvn -Pdist package." >&2; exit 2; }
app=$image/lib/app
classpath=$(sed -n 's/^app\.classpath=//p' "$app/Easeback.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
work=$(mktemp -d); display=:$((120 + RANDOM % 60))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
pid=""
trap '[[ -n $pid ]] && kill $pid 2>/dev/null; kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
start=$(date +%s%N)
DISPLAY=$display HOME=$work XDG_DATA_HOME=$work "$image/lib/runtime/bin/java" -Xshare:off \
    -Xlog:class+load:file="$work/classes.log":uptime -cp "$classpath" org.easeback.Main >/dev/null 2>&1 & pid=$!
DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name Easeback >/dev/null || { echo "startup-classes: no window in 60 s." >&2; exit 1; }
shown=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 3
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
echo "first window after ${shown} ms (CDS off, so slower than a normal start)"
python3 "$here/startup-classes.py" "$work/classes.log" "$shown"
if [[ -n $keep ]]; then cp "$work/classes.log" "$keep"; echo "class-load log kept in $keep (first window at ${shown} ms uptime, roughly)"; fi
