#!/usr/bin/env bash
# Runs every test of oerdex on a fresh machine (installing anything the tests need first),
# then the workspace's tests. End-to-end tests start real servers on 127.0.0.1 only.
#
# The fixture tests read ../shared/fixtures/real beside the checkout (CI has it there); they
# fail with a message naming the path when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --workspace --all-targets "$@"
