#!/usr/bin/env bash
# Review saves on one node and on two, in one run (issue 21): bench/cluster.sh starts node a alone
# (clustered build, PostgreSQL, OpenSearch, HAProxy); 50 reviewers save drafts back to back through
# HAProxy for 60 s after a 30 s warm-up (bench/ReviewSaves.java, as bench/review-saves.sh); then
# node b is started, joins, and the same reviewers (logged in afresh, so HAProxy spreads them over
# both nodes) save again for the same time. Prints saves/s and p50/p99 of both, and checks in the
# database that each reviewer's stored draft is the last one the server accepted.
# On one machine's 2 cores two nodes cannot be faster than one: the figure shows what the second
# JVM and session replication cost; BENCHMARKS.md has the capacity model for nodes on their own hosts.
# Usage: bash bench/cluster-saves.sh   (SKIP_BUILD=1 reuses the cluster build; ports as bench/cluster.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=samling_cluster
psql_db() { psql -qtA -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 "$@"; }
NODES=a bash bench/cluster.sh start
trap 'bash bench/cluster.sh stop' EXIT
source bench/review-saves-setup.sh
sync
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql --version)"
echo "load: $REVIEWERS reviewers saving drafts back to back through HAProxy, $WARMUP s warm-up (not counted), then $SECONDS_RUN s"
echo "== one node (a)"
java bench/ReviewSaves.java http://127.0.0.1:8000 "$SECONDS_RUN" "$WARMUP" $pairs
bash bench/cluster.sh node b
echo "== two nodes (a, b)"
java bench/ReviewSaves.java http://127.0.0.1:8000 "$SECONDS_RUN" "$WARMUP" $pairs
bash bench/cluster.sh counters
stored=$(psql_db -c "select count(*) from review r join assignment x on x.id = r.assignment_id join account a on a.id = x.account_id
  where a.email like 'bench%@samling.example' and r.state = 'DRAFT' and r.to_authors like 'Udkast %'")
echo "database: $stored of $REVIEWERS bench reviewers have their draft stored"
