#!/usr/bin/env bash
# Compile-time benchmark of the Custody processor (docs/PERFORMANCE.md, "Compile-time").
#
#   scripts/compile-bench/run.sh [all|lang3|dense|growth|smoke|floor|floor-cold|curve|paired|events|interp|profile] [options...]
#
#   all      lang3 + dense + growth (the default; ~22 min on 2 busy cores with --rounds 5
#            --forked-rounds 3, ~30 min with the defaults)
#   lang3    commons-lang3 3.17.0 sources, with and without Custody (target <= 1.02x)
#   dense    generated ownership-dense tree, with and without Custody, zero diagnostics (<= 1.10x)
#   growth   one big generated method at 1x/2x/4x/8x: Custody's own CPU time (< 0.2 s, linear)
#   smoke    the dense tree compiled once with Custody; fails on any diagnostic (for CI, ~20 s)
#   floor    lang3: what any checker that looks at every body costs at least: two stand-in
#            plug-ins (walk every class tree; walk and ask the type of every node of the kinds
#            Custody's prescan asks about) against Custody, their own CPU in one JVM (WARM_PLUGIN,
#            interleaved)
#   floor-cold lang3|dense: the same in fresh JVMs, javac's whole CPU: OFF, Custody (PLUGIN) and
#            three stand-ins in its place (a plug-in that does nothing, the two walkers) in turn,
#            --forked-rounds rounds (5), each ratio to OFF of the same round
#   curve    lang3|dense: Custody's own CPU in the first compilation of a fresh JVM (cold) and
#            late in the JVM's life (--rounds compilations with the plug-in kept loaded, in each of
#            --jvms fresh JVMs, 5)
#   paired   lang3|dense --jars a.jar,b.jar[,...]: Custody's own CPU for each jar in one JVM, each
#            jar's plug-in kept loaded, compilations alternating (--warmup, then --rounds rounds);
#            each jar's ratio to the first within each round: a change to the checker's work,
#            resolved to a few percent (give the first jar twice to see the run's spread)
#   events   lang3|dense: one compilation per configuration (--configs, default
#            OFF,NOOP,ON,ON_REFERENCED,PLUGIN), counting javac's task events: how often it parses,
#            enters and analyses the compilation units, and how many processing rounds run
#   interp   lang3|dense: Custody's own CPU with the JVM's interpreter only (-Xint), the plug-in
#            kept loaded (WARM_PLUGIN), --rounds compilations (2: read the last): the work
#            Custody's code does, free of when the JIT compiles it (~2 min for lang3)
#   profile  lang3|dense: the WARM configuration (--config WARM_PLUGIN: the plug-in) in a loop
#            under Java Flight Recorder; prints where Custody's samples are (innermost Custody
#            frame, inclusive frames)
#
# Harness options: --rounds N (7), --warmup N (3), --pairs N (steady-state JVM pairs, 3; 0 skips it),
# --method isolated|interleaved (one JVM per configuration, or all in one), --configs
# OFF,ON,ON_REFERENCED,WARM,NOOP,PLUGIN,WARM_PLUGIN (which of them, OFF first), --forked-rounds N (lang3, dense in a
# fresh JVM per compilation, 5; 0 skips it), --forked-configs OFF,ON,ON_REFERENCED,NOOP,PLUGIN (which of them),
# --stand-ins name=jar,... (plug-in jars measured in Custody's place in the same fresh-JVM rounds),
# --classes N (dense tree size, 60), --jvms N (curve, 5), --template K (curve and paired, dense:
# every class repeats template K only, 0-29), --scales 1,2,4,8 (growth), --timeout S (per growth input,
# 120), --strict (exit 3 when a target is missed).
# Environment: JAVA_HOME selects the JDK that runs javac; JFR_SETTINGS the recording settings of
# `profile` (default `profile`: 10-20 ms samples; a copy with a 1 ms period resolves small
# costs); BENCH_WORK the scratch directory
# (/tmp/custody-compile-bench); PROCESSOR_JAR / ANNOTATIONS_JAR measure prebuilt jars instead of
# building the committed HEAD (PROCESSOR_JAR=tree: the jars in processor/target and
# annotations/target, e.g. after `mvn verify` in CI).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
MODE=${1:-all}
shift || true

WORK=${BENCH_WORK:-/tmp/custody-compile-bench}
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}
mkdir -p "$WORK/jars"

find_jar() {
  find "$1" -maxdepth 1 -name "$2-*.jar" ! -name '*-sources.jar' ! -name '*-tests.jar' \
    ! -name '*-javadoc.jar' ! -name 'original-*' 2>/dev/null | sort | tail -n 1
}

# What is measured: by default the committed HEAD, exported and built apart from the working tree
# (other work in progress there cannot change the jar mid-run); PROCESSOR_JAR and ANNOTATIONS_JAR
# select prebuilt jars instead (e.g. processor/target/custody-processor-*.jar after
# `mvn -pl processor -am package -DskipTests`).
if [[ -z ${PROCESSOR_JAR:-} ]]; then
  REV=$(git rev-parse --short HEAD)
  BUILD_DIR="$WORK/build-$REV"
  if [[ -z $(find_jar "$BUILD_DIR/processor/target" custody-processor) ]]; then
    echo "building custody-processor at $REV in $BUILD_DIR" >&2
    rm -rf "$BUILD_DIR"
    mkdir -p "$BUILD_DIR"
    git archive HEAD | tar -x -C "$BUILD_DIR"
    (cd "$BUILD_DIR" && mvn -B -q -ntp -Dstyle.color=never -pl processor -am package -DskipTests >&2)
    # The processor's runtime dependencies, for a jar that is not shaded (harmless if it is).
    (cd "$BUILD_DIR" && mvn -B -q -ntp -Dstyle.color=never -pl processor dependency:build-classpath \
      -DincludeScope=runtime -Dmdep.outputFile="$BUILD_DIR/processor-deps.txt" >&2)
  fi
  PROCESSOR_DEPS=$(cat "$BUILD_DIR/processor-deps.txt" 2>/dev/null || true)
  PROCESSOR_JAR=$(find_jar "$BUILD_DIR/processor/target" custody-processor)
  ANNOTATIONS_JAR=$(find_jar "$BUILD_DIR/annotations/target" custody-annotations)
  MEASURED="git $REV (committed HEAD)"
else
  if [[ $PROCESSOR_JAR == tree ]]; then
    # the jars a `mvn package`/`mvn verify` of the working tree left behind (CI)
    PROCESSOR_JAR=$(find_jar processor/target custody-processor)
    [[ -n $PROCESSOR_JAR ]] || { echo "no processor/target/custody-processor-*.jar: build first" >&2; exit 2; }
  fi
  ANNOTATIONS_JAR=${ANNOTATIONS_JAR:-$(find_jar annotations/target custody-annotations)}
  MEASURED="$PROCESSOR_JAR"
fi
# Snapshots: a rebuild elsewhere during the run must not change what is measured.
cp "$PROCESSOR_JAR" "$WORK/jars/custody-processor.jar"
PROCESSOR_PATH="$WORK/jars/custody-processor.jar${PROCESSOR_DEPS:+:$PROCESSOR_DEPS}"
cp "$ANNOTATIONS_JAR" "$WORK/jars/custody-annotations.jar"

LANG3_ARGS=()
if [[ $MODE == all || $MODE == lang3 || $MODE == floor || ( $MODE == curve && ${1:-} == lang3 ) \
      || ( $MODE == paired && ${1:-} == lang3 ) || ( $MODE == events && ${1:-} == lang3 ) \
      || ( $MODE == floor-cold && ${1:-lang3} == lang3 ) \
      || ( $MODE == interp && ${1:-lang3} == lang3 ) ]]; then
  LANG3=org.apache.commons:commons-lang3:3.17.0:jar:sources
  mvn -B -q -ntp -Dstyle.color=never dependency:copy -Dartifact=$LANG3 -DoutputDirectory="$WORK/jars" \
    -Dmdep.overWriteReleases=false >&2
  LANG3_ARGS=(--lang3 "$WORK/jars/commons-lang3-3.17.0-sources.jar")
fi

# The harness: a few classes compiled with the same JDK that runs the benchmark.
rm -rf "$WORK/harness"
"${JAVA_BIN}javac" -d "$WORK/harness" -encoding UTF-8 \
  $(find "$ROOT/scripts/compile-bench/src" -name '*.java')

run() {
  # One heap size, serial GC: no heap resizing or parallel GC threads between the measurements.
  "${JAVA_BIN}java" -Xms2g -Xmx2g -XX:+UseSerialGC -Xss16m -cp "$WORK/harness" \
    dev.custody.compilebench.CompileBench "$1" \
    --jar "$PROCESSOR_PATH" --annotations "$WORK/jars/custody-annotations.jar" \
    --work "$WORK" "${@:2}"
}

# The floor's stand-ins: plug-ins registered under Custody's name, each in a jar of its own, so that
# the plug-in configurations measure them in Custody's place.
build_floor() {
  FLOOR=$WORK/floor
  rm -rf "$FLOOR"
  mkdir -p "$FLOOR/classes/META-INF/services"
  "${JAVA_BIN}javac" -d "$FLOOR/classes" $(find "$ROOT/scripts/compile-bench/floor" -name '*.java')
  for plugin in EmptyPlugin WalkPlugin WalkTypesPlugin; do
    echo "dev.custody.compilebench.floor.$plugin" \
      > "$FLOOR/classes/META-INF/services/com.sun.source.util.Plugin"
    "${JAVA_BIN}jar" cf "$FLOOR/$plugin.jar" -C "$FLOOR/classes" .
  done
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# measured: $MEASURED"
case $MODE in
  smoke | lang3 | dense | growth | curve | paired | events) run "$MODE" "${LANG3_ARGS[@]}" "$@" ;;
  floor)
    build_floor
    for plugin in "$FLOOR/WalkPlugin.jar" "$FLOOR/WalkTypesPlugin.jar" "$PROCESSOR_PATH"; do
      echo "## in Custody's place: $plugin"
      PROCESSOR_PATH=$plugin run lang3 "${LANG3_ARGS[@]}" --method interleaved \
        --configs OFF,WARM_PLUGIN --forked-rounds 0 "$@"
    done
    ;;
  floor-cold)
    WHAT=${1:-lang3}
    shift || true
    build_floor
    run "$WHAT" "${LANG3_ARGS[@]}" --pairs 0 --forked-configs OFF,PLUGIN \
      --stand-ins "empty=$FLOOR/EmptyPlugin.jar,walk=$FLOOR/WalkPlugin.jar,types=$FLOOR/WalkTypesPlugin.jar" \
      "$@"
    ;;
  interp)
    WHAT=${1:-lang3}
    shift || true
    "${JAVA_BIN}java" -Xint -Xms2g -Xmx2g -XX:+UseSerialGC -Xss16m -cp "$WORK/harness" \
      dev.custody.compilebench.CompileBench warm-loop "$WHAT" \
      --jar "$PROCESSOR_PATH" --annotations "$WORK/jars/custody-annotations.jar" --work "$WORK" \
      --config WARM_PLUGIN --rounds 2 "${LANG3_ARGS[@]}" "$@"
    ;;
  profile)
    WHAT=${1:-dense}
    shift || true
    if [[ $WHAT == lang3 ]]; then
      mvn -B -q -ntp -Dstyle.color=never dependency:copy \
        -Dartifact=org.apache.commons:commons-lang3:3.17.0:jar:sources \
        -DoutputDirectory="$WORK/jars" >&2
      LANG3_ARGS=(--lang3 "$WORK/jars/commons-lang3-3.17.0-sources.jar")
    fi
    "${JAVA_BIN}java" -Xms2g -Xmx2g -XX:+UseSerialGC -Xss16m \
      -XX:StartFlightRecording=filename="$WORK/profile-$WHAT.jfr",settings="${JFR_SETTINGS:-profile}" \
      -cp "$WORK/harness" dev.custody.compilebench.CompileBench warm-loop "$WHAT" \
      --jar "$PROCESSOR_PATH" --annotations "$WORK/jars/custody-annotations.jar" --work "$WORK" \
      --rounds 12 "${LANG3_ARGS[@]}" "$@"
    "${JAVA_BIN}jfr" print --events jdk.ExecutionSample --stack-depth 96 "$WORK/profile-$WHAT.jfr" \
      > "$WORK/profile-$WHAT.txt"
    python3 "$ROOT/scripts/compile-bench/jfr-summary.py" "$WORK/profile-$WHAT.txt"
    ;;
  all)
    status=0
    run lang3 "${LANG3_ARGS[@]}" "$@" || status=$?
    run dense "$@" || status=$?
    run growth "$@" || status=$?
    exit $status
    ;;
  *)
    echo "unknown mode $MODE (all|lang3|dense|growth|smoke|floor|floor-cold|curve|paired|events|interp|profile)" >&2
    exit 2
    ;;
esac
