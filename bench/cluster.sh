#!/usr/bin/env bash
# Several nodes on this machine, as the README's "Several nodes" describes them for production:
# PostgreSQL (the machine's; database samling_cluster, fresh at each start), OpenSearch
# (config/opensearch.sh on 127.0.0.1:9200), two WildFly nodes of one server build
# (-Dsamling.db=postgresql -Dsamling.search=opensearch -Dsamling.nodes=cluster) with their own base
# folders under target/cluster, node a on 8080/9990 (JGroups 7600) and node b on 8180/10090 (7700),
# HAProxy (Debian's) on 127.0.0.1:8000 sending each request to a node that answers /health/ready
# (checked every second; a node is out after 2 failed checks and back after 2 good ones), and an SMTP
# sink (bench/SmtpSink.java on 127.0.0.1:2525) that logs each mail to target/cluster/mail.log.
#
#   bash bench/cluster.sh start    build (unless SKIP_BUILD=1), start everything, wait until ready
#                                  (NODES=a starts node a alone: one node, the rest as for two)
#   bash bench/cluster.sh stop     stop HAProxy, the nodes and OpenSearch
#   bash bench/cluster.sh check    a submission saved through node a, searched for on node b:
#                                  prints the milliseconds until node b finds it (target <= 2,000)
#   bash bench/cluster.sh node a|b  (re)start one node (after a kill -9, say); it rejoins the others
#   bash bench/cluster.sh counters HAProxy's counters per node (connections, 5xx, retries, downs)
#   bash bench/cluster.sh test     start, run FailoverClusterIT (a browser's node killed under its
#                                  form) through HAProxy, stop; exits non-zero if it fails
#   bash bench/cluster.sh          start, check, stop
#
# Sessions live on both nodes (Infinispan over JGroups TCP), so HAProxy's cookie is only a
# preference: when a node dies the browser goes on, logged in, on the other. API tokens work on any
# node, the index is OpenSearch's, mails and jobs are claimed through the database. Ports 2525, 7600,
# 7700, 8000, 8404 (HAProxy's counters), 8080, 8180, 9200, 9990 and 10090 must be free.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$PWD/target/cluster
DB=samling_cluster
base_url=http://127.0.0.1:8000
psql_db() { psql -qtA -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 "$@"; }
say() { echo "[cluster] $*"; }

node() { # name offset
  local name=$1 offset=$2 home=$dir/node-$1
  if curl -s -o /dev/null "http://127.0.0.1:$((9990 + offset))/health/live"; then
    say "node $name is running already"; return 1
  fi
  if [[ ! -d $home ]]; then
    mkdir -p "$home" && cp -r ear/target/server/standalone/. "$home/"
    rm -rf "$home/data" "$home/tmp" "$home/log"
  fi
  SAMLING_SMTP_HOST=127.0.0.1 SAMLING_SMTP_PORT=2525 SAMLING_DEMO=true SAMLING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAMLING_DB_USER=postgres SAMLING_DB_PASSWORD=trust \
    SAMLING_SEARCH_HOSTS=127.0.0.1:9200 SAMLING_BASE_URL=$base_url SAMLING_TRUSTED_PROXIES=127.0.0.1 \
    setsid ear/target/server/bin/standalone.sh -Djboss.server.base.dir="$home" -Djboss.node.name="$name" \
    -Djboss.socket.binding.port-offset="$offset" >"$dir/node-$name.out" 2>&1 &
  echo $! >"$dir/node-$name.pid"
  for _ in $(seq 1 240); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((9990 + offset))/health/ready" || true) == 200 ]] && {
      # The node's JVM (not its start script): what bench/failover.sh kills.
      pgrep -f "^([^ ]*/)?java .*-Djboss.node.name=$name( |\$)" >"$dir/node-$name.jvm"
      say "node $name ready on 127.0.0.1:$((8080 + offset))"; return 0; }
    sleep 0.5
  done
  say "node $name not ready after 120 s; see $home/log/server.log"; exit 1
}

start() {
  command -v haproxy >/dev/null || { say "installing Debian's haproxy"; apt-get install -y -qq haproxy >/dev/null; }
  mkdir -p "$dir"
  if [[ ${SKIP_BUILD:-} != 1 ]]; then
    say "building the server for PostgreSQL and OpenSearch ..."
    ./mvnw -q clean package -DskipTests -Dsamling.db=postgresql -Dsamling.search=opensearch -Dsamling.nodes=cluster \
      >"$dir/build.log" 2>&1
  fi
  [[ -d opensearch/target/lib ]] || ./mvnw -q -pl opensearch package >>"$dir/build.log" 2>&1
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
  rm -rf "$dir/opensearch" "$dir"/node-* "$dir/mail.log"
  setsid java bench/SmtpSink.java 2525 "$dir/mail.log" >"$dir/smtp.out" 2>&1 &
  echo $! >"$dir/smtp.pid"
  bash config/opensearch.sh start --dir "$dir/opensearch" --port 9200 | cut -c1-60
  # One node first: it migrates the schema and writes the demo; the second finds both done.
  node a 0
  [[ ${NODES:-a b} == *b* ]] && node b 100
  cat >"$dir/haproxy.cfg" <<CFG
global
    maxconn 4000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option redispatch
    retries 2
    timeout check 2s
frontend samling
    bind 127.0.0.1:8000
    option forwardfor
    http-request set-header X-Forwarded-Proto http
    default_backend nodes
backend nodes
    balance roundrobin
    cookie SAMLING_NODE insert indirect nocache
    option httpchk GET /health/ready
    http-check expect status 200
    server a 127.0.0.1:8080 check port 9990 inter 1s fall 2 rise 2 cookie a
    server b 127.0.0.1:8180 check port 10090 inter 1s fall 2 rise 2 cookie b
# Counters per node (requests, 5xx, retries, redispatches, health-check downs) for the benchmarks.
listen stats
    bind 127.0.0.1:8404
    stats enable
    stats uri /
CFG
  haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
  for _ in $(seq 1 20); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$base_url/" || true) == 200 ]] && break
    sleep 0.5
  done
  say "HAProxy on $base_url in front of nodes a and b"
}

stop() {
  [[ -f $dir/haproxy.pid ]] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for n in a b; do
    [[ -f $dir/node-$n.pid ]] && kill -TERM -- -"$(cat "$dir/node-$n.pid")" 2>/dev/null || true
  done
  [[ -f $dir/smtp.pid ]] && kill "$(cat "$dir/smtp.pid")" 2>/dev/null || true
  sleep 3
  bash config/opensearch.sh stop --dir "$dir/opensearch" || true
  rm -f "$dir"/*.pid
  say "stopped"
}

# A session of this person on one node (its own cookie jar).
login() { # port email jar
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$3" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$2\",\"password\":\"samling-demo\"}" "http://127.0.0.1:$1/api/session")
  [[ $code == 204 ]] || { say "log-in of $2 on $1: $code"; exit 1; }
}

check() {
  local a_jar b_jar word conf track type t0 created found=0 t1 total
  a_jar=$(mktemp) b_jar=$(mktemp)
  login 8080 author3@samling.example "$a_jar"
  login 8180 chair@samling.example "$b_jar"
  conf=$(psql_db -c "select id from conference where acronym = 'nsw2027'")
  track=$(psql_db -c "select min(id) from track where conference_id = $conf")
  type=$(psql_db -c "select min(id) from submission_type where conference_id = $conf")
  word=klyngeprove
  for _ in 1 2 3 4 5 6 7 8; do word+=$(printf "\\$(printf '%03o' $((97 + RANDOM % 26)))"); done
  t0=$(date +%s%N)
  created=$(curl -s -o /dev/null -w '%{http_code}' -b "$a_jar" -H 'Content-Type: application/json' -H "Origin: $base_url" \
    -d "{\"title\":\"Saved on node a\",\"abstractText\":\"Found on node b: $word.\",\"language\":\"da\",\"trackId\":$track,\"typeId\":$type,\"authors\":[{\"name\":\"Emily Carter\",\"email\":\"author3@samling.example\",\"presenting\":true}]}" \
    "http://127.0.0.1:8080/api/submissions?conference=nsw2027&submit=true")
  [[ $created == 201 ]] || { say "save on node a: $created"; exit 1; }
  for _ in $(seq 1 1000); do
    if curl -s -b "$b_jar" "http://127.0.0.1:8180/api/search/nsw2027?q=$word" | grep -q '"total":1'; then
      found=1; break
    fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  rm -f "$a_jar" "$b_jar"
  [[ $found == 1 ]] || { say "node b did not find the submission saved on node a within 10 s+"; exit 1; }
  total=$(( (t1 - t0) / 1000000 ))
  say "saved through node a, found by a search on node b after $total ms (target <= 2,000 ms)"
}

# HAProxy's counters per node since its start (connections: with keep-alive about one per client).
counters() {
  curl -s "http://127.0.0.1:8404/;csv" | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 == "nodes" && ($2 == "a" || $2 == "b") { printf "haproxy: node %s %s: %s connections, %s 5xx, %s retries, %s redispatched, %s failed checks, %s times down\n",
      $2, $col["status"], $col["stot"], $col["hrsp_5xx"], $col["wretr"], $col["wredis"], $col["chkfail"], $col["chkdown"] }'
}

case ${1:-all} in
  start) start ;;
  stop) stop ;;
  check) check ;;
  counters) counters ;;
  node) node "$2" "$([[ $2 == a ]] && echo 0 || echo 100)" ;;
  test)
    trap stop EXIT
    start
    ./mvnw -B -q test-compile failsafe:integration-test failsafe:verify -pl ear -Dit.test=FailoverClusterIT \
      -Dsamling.base.url=$base_url -Dsamling.cluster.dir="$dir" ;;
  all) trap stop EXIT; start; for i in 1 2 3 4 5; do check; done ;;
  *) sed -n '2,25p' "$0"; exit 2 ;;
esac
