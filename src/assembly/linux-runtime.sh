#!/bin/sh
# The Linux archive's own parts, made at package time (pom.xml, profile linux-x64) into TARGET/linux-x64:
#   runtime/             a Java runtime trimmed by jlink to the modules baocao.jar uses
#   lib/baocao.classlist the classes a build of the sample loads: bin/baocao turns it into a class-data archive
#                        on first use (docs/performance.md says why not here: JDK 17's archives cannot move)
# Usage: linux-runtime.sh JDK TARGET PROJECT
set -eu
jdk=$1
target=$2
project=$3
image=$target/linux-x64

rm -rf "$image"
mkdir -p "$image/lib"

# jdeps sees the modules the classes use; these three are only reached through service lookups it cannot
# see: the jar file system that reads the built-in theme, windows-1258 for legacy Vietnamese files, and the
# Vietnamese and English locale data.
# (The list is its last line: before it, jdeps warns of the XML API classes that the jar repeats from the JDK.)
modules=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$target/baocao.jar" 2>/dev/null | sed -n '$p')
"$jdk/bin/jlink" --add-modules "$modules,jdk.zipfs,jdk.charsets,jdk.localedata" --include-locales=en,vi \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$image/runtime"

# A training run: the sample's whole build, PDFs included, with the runtime just made.
"$image/runtime/bin/java" -XX:DumpLoadedClassList="$image/lib/baocao.classlist" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -jar "$target/baocao.jar" build --quiet --project "$project" --out "$target/linux-x64-training"
rm -rf "$target/linux-x64-training"
echo "made $image/runtime ($modules and the service modules) and the class list of a build"
