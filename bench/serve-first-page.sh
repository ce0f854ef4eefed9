#!/bin/bash
# Times the first pages of `baocao serve` on the 1,000-page project of ServeLatencyBenchmark's "large" (LargeProject:
# 10 reports x 50 sections x 2 languages): the home page and a page of the oldest report, both asked for as soon as
# the server listens (retried until they are served), then the end of the first build; each with the process's CPU
# time then, steadier than the wall clock on a shared machine. docs/performance.md, "The first page of a large
# project", says what it measured.
#
# Usage: bench/serve-first-page.sh BAOCAO [RUNS]
#   BAOCAO  the launcher to time, e.g. an unpacked Linux archive's bin/baocao (mvn package -Plinux-x64)
# Needs curl, and the test classes (mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
# -Dmdep.includeScope=test), which write the project.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd -P)
baocao=$1
runs=${2:-2}
project=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$project" "$log"' EXIT
java -cp "$repo/target/test-classes:$repo/target/classes:$(cat "$repo/target/cp.txt")" org.baocao.serve.LargeProject "$project"
port=$((20000 + RANDOM % 20000))

for run in $(seq "$runs"); do
  echo "run $run, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s%N)
  "$baocao" serve --project "$project" --no-pdf --port "$port" >"$log" 2>&1 &
  pid=$!
  cpu() { awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$pid/stat"; }
  ask() {
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/$1")" = 200 ]; do sleep 0.05; done
    echo "  /$1 served after $((($(date +%s%N) - start) / 1000000)) ms, process CPU $(cpu) s"
  }
  ask "" &
  home=$!
  ask "vi/2014/vung-sen-so-1/" &
  page=$!
  wait "$home" "$page"
  until grep -q "built in\|build failed" "$log"; do sleep 0.1; done
  echo "  first build ended after $((($(date +%s%N) - start) / 1000000)) ms, process CPU $(cpu) s"
  grep "first pages served\|built in\|build failed" "$log" | sed 's/^/  baocao: /'
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
