#!/usr/bin/env bash
# Custody's main job, from a fresh checkout with only a JDK (17+) and Maven:
#
#   1. build the annotations, the processor, the runtime and the samples and install them into the
#      local Maven repository (~/.m2), so that your own projects can use them at once; the samples
#      are compiled with the processor, so the checker proves them (a mistake fails this step);
#   2. run the samples, with strict leak detection confirming at the end that nothing was left open;
#   3. compile samples/broken/ with plain javac and the processor on -processorpath, show the
#      diagnostics exactly as javac (and so an IDE) reports them, and check that every
#      "// MISTAKE <kind>" comment got its diagnostic on the line below it, and nothing else.
#
# Exit status 0 means all three held. Extra arguments go to Maven (e.g. -o to build offline).
set -euo pipefail

cd "$(dirname "$0")/.."

step() {
  if [[ -t 1 ]]; then
    printf '\n\033[1m== %s\033[0m\n' "$1"
  else
    printf '\n== %s\n' "$1"
  fi
}

step "Building and installing annotations, processor, runtime and samples (mvn -pl samples -am install)"
# Tests and consumer builds are the other command's job (mvn -B verify): skipping them (both
# properties: the consumer builds follow skipTests) keeps this one quick.
mvn -B -q "$@" -pl samples -am install -DskipTests -Dmaven.test.skip=true
runtime_cp=$(<samples/target/runtime.classpath)
processor_path=$(<samples/target/processor.path)

step "Running the samples (java -Dcustody.leaks=strict dev.custody.samples.Main)"
java -Dcustody.leaks=strict -cp "samples/target/classes:$runtime_cp" dev.custody.samples.Main

step "Compiling samples/broken with javac -processorpath custody-processor.jar"
broken_out=$(mktemp -d)
trap 'rm -rf "$broken_out"' EXIT
broken_sources=(samples/broken/src/dev/custody/samples/broken/*.java)
set +e
javac -d "$broken_out" -cp "$runtime_cp" -processorpath "$processor_path" "${broken_sources[@]}" \
  >"$broken_out/javac.log" 2>&1
javac_status=$?
set -e
echo "samples/broken has one realistic mistake of every kind, each marked '// MISTAKE <kind>:' on the"
echo "line above it. javac reports them as below; an IDE shows the same errors at the same lines."
echo
cat "$broken_out/javac.log"

step "Checking the diagnostics against the MISTAKE comments"
# Expected: file:line:kind for the line after each "// MISTAKE <kind>:" comment.
awk '
  match($0, /\/\/ MISTAKE [a-z-]+:/) {
    kind = substr($0, RSTART + 11, RLENGTH - 12)
    print FILENAME ":" (FNR + 1) ":" kind
  }' "${broken_sources[@]}" | sort >"$broken_out/expected"
# Reported: every error javac printed, as file:line:kind ("javac" for an error that is not Custody's).
awk '
  /^[^ ]*\.java:[0-9]+: error: / || /^error: / {
    split($0, at, ":")
    where = /^error: / ? "(no file):0" : at[1] ":" at[2]
    kind = "javac"
    if (match($0, /error: \[custody:[a-z-]+\]/)) {
      kind = substr($0, RSTART + 16, RLENGTH - 17)
    }
    print where ":" kind
  }' "$broken_out/javac.log" | sort >"$broken_out/reported"

status=0
if [[ $javac_status -ne 1 ]]; then
  echo "javac exited with $javac_status; expected 1 (compilation errors, no crash)"
  status=1
fi
if ! diff -u "$broken_out/expected" "$broken_out/reported" >"$broken_out/diff"; then
  echo "the diagnostics differ from the MISTAKE comments (- expected, + reported):"
  tail -n +3 "$broken_out/diff" | grep '^[-+]' || true
  status=1
fi
kinds=(use-after-move use-after-drop double-drop leak invalid-annotation
  move-of-borrowed borrow-escapes move-while-borrowed field-not-dropped)
for kind in "${kinds[@]}"; do
  if ! grep -q ":$kind\$" "$broken_out/reported"; then
    echo "no [custody:$kind] diagnostic was reported"
    status=1
  fi
done
if [[ $status -eq 0 ]]; then
  echo "all ${#kinds[@]} kinds reported, each on the line its MISTAKE comment marks, nothing else"
fi
exit $status
