#!/usr/bin/env bash
# Start time as a person sees it: launches the app image's "Universe Studio" launcher N times on a virtual
# X display (Xvfb) with a package open, and measures from the launch to
#   - a visible (mapped) window whose title names the package, seen by xev as it is mapped or retitled, and
#   - the app's "first check done" log line (the problems of the opened package are in).
# One warm-up start first (it fills the OS file cache, and notes a refused GPU for the next starts, ADR 0155);
# all starts share one fresh user folder (XDG_CONFIG_HOME / XDG_DATA_HOME), so no draft or window size carries over.
# Prints median, p99 and max of both, the app's own phases of the last start, and the load average.
#
# usage: packaging/linux/start-benchmark.sh [RUNS]            (default 10)
# env:   APP=launcher (default "target/dist/Universe Studio/bin/Universe Studio", from
#            mvn -Pdist package -DskipTests -Djpackage.type=app-image)
#        REVISION=folder to open (default ../shared/universe-corpus/packages/D/datastax-dse/700)
#        TITLE=text the window title must hold (default: the package name, the revision's grandparent folder)
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-10}
app=${APP:-"target/dist/Universe Studio/bin/Universe Studio"}
revision=${REVISION:-../shared/universe-corpus/packages/D/datastax-dse/700}
revision=$(cd "$revision" && pwd)
title=${TITLE:-$(basename "$(dirname "$revision")")}
[ -x "$app" ] || { echo "no app launcher at $app (mvn -Pdist package -DskipTests -Djpackage.type=app-image)" >&2; exit 2; }
for tool in Xvfb xdotool xev; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install xvfb xdotool x11-utils)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/start-benchmark.XXXXXX)
# Run as root, the app starts as "nobody" (uid 65534), with a home folder of its own: a person's start is
# not root's, and the window's launcher asks for thread priorities that only root would get (ADR 0153).
as_person=()
person_home=$HOME
if [ "$(id -u)" = 0 ]; then
  command -v setpriv >/dev/null || { echo "needs setpriv (util-linux) to start the app as a user who is not root" >&2; exit 2; }
  as_person=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
  person_home=$work/home
  mkdir -p "$work/home" "$work/config" "$work/data"
  chown 65534:65534 "$work/home" "$work/config" "$work/data"
  chmod 755 "$work"
fi
display=:$((300 + RANDOM % 200))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app_pid=
watchers=()
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "${watchers[@]}" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 50); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# Watching costs no CPU while the app starts: every source below blocks until something happens and writes a
# line to one FIFO, which this shell reads and stamps with bash's own clock. (Polling xdotool, grep and date
# every 10 ms, as before, kept about one of the 2 cores busy and made the app's own "window shown" about 1 s
# later than an unwatched start.)
# Milliseconds now, into $ms, without a fork.
stamp() { ms=${EPOCHREALTIME/./}; ms=$((ms / 1000)); }
events=$work/events
mkfifo "$events"
exec 3<>"$events"
# Windows mapped on the root (no window manager: the app's stage is a child of the root).
stdbuf -oL xev -display "$display" -root -event substructure >&3 2>/dev/null &
watchers=($!)

titled() { [[ $(DISPLAY=$display xdotool getwindowname "$1" 2>/dev/null) == *"$title"* ]]; }

start_once() {
  local log=$1 ms t0 now window= checked= line mapped= w per_run=()
  : >"$log"
  while read -r -t 0.05 line <&3; do :; done # what the last start left
  stamp; t0=$ms
  DISPLAY=$display HOME=$person_home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
    "${as_person[@]}" "$app" "$revision" >"$log" 2>&1 &
  app_pid=$!
  # The app's log, a line as it is written (tail follows with inotify).
  tail -n +1 -f --pid="$app_pid" "$log" 2>/dev/null | sed -u 's/^/LOG /' >&3 &
  per_run+=($!)
  while [ -z "$window" ] || [ -z "$checked" ]; do
    if ! read -r -t 180 line <&3; then
      cat "$log" >&2; echo "no window within 180 s" >&2; exit 1
    fi
    stamp; now=$((ms - t0))
    case $line in
      LOG*"first check done"*) [ -n "$checked" ] || checked=$now ;;
      MapNotify*) mapped=1 ;;
      *"window 0x"*", override NO"*)
        if [ -n "$mapped" ]; then
          mapped=
          w=${line##*window }; w=${w%%,*}
          # Its title may come later: watch its properties from now on, then look once.
          stdbuf -oL xev -display "$display" -id "$w" -event property >&3 2>/dev/null &
          per_run+=($!)
          if [ -z "$window" ] && titled "$w"; then window=$now; fi
        fi ;;
      PropertyNotify*)
        w=${line##*window }; w=${w%%,*}
        if [ -z "$window" ] && titled "$w"; then window=$now; fi ;;
    esac
    kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; echo "the app exited" >&2; exit 1; }
  done
  kill "$app_pid" "${per_run[@]}" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  echo "$window $checked"
}

stats() { # numbers on stdin -> "median X ms, p99 Y ms, max Z ms"
  sort -n | awk '{ v[NR] = $1 } END {
    n = NR; med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    i = int(0.99 * n + 0.999999); if (i < 1) i = 1; if (i > n) i = n
    printf "median %d ms, p99 %d ms, max %d ms (n=%d)", med, v[i], v[n], n }'
}

echo "app: $app"
echo "runtime: $("$(dirname "$app")/../lib/runtime/bin/java" -version 2>&1 | sed -n 2p)"
echo "launcher: $([ "$(head -c 2 "$app")" = '#!' ] && echo "sh script (ADR 0138)" || echo "jpackage's native launcher")"
echo "started as: $([ ${#as_person[@]} -gt 0 ] && echo "nobody (uid 65534), not root" || id -un)"
echo "opening: $revision (window title must hold \"$title\")"
echo "warm-up start: $(start_once "$work/warmup.log")"
: >"$work/times"
for i in $(seq 1 "$runs"); do
  r=$(start_once "$work/start-$i.log")
  echo "start $i: window ${r% *} ms, checked ${r#* } ms"
  echo "$r" >>"$work/times"
done
echo
echo "launch -> visible window titled \"$title\": $(cut -d' ' -f1 "$work/times" | stats)"
echo "launch -> problems checked:              $(cut -d' ' -f2 "$work/times" | stats)"
echo "app's phases, last start: $(sed -n 's/.*first check done [0-9]* ms after JVM start; //p' "$work/start-$runs.log")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
