#!/usr/bin/env bash
# The window's start inside the JVM (ADR 0139): runs the app image's own runtime as `java` with the class
# path and options of its window launcher (lib/app/Universe Studio.cfg, $APPDIR = lib/app), so the native
# launcher's own time (ADR 0137) is left out, on a virtual X display (Xvfb) with a package open, fresh user
# folders each start. Each start ends at the app's "first check done" line; prints its CPU time (user +
# system, all threads, from /proc) at that moment and the app's phases, then the median, p99 and max of
# CPU, window shown and checked, and the load average. On a busy machine wall times swing; CPU time less so.
# Several images alternate start by start, so each is measured under the same load.
#
# usage: bench/window-start.sh [RUNS] [IMAGE...]   RUNS starts per image (default 5); IMAGE an app image
#                                                  folder (default "target/dist/Universe Studio")
# env:   REVISION=folder to open (default ../shared/universe-corpus/packages/D/datastax-dse/700)
#        JAVA_OPTS="..." options added to every start (e.g. -Xlog:gc)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
shift || true
images=("$@")
[ ${#images[@]} -gt 0 ] || images=("target/dist/Universe Studio")
revision=$(cd "${REVISION:-../shared/universe-corpus/packages/D/datastax-dse/700}" && pwd)
command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install xvfb)" >&2; exit 2; }
for image in "${images[@]}"; do
  [ -f "$image/lib/app/Universe Studio.cfg" ] || { echo "no app image at $image (mvn -Pdist package -DskipTests -Djpackage.type=app-image)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/window-start.XXXXXX)
display=:$((500 + RANDOM % 200))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
sleep 1

# One start of image $1: prints "CPU_MS SHOWN_MS CHECKED_MS | phases".
start_once() {
  local image app cfg cp log i cpu
  image=$(cd "$1" && pwd); app="$image/lib/app"; cfg="$app/Universe Studio.cfg"; log=$2
  cp=$(grep '^app.classpath=' "$cfg" | sed "s|^app.classpath=||; s|\$APPDIR|$app|" | paste -sd:)
  local -a opts
  mapfile -t opts < <(grep '^java-options=' "$cfg" | sed "s|^java-options=||; s|\$APPDIR|$app|")
  rm -rf "$work/user"
  # shellcheck disable=SC2086
  DISPLAY=$display XDG_CONFIG_HOME=$work/user/config XDG_DATA_HOME=$work/user/data \
    "$image/lib/runtime/bin/java" "${opts[@]}" ${JAVA_OPTS:-} -cp "$cp" io.universestudio.Main "$revision" >"$log" 2>&1 &
  app_pid=$!
  for i in $(seq 1 3600); do
    grep -q "first check done" "$log" && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; echo "the app exited" >&2; exit 1; }
    sleep 0.05
  done
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$app_pid/stat")
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  grep -q "first check done" "$log" || { cat "$log" >&2; echo "not checked within 180 s" >&2; exit 1; }
  local phases shown checked
  phases=$(sed -n 's/.*first check done [0-9]* ms after JVM start; phases (ms after JVM start): //p' "$log")
  shown=$(echo "$phases" | sed -n 's/.*window shown \([0-9]*\);.*/\1/p')
  checked=$(echo "$phases" | sed -n 's/.*checked \([0-9]*\);.*/\1/p')
  echo "$cpu $shown $checked | $phases"
}

stats() { # numbers on stdin -> "median X ms, p99 Y ms, max Z ms"
  sort -n | awk '{ v[NR] = $1 } END {
    n = NR; med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    i = int(0.99 * n + 0.999999); if (i < 1) i = 1; if (i > n) i = n
    printf "median %d ms, p99 %d ms, max %d ms (n=%d)", med, v[i], v[n], n }'
}

echo "opening: $revision; load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for n in "${!images[@]}"; do
  start_once "${images[$n]}" "$work/warmup.log" >/dev/null # unpacks JavaFX's native libraries once
  : >"$work/times-$n"
done
for r in $(seq 1 "$runs"); do
  for n in "${!images[@]}"; do
    line=$(start_once "${images[$n]}" "$work/start.log")
    echo "${images[$n]} start $r: CPU ${line%% *} ms; phases ${line#*| }"
    echo "${line%% |*}" >>"$work/times-$n"
  done
done
echo
for n in "${!images[@]}"; do
  echo "${images[$n]}:"
  echo "  CPU to checked:          $(cut -d' ' -f1 "$work/times-$n" | stats)"
  echo "  JVM start -> shown:      $(cut -d' ' -f2 "$work/times-$n" | stats)"
  echo "  JVM start -> checked:    $(cut -d' ' -f3 "$work/times-$n" | stats)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
