#!/usr/bin/env bash
# Search benchmark on PostgreSQL: 100,000 generated abstracts (a third each in Danish, Swedish and
# English, 120 words, one author each) in the demo conference nsw2027. The server is restarted with
# its index folder removed, so it rebuilds the index at start-up (Hibernate Search's mass indexer,
# progress in search_reindex): indexing docs/s is read from that row. Then 20 queries (stemmed words,
# phrases, prefixes, exclusions, OR, folded spellings) are timed at 1 and 4 threads three ways: through
# the application's search service (the JSON API, chair's session: filters, facets, highlighting,
# entities), as plain Lucene on the same index folder (the same query string, fields and analyzers,
# top 20 and an exact count), and as SQL substring matching (LIKE) over the same rows. Prints p50/p99
# for each and the ratios.
# Usage: bash bench/search.sh   (ports 8080 and 9990 free; PostgreSQL on 127.0.0.1:5432;
#        DOCS=20000 for a smaller run; SKIP_BUILD=1 reuses ear/target/server built for PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${DOCS:-100000}
DB=samling_bench_search
source bench/postgresql-server.sh

conf=$(psql_db -c "select id from conference where acronym = 'nsw2027'")
owner=$(psql_db -c "select id from account where email = 'author3@samling.example'")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql --version)"
echo "generating $DOCS abstracts ..."
t0=$(date +%s.%N)
psql_db -f bench/search-seed.sql -v conf="$conf" -v owner="$owner" -v docs="$DOCS" >/dev/null
# As the database would be after autovacuum: otherwise its analysis of the new rows competes with
# the first queries for the two cores.
psql_db -c "vacuum analyze" >/dev/null
t1=$(date +%s.%N)
echo "generated in $(echo "$t1 - $t0" | bc) s; submissions in nsw2027: $(psql_db -c "select count(*) from submission where conference_id = $conf")"

# Restart without the index: the server sees it missing and rebuilds it.
kill -TERM -- -$server 2>/dev/null; wait $server 2>/dev/null || true
rm -rf ear/target/server/standalone/data/samling-index
sync
SAMLING_DEMO=true SAMLING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAMLING_DB_USER=postgres SAMLING_DB_PASSWORD=trust \
  setsid ear/target/server/bin/standalone.sh >"$server_log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/health/ready || true) == 200 ]] && break
  sleep 0.5
done
for _ in $(seq 1 1200); do
  state=$(psql_db -c "select state from search_reindex order by id desc limit 1")
  [[ "$state" == DONE || "$state" == FAILED ]] && break
  sleep 0.5
done
psql_db -F' ' -c "select state, total, extract(epoch from finished_at - created_at) from search_reindex order by id desc limit 1" |
  awk '{ printf "indexing: %s, %d documents in %.1f s = %.0f docs/s (mass indexer at start-up, 3 loading threads)\n", $1, $2, $3, $2 / $3 }'

lucene=~/.m2/repository/org/apache/lucene
cp="ejb/target/classes:$lucene/lucene-core/9.11.1/lucene-core-9.11.1.jar:$lucene/lucene-analysis-common/9.11.1/lucene-analysis-common-9.11.1.jar"
cp="$cp:$lucene/lucene-queryparser/9.11.1/lucene-queryparser-9.11.1.jar:$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.*/postgresql-42.7.*.jar | tail -1)"
java -Xmx2g -cp "$cp" bench/SearchBench.java http://localhost:8080 ear/target/server/standalone/data/samling-index/submission \
  "jdbc:postgresql://127.0.0.1:5432/$DB" "$conf"
