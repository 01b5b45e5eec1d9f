#!/usr/bin/env bash
# Fuzzes each file reader for MINUTES minutes, one after the other, and prints what each run did.
#   fuzz/run.sh MINUTES [FuzzTestClass ...]     e.g. fuzz/run.sh 10   or   fuzz/run.sh 2 ReceiverLoaderFuzzTest
# Every @FuzzTest is a JUnit test that `mvn verify` replays on its committed seeds (hooks off); here Jazzer
# fuzzes it (JAZZER_FUZZ=1, instrumentation on). Inputs that crash or hang a reader are written next to the
# seeds, src/test/resources/<package>/<Class>Inputs/anyBytes/crash-* or timeout-*; the corpus Jazzer grows is
# kept in .cifuzz-corpus/ (not committed) so the next run goes on from it. Logs: target/fuzz/<Class>.log.
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ || $1 -lt 1 ]]; then
  echo "usage: fuzz/run.sh MINUTES [FuzzTestClass ...]" >&2
  exit 2
fi
minutes=$1
shift
cd "$(dirname "$0")/.."

readers=("$@")
if [[ ${#readers[@]} -eq 0 ]]; then
  readers=(RoutineLoaderFuzzTest TechniqueCatalogLoaderFuzzTest ReceiverLoaderFuzzTest JournalReaderFuzzTest
           SettingsStoreFuzzTest)
  # Readers that exist only once their feature has landed.
  for optional in OilCatalogLoaderFuzzTest; do
    if find src/test/java -name "$optional.java" | grep -q .; then
      readers+=("$optional")
    fi
  done
fi

mkdir -p target/fuzz
mvn -q -DskipTests test-compile
status=0
for reader in "${readers[@]}"; do
  log=target/fuzz/$reader.log
  echo "Fuzzing $reader for $minutes min (log: $log)"
  # keep_going: a finding is saved and fuzzing goes on, so one run reports every distinct crash it can reach.
  if JAZZER_FUZZ=1 mvn -q surefire:test -Dtest="$reader" -Djazzer.hooks=true \
      -Djazzer.max_duration="${minutes}m" -Djazzer.keep_going=50 >"$log" 2>&1; then
    verdict="no findings"
  else
    verdict="FINDINGS (see $log)"
    status=1
  fi
  runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
  echo "  $reader: ${runs:-no run count in the log}; $verdict"
done
exit $status
