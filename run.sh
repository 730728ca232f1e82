#!/bin/sh
# The one entry point on a fresh machine: installs missing Debian packages,
# then runs the make target.
#   ./run.sh demo    code the bundled sample corpus
#   ./run.sh test    every test (unit, CLI, ASan+UBSan, fuzzing)
#   ./run.sh bench   benchmarks
set -eu
cd "$(dirname "$0")"
target=${1:-demo}
sh scripts/install-deps.sh "$target"
exec make -j2 "$target"
