#!/bin/sh
# Installs the Debian packages dyad needs, when they are missing, so that a
# fresh Debian 12 machine can build, demo and test with one command.
# usage: scripts/install-deps.sh [demo|test|bench|model|eval-parse|all]
set -eu
build="make gcc libc6-dev libcjson-dev libutf8proc-dev libxxhash-dev"
testing="libcmocka-dev clang libclang-rt-14-dev util-linux"
case "${1:-all}" in
demo | bench | build | eval-parse) wanted=$build ;;
model) wanted="$build wordnet-base npm" ;;
*) wanted="$build $testing" ;;
esac
missing=""
for p in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "installing Debian packages:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
