#!/usr/bin/env bash
# Runs every fuzz target for a set time each (default 60 s): `scripts/fuzz.sh [SECONDS]`.
# Not part of CI. Needs cargo-fuzz (installed here if missing); the stable toolchain is put in
# nightly mode with RUSTC_BOOTSTRAP=1, since cargo-fuzz needs sanitizer flags.
# Crashes land in fuzz/artifacts/<target>/; each one found becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
fixtures=../../shared/fixtures/real
for target in page_parser crosswalk normalisers body_decoding api_parameters; do
    mkdir -p "corpus/$target"
    # The real OAI-PMH and LOM documents beside the checkout seed the XML targets (the corpus
    # folder is not committed).
    if [ -d "$fixtures" ] && [ "$target" = page_parser -o "$target" = crosswalk ]; then
        find "$fixtures" -name '*.xml' -size -64k -exec cp -n {} "corpus/$target/" \;
    fi
    echo "== $target ($seconds s)"
    cargo fuzz run "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=65536 2>&1 | grep -E "^(#[0-9]+.*DONE|==[0-9]+==|SUMMARY|Done)|panicked" || true
done
