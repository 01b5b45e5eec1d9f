#!/bin/bash
# Writes packaging/cds/easeback.classlist: the classes the app loads until its library window has shown, which
# postinst (and the dist build, for the app image) turns into an AppCDS archive. Run it after a change that loads
# other classes at start-up, then rebuild: mvn -Pdist package && packaging/cds/make-classlist.sh
# It opens the app image once on a private Xvfb display, with an empty data folder, as a first start would.
# usage: packaging/cds/make-classlist.sh [APP_IMAGE]   (default target/dist/easeback)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=${1:-$here/../../target/dist/easeback}
out=$here/easeback.classlist
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "make-classlist: needs Xvfb and xdotool (apt-get install xvfb xdotool)." >&2; exit 2; }
[[ -x $image/lib/runtime/bin/java ]] || { echo "make-classlist: no app image at $image; build it first with mvn -Pdist package." >&2; exit 2; }
app=$image/lib/app
classpath=$(sed -n 's/^app\.classpath=//p' "$app/Easeback.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
work=$(mktemp -d)
display=:$((120 + RANDOM % 60))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
app_pid=""
cleanup() { [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
sleep 1
# The launcher's own options (its pipeline, its collector), without its archive; GDK_GL as its launcher sets it.
mapfile -t options < <(sed -n 's/^java-options=//p' "$app/Easeback.cfg" | grep -v SharedArchiveFile)
DISPLAY=$display HOME=$work XDG_DATA_HOME=$work GDK_GL=disable "$image/lib/runtime/bin/java" "${options[@]}" \
    -Xshare:off -XX:DumpLoadedClassList="$work/classlist" -cp "$classpath" org.easeback.Main >/dev/null 2>&1 & app_pid=$!
if ! DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name Easeback >/dev/null; then
    echo "make-classlist: the window did not show within 60 s." >&2; exit 1
fi
sleep 2   # what the library loads just after the window maps belongs to start-up too
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
{ echo "# Classes Easeback loads before its first window; made by packaging/cds/make-classlist.sh."; cat "$work/classlist"; } > "$out"
echo "make-classlist: $(grep -vc '^[#@]' "$out") classes in $out"
