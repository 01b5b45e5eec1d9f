#!/bin/bash
# The last step of mvn -Pdist package on Linux, after jpackage made the app image in WORK/image/NAME:
# 1. puts packaging/linux/launcher.sh in front of jpackage's launcher (bin/NAME runs bin/NAME-jvm with GDK's OpenGL
#    off; the launcher finds its options by its name, so NAME-jvm.cfg links to NAME.cfg);
# 2. on Java 25 and later, trains the image's AOT cache (packaging/cds/train-aot.sh), which the .deb then ships;
# 3. makes the .deb from that image with jpackage (here rather than in the pom, so that it holds the launcher and
#    the cache);
# 4. moves both into DIST under the names the README gives, and makes the app image's AppCDS archive there when it
#    has no AOT cache.
# usage: finish-dist.sh JPACKAGE WORK DIST NAME PACKAGE VERSION VENDOR DESCRIPTION ICON LICENSE RESOURCES MAINTAINER
set -euo pipefail
jpackage=$1 work=$2 dist=$3 name=$4 package=$5 version=$6 vendor=$7 description=$8 icon=$9
license=${10} resources=${11} maintainer=${12}
image=$work/image/$name
here=$(cd "$(dirname "$0")" && pwd)

mv "$image/bin/$name" "$image/bin/$name-jvm"
install -m 755 "$here/launcher.sh" "$image/bin/$name"
ln -s "$name.cfg" "$image/lib/app/$name-jvm.cfg"

aot=0
bash "$here/../cds/train-aot.sh" "$image" || aot=$?
case $aot in
    0) echo "AOT cache: $image/lib/app/easeback.aot (shipped in the .deb)" ;;
    3) ;; # Java 17: postinst makes the AppCDS archive
    *) echo "No AOT cache (see above): the .deb's postinst makes an AppCDS archive instead, for a slower start." ;;
esac

rm -rf "$work/deb"
icon_option=(); [[ -n $icon ]] && icon_option=(--icon "$icon")
"$jpackage" --type deb --app-image "$image" --dest "$work/deb" \
    --name "$name" --app-version "$version" --vendor "$vendor" --description "$description" --copyright Apache-2.0 \
    "${icon_option[@]}" --license-file "$license" --resource-dir "$resources" \
    --install-dir /opt --linux-package-name "$package" --linux-shortcut --linux-menu-group Utility \
    --linux-app-category utils --linux-deb-maintainer "$maintainer"

mkdir -p "$dist"
rm -rf "${dist:?}/$package"
mv "$image" "$dist/$package"
debs=("$work"/deb/"${package}"_*.deb)
mv "${debs[0]}" "$dist/${package}_${version}_amd64.deb"
if ((aot == 0)); then
    : # the image's AOT cache moved with it
elif sh "$dist/$package/lib/app/easeback-cds.sh" "$dist/$package" >/dev/null 2>&1; then
    echo "AppCDS archive: $dist/$package/lib/app/easeback.jsa"
else
    echo "No AppCDS archive for the app image (it starts without one)."
fi
