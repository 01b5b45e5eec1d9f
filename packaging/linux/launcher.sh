#!/bin/sh
# Easeback's launcher on Linux: starts the Java launcher beside it (Easeback-jvm, made by jpackage) with GDK's OpenGL
# probing turned off. Easeback draws with JavaFX's software pipeline (-Dprism.order=sw in lib/app/Easeback.cfg),
# so the OpenGL that GDK loads at start only to choose window visuals (Mesa: libGL and libLLVM, about 45 MB of
# memory and part of the start) is never used. A GDK_GL already set in the environment is kept.
GDK_GL=${GDK_GL-disable}
export GDK_GL
exec "$(dirname "$(readlink -f "$0")")/Easeback-jvm" "$@"
