#!/bin/sh
# Runs the test programs of each build directory given, then (with --fuzz N)
# every fuzz target for N seconds, and ends with one line that CI reads:
#   N passed, N failed, N skipped
# usage: tests/run.sh BUILD_DIR... [--fuzz SECONDS]
set -u
cd "$(dirname "$0")/.."
passed=0 failed=0 skipped=0 fuzz_seconds=0 builds=""
while [ $# -gt 0 ]; do
    case "$1" in
    --fuzz) fuzz_seconds=$2; shift 2 ;;
    *) builds="$builds $1"; shift ;;
    esac
done

# Sanitizer settings for the ASan+UBSan build (harmless elsewhere).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# run_suite LABEL COMMAND...: runs a cmocka program and adds up its counts.
run_suite() {
    label=$1; shift
    "$@" >"$log" 2>&1
    rc=$?
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
    s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
    p=${p:-0} f=${f:-0} s=${s:-0}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1 # the program itself failed (crash, sanitizer report, leak)
    fi
    if [ "$f" -ne 0 ]; then
        echo "---- $label: output ----"
        grep -v '^\[ RUN      \]\|^\[       OK \]' "$log" | tail -n 80
    fi
    echo "$label: $p passed, $f failed, $s skipped"
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
}

for b in $builds; do
    run_suite "$b/test_text" "$b/tests/test_text" tests/text_cases.txt
    run_suite "$b/test_readers" "$b/tests/test_readers"
    run_suite "$b/test_writer" "$b/tests/test_writer"
    run_suite "$b/test_cli" "$b/tests/test_cli" "$b/dyad"
    run_suite "$b/test_lemma" "$b/tests/test_lemma" data/model/lemma.bin
    run_suite "$b/test_parse" "$b/tests/test_parse"
    run_suite "$b/test_tagger" "$b/tests/test_tagger"
    run_suite "$b/test_dict_petrarch2" "$b/tests/test_dict_petrarch2"
    run_suite "$b/test_dict_tabari" "$b/tests/test_dict_tabari"
    run_suite "$b/test_dict_cache" "$b/tests/test_dict_cache"
    run_suite "$b/test_dict_match" "$b/tests/test_dict_match"
    run_suite "$b/test_dict_dyad" "$b/tests/test_dict_dyad"
    run_suite "$b/test_cameo" "$b/tests/test_cameo"
    run_suite "$b/test_coder" "$b/tests/test_coder"
    run_suite "$b/test_suite" "$b/tests/test_suite"
    run_suite "$b/test_dedup" "$b/tests/test_dedup"
    # the validation suites, when ../shared is there: figures may not drop
    tests/conformance.sh "$b" >"$log" 2>&1
    rc=$?
    sed -n 's/^conformance: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped/\1 \2 \3/p' "$log" >"$log.n"
    read -r p f s <"$log.n" || { p=0 f=1 s=0; }
    rm -f "$log.n"
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    [ "$f" -ne 0 ] && { echo "---- $b/conformance: output ----"; cat "$log"; }
    echo "$b/conformance: $p passed, $f failed, $s skipped"
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
done

if [ "$fuzz_seconds" -gt 0 ]; then
    for f in build-fuzz/fuzz_*; do
        name=$(basename "$f")
        if tests/fuzz/run.sh "$fuzz_seconds" "${name#fuzz_}" >"$log" 2>&1; then
            echo "$name: 1 passed, 0 failed, 0 skipped ($(grep -o 'Done [0-9]* runs' "$log" | tail -n 1))"
            passed=$((passed + 1))
        else
            echo "---- $name: output ----"
            tail -n 60 "$log"
            echo "$name: 0 passed, 1 failed, 0 skipped"
            failed=$((failed + 1))
        fi
    done
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
