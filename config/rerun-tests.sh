#!/usr/bin/env bash
# Runs the browser and API tests twice in a row against one server, to show that they seed or
# restore what they change. Starts the provisioned server (ear/target/server, built by
# `./mvnw install -DskipTests`) with the test servers' environment and a fresh data folder, and
# stops it at the end. Results: target/rerun/pass1.log, pass2.log and their failsafe reports.
set -uo pipefail
cd "$(dirname "$0")/.."
out=target/rerun
rm -rf "$out" ear/target/server/standalone/data/samling-index && mkdir -p "$out/data"
pkill -f jboss-modules && sleep 2
SAMLING_DEMO=true SAMLING_TRUSTED_PROXIES=127.0.0.1 SAMLING_SMTP_HOST=127.0.0.1 SAMLING_SMTP_PORT=3025 \
  SAMLING_BASE_URL=http://localhost:8080 ear/target/server/bin/standalone.sh -Dsamling.data.dir="$PWD/$out/data" \
  > "$out/server.log" 2>&1 &
for _ in $(seq 1 180); do curl -sf http://localhost:9990/health/ready > /dev/null && break; sleep 1; done
./mvnw -B -q -o -pl ear test-compile
for pass in 1 2; do
  ./mvnw -B -o -pl ear failsafe:integration-test -DskipITs=false -Dit.test='*BrowserIT,*ApiIT' > "$out/pass$pass.log" 2>&1
  cp -r ear/target/failsafe-reports "$out/reports$pass"
  echo "pass $pass: $(grep -E '^\[(INFO|ERROR)\] Tests run: [0-9]+, Failures' "$out/pass$pass.log" | tail -1)"
  grep -E '<<< FAILURE!$' "$out/pass$pass.log" | grep -v 'Tests run' | sed 's/^/  /'
done
pkill -f jboss-modules
