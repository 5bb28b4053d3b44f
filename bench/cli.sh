#!/usr/bin/env bash
# The CLI's whole-corpus figures, each command in a fresh JVM, as a person runs it: `validate` and `index`
# of the Universe corpus through the app image's `universe-studio` launcher (built first if missing).
# Prints every run, then the median, p99 and max of wall time, CPU time (user + system) and peak memory
# (maximum resident set size), and the machine's load average before and after: figures taken while
# other work runs on the machine are slower, so compare only figures taken under a similar load.
#
# usage: bench/cli.sh [RUNS]            RUNS fresh JVMs per command (default 5)
# env:   CORPUS=a Universe repository   (default ../shared/universe-corpus)
#        CLI="command"                  another CLI to measure instead, e.g. the jar of an older build:
#                                       CLI="java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar old/universe-studio.jar"
#        COMMANDS="validate index"      which commands to run
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
corpus=${CORPUS:-../shared/universe-corpus}
commands=${COMMANDS:-validate index}
image="target/dist/Universe Studio/bin/universe-studio"
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time; Debian: apt-get install time)" >&2; exit 2; }
[ -d "$corpus/packages" ] || { echo "no Universe repository at $corpus (set CORPUS)" >&2; exit 2; }

if [ -n "${CLI:-}" ]; then
  read -r -a cli <<< "$CLI"
else
  if [ ! -x "$image" ]; then
    echo "building the app image (mvn -Pdist package -Djpackage.type=app-image)..." >&2
    mvn -B -q -Pdist package -DskipTests -Djpackage.type=app-image >&2
  fi
  cli=("$image")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Prints "median p99 max" of the numbers on stdin (p99 by nearest rank: the max for fewer than 100 runs).
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    n = NR; med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    r = int(0.99 * n + 0.999999); if (r < 1) r = 1; if (r > n) r = n
    printf "median %8.2f   p99 %8.2f   max %8.2f", med, v[r], v[n] }'
}

echo "CLI: ${cli[*]}"
echo "corpus: $corpus ($(find "$corpus/packages" -mindepth 3 -maxdepth 3 -type d | wc -l) revision folders)"
# The runtime of the app image the launcher belongs to (CLI may name another image's launcher).
runtime="$(dirname "${cli[0]}")/../lib/runtime/release"
if [ -f "$runtime" ]; then
  java_version=$(grep '^JAVA_VERSION=' "$runtime" | cut -d= -f2 | tr -d '"')
  launcher=$([ "$(head -c 2 "${cli[0]}")" = '#!' ] && echo "sh script (ADR 0138)" || echo "jpackage's native launcher")
  echo "machine: $(nproc) cores; the image's runtime: Java $java_version; launcher: $launcher"
else
  echo "machine: $(nproc) cores; java on the PATH: $(java -version 2>&1 | head -1)"
fi
for command in $commands; do
  case $command in
    validate) args=(validate "$corpus") ;;
    index) args=(index "$corpus" "$work/index") ;;
    *) echo "unknown command $command" >&2; exit 2 ;;
  esac
  echo
  echo "== ${args[*]}   (load average before: $(load))"
  : > "$work/figures"
  for i in $(seq 1 "$runs"); do
    rm -rf "$work/index"
    code=0
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${cli[@]}" "${args[@]}" > "$work/out" 2> "$work/err" || code=$?
    if [ "$code" -gt 1 ]; then
      echo "run $i failed with exit code $code:" >&2; cat "$work/err" "$work/time" >&2; exit 1
    fi
    read -r wall user sys rss < <(tail -1 "$work/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    mb=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
    echo "$wall $cpu $mb" >> "$work/figures"
    printf 'run %2d: %6.2f s wall  %6.2f s CPU  %5d MB peak   %s\n' "$i" "$wall" "$cpu" "$mb" "$(tail -1 "$work/out")"
  done
  echo "wall s:   $(cut -d' ' -f1 "$work/figures" | stats)"
  echo "CPU s:    $(cut -d' ' -f2 "$work/figures" | stats)"
  echo "peak MB:  $(cut -d' ' -f3 "$work/figures" | stats)"
  echo "load average after: $(load)"
done
