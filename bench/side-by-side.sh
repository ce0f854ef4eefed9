#!/bin/sh
# Times baocao, Hugo and WeasyPrint on the same generated content, each build a whole process, and prints issue 14's
# table (work | baocao | anchor | ratio): medians of the runs, wall time, CPU time and peak memory.
# What each line measures and how comparable the tools' work is: docs/performance.md, "Side by side".
#
# Usage: bench/side-by-side.sh [--runs N] [--largest] [--keep]
#   --runs N    builds of each line (default 3)
#   --largest   add the 10,000-page line (100 reports x 50 sections; many minutes)
#   --keep      keep the generated content and every tool's output, and say where
# Needs java (17 or newer), hugo and weasyprint on the PATH (Debian: apt-get install hugo weasyprint), and
# target/baocao.jar (made here with Maven when it is missing).
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd -P)

for tool in java hugo weasyprint; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "side-by-side.sh needs $tool on the PATH (Debian: apt-get install hugo weasyprint; Java 17 or newer)" >&2
    exit 2
  fi
done

jar="$repo/target/baocao.jar"
if [ ! -f "$jar" ]; then
  echo "building $jar" >&2
  (cd "$repo" && mvn -q -B package -DskipTests)
fi

# The bench process only writes the content and waits; every timed build is a process of its own, started with the
# flags of bin/baocao. The repository's folder is the sample project (its content/ folder).
exec java -jar "$jar" bench --side-by-side --project "$repo" "$@"
