#!/usr/bin/env bash
# Review-save benchmark on PostgreSQL: 50 reviewers, each assigned one submission of the demo
# conference, save review drafts through the API for 60 s as fast as the server answers (after a
# 30 s warm-up that is not counted). Prints saves/s and p50/p99, and checks in the database that
# every reviewer's stored draft is the last one the server accepted from them.
# Usage: bash bench/review-saves.sh   (ports 8080 and 9990 free; PostgreSQL on 127.0.0.1:5432;
#        SKIP_BUILD=1 reuses a server already provisioned for PostgreSQL in ear/target/server)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=samling_bench
source bench/postgresql-server.sh

source bench/review-saves-setup.sh

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql --version)"
echo "load: $REVIEWERS reviewers saving drafts back to back, $WARMUP s warm-up (not counted), then $SECONDS_RUN s"
java bench/ReviewSaves.java http://localhost:8080 "$SECONDS_RUN" "$WARMUP" $pairs
stored=$(psql_db -c "select count(*) from review r join assignment x on x.id = r.assignment_id join account a on a.id = x.account_id
  where a.email like 'bench%@samling.example' and r.state = 'DRAFT' and r.to_authors like 'Udkast %'")
echo "database: $stored of $REVIEWERS bench reviewers have their draft stored"
