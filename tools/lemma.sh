#!/bin/sh
# lemma.sh - builds the lemmatiser's data file data/model/lemma.bin from
# Debian's wordnet-base (apt-get install wordnet-base) with tools/gen_lemma.c.
# Run at model-build time; dyad reads only the generated file.
#   usage: tools/lemma.sh [WORDNET_DIR]     (default /usr/share/wordnet)
set -eu
cd "$(dirname "$0")/.."
WN=${1:-${WORDNET_DIR:-/usr/share/wordnet}}
CC=${CC:-cc}
mkdir -p build/tools data/model
$CC -std=c17 -O2 -Wall -Wextra -Wpedantic -Werror -D_POSIX_C_SOURCE=200809L \
    -o build/tools/gen_lemma tools/gen_lemma.c
build/tools/gen_lemma "$WN" data/model/lemma.bin
