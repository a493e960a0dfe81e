# Sourced by the PostgreSQL benchmarks: a fresh database $DB, the server built and provisioned for
# PostgreSQL (unless SKIP_BUILD=1), the page cache written back, then the server started on $DB
# and waited for until ready; it is stopped when the benchmark exits. Defines psql_db, start_server
# and stop_server.
psql_db() { psql -qtA -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 "$@"; }

bash config/test-env.sh >/dev/null
psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  echo "building and provisioning the server for PostgreSQL ..."
  ./mvnw -q clean package -DskipTests -Dsamling.db=postgresql >/tmp/samling-bench-build.log 2>&1
fi
# The build leaves some 300 MB of dirty pages; written back while PostgreSQL commits, they made every
# commit wait on its fsync for the first minute or two. Write them now, before anything is measured.
sync

server_log=$(mktemp)
# Starts the server on $DB with the demo (arguments go to standalone.sh; environment variables set
# before the call reach it too) and waits until it answers /health/ready; its pid in $server.
start_server() {
  SAMLING_DEMO=true SAMLING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAMLING_DB_USER=postgres SAMLING_DB_PASSWORD=trust \
    setsid ear/target/server/bin/standalone.sh "$@" >"$server_log" 2>&1 &
  server=$!
  for _ in $(seq 1 240); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/health/ready || true) == 200 ]] && return 0
    sleep 0.5
  done
  echo "the server is not ready after 120 s; its log: $server_log"; return 1
}
stop_server() { kill -TERM -- -$server 2>/dev/null; wait $server 2>/dev/null || true; }
trap 'stop_server; rm -f "$server_log"' EXIT
start_server
