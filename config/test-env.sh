#!/usr/bin/env bash
# Prepares this machine for the test suite; the parent POM runs it before any test (unless
# -DskipTests). Idempotent: it installs or starts only what is missing.
#  - Debian's chromium and chromium-driver for the browser tests (never a downloaded browser);
#  - the local PostgreSQL server (127.0.0.1:5432), started if it is down;
#  - fresh databases: samling_it for the PostgreSQL run of the integration tests, samling_prod_it
#    for the production start (ProductionIT), samling_os_it and samling_os_web for the OpenSearch runs
#    of the search tests.
set -euo pipefail

say() { echo "[test-env] $*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  say "need root for: $*"; exit 1; fi; }

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
say "$(/usr/bin/chromium --version 2>/dev/null | head -1)"

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! pg_up; then
  say "PostgreSQL is down: starting it"
  if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
    for version in /etc/postgresql/*; do
      as_root pg_ctlcluster --skip-systemctl-redirect "$(basename "$version")" main start || true
    done
  fi
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
pg_up || { say "PostgreSQL does not answer on 127.0.0.1:5432"; exit 1; }
psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "drop database if exists samling_it" -c "create database samling_it" \
  -c "drop database if exists samling_prod_it" -c "create database samling_prod_it" \
  -c "drop database if exists samling_os_it" -c "create database samling_os_it" \
  -c "drop database if exists samling_os_web" -c "create database samling_os_web" >/dev/null
say "PostgreSQL ready, databases samling_it, samling_prod_it (the production start's, empty) samling_os_it and samling_os_web (the OpenSearch runs') created afresh"

for port in 8080 9990 8180 10090 8280 10190 9280 9380 9290 9390; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    say "port $port is in use (is Samling running?): stop it before running the tests"; exit 1
  fi
done
