#!/bin/bash
# Trains the AOT cache of an app image whose runtime is Java 25 or later (JEP 483, 514 and 515): the classes the app
# loads before its first window, loaded and linked ahead, with their method profiles. It runs the app once (see
# first-window.sh), then points the launcher at the cache instead of the AppCDS archive. Java 25 finds a cache that
# has moved with the image (to target/dist, or /opt/easeback once installed), so the .deb ships it; the AppCDS
# archive, which cannot move on Java 17, is what postinst makes otherwise.
# Exit status: 0 when trained, 3 when the runtime is older than Java 25 (nothing to do), 1 or 2 when training failed.
# usage: packaging/cds/train-aot.sh APP_IMAGE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=${1:?usage: train-aot.sh APP_IMAGE}
app=$image/lib/app
cfg=$app/Easeback.cfg
version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release" 2>/dev/null || true)
if [[ -z $version ]] || ((version < 25)); then
    exit 3
fi
source "$here/first-window.sh"
rm -f "$app/easeback.aot"
first_window train-aot "$image" -XX:AOTCacheOutput="$app/easeback.aot" || { rm -f "$app/easeback.aot"; exit 1; }
[[ -s $app/easeback.aot ]] || { echo "train-aot: the JVM wrote no AOT cache." >&2; exit 1; }
# The cache replaces the AppCDS archive. A cache that cannot be used is skipped silently, as a missing archive is.
sed -i 's|^java-options=-XX:SharedArchiveFile=.*|java-options=-XX:AOTCache=$APPDIR/easeback.aot\njava-options=-Xlog:aot=off|' "$cfg"
grep -q '^java-options=-XX:AOTCache=' "$cfg" || { echo "train-aot: $cfg names no AppCDS archive to replace." >&2; exit 1; }
