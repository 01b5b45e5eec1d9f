#!/bin/bash
# The release check of the .deb on a Debian-like machine: installs it, runs the subcommands from the PATH, opens the
# window on a private Xvfb display, removes the package, and checks that the machine is left as it was found.
# It needs root (for dpkg), Xvfb and xdotool. It refuses to run when Easeback is already installed.
# usage: sudo packaging/test-deb.sh [target/dist/easeback_VERSION_amd64.deb]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
deb=${1:-$(ls "$here"/../target/dist/easeback_*_amd64.deb 2>/dev/null | head -1)}
say() { printf 'test-deb: %s\n' "$*"; }
fail() { say "FAIL: $*"; failures=$((failures + 1)); }
failures=0

[[ -n $deb && -f $deb ]] || { say "no .deb to test; build it with mvn -Pdist package, or give its path."; exit 2; }
[[ $(id -u) == 0 ]] || { say "dpkg needs root: run it with sudo."; exit 2; }
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { say "needs Xvfb and xdotool: apt-get install xvfb xdotool."; exit 2; }
package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
if dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q 'installed\|unpacked\|half'; then
    say "$package is already installed on this machine; this check would remove it, so it stops here. Remove it first (dpkg --purge $package) if that is what you want."
    exit 2
fi
for path in /opt/easeback /usr/bin/easeback; do
    [[ -e $path || -L $path ]] && { say "$path exists but no package owns it; move it away first, this check would overwrite it."; exit 2; }
done

# Everything the package may touch, before: compared after the removal.
watched=(/opt /usr/bin /usr/share/applications /usr/share/icons /usr/share/desktop-directories /etc/xdg/menus)
snapshot() { find "${watched[@]}" 2>/dev/null | grep -v '/icon-theme.cache$' | sort; }
before=$(mktemp); after=$(mktemp); work=$(mktemp -d)
snapshot > "$before"
installed=""; xvfb=""; app=""
cleanup() {
    [[ -n $app ]] && kill "$app" 2>/dev/null
    [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
    [[ -n $installed ]] && dpkg --purge "$package" >/dev/null 2>&1
    rm -rf "$work" "$before" "$after"
}
trap cleanup EXIT
# The app and the subcommands write a data folder and logs: into a throw-away home, not root's.
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"

say "installing $deb ($package $version)"
if ! dpkg -i "$deb" > "$work/dpkg.log" 2>&1; then
    cat "$work/dpkg.log"
    if ! dpkg --purge "$package" >/dev/null 2>&1; then
        say "dpkg could not install it (above), nor remove what it unpacked: run dpkg --purge $package."
        exit 1
    fi
    say "dpkg could not install it (above). If a dependency is missing, install it with apt-get and try again."
    exit 1
fi
installed=yes

out=$(easeback --version 2>&1)
[[ $out == "easeback ${version%-*}" ]] && say "ok: easeback --version prints '$out'" || fail "easeback --version printed '$out', expected 'easeback ${version%-*}'"
[[ $(readlink /usr/bin/easeback) == /opt/easeback/bin/Easeback ]] || fail "/usr/bin/easeback is not the link to /opt/easeback/bin/Easeback"

routines=/opt/easeback/lib/app/routines
out=$(easeback validate "$routines" 2>&1); rc=$?
[[ $rc == 0 && $out == *"0 with errors"* ]] && say "ok: easeback validate $routines: ${out##*$'\n'}" || fail "easeback validate $routines exited $rc: $out"

out=$(easeback plan partner-short 2>&1); rc=$?
[[ $rc == 0 && $out == *partner-short* ]] && say "ok: easeback plan partner-short ($(wc -l <<<"$out") lines)" || fail "easeback plan partner-short exited $rc: $out"

# The start-up archive: the AOT cache the package ships (built on Java 25), or the AppCDS archive postinst makes.
if grep -q '^java-options=-XX:AOTCache=' /opt/easeback/lib/app/Easeback.cfg; then
    archive=/opt/easeback/lib/app/easeback.aot; archive_kind="AOT cache"
    [[ -s $archive ]] && say "ok: the package holds the AOT cache" || fail "the launcher names $archive, which is missing"
else
    archive=/opt/easeback/lib/app/easeback.jsa; archive_kind="AppCDS archive"
    [[ -s $archive ]] && say "ok: postinst made the AppCDS archive" || fail "postinst made no AppCDS archive at $archive"
fi

desktop=/usr/share/applications/$package.desktop
if [[ -f $desktop ]]; then
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [[ -f $icon ]] && say "ok: desktop entry $desktop with icon $icon" || fail "the desktop entry's icon '$icon' does not exist"
else
    fail "no desktop entry in /usr/share/applications"
fi

display=:$((200 + RANDOM % 50))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=$display /opt/easeback/bin/Easeback > "$work/app.log" 2>&1 & app=$!
if DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name Easeback >/dev/null 2>&1; then
    say "ok: the window shows"
    # The launcher turns GDK's OpenGL probing off (packaging/linux/launcher.sh): the app draws in software, and
    # Mesa (libGL, libLLVM) would only cost memory and start-up.
    if grep -q '/libGL' "/proc/$app/maps" 2>/dev/null; then
        fail "the app loaded OpenGL although its launcher turns GDK's OpenGL off: $(grep -o '/[^ ]*libGL[^ ]*' "/proc/$app/maps" | sort -u | head -3 | tr '\n' ' ')"
    else
        say "ok: no OpenGL library loaded (software drawing, as the launcher sets it up)"
    fi
    # The launcher runs the bundled Java itself, skipping jpackage's launcher and its rpm and dpkg queries.
    exe=$(readlink "/proc/$app/exe" 2>/dev/null)
    [[ $exe == /opt/easeback/lib/runtime/bin/java ]] && say "ok: the window's process is the bundled Java" \
        || fail "the window's process is '$exe', not /opt/easeback/lib/runtime/bin/java"
    grep -q "$archive" "/proc/$app/maps" 2>/dev/null && say "ok: it uses the $archive_kind" \
        || fail "the app did not map its $archive_kind $archive"
else
    fail "no Easeback window within 60 s; the app printed: $(head -c 2000 "$work/app.log")"
fi
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; app=""
kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; xvfb=""

say "removing $package"
dpkg --purge "$package" > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --purge $package failed"; }
installed=""
snapshot > "$after"
if diff "$before" "$after" > "$work/diff"; then
    say "ok: removed; /opt, /usr/bin and the desktop folders are as they were"
else
    fail "the removal left the machine changed:"; cat "$work/diff"
fi

if ((failures)); then say "$failures check(s) failed."; exit 1; fi
say "all checks passed."
