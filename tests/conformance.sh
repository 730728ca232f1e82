#!/bin/sh
# Runs the three validation suites in ../shared/conformance with `dyad
# validate --summary` and compares each figure with the last recorded one
# (tests/conformance.figures): records fully correct and events found may
# not drop, extra events may not rise. Skips cleanly when the suites are not
# there. With --record, writes the figures of this run as the new record.
# usage: tests/conformance.sh BUILD_DIR [--record]
# Last line: "conformance: N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
record=${2:-}
suites="petrarch2-validate petrarch-unittest tabari-validate"
root=../shared/conformance
figures=tests/conformance.figures
passed=0 failed=0 skipped=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for s in $suites; do
    if [ ! -d "$root/$s" ]; then
        echo "conformance $s: skipped ($root/$s not there)"
        skipped=$((skipped + 1))
        continue
    fi
    if ! "$build/dyad" validate --summary "$root/$s" >"$out" 2>&1; then
        echo "conformance $s: dyad validate failed:"
        cat "$out"
        failed=$((failed + 1))
        continue
    fi
    set -- $(tail -n 1 "$out") # name records correct expected found extra
    name=$1 records=$2 correct=$3 expected=$4 found=$5 extra=$6
    echo "conformance $name: $correct/$records records fully correct," \
         "$found/$expected events found, $extra extra"
    if [ "$record" = "--record" ]; then
        grep -v "^$name " "$figures" 2>/dev/null >"$out.new"
        echo "$name $records $correct $expected $found $extra" >>"$out.new"
        sort "$out.new" >"$figures"
        rm -f "$out.new"
        passed=$((passed + 1))
        continue
    fi
    line=$(grep "^$name " "$figures" 2>/dev/null)
    if [ -z "$line" ]; then
        echo "conformance $name: no recorded figures in $figures (run with --record)"
        failed=$((failed + 1))
        continue
    fi
    set -- $line
    if [ "$correct" -lt "$3" ] || [ "$found" -lt "$5" ] || [ "$extra" -gt "$6" ]; then
        echo "conformance $name: below the record ($3 correct, $5 found, $6 extra)"
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
done
echo "conformance: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
