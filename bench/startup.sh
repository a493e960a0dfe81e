#!/usr/bin/env bash
# Start-up benchmark: runs the README's Run command as a newcomer would (twice: the first run
# warms Maven's local repository and compiles, the second is the "second run on the same
# machine"), and prints for each run the seconds until http://localhost:8080/ answers 200,
# WildFly's own boot time, and the server's resident memory once ready.
# Usage: bash bench/startup.sh        (ports 8080 and 9990 must be free)
set -uo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

one_run() {
  local label=$1 log start code pid
  log=$(mktemp)
  start=$(date +%s.%N)
  setsid ./mvnw -q -Prun package -DskipTests -Dsamling.data.dir="$data" >"$log" 2>&1 &
  pid=$!
  code=000
  for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/ || true)
    [[ $code == 200 ]] && break
    sleep 0.25
  done
  local end; end=$(date +%s.%N)
  local boot; boot=$(grep -o "WFLYSRV0025.*started in [0-9]*ms" "$log" | grep -o "in [0-9]*ms" | tail -1 | grep -o '[0-9]*')
  local java; java=$(pgrep -f "jboss-modules.jar" | head -1)
  local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$java/status" 2>/dev/null)
  printf '%-12s first page after %6.1f s (HTTP %s); WildFly boot %s ms; server RSS %s MB\n' \
    "$label" "$(echo "$end - $start" | bc)" "$code" "${boot:-?}" "${rss:-?}"
  kill -TERM -- -"$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  for _ in $(seq 1 60); do pgrep -f jboss-modules.jar >/dev/null || break; sleep 0.5; done
  rm -f "$log"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
one_run "first run"
one_run "second run"
