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
# BACKEND=opensearch: then the same server is started again on OpenSearch (a real 2.19 node from
# config/opensearch.sh on 127.0.0.1:9200, 1 GB heap, fresh data): the rebuild's docs/s, and the same
# 20 queries through the application at 1 and 4 threads, with the search service's p99 on OpenSearch
# over its p99 on the embedded index of the same run.
# Usage: bash bench/search.sh   (ports 8080, 9990 and 9200 free; PostgreSQL on 127.0.0.1:5432;
#        DOCS=20000 for a smaller run; SKIP_BUILD=1 reuses ear/target/server built for PostgreSQL;
#        BACKEND=opensearch adds the OpenSearch run)
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

# Waits for the start-up rebuild (the search_reindex row after id $2) and prints its rate, labelled $1.
rebuilt() {
  for _ in $(seq 1 2400); do
    state=$(psql_db -c "select state from search_reindex where id > $2 order by id desc limit 1")
    [[ "$state" == DONE || "$state" == FAILED ]] && break
    sleep 0.5
  done
  psql_db -F' ' -c "select state, total, extract(epoch from finished_at - created_at) from search_reindex where id > $2 order by id desc limit 1" |
    awk -v label="$1" '{ printf "%s: %s, %d documents in %.1f s = %.0f docs/s (mass indexer at start-up, 3 loading threads)\n", label, $1, $2, $3, $2 / $3 }'
}

# Restart without the index: the server sees it missing and rebuilds it.
stop_server
rm -rf ear/target/server/standalone/data/samling-index
sync
last=$(psql_db -c "select coalesce(max(id), 0) from search_reindex")
start_server
rebuilt indexing "$last"

lucene=~/.m2/repository/org/apache/lucene
cp="ejb/target/classes:$lucene/lucene-core/9.11.1/lucene-core-9.11.1.jar:$lucene/lucene-analysis-common/9.11.1/lucene-analysis-common-9.11.1.jar"
cp="$cp:$lucene/lucene-queryparser/9.11.1/lucene-queryparser-9.11.1.jar:$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.*/postgresql-42.7.*.jar | tail -1)"
lucene_out=$(mktemp)
java -Xmx2g -cp "$cp" bench/SearchBench.java http://localhost:8080 ear/target/server/standalone/data/samling-index/submission \
  "jdbc:postgresql://127.0.0.1:5432/$DB" "$conf" | tee "$lucene_out"

[[ ${BACKEND:-lucene} == opensearch ]] || exit 0
echo
echo "=== the same server on OpenSearch 2.19.6 (one node, 1 GB heap; outbox-polling coordination) ==="
stop_server
[[ -d opensearch/target/lib ]] || ./mvnw -q -pl opensearch package >/tmp/samling-bench-build.log 2>&1
os_dir=target/bench-opensearch
bash config/opensearch.sh stop --dir $os_dir >/dev/null || true
rm -rf $os_dir
bash config/opensearch.sh start --dir $os_dir --heap 1g | cut -c1-100
# OpenSearch first: stopping the server's process group may end this script before the rest of the trap.
trap 'bash config/opensearch.sh stop --dir $os_dir >/dev/null; rm -f "$server_log"; stop_server' EXIT
last=$(psql_db -c "select coalesce(max(id), 0) from search_reindex")
sync
# The switch the CLI script search-opensearch.cli makes, given on the command line to the same server.
# The new OpenSearch has no index: the server creates it and rebuilds it from the database.
SAMLING_SEARCH_HOSTS=127.0.0.1:9200 start_server -Dsamling.search.backend=elasticsearch \
  -Dsamling.search.coordination=outbox-polling -Dsamling.search.schema=none -Dsamling.search.sync=
rebuilt "indexing on OpenSearch" "$last"
echo "index: $(curl -s 'http://127.0.0.1:9200/_cat/indices/submission-*?h=index,docs.count,store.size')"
os_out=$(mktemp)
APP_ONLY=1 java -Xmx2g -cp "$cp" bench/SearchBench.java http://localhost:8080 ear/target/server/standalone/data/samling-index/submission \
  "jdbc:postgresql://127.0.0.1:5432/$DB" "$conf" | tee "$os_out"
# The search service's p99 (from the application's own timing) at 1 and 4 threads, OpenSearch over embedded.
p99() { grep -o 'search service p50 [0-9.]* ms, p99 [0-9.]*' "$1" | awk '{print $NF}'; }
paste <(p99 "$lucene_out") <(p99 "$os_out") | awk 'NR == 1 { t = "1 thread " } NR == 2 { t = "4 threads" }
  { printf "%s: search service p99 OpenSearch %.1f ms / embedded Lucene %.1f ms = %.1fx (target <= 3x)\n", t, $2, $1, $2 / $1 }'
rm -f "$lucene_out" "$os_out"
