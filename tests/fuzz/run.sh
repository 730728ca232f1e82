#!/bin/sh
# Fuzzes reader targets for a bounded time each, starting from the seed
# corpus in tests/fuzz/corpus (copied, so the repository is not modified).
# usage: tests/fuzz/run.sh SECONDS NAME...   (NAME: jsonl text xml tabari auto)
set -eu
cd "$(dirname "$0")/../.."
seconds=$1; shift
for name in "$@"; do
    name=${name#fuzz_}
    work=$(mktemp -d)
    cp tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
    cp data/samples/* "$work"/
    echo "fuzz_$name: ${seconds}s"
    build-fuzz/fuzz_"$name" "$work" -max_total_time="$seconds" -max_len=16384 \
        -rss_limit_mb=4096 -print_final_stats=0 -close_fd_mask=1 2>&1 | grep -v '^#[0-9]' || true
    status=0
    ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* >/dev/null 2>&1 && status=1
    ls crash-* leak-* timeout-* oom-* >/dev/null 2>&1 && { mv crash-* leak-* timeout-* oom-* "$work"/ 2>/dev/null || true; status=1; }
    rm -rf "$work"
    [ "$status" -eq 0 ] || { echo "fuzz_$name found a failing input"; exit 1; }
done
