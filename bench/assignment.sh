#!/usr/bin/env bash
# Automatic-assignment benchmark: synthetic conferences of 500x100, 2,000x300, 4,000x600 and
# 10,000x2,000 (submissions x reviewers, k = 3, bids, topics, conflicts, seed 1), each solved plainly
# (build and solve time, total and minimum affinity, optimality check: rules, cost, and where small
# enough GLOP's LP optimum) and, at 2,000x300, fairly. One JVM per size, so each peak heap is its own.
# Usage: bash bench/assignment.sh            (all sizes)
#        bash bench/assignment.sh file PATH  (an instance from a text file; format in BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl ejb -am test-compile -Dexec.skip=true >/tmp/samling-bench-assignment.log 2>&1
./mvnw -q -pl ejb dependency:build-classpath -Dmdep.outputFile=/tmp/samling-bench-cp.txt -Dmdep.includeScope=test \
  >>/tmp/samling-bench-assignment.log 2>&1
cp="ejb/target/classes:ejb/target/test-classes:$(cat /tmp/samling-bench-cp.txt)"
run() { java -Xmx6g -cp "$cp" org.samling.assignment.solver.AssignmentBench "$@"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
if [[ "${1:-}" == file ]]; then
  run file "$2" fair
  exit
fi
for size in "500 100" "2000 300 fair" "4000 600" "10000 2000"; do
  set -- $size
  echo "== $1 x $2"
  run generate "$1" "$2" 3 1 ${3:-}
done
