#!/usr/bin/env bash
# Checks the Linux installer end to end, as a person would use it, and prints the figures:
#   1. the .deb (built with `mvn -Pdist package` unless one is given or already in target/dist),
#   2. installs it (as root: dpkg -i, then apt-get -f for missing dependencies),
#   3. runs the command-line launcher from the PATH: --version and validate on a corpus revision,
#   4. starts the installed app on a virtual display with that revision open, several times, and prints
#      the time from JVM start to the shown window (the app logs it), plus a screenshot.
# Prints the .deb size and the installed size. Exit code 0 when every step worked.
#
# usage: packaging/linux/check-deb.sh [--remove] [PATH.deb]
#   --remove   uninstall the package at the end
# env:     REVISION=folder to open and validate (default: a Universe corpus revision from ../shared)
#          STARTS=how many timed starts (default 3; the first also fills the OS file cache)
set -euo pipefail
cd "$(dirname "$0")/../.."

remove=no
if [ "${1:-}" = "--remove" ]; then remove=yes; shift; fi
deb=${1:-}
starts=${STARTS:-3}
pkg=universe-studio
gui="/opt/$pkg/bin/Universe Studio"
out=target/dist/check-deb

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (it installs the package)"

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  step "installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -z "$deb" ]; then
  deb=$(ls -t target/dist/*.deb 2>/dev/null | head -1 || true)
  if [ -z "$deb" ]; then
    step "building the .deb (mvn -Pdist package)"
    command -v fakeroot >/dev/null || { apt-get update -qq && apt-get install -y -qq fakeroot >/dev/null; }
    mvn -B -q -Pdist package -DskipTests
    deb=$(ls -t target/dist/*.deb | head -1)
  fi
fi
[ -f "$deb" ] || fail "no .deb at $deb"
# Made after the build: packaging starts target/dist afresh.
mkdir -p "$out"

revision=${REVISION:-}
if [ -z "$revision" ]; then
  revision=$(ls -d ../shared/universe-corpus/packages/H/hello-world/* 2>/dev/null | sort -V | tail -1 || true)
fi
[ -n "$revision" ] && [ -d "$revision" ] || fail "no revision folder to open: set REVISION"
revision=$(cd "$revision" && pwd)

step "installing $deb"
if ! DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >"$out/dpkg.log" 2>&1; then
  echo "dpkg -i left dependencies to install; apt-get -f install:"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >>"$out/dpkg.log" 2>&1 \
    || { cat "$out/dpkg.log"; fail "install"; }
fi
dpkg-query -W -f='${Status}\n' "$pkg" | grep -q "install ok installed" || fail "$pkg is not installed"
echo "installed: $(dpkg-query -W -f='${Package} ${Version}' "$pkg")"

step "start caches made by postinst (ADR 0137, ADR 0151)"
for cfg in "/opt/$pkg/lib/app/Universe Studio.cfg" "/opt/$pkg/lib/app/universe-studio.cfg"; do
  cache=$(sed -n 's|^java-options=-XX:AOTCache=\$APPDIR/||p' "$cfg")
  [ -n "$cache" ] || { echo "$(basename "$cfg"): no cache option (JDK 17 runtime)"; continue; }
  [ -f "/opt/$pkg/lib/app/$cache" ] || fail "$cache was not made at install (see /tmp/universe-studio-$cache.log)"
  echo "$(basename "$cfg"): $cache, $(du -h "/opt/$pkg/lib/app/$cache" | cut -f1)"
done

step "desktop entry"
desktop=$(ls /usr/share/applications/"$pkg"-*.desktop 2>/dev/null | head -1 || true)
if [ -n "$desktop" ]; then
  grep -E '^(Name|Exec|Categories|MimeType)=' "$desktop"
else
  # xdg-desktop-menu needs a desktop environment's folders; the entry is still in the package.
  echo "not registered in /usr/share/applications; packaged entry:"
  grep -E '^(Name|Exec|Categories|MimeType)=' /opt/$pkg/lib/"$pkg"-Universe_Studio.desktop
fi

step "command line from the PATH: $(command -v universe-studio || echo 'universe-studio NOT ON PATH')"
command -v universe-studio >/dev/null || fail "universe-studio is not on the PATH"
universe-studio --version || fail "universe-studio --version"
set +e
universe-studio validate "$revision" >"$out/validate.log" 2>&1
code=$?
set -e
echo "universe-studio validate $revision -> exit $code"
sed 's/^/  | /' "$out/validate.log" | head -20
case $code in
  0|1) ;;
  2) grep -q "not available yet" "$out/validate.log" || fail "validate could not run" ;;
  *) fail "validate exit code $code" ;;
esac

step "starting the installed app with $revision open ($starts times, virtual display)"
display=:$((200 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
times=()
for i in $(seq 1 "$starts"); do
  log="$out/start-$i.log"
  DISPLAY=$display "$gui" "$revision" >"$log" 2>&1 &
  app=$!
  ms=""
  for _ in $(seq 1 120); do
    ms=$(sed -n 's/.*first window shown \([0-9]*\) ms after JVM start.*/\1/p' "$log" | head -1)
    [ -n "$ms" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
  done
  if [ -z "$ms" ]; then
    kill "$app" 2>/dev/null || true
    cat "$log"
    fail "the window did not show within 60 s (start $i)"
  fi
  times+=("$ms")
  echo "start $i: window shown ${ms} ms after JVM start"
  if [ "$i" = "$starts" ]; then
    sleep 2 # let the first frame paint
    DISPLAY=$display import -window root "$out/screenshot.png"
    echo "screenshot: $out/screenshot.png"
  fi
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
done

step "figures"
deb_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-query -W -f='${Installed-Size}' "$pkg")
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000000 }'; }
printf '.deb size:        %s MB (%s bytes)  goal < 50 MB: %s\n' "$(mb "$deb_bytes")" "$deb_bytes" \
  "$([ "$deb_bytes" -lt 50000000 ] && echo met || echo MISSED)"
printf 'installed size:   %s MB (dpkg Installed-Size %s KiB; du: %s)\n' "$(mb $((installed_kib * 1024)))" \
  "$installed_kib" "$(du -sh /opt/$pkg | cut -f1)"
echo "start to window:  ${times[*]} ms (the first start also fills the OS file cache)"

if [ "$remove" = yes ]; then
  step "removing $pkg"
  dpkg -r "$pkg" >/dev/null
  [ ! -e /usr/bin/universe-studio ] || fail "/usr/bin/universe-studio left behind"
  echo "removed; /usr/bin/universe-studio gone"
fi
echo
echo "check-deb: OK"
