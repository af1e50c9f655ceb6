#!/usr/bin/env bash
# Proves the testkit from a user's point of view on the module path: compiles a separate named
# module, example.user, against the packaged io.csmetrics module and jqwik, and runs its properties
# with the JUnit Platform launcher; then starts the library's report on the module path without jqwik.
# Run from the project root after `./mvnw package` (or verify):
#   src/it/modulepath/run.sh          (offline: MVN_FLAGS=-o src/it/modulepath/run.sh)
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=target/it-modulepath
rm -rf "$out" && mkdir -p "$out/classes"

./mvnw -q ${MVN_FLAGS:-} org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/test.classpath" >/dev/null
cp="$(cat "$out/test.classpath")"
# The launcher matching the platform engine jqwik runs on (surefire brings it itself for the unit tests).
engine="$(tr ':' '\n' <<<"$cp" | grep '/junit-platform-engine-' | head -1)"
version="$(basename "$(dirname "$engine")")"
launcher="$HOME/.m2/repository/org/junit/platform/junit-platform-launcher/$version/junit-platform-launcher-$version.jar"
[ -f "$launcher" ] || ./mvnw -q ${MVN_FLAGS:-} org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact="org.junit.platform:junit-platform-launcher:$version" >/dev/null
jar="$(ls target/csmetrics-*.jar | grep -v -e sources -e javadoc | head -1)"
mp="$jar:$cp:$launcher"

javac -d "$out/classes" --module-path "$mp" $(find src/it/modulepath/example.user -name '*.java')
java --module-path "$mp:$out/classes" --add-modules ALL-MODULE-PATH \
    -Djqwik.database="$out/jqwik-database" -Djqwik.reporting.onlyfailures=true \
    -m example.user/example.user.RunOnModulePath

# And the other side of 'requires static': the library itself starts on the module path without jqwik.
math="$(tr ':' '\n' <<<"$cp" | grep '/commons-math3-' | head -1)"
java --module-path "$jar:$math" -m io.csmetrics/io.csmetrics.report.KpiReport >/dev/null
echo "library without jqwik on the module path (KpiReport): OK"
