#!/bin/sh
# Whole-process times of two unpacked Linux archives (before and after a change), alternating so that both meet the
# same machine: the sample with its PDFs and check, then a large kept project (baocao bench ... --keep) with Hugo on
# its twin. docs/performance.md ("Side by side") says what it measured.
#
# Usage: bench/before-after.sh BEFORE AFTER KEPT
#   BEFORE, AFTER  folders holding an unpacked archive's baocao-0.1.0/ (mvn -q -B -ntp -o package -Plinux-x64 -DskipTests)
#   KEPT           the folder `baocao bench --reports 10 --sections 50 --keep` printed (with baocao/ and hugo/ in it)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd -P)
before=$1/baocao-0.1.0/bin/baocao
after=$2/baocao-0.1.0/bin/baocao
kept=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() {
  label=$1; shift
  rm -rf "$out/site"
  printf '%s | load %s | ' "$label" "$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e s wall %U u %S s %M KB" "$@" 2>&1 >/dev/null | tail -1
}
"$before" --version >/dev/null; "$after" --version >/dev/null   # each makes its class-data archive once
# The sample's PDFs made in every run (the kept PDFs of .baocao/cache/pdf forgotten first), then copied from the run
# before, as in a rebuild whose print documents did not change.
for i in 1 2 3 4 5; do
  rm -rf "$repo/.baocao/cache/pdf"
  run "sample before" "$before" build --quiet --project "$repo" --out "$out/site"
  rm -rf "$repo/.baocao/cache/pdf"
  run "sample after" "$after" build --quiet --project "$repo" --out "$out/site"
  run "sample after, rebuilt" "$after" build --quiet --project "$repo" --out "$out/site"
done
for i in 1 2 3; do
  run "large before" "$before" build --quiet --no-pdf --project "$kept/baocao" --out "$out/site"
  run "large after" "$after" build --quiet --no-pdf --project "$kept/baocao" --out "$out/site"
  run "hugo" hugo --quiet --source "$kept/hugo" --destination "$out/site"
done
for i in 1 2 3; do
  run "check before" "$before" check --project "$repo"
  run "check after" "$after" check --project "$repo"
done
