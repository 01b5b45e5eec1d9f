#!/bin/bash
# Easeback's launcher on Linux: runs the bundled Java with the class path, main class and options that jpackage
# wrote in lib/app/Easeback.cfg (with its $APPDIR, $BINDIR and $ROOTDIR), so the .cfg stays the one list of them.
# jpackage's own launcher (bin/Easeback-jvm, kept beside this) asks rpm and dpkg which package owns it before it
# starts Java, at every start: about 140 ms of the 0.8 s to the first window on a 2-core machine. This does not ask.
# It also turns GDK's OpenGL probing off: Easeback draws with JavaFX's software pipeline (-Dprism.order=sw), so the
# OpenGL that GDK loads only to choose window visuals (Mesa: libGL and libLLVM, about 45 MB and part of the start)
# is never used. A GDK_GL already set in the environment is kept.
GDK_GL=${GDK_GL-disable}
export GDK_GL
# The real path, as jpackage's launcher finds it: /usr/bin/easeback links here, and the AppCDS archive is used only
# with the class path it was made with.
self=$(readlink -f "$0")
bin=${self%/*}
root=${bin%/bin}
app=$root/lib/app
classpath="" main="" options=()
[[ -r $app/Easeback.cfg ]] && while IFS= read -r line || [[ -n $line ]]; do
    line=${line//\$APPDIR/$app}
    line=${line//\$BINDIR/$bin}
    line=${line//\$ROOTDIR/$root}
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$app/Easeback.cfg"
if [[ -z $main || ! -x $root/lib/runtime/bin/java ]]; then
    # A damaged or unusual image: jpackage's launcher knows every layout it makes.
    exec "$bin/Easeback-jvm" "$@"
fi
exec "$root/lib/runtime/bin/java" "${options[@]}" "-Djpackage.app-path=$bin/Easeback" -cp "$classpath" "$main" "$@"
