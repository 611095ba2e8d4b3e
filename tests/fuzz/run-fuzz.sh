#!/usr/bin/env bash
# tests/fuzz/run-fuzz.sh [seconds-per-target]   (default 600 = the report's 10 minutes)
# Configures and builds the fuzz preset (clang, libFuzzer, ASan+UBSan), runs every target for the
# given time, JOBS (2) at a time, each on a copy of its seeds (the committed corpus never grows),
# and prints target | executions | exec/s | crashes | corpus size | sanitizer findings.
# Exits non-zero on any crash or finding; crashing inputs stay in <build>/fuzz-runs/<target>/artifacts/.
# BUILD_DIR overrides the preset's build/fuzz; FUZZ_TARGETS="members aksk" runs only those;
# JOBS sets how many run at once; FUZZ_NO_BUILD=1 skips configure and build.
set -euo pipefail
seconds=${1:-600}
jobs=${JOBS:-2}
cd "$(dirname "$0")/../.."
build=$(realpath -m "${BUILD_DIR:-build/fuzz}")
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ -z "${FUZZ_NO_BUILD:-}" ]; then # FUZZ_NO_BUILD=1: run the targets already built
    cmake --preset fuzz -B "$build" "${launcher[@]}" >/dev/null
    cmake --build "$build" -j "$jobs"
fi

targets=${FUZZ_TARGETS:-$(for f in tests/fuzz/fuzz_*.cpp; do basename "$f" .cpp | sed 's/^fuzz_//'; done)}
root=$build/fuzz-runs
echo "fuzzing $(echo $targets | wc -w) targets for ${seconds}s each, $jobs at a time; logs in $root/<target>/log"
printf '%s\n' $targets | xargs -P "$jobs" -I{} \
    tests/fuzz/run-one.sh "$build/tests/fuzz/fuzz_{}" {} "$seconds" "$root" | grep -E '^[a-z]+: [0-9]+ executions' || true

status=0
printf '\n| %-14s | %12s | %8s | %7s | %11s | %18s |\n' target executions exec/s crashes "corpus size" "sanitizer findings"
printf '|%s|%s|%s|%s|%s|%s|\n' ---------------- -------------- ---------- --------- ------------- --------------------
for t in $targets; do
    if [ ! -f "$root/$t/summary" ]; then
        printf '| %-14s | %12s | %8s | %7s | %11s | %18s |\n' "$t" "not run" - - - -
        status=1
        continue
    fi
    read -r name execs rate crashes corpus findings rc <"$root/$t/summary"
    printf '| %-14s | %12s | %8s | %7s | %11s | %18s |\n' "$name" "$execs" "$rate" "$crashes" "$corpus" "$findings"
    if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ] || [ "$findings" -ne 0 ]; then
        status=1
    fi
done
exit $status
