#!/usr/bin/env bash
# Runs every test of oerdex on a fresh machine: installs what the tests need, then runs the
# workspace's tests. End-to-end tests start real servers on 127.0.0.1 only.
#
# Installs (when missing): xmllint (Debian libxml2-utils) to validate OAI-PMH responses against
# the XSD, and a Python virtual environment in target/pyenv with Sickle and oaipmh-scythe from
# PyPI, the third-party clients that harvest our OAI-PMH provider, PyLD, the JSON-LD
# processor that expands our LRMI documents, and Schemathesis, which fuzzes the API from its
# OpenAPI document. Debian's chromium and, in
# tests/browser/node_modules, playwright-core and axe-core from npm (versions pinned by its
# package-lock.json) for the browser test of the pages (tests/ui.rs); and Debian's
# fonts-wqy-zenhei (a Chinese font, 7.5 MB; Arabic is drawn with the DejaVu fonts Chromium
# brings), so the pages in Chinese render as text, not boxes. Debian's postgresql (server,
# initdb and the unaccent extension) for the PostgreSQL engine's tests, which start a throwaway
# cluster of their own (as the unprivileged user `postgres` the package creates, when run as
# root) unless OERDEX_TEST_POSTGRES_URL names a server to use.
#
# Needs root or sudo (apt-get) and the package registries (Debian, PyPI, npm; crates.io for
# cargo) the first time; later runs reuse what is installed.
#
# The fixture and schema tests read ../shared beside the checkout (CI has it there); they fail
# with a message naming the path when it is missing. Where systemd-analyze exists, the systemd
# units in deploy/ are verified too (with the binary just built in place of /usr/local/bin).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

command -v xmllint >/dev/null 2>&1 || apt_install libxml2-utils
if [ -z "${OERDEX_TEST_POSTGRES_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt_install postgresql
fi

if ! target/pyenv/bin/python -c 'import sickle, oaipmh_scythe, pyld, schemathesis' 2>/dev/null \
    || [ ! -x target/pyenv/bin/schemathesis ]; then
    echo "installing Sickle, oaipmh-scythe, PyLD and Schemathesis into target/pyenv" >&2
    mkdir -p target
    [ -x target/pyenv/bin/python ] || python3 -m venv target/pyenv
    # `python -m pip`, not the pip script: a copied target/ keeps scripts that name the old path.
    target/pyenv/bin/python -m pip install --quiet --disable-pip-version-check \
        sickle oaipmh-scythe pyld schemathesis
fi
export OERDEX_TEST_PYTHON="$PWD/target/pyenv/bin/python"

[ -x /usr/bin/chromium ] || apt_install chromium
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || apt_install fonts-wqy-zenhei
# The machines come with Node.js 20; Debian's own (older) nodejs is only a fallback.
command -v npm >/dev/null 2>&1 || apt_install nodejs npm
if [ ! -d tests/browser/node_modules/playwright-core ] || [ ! -d tests/browser/node_modules/axe-core ]; then
    echo "installing playwright-core and axe-core into tests/browser/node_modules" >&2
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

cargo test --workspace --all-targets "$@"

# The crosswalk fidelity table in docs/fidelity.md must be what the crosswalks do today.
if ! cargo run -q -p oerdex-harvester --example fidelity -- ../shared/fixtures/real | diff -u docs/fidelity.md -; then
    echo "docs/fidelity.md is out of date: cargo run -p oerdex-harvester --example fidelity -- ../shared/fixtures/real > docs/fidelity.md" >&2
    exit 1
fi

if command -v systemd-analyze >/dev/null 2>&1; then
    units=$(mktemp -d)
    for unit in deploy/*.service deploy/*.timer; do
        sed "s|/usr/local/bin/oerdex|$PWD/target/debug/oerdex|g" "$unit" >"$units/$(basename "$unit")"
    done
    # verify exits 0 on unknown keys and bad values; any message at all is a failure here.
    if ! found=$(systemd-analyze verify --man=no "$units"/* 2>&1) || [ -n "$found" ]; then
        echo "systemd-analyze verify: problems in deploy/:" >&2
        echo "$found" >&2
        exit 1
    fi
    rm -r "$units"
    echo "deploy/: systemd units verified"
else
    echo "systemd-analyze not found: the units in deploy/ were not verified" >&2
fi
