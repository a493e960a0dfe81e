#!/usr/bin/env bash
# Deadline-rush benchmark on PostgreSQL: 50 authors submit through the API for the minute around
# the call's deadline (30 s before it, 30 s after), paced at 2,000 submissions a minute in all,
# after a warm-up of 60 s at the same pace that is not counted (WARMUP=0 to measure a cold server).
# Prints what the clients saw (accepted before the deadline, refused after it, p50/p99 latency)
# and what the database holds, and how many accepted submissions are missing from it (lost).
# Usage: bash bench/deadline-rush.sh   (ports 8080 and 9990 free; PostgreSQL on 127.0.0.1:5432;
#        SKIP_BUILD=1 reuses a server already provisioned for PostgreSQL in ear/target/server)
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-50}
PER_MINUTE=${PER_MINUTE:-2000}
SECONDS_RUN=${SECONDS_RUN:-60}
WARMUP=${WARMUP:-60}
DB=samling_bench
source bench/postgresql-server.sh

source bench/rush-setup.sh

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql --version)"
echo "load: $CLIENTS clients, $PER_MINUTE submissions per minute, $WARMUP s warm-up (not counted), then $SECONDS_RUN s with the deadline at second $((SECONDS_RUN / 2))"
out=$(java bench/DeadlineRush.java http://localhost:8080 nsw2027 "$CLIENTS" "$SECONDS_RUN" "$PER_MINUTE" "$track" "$type" "$DB" "$conf" "$WARMUP")
echo "$out" | grep -v '^ACCEPTED\|^DEADLINE'
accepted=$(echo "$out" | awk '/^ACCEPTED/ {print $2}')
deadline_ms=$(echo "$out" | awk '/^DEADLINE/ {print $2}')
stored=$(psql_db -c "select count(*) from submission s join account a on a.id = s.owner_id
  where a.email like 'rush%' and s.state = 'SUBMITTED' and s.title like 'Rush%'")
late=$(psql_db -c "select count(*) from submission s join account a on a.id = s.owner_id
  where a.email like 'rush%' and s.title like 'Rush%' and s.submitted_at > to_timestamp($deadline_ms / 1000.0)")
echo "database: $stored submitted by the rush authors, $late of them stamped after the deadline; lost (accepted but not stored) = $((accepted - stored))"
