#!/usr/bin/env bash
# Proves the testkit from a user's point of view on the module path: compiles a separate named
# module, example.user, against the packaged io.csmetrics module and jqwik, and runs its properties
# with the JUnit Platform launcher; then starts the library's report on the module path without jqwik.
# Run from the project root after `./mvnw package` (or verify):
#   src/it/modulepath/run.sh
# Every path comes from Maven, so any local repository works; pass Maven flags in MVN_FLAGS, e.g.
#   MVN_FLAGS=-o src/it/modulepath/run.sh                               (offline)
#   MVN_FLAGS=-Dmaven.repo.local=/tmp/m2alt src/it/modulepath/run.sh    (another local repository)
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=target/it-modulepath
rm -rf "$out" && mkdir -p "$out/classes" "$out/launcher"
mvn_() { ./mvnw -B -q ${MVN_FLAGS:-} "$@" >/dev/null; }

# The library's runtime dependencies alone (the Commons Numbers / Statistics / RNG modules), and
# the full test class path (plus jqwik, JUnit, AssertJ), resolved by Maven into files.
mvn_ dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/runtime.classpath"
mvn_ dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/test.classpath"
runtime="$(cat "$out/runtime.classpath")"
cp="$(cat "$out/test.classpath")"
# The launcher matching the platform engine jqwik runs on (surefire brings its own for the unit
# tests, so it is no project dependency): Maven resolves it and copies it here.
engine="$(tr ':' '\n' <<<"$cp" | grep '/junit-platform-engine-' | head -1)"
version="$(basename "$(dirname "$engine")")"
mvn_ dependency:copy -Dartifact="org.junit.platform:junit-platform-launcher:$version" -DoutputDirectory="$out/launcher"
launcher="$out/launcher/junit-platform-launcher-$version.jar"
jar="$(ls target/csmetrics-*.jar | grep -v -e sources -e javadoc | head -1)"
mp="$jar:$cp:$launcher"

javac -d "$out/classes" --module-path "$mp" $(find src/it/modulepath/example.user -name '*.java')
java --module-path "$mp:$out/classes" --add-modules ALL-MODULE-PATH \
    -Djqwik.database="$out/jqwik-database" -Djqwik.reporting.onlyfailures=true \
    -m example.user/example.user.RunOnModulePath

# And the other side of 'requires static': the library itself starts on the module path with only
# its runtime dependencies, without jqwik.
java --module-path "$jar:$runtime" -m io.csmetrics/io.csmetrics.report.KpiReport >/dev/null
echo "library without jqwik on the module path (KpiReport): OK"
