#!/bin/sh
# Text-layer benchmark on generated corpora of 50 and 200 MB: throughput on
# one core and peak memory (which should not grow with the input size).
# usage: bench/run.sh BUILD_DIR
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
# One core: the last one, which on small VMs is the one least disturbed by
# the system (CPU 0 takes most interrupts). CPU=N chooses another.
cpu=${CPU:-$(($(nproc) - 1))}
for mb in 50 200; do
    corpus=$build/bench/corpus-$mb.jsonl
    [ -s "$corpus" ] || "$build"/bench/gen_corpus "$mb" >"$corpus"
    parse=""
    [ "$mb" = 50 ] && parse=--parse # tagging and parsing: on the smaller corpus
    echo "== text layer${parse:+, tagger and parser}, ${mb} MB corpus, pinned to CPU $cpu"
    if command -v taskset >/dev/null 2>&1; then
        taskset -c "$cpu" "$build"/bench/bench_text "$corpus" $parse
    else
        "$build"/bench/bench_text "$corpus" $parse
    fi
done

# The tagger alone, on the held-out Brown files (when the model was built
# here with make model).
echo "== tagger alone, held-out Brown files, pinned to CPU $cpu"
if [ ! -f build/model-work/heldout.txt ]; then
    echo "skipped: build/model-work/heldout.txt is made by 'make model'"
elif command -v taskset >/dev/null 2>&1; then
    taskset -c "$cpu" "$build"/bench/bench_tagger
else
    "$build"/bench/bench_tagger
fi

# Loading the public Phoenix dictionaries from source (skipped without ../shared).
echo "== dictionaries, pinned to CPU $cpu"
if command -v taskset >/dev/null 2>&1; then
    taskset -c "$cpu" "$build"/bench/bench_dict
else
    "$build"/bench/bench_dict
fi

# The actor and agent matcher over the 50 MB corpus's tokens (skipped without ../shared).
echo "== dictionary matcher, pinned to CPU $cpu"
if [ -f ../shared/dictionaries/phoenix-petrarch2/Phoenix.agents.txt ]; then
    if command -v taskset >/dev/null 2>&1; then
        taskset -c "$cpu" "$build"/bench/bench_dict_match "$build"/bench/corpus-50.jsonl
    else
        "$build"/bench/bench_dict_match "$build"/bench/corpus-50.jsonl
    fi
else
    echo "skipped: ../shared/dictionaries/phoenix-petrarch2 not found"
fi

# The whole coder (text layer, tagger, parser, actors, verbs, events) over the
# first 10 MB of the 50 MB corpus: with the public Phoenix dictionaries when
# ../shared is there, and with dyad's own default set.
for dicts in ../shared/dictionaries/phoenix-petrarch2 data/dict; do
    echo "== coder, $dicts, pinned to CPU $cpu"
    if [ ! -d "$dicts" ]; then
        echo "skipped: $dicts not found"
        continue
    fi
    if command -v taskset >/dev/null 2>&1; then
        taskset -c "$cpu" "$build"/bench/bench_code "$build"/bench/corpus-50.jsonl "$dicts" 10 2>/dev/null
    else
        "$build"/bench/bench_code "$build"/bench/corpus-50.jsonl "$dicts" 10 2>/dev/null
    fi
done
