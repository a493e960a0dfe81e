#!/usr/bin/env bash
# A real OpenSearch 2.19 on this machine's loopback, from the Maven Central jars the opensearch
# module collects (./mvnw -pl opensearch package builds them): one node, or a cluster of 2-3,
# for the tests, the search benchmark and a developer trying the production search backend.
# Production runs OpenSearch as a service instead; Samling then only needs SAMLING_SEARCH_HOSTS.
#
#   config/opensearch.sh start [--nodes N] [--port P] [--dir D]   start, wait until green (one node: yellow)
#   config/opensearch.sh stop [--dir D]                           stop every node (data kept)
#   config/opensearch.sh status [--port P]                        the cluster's health
#
# Node i (0-based) answers HTTP on P+i and talks to the others on P+100+i; data, logs and pid
# files live under D (default: target/opensearch under the project). --heap sets each node's -Xmx.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cmd=${1:-}; shift || true
nodes=1; port=${SAMLING_OPENSEARCH_PORT:-9200}; dir=$root/target/opensearch; heap=512m
while [[ $# -gt 0 ]]; do
  case $1 in
    --nodes) nodes=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

say() { echo "[opensearch] $*"; }
health() { curl -s -m 5 "http://127.0.0.1:$port/_cluster/health?wait_for_status=${1:-green}&timeout=${2:-1s}" || true; }

start() {
  local libs=$root/opensearch/target/lib jar=$root/opensearch/target/samling-opensearch.jar
  if [[ ! -f $jar || ! -d $libs ]]; then
    say "the node is not built: run ./mvnw -pl opensearch package first"; exit 1
  fi
  if [[ -n $(health yellow) && $(health yellow) == *status* ]]; then
    say "something already answers on 127.0.0.1:$port"; exit 1
  fi
  local seeds="" managers=""
  for ((i = 0; i < nodes; i++)); do
    seeds+="${seeds:+,}127.0.0.1:$((port + 100 + i))"; managers+="${managers:+,}node-$i"
  done
  mkdir -p "$dir"
  for ((i = 0; i < nodes; i++)); do
    local home=$dir/node-$i discovery
    mkdir -p "$home"
    if [[ $nodes -eq 1 ]]; then
      discovery=(discovery.type=single-node)
    else
      discovery=(discovery.seed_hosts=$seeds cluster.initial_cluster_manager_nodes=$managers)
    fi
    nohup java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -Djava.awt.headless=true -Dlog4j2.disable.jmx=true \
      -cp "$jar:$libs/*" org.samling.opensearch.OpenSearchNode \
      path.home="$home" node.name=node-$i cluster.name=samling-search \
      http.port=$((port + i)) transport.port=$((port + 100 + i)) "${discovery[@]}" \
      >"$home/node.log" 2>&1 &
    echo $! >"$home/node.pid"
  done
  # One node cannot hold the replicas of its indexes: yellow is its best. A cluster must be green.
  local want=green
  [[ $nodes -eq 1 ]] && want=yellow
  say "starting $nodes node(s) on 127.0.0.1:$port..$((port + nodes - 1)), data in $dir"
  for _ in $(seq 1 120); do
    local h; h=$(health $want)
    if [[ $h == *'"status":"green"'* || ($want == yellow && $h == *'"status":"yellow"'*) ]]; then
      say "ready: $h"; return 0
    fi
    for ((i = 0; i < nodes; i++)); do
      if ! kill -0 "$(cat "$dir/node-$i/node.pid")" 2>/dev/null; then
        say "node-$i stopped while starting; its log:"; tail -30 "$dir/node-$i/node.log"; exit 1
      fi
    done
    sleep 1
  done
  say "not $want after 120 s: $(health yellow)"; exit 1
}

stop() {
  local any=0
  for pidfile in "$dir"/node-*/node.pid; do
    [[ -f $pidfile ]] || continue
    local pid; pid=$(cat "$pidfile")
    if kill "$pid" 2>/dev/null; then
      any=1
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  done
  [[ $any -eq 1 ]] && say "stopped (data kept in $dir)" || say "nothing was running in $dir"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  status) r=$(health yellow); [[ -n $r ]] && say "$r" || { say "nothing answers on 127.0.0.1:$port"; exit 1; } ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
