#!/usr/bin/env bash
# Start time as a person sees it: launches the app image's "Universe Studio" launcher N times on a virtual
# X display (Xvfb) with a package open, and measures from the launch to
#   - a visible (mapped) window whose title names the package, polled with xdotool, and
#   - the app's "first check done" log line (the problems of the opened package are in).
# One warm-up start first (it unpacks JavaFX's native libraries into ~/.openjfx); all starts share one
# fresh user folder (XDG_CONFIG_HOME / XDG_DATA_HOME), so no draft or window size carries over.
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
for tool in Xvfb xdotool; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install xvfb xdotool)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/start-benchmark.XXXXXX)
display=:$((300 + RANDOM % 200))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 50); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One start: prints "WINDOW_MS CHECKED_MS" measured from the launch.
start_once() {
  local log=$1 t0 t window= checked=
  t0=$(now_ms)
  DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data "$app" "$revision" >"$log" 2>&1 &
  app_pid=$!
  while [ -z "$window" ] || [ -z "$checked" ]; do
    t=$(now_ms)
    if [ -z "$window" ] && DISPLAY=$display xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; then
      window=$((t - t0))
    fi
    if [ -z "$checked" ] && grep -q "first check done" "$log"; then
      checked=$((t - t0))
    fi
    kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; echo "the app exited" >&2; exit 1; }
    [ $((t - t0)) -lt 180000 ] || { cat "$log" >&2; echo "no window within 180 s" >&2; exit 1; }
    sleep 0.01
  done
  kill "$app_pid" 2>/dev/null || true
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
