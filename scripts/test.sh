#!/usr/bin/env bash
# Install everything the tests need on a fresh machine, then run them.
# The README's test command and .ci/run both call this script.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check -r requirements.txt -r tests/requirements.txt

# The browser tests drive Debian's chromium; playwright's own browser download
# cannot work here, so never `playwright install`.
if ! command -v chromium >/dev/null 2>&1; then
    sudo_=""
    [ "$(id -u)" -eq 0 ] || sudo_="sudo"
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium >/dev/null
fi
# The map page's JavaScript modules are tested alone with node's own test runner (tests/js/).
if ! command -v node >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] && sudo_="" || sudo_="sudo"
    $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq nodejs >/dev/null
fi

# pytest exits 5 when it collects no test: with `set -e` that fails the run, as it should.
python3 -m pytest "$@"
