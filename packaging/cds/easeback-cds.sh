#!/bin/sh
# Makes the AppCDS archive of the classes Easeback loads before its first window, for the app at ROOT (an app image
# or the installed /opt/easeback). Java 17 ties an archive to the paths it was made with, so it runs where the app
# will run: from postinst, or from the build for target/dist/easeback. The class list beside it is made by
# packaging/cds/make-classlist.sh; classes it names that no longer exist are skipped.
# usage: easeback-cds.sh ROOT
set -eu
root=${1:?usage: easeback-cds.sh ROOT}
app=$root/lib/app
java=$root/lib/runtime/bin/java
# A launcher that uses the AOT cache trained by the build (packaging/cds/train-aot.sh, Java 25) needs no archive.
grep -q '^java-options=-XX:SharedArchiveFile=' "$app/Easeback.cfg" || exit 0
# The launcher's class path, in its order: a Java 17 archive is only used when the class path matches.
classpath=$(sed -n 's/^app\.classpath=//p' "$app/Easeback.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
rm -f "$app/easeback.jsa.tmp"
"$java" -Xshare:dump -XX:SharedClassListFile="$app/easeback.classlist" \
    -XX:SharedArchiveFile="$app/easeback.jsa.tmp" -cp "$classpath" -Xlog:cds=off -Xlog:cds+dynamic=off
mv -f "$app/easeback.jsa.tmp" "$app/easeback.jsa"
