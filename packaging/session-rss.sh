#!/bin/bash
# Memory during a session, the README's second performance table: opens the app on a private Xvfb display
# (1280x800) with an empty data folder, drives it with xdotool from the library into the short partner routine
# (the second card; Guest; no screening answer; every item of equipment ticked), presses Space every 10 s, and
# reports the RSS of every process of the app's session 3 s after the window, at the session's start, and the
# peak over 60 s, with the FX and render threads' CPU over the whole run.
# usage: packaging/session-rss.sh [COMMAND...]   (default /opt/easeback/bin/Easeback, the installed .deb)
set -uo pipefail
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "session-rss: needs Xvfb and xdotool." >&2; exit 2; }
app=("$@"); ((${#app[@]})) || app=(/opt/easeback/bin/Easeback)
display=:$((150 + RANDOM % 50))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
data=$(mktemp -d)
pid=""
trap '[[ -n $pid ]] && { kill -- -$pid 2>/dev/null; sleep 0.5; kill -9 -- -$pid 2>/dev/null; }; kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
DISPLAY=$display HOME=$data XDG_DATA_HOME=$data setsid "${app[@]}" >/dev/null 2>&1 & pid=$!

rss() {
    local total=0 kb q
    for q in $(pgrep -s "$pid"); do
        kb=$(awk '/VmRSS/{print $2}' "/proc/$q/status" 2>/dev/null); total=$((total + ${kb:-0}))
    done
    echo $((total / 1024))
}
window=""
for _ in $(seq 1 300); do
    window=$(DISPLAY=$display xdotool search --onlyvisible --name Easeback 2>/dev/null | head -1)
    [[ -n $window ]] && break; sleep 0.1
done
[[ -n $window ]] || { echo "session-rss: no window within 30 s." >&2; exit 1; }
key() { DISPLAY=$display xdotool key --window "$window" "$1"; sleep "${2:-0.6}"; }

sleep 3; after_window=$(rss)
key Down; key Return 1.5            # the short partner routine, then the receiver page
key Return 1; key Return 1          # Guest; the screening, nothing ticked
key space 0.3; for _ in 1 2 3 4; do key Tab 0.3; key space 0.3; done   # every item of equipment
key Return 1; key Return 2          # the ready page, then the session starts
at_start=$(rss); peak=$at_start
for step in $(seq 1 120); do
    sleep 0.5; now=$(rss); ((now > peak)) && peak=$now
    ((step % 20 == 0)) && key space 0.1
done
cpu=""
for q in $(pgrep -s "$pid"); do
    for task in /proc/$q/task/*; do
        name=$(cat "$task/comm" 2>/dev/null)
        case $name in
            QuantumRend*|"JavaFX Appli"*)
                stat=($(sed 's/.*) //' "$task/stat")); ms=$(( (stat[11] + stat[12]) * 1000 / $(getconf CLK_TCK) ))
                ((ms > 0)) && cpu="$cpu, ${name// /-} ${ms} ms" ;;
        esac
    done
done
echo "RSS 3 s after the window ${after_window} MB, at the session's start ${at_start} MB, peak in 60 s ${peak} MB${cpu:+ (CPU:${cpu#,})}"
