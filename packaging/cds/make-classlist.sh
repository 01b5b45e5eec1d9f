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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/first-window.sh"
# The launcher's own options (its pipeline, its collector), without its archive.
first_window make-classlist "$image" -Xshare:off -XX:DumpLoadedClassList="$work/classlist"
{ echo "# Classes Easeback loads before its first window; made by packaging/cds/make-classlist.sh."; cat "$work/classlist"; } > "$out"
echo "make-classlist: $(grep -vc '^[#@]' "$out") classes in $out"
