#!/usr/bin/env bash
# Compiles the sources of real libraries from Maven Central with the Custody processor and asserts
# that Custody reports nothing: zero findings (these libraries do not use Custody's annotations,
# so any finding is a false positive on untracked code) and zero internal errors.
#
#   scripts/real-libraries.sh                  # all libraries below
#   scripts/real-libraries.sh commons-lang3    # only those named
#   OVERHEAD=1 scripts/real-libraries.sh ...   # also time javac without the processor
#
# Needs a JDK (17+) and Maven with access to Maven Central. Uses processor/target's shaded jar,
# building it first if missing. Work files go to target/real-libraries/.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/target/real-libraries
MVN=(mvn -B -q -ntp -Dstyle.color=never)

# name -> groupId:artifactId:version
declare -A LIBRARIES=(
  [commons-lang3]=org.apache.commons:commons-lang3:3.17.0
  [commons-io]=commons-io:commons-io:2.18.0
  [guava]=com.google.guava:guava:33.4.8-jre
  [jackson-databind]=com.fasterxml.jackson.core:jackson-databind:2.18.2
)
ORDER=(commons-lang3 commons-io guava jackson-databind)

# Maven, quietly: its output is shown only when it fails.
run_maven() {
  "${MVN[@]}" "$@" >"$WORK/maven.log" 2>&1 || { cat "$WORK/maven.log" >&2; return 1; }
}

processor_jar() {
  local jar
  jar=$(ls "$ROOT"/processor/target/custody-processor-*.jar 2>/dev/null | grep -v -- '-original\|-sources\|-tests' | head -n 1 || true)
  if [[ -z "$jar" ]]; then
    echo "building the processor jar" >&2
    run_maven -pl processor -am package -DskipTests
    jar=$(ls "$ROOT"/processor/target/custody-processor-*.jar | grep -v -- '-original' | head -n 1)
  fi
  echo "$jar"
}

# Resolves the library's dependencies (not the library itself) into a class path.
dependency_classpath() {
  local coordinates=$1 dir=$2
  IFS=: read -r group artifact version <<<"$coordinates"
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.custody.real</groupId>
  <artifactId>classpath-of-$artifact</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>$group</groupId>
      <artifactId>$artifact</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
</project>
POM
  run_maven -f "$dir/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.excludeArtifactIds="$artifact" \
    -Dmdep.includeScope=compile
  cat "$dir/classpath.txt"
}

check_library() {
  local name=$1 coordinates=${LIBRARIES[$1]}
  local dir=$WORK/$name
  rm -rf "$dir" && mkdir -p "$dir/src" "$dir/classes"
  echo "== $name ($coordinates)"

  run_maven dependency:copy -Dartifact="$coordinates:jar:sources" -DoutputDirectory="$dir" \
    -Dmdep.stripVersion=false
  (cd "$dir/src" && unzip -q -o "$dir"/*-sources.jar)
  # Compiled in the unnamed module with the dependencies on the class path.
  find "$dir/src" -name '*.java' ! -name module-info.java ! -path '*/META-INF/*' | sort >"$dir/sources.txt"
  local classpath
  classpath=$(dependency_classpath "$coordinates" "$dir")

  local javac_args=(-J-Xmx2g -encoding UTF-8 --release 17 -nowarn -Xmaxwarns 0 -Xmaxerrs 1000
    -implicit:none -d "$dir/classes" -cp "$classpath")

  if [[ "${OVERHEAD:-0}" == 1 ]]; then
    local plain_start plain_end
    plain_start=$(date +%s.%N)
    javac "${javac_args[@]}" -proc:none @"$dir/sources.txt" >"$dir/javac-plain.log" 2>&1 || true
    plain_end=$(date +%s.%N)
    rm -rf "$dir/classes" && mkdir -p "$dir/classes"
  fi

  local start end status=0
  start=$(date +%s.%N)
  javac "${javac_args[@]}" -processorpath "$(processor_jar)" -Acustody.sarif="$dir/custody.sarif" \
    @"$dir/sources.txt" >"$dir/javac.log" 2>&1 || status=$?
  end=$(date +%s.%N)

  local files findings internal
  files=$(wc -l <"$dir/sources.txt")
  findings=$(grep -c '\[custody:[a-z-]*\]' "$dir/javac.log" || true)
  internal=$(grep -c '\[custody:internal-error\]\|An exception has occurred in the compiler\|threw an uncaught exception' "$dir/javac.log" || true)
  printf '   %s files, javac exit %s, %.1f s with Custody' "$files" "$status" "$(echo "$end - $start" | bc)"
  if [[ "${OVERHEAD:-0}" == 1 ]]; then
    printf ' (%.1f s without)' "$(echo "$plain_end - $plain_start" | bc)"
  fi
  printf ', %s Custody diagnostics, %s internal errors\n' "$findings" "$internal"

  if [[ $status -ne 0 || $findings -ne 0 || $internal -ne 0 ]]; then
    echo "   FAILED - first lines of $dir/javac.log:"
    grep -m 20 -E 'error|custody|exception' "$dir/javac.log" | sed 's/^/     /'
    return 1
  fi
}

main() {
  mkdir -p "$WORK"
  local selected=("$@") failed=()
  [[ ${#selected[@]} -eq 0 ]] && selected=("${ORDER[@]}")
  for name in "${selected[@]}"; do
    if [[ -z "${LIBRARIES[$name]:-}" ]]; then
      echo "unknown library '$name' (known: ${ORDER[*]})" >&2
      exit 2
    fi
    check_library "$name" || failed+=("$name")
  done
  if [[ ${#failed[@]} -gt 0 ]]; then
    echo "Custody reported on, or failed to compile: ${failed[*]}"
    exit 1
  fi
  echo "all clean: ${selected[*]}"
}

main "$@"
