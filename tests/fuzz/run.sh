#!/bin/sh
# Fuzzes targets for a bounded time each, starting from the seed corpus in
# tests/fuzz/corpus/NAME and the bundled samples (copied, so the repository
# is not modified). Fails when a target reports a crash, leak or timeout;
# the failing input is kept in build-fuzz/failures/.
# usage: tests/fuzz/run.sh SECONDS NAME...   (NAME: jsonl text xml tabari auto model ...)
set -u
cd "$(dirname "$0")/../.."
seconds=$1; shift
status=0
for name in "$@"; do
    name=${name#fuzz_}
    work=$(mktemp -d)
    failures=build-fuzz/failures/$name
    mkdir -p "$failures"
    cp tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
    cp data/samples/* "$work"/
    echo "fuzz_$name: ${seconds}s"
    log=$work.log
    build-fuzz/fuzz_"$name" "$work" -max_total_time="$seconds" -max_len=16384 -timeout=20 \
        -rss_limit_mb=4096 -print_final_stats=0 -close_fd_mask=1 -artifact_prefix="$failures"/ >"$log" 2>&1
    rc=$?
    grep -v '^#[0-9]\|^INFO' "$log" | tail -n 40
    if [ "$rc" -ne 0 ]; then
        echo "fuzz_$name found a failing input (exit $rc); see $failures/"
        status=1
    fi
    rm -rf "$work" "$log"
done
exit "$status"
