#!/usr/bin/env bash
# Failover at the deadline (issue 21). The deadline rush of bench/deadline-rush.sh (50 authors,
# 2,000 submissions a minute, each with its own Idempotency-Key, resent on no answer or a 5xx)
# through HAProxy against the two nodes of bench/cluster.sh; 15 s before the deadline the JVM of
# node b gets kill -9. Then it checks what the issue asks and exits non-zero if any fails:
#   lost      submissions answered 201 that the database does not hold submitted (target 0)
#   twice     titles stored more than once (target 0)
#   late      accepted submissions stamped after the deadline (target 0)
#   logged out  requests answered 401 after the failover (target 0: sessions live on both nodes)
#   unanswered  submissions whose resends got no answer within 30 s (target 0)
#   mails     receipts the SMTP sink got per author against the author's submissions (target: equal)
#   index     stored submissions that OpenSearch does not hold 30 s later (target 0)
# and restarts node b and times its return into the cluster's view.
#
#   bash bench/failover.sh          two nodes, node b killed (SKIP_BUILD=1 reuses the cluster build)
#   bash bench/failover.sh single   one node (NODES=a), no proxy: node a killed and started again
#                                   at once; every submission answered 2xx must be stored, indexed
#                                   and receipted once after the restart (its sessions are gone and
#                                   it is away for its restart: "logged out" and "unanswered" are
#                                   reported, not judged)
# Environment: CLIENTS (50), PER_MINUTE (2000), SECONDS_RUN (60), WARMUP (60), KEEP=1 leaves the
# cluster running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-two}
CLIENTS=${CLIENTS:-50}
PER_MINUTE=${PER_MINUTE:-2000}
SECONDS_RUN=${SECONDS_RUN:-60}
WARMUP=${WARMUP:-60}
DB=samling_cluster
dir=$PWD/target/cluster
psql_db() { psql -qtA -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 "$@"; }
say() { echo "[failover] $*"; }

if [[ $mode == single ]]; then
  NODES=a bash bench/cluster.sh start
  base=http://127.0.0.1:8080 victim=a
  # No second node: the node is started again at once, and the clients' resends wait for it.
  kill_cmd="kill -9 \$(cat $PWD/target/cluster/node-a.jvm) && sleep 1 && bash bench/cluster.sh node a"
else
  bash bench/cluster.sh start
  base=http://127.0.0.1:8000 victim=b
  kill_cmd="kill -9 \$(cat $PWD/target/cluster/node-b.jvm)"
fi
[[ ${KEEP:-} == 1 ]] || trap 'bash bench/cluster.sh stop' EXIT

source bench/rush-setup.sh

sync # the build's dirty pages written back before anything is measured (see BENCHMARKS, deadline rush)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql --version), $(haproxy -v | head -1)"
echo "mode: $mode; load: $CLIENTS clients, $PER_MINUTE submissions a minute through $base, $WARMUP s warm-up, then $SECONDS_RUN s with the deadline at second $((SECONDS_RUN / 2)); node $victim killed 15 s before it"
out=$(RUSH_KILL=$kill_cmd java bench/DeadlineRush.java "$base" nsw2027 "$CLIENTS" "$SECONDS_RUN" "$PER_MINUTE" "$track" "$type" "$DB" "$conf" "$WARMUP")
echo "$out" | grep -v '^ACCEPTED\|^DEADLINE\|^TITLE'
deadline_ms=$(echo "$out" | awk '/^DEADLINE/ {print $2}')
echo "$out" | sed -n 's/^TITLE //p' >"$dir/accepted.txt"
failed=0
check() { # name value target-description [info: reported, not judged]
  local verdict=ok; [[ $2 == 0 ]] || { verdict=FAILED; failed=1; }
  [[ ${4:-} == info ]] && verdict=info
  printf '  %-11s %6s   %s  %s\n' "$1" "$2" "$verdict" "$3"
}

psql_db -c "create table if not exists bench_accepted (title text)" -c "truncate bench_accepted" >/dev/null
psql_db -c "\\copy bench_accepted from '$dir/accepted.txt'" >/dev/null
accepted=$(psql_db -c "select count(*) from bench_accepted")
lost=$(psql_db -c "select count(*) from bench_accepted b where not exists (select 1 from submission s
  where s.title = b.title || ': barnets perspektiv i familieplejen' and s.state = 'SUBMITTED')")
twice=$(psql_db -c "select coalesce(sum(n - 1), 0) from (select count(*) n from submission where title like 'Rush %'
  or title like 'Warm-up %' group by title having count(*) > 1) t")
late=$(psql_db -c "select count(*) from submission where title like 'Rush %' and submitted_at > to_timestamp($deadline_ms / 1000.0)")
logged_out=$(echo "$out" | sed -n 's/.*answered 401 (logged out)=\([0-9]*\).*/\1/p')
unanswered=$(echo "$out" | sed -n 's/.*still without an answer after 30 s=\([0-9]*\).*/\1/p')

# Receipts: wait until the outbox holds nothing unsent for the rush authors, then count the sink's.
for _ in $(seq 1 180); do
  [[ $(psql_db -c "select count(*) from outbox_mail where recipient like 'rush%' and state in ('QUEUED', 'SENDING')") == 0 ]] && break
  sleep 1
done
submitted_per_author=$(psql_db -c "select a.email || ' ' || count(*) from submission s join account a on a.id = s.owner_id
  where a.email like 'rush%' and s.state = 'SUBMITTED' group by a.email order by 1")
mail_mismatch=0 extra_mails=0
while read -r email n; do
  got=$(awk -F'\t' -v e="$email" '$2 == e' "$dir/mail.log" | wc -l)
  [[ $got == "$n" ]] || mail_mismatch=$((mail_mismatch + 1))
  (( got > n )) && extra_mails=$((extra_mails + got - n))
done <<<"$submitted_per_author"
receipts=$(awk -F'\t' '$2 ~ /^rush[0-9]+@/' "$dir/mail.log" | wc -l)

# The index: every stored submission of the run, by id, in OpenSearch within 30 s.
ids=$(psql_db -c "select string_agg(s.id::text, ',') from submission s join account a on a.id = s.owner_id
  where a.email like 'rush%' and s.state = 'SUBMITTED'")
stored=$(psql_db -c "select count(*) from submission s join account a on a.id = s.owner_id where a.email like 'rush%' and s.state = 'SUBMITTED'")
for _ in $(seq 1 30); do
  indexed=$(curl -s -H 'Content-Type: application/json' -d "{\"query\":{\"ids\":{\"values\":[$ids]}}}" \
    "http://127.0.0.1:9200/submission-read/_count" | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
  [[ $indexed == "$stored" ]] && break
  sleep 1
done

if [[ $mode != single ]]; then
  # HAProxy's own counters per node since the start: was a node taken out by its health check?
  bash bench/cluster.sh counters
fi
echo "results: $accepted accepted in the measured minute; $stored submitted by the rush authors in all (warm-up included), $indexed of them in OpenSearch; $receipts receipts in the SMTP sink"
check lost "$lost" "answered 201, not stored"
check twice "$twice" "stored more than once"
check late "$late" "stored after the deadline"
# One node keeps its sessions in memory and is away while it restarts: for it these two are figures.
judge=; [[ $mode == single ]] && judge=info
check "logged out" "${logged_out:-0}" "answered 401 after the failover" $judge
check unanswered "${unanswered:-0}" "no answer within 30 s of resends" $judge
check mails "$mail_mismatch" "authors whose receipts differ from their submissions ($extra_mails receipts too many)"
check index "$((stored - indexed))" "stored but not in the index"

if [[ $mode != single ]]; then
  t0=$(date +%s%N)
  bash bench/cluster.sh node b >/dev/null
  view=$(ear/target/server/bin/jboss-cli.sh -c --controller=127.0.0.1:9990 \
    --command="/subsystem=jgroups/channel=ee:read-attribute(name=view)" | sed -n 's/.*"result" => "\(.*\)".*/\1/p')
  say "node b started again: ready and in the view after $(( ($(date +%s%N) - t0) / 1000000 )) ms; view $view"
  [[ $view == *"(2)"* ]] || { say "node b did not rejoin"; failed=1; }
fi
exit $failed
