#!/usr/bin/env bash
# run-one.sh <fuzzer> <name> <seconds> <work-root>
# Runs one libFuzzer target for <seconds> on a copy of corpus/<name>/ (the committed seeds never
# grow) plus regressions/<name>/, with its dictionary. Writes <work-root>/<name>/{log,summary},
# keeps any crashing input in <work-root>/<name>/artifacts/, prints the summary line
# "name executions exec/s crashes corpus findings" and exits non-zero on a crash or finding.
set -uo pipefail
if [ $# -ne 4 ]; then
    echo "usage: $0 <fuzzer> <name> <seconds> <work-root>" >&2
    exit 2
fi
fuzzer=$1 name=$2 seconds=$3 root=$4
here=$(cd "$(dirname "$0")" && pwd)
work=$root/$name
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$here/corpus/$name/"* "$work/corpus/" 2>/dev/null || true
dirs=("$work/corpus")
[ -d "$here/regressions/$name" ] && dirs+=("$here/regressions/$name")

case $name in
    loadbalancers | listeners | members | memberpaging) max_len=1048576 ;; # whole list bodies
    *) max_len=65536 ;;
esac
dict=$here/dicts/$name.dict
[ -f "$dict" ] || dict=$here/dicts/json.dict

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
"$fuzzer" -max_total_time="$seconds" -max_len="$max_len" -timeout=25 -rss_limit_mb=2048 \
    -print_final_stats=1 -print_funcs=0 -artifact_prefix="$work/artifacts/" -dict="$dict" "${dirs[@]}" \
    >"$work/log" 2>&1
rc=$?

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log")
if [ -z "$execs" ]; then # stopped by a crash: the last status line has the count
    execs=$(grep -oE '^#[0-9]+' "$work/log" | tail -1 | tr -d '#')
    rate=$(grep -oE 'exec/s: [0-9]+' "$work/log" | tail -1 | grep -oE '[0-9]+')
fi
crashes=$(find "$work/artifacts" -type f | wc -l)
corpus=$(find "$work/corpus" -type f | wc -l)
# Crashes: every input libFuzzer saved (deadly signal, broken invariant, timeout, OOM, sanitizer).
# Findings: the sanitizer reports among them (ASan, LSan, UBSan).
findings=$(grep -cE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$work/log")
echo "$name ${execs:-0} ${rate:-0} $crashes $corpus $findings $rc" >"$work/summary"
echo "$name: ${execs:-0} executions, ${rate:-0} exec/s, $crashes crashes, corpus $corpus, $findings findings (exit $rc)"
if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ] || [ "$findings" -ne 0 ]; then
    tail -n 60 "$work/log"
    ls -l "$work/artifacts"
    exit 1
fi
