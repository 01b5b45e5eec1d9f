#!/bin/bash
# Sourced by the scripts that train the app's start-up archives: first_window runs an app image's own Java once, as
# its launcher would (class path and options from lib/app/Easeback.cfg, without the archive it is making), on a
# private Xvfb display with an empty data folder, as a first start would. It stops the app 2 s after the window
# shows, because what the library loads just after the window maps belongs to start-up too.
# usage: source first-window.sh; first_window NAME IMAGE JAVA_OPTION...   (NAME prefixes the messages)
first_window() {
    local name=$1 image=$2; shift 2
    command -v Xvfb >/dev/null && command -v xdotool >/dev/null \
        || { echo "$name: needs Xvfb and xdotool (apt-get install xvfb xdotool)." >&2; return 2; }
    [[ -x $image/lib/runtime/bin/java ]] \
        || { echo "$name: no app image at $image; build it first with mvn -Pdist package." >&2; return 2; }
    local app=$image/lib/app classpath work display xvfb pid status=0
    classpath=$(sed -n 's/^app\.classpath=//p' "$app/Easeback.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
    local options=()
    mapfile -t options < <(sed -n 's/^java-options=//p' "$app/Easeback.cfg" | grep -v -e SharedArchiveFile -e AOTCache)
    work=$(mktemp -d)
    display=:$((120 + RANDOM % 60))
    Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
    sleep 1
    # GDK_GL as the launcher sets it (packaging/linux/launcher.sh).
    DISPLAY=$display HOME=$work XDG_DATA_HOME=$work GDK_GL=disable "$image/lib/runtime/bin/java" "${options[@]}" \
        "$@" -cp "$classpath" org.easeback.Main >"$work/out.log" 2>&1 & pid=$!
    if DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name Easeback >/dev/null; then
        sleep 2
    else
        echo "$name: the window did not show within 60 s: $(head -c 600 "$work/out.log")" >&2
        status=1
    fi
    # A normal exit on SIGTERM, so that the JVM writes what it was asked to at exit.
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null || true
    rm -rf "$work"
    return $status
}
