#!/bin/bash
# The last step of mvn -Pdist package on Linux, after jpackage made the app image and the .deb in WORK:
# moves them into DIST under the names the README gives, and makes the app image's AppCDS archive there.
# usage: finish-dist.sh WORK DIST NAME PACKAGE VERSION
set -euo pipefail
work=$1 dist=$2 name=$3 package=$4 version=$5
mkdir -p "$dist"
rm -rf "${dist:?}/$package"
mv "$work/image/$name" "$dist/$package"
debs=("$work"/deb/"${package}"_*.deb)
mv "${debs[0]}" "$dist/${package}_${version}_amd64.deb"
if sh "$dist/$package/lib/app/easeback-cds.sh" "$dist/$package" >/dev/null 2>&1; then
    echo "AppCDS archive: $dist/$package/lib/app/easeback.jsa"
else
    echo "No AppCDS archive for the app image (it starts without one)."
fi
