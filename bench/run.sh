#!/usr/bin/env bash
# The oerdex benchmark suite (issue 6). One command:
#
#   bench/run.sh            full suite: harvest at 100,000 and 1,000,000 records (oerdex and the
#                           Sickle + SQLite baseline), LOM harvest at 100,000, incremental harvest
#                           of 1,000 changes into the 1,000,000-record index, search under wrk
#   bench/run.sh --quick    the same at 20,000 records (a minute or two), to try things
#
# Environment: BENCH_OERDEX=PATH benchmarks that binary instead of target/release/oerdex.
# Options: --sizes "N M"   harvest sizes (the largest one is used for incremental and search)
#          --skip-sickle   no baseline;   --skip-search   no search benchmark
#          --search-only   only the search benchmark, over the index a previous run left
#          --no-build      use target/release/oerdex as it is
#          --no-wait       measure even while other processes compile
#
# Installs what it needs when missing (nginx-light, wrk, time from Debian; Sickle from PyPI into
# bench/.venv). Generated catalogues, databases and results stay under bench/data/ (git-ignored);
# the figures are printed and written to bench/data/results/<time>/summary.md. Only loopback
# traffic: nginx serves the pre-rendered OAI-PMH pages on 127.0.0.1, oerdex serve listens there.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZES="100000 1000000"
QUICK=0 SICKLE=1 SEARCH=1 BUILD=1 WAIT=1 HARVEST=1
while [ $# -gt 0 ]; do
    case $1 in
        --quick) QUICK=1; SIZES=20000 ;;
        --sizes) SIZES=$2; shift ;;
        --skip-sickle) SICKLE=0 ;;
        --skip-search) SEARCH=0 ;;
        --search-only) HARVEST=0 ;;
        --no-build) BUILD=0 ;;
        --no-wait) WAIT=0 ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
LARGEST=$(tr ' ' '\n' <<<"$SIZES" | sort -n | tail -1)
LOM_SIZE=$(tr ' ' '\n' <<<"$SIZES" | sort -n | head -1)

RESULTS="$DATA/results/$(date +%Y%m%d-%H%M%S)"
RUNS="$DATA/runs"
mkdir -p "$RESULTS" "$RUNS"
SUMMARY="$RESULTS/summary.md"
trap 'stop_oai_server; stop_search_server 2>/dev/null || true' EXIT

# What the figures measure: the checkout's commit, or the binary BENCH_OERDEX names (built
# elsewhere, so the checkout's commit says nothing about it).
binary_built_from() {
    if [ -n "${BENCH_OERDEX:-}" ]; then
        echo "binary $OERDEX ($(stat -c %y "$OERDEX" | cut -d. -f1))"
    else
        echo "commit $(git -C "$ROOT" rev-parse --short HEAD)" \
            "$(git -C "$ROOT" diff --quiet || echo '+ uncommitted changes')"
    fi
}
quiet() { if [ "$WAIT" = 1 ]; then wait_quiet; fi; }
row() { echo "$*" | tee -a "$SUMMARY" >&2; }

ensure_tools
if [ "$BUILD" = 1 ]; then
    log "cargo build --release"
    (cd "$ROOT" && cargo build --release --quiet)
fi

{
    echo "# oerdex benchmarks $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
        "$(free -g | awk '/^Mem:/{print $2}') GiB; $(binary_built_from)"
    echo
} >"$SUMMARY"

# Size of a database once its WAL is folded back in, in bytes.
db_bytes() {
    python3 - "$1" <<'EOF'
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1]); db.execute("PRAGMA wal_checkpoint(TRUNCATE)"); db.close()
print(os.path.getsize(sys.argv[1]))
EOF
}

live_records() {
    python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM records WHERE deleted = 0").fetchone()[0])' "$1"
}

# Harvests catalogue DIR into a fresh DB with oerdex; prints "WALL RSS_KB".
oerdex_harvest() {
    local dir=$1 db=$2 name=$3
    rm -f "$db" "$db-wal" "$db-shm"
    start_oai_server "$dir"
    OERDEX_DB=$db "$OERDEX" sources add bench "$OAI_URL" >"$RUNS/$name.add" 2>&1 || {
        log "$name: sources add failed: $(cat "$RUNS/$name.add")"; stop_oai_server; return 1; }
    quiet
    log "$name: oerdex harvest ($(machine_load))"
    local result
    result=$(OERDEX_DB=$db measure "$RUNS/$name" "$OERDEX" harvest)
    stop_oai_server
    echo "$result"
}

export OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS=true OERDEX_HARVEST_PER_HOST_DELAY_MS=0
OAI_PORT=$(free_port)

if [ "$HARVEST" = 1 ]; then
row "## Harvest (end to end: download, parse, crosswalk, normalise, index, commit)"
row ""
row "| records | format | oerdex s | oerdex records/s | oerdex peak RSS MB | DB bytes/record | Sickle s | Sickle records/s | Sickle peak RSS MB | ratio | load before |"
row "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for n in $SIZES; do
    dir=$(catalogue "oai_dc-$n" "$n" oai_dc)
    load=$(machine_load)
    read -r wall rss < <(oerdex_harvest "$dir" "$RUNS/oerdex-$n.db" "oerdex-$n")
    rate=$(awk -v n="$n" -v w="$wall" 'BEGIN{printf "%.0f", n/w}')
    bytes=$(db_bytes "$RUNS/oerdex-$n.db")
    per=$(awk -v b="$bytes" -v n="$(live_records "$RUNS/oerdex-$n.db")" 'BEGIN{printf "%.0f", b/n}')
    swall=- srate=- srss=- ratio=-
    if [ "$SICKLE" = 1 ]; then
        rm -f "$RUNS/sickle-$n.db"*
        start_oai_server "$dir"
        quiet
        log "sickle-$n: Sickle + SQLite harvest ($(machine_load))"
        read -r swall srss < <(measure "$RUNS/sickle-$n" "$BENCH_DIR/.venv/bin/python" \
            "$BENCH_DIR/sickle_harvest.py" "$OAI_URL" "$RUNS/sickle-$n.db")
        stop_oai_server
        srate=$(awk -v n="$n" -v w="$swall" 'BEGIN{printf "%.0f", n/w}')
        ratio=$(awk -v a="$rate" -v b="$srate" 'BEGIN{printf "%.1f", a/b}')
        srss=$(awk -v k="$srss" 'BEGIN{printf "%.0f", k/1024}')
    fi
    row "| $n | oai_dc | $wall | $rate | $(awk -v k="$rss" 'BEGIN{printf "%.0f", k/1024}') | $per | $swall | $srate | $srss | $ratio | $load |"
done

n=$LOM_SIZE
dir=$(catalogue "lom-$n" "$n" lom)
load=$(machine_load)
read -r wall rss < <(oerdex_harvest "$dir" "$RUNS/oerdex-lom-$n.db" "oerdex-lom-$n")
rate=$(awk -v n="$n" -v w="$wall" 'BEGIN{printf "%.0f", n/w}')
bytes=$(db_bytes "$RUNS/oerdex-lom-$n.db")
per=$(awk -v b="$bytes" -v n="$(live_records "$RUNS/oerdex-lom-$n.db")" 'BEGIN{printf "%.0f", b/n}')
row "| $n | lom | $wall | $rate | $(awk -v k="$rss" 'BEGIN{printf "%.0f", k/1024}') | $per | - | - | - | - | $load |"
row ""
row "Catalogue pages: $(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["bytes_per_record"], "bytes a record on the wire (oai_dc),", m["deletions"], "deletions in", m["records"])' "$DATA/oai_dc-$LARGEST/catalogue.json")"
row ""

# Incremental: 1,000 changed records (updates, deletions, new ones) into the largest index.
row "## Incremental harvest (1,000 changed records into the $LARGEST-record index)"
row ""
db="$RUNS/oerdex-$LARGEST.db"
start_oai_server "$DATA/oai_dc-$LARGEST"
quiet
load=$(machine_load)
log "incremental: oerdex harvest ($load)"
read -r wall rss < <(OERDEX_DB=$db measure "$RUNS/incremental-$LARGEST" "$OERDEX" harvest)
stop_oai_server
row "| seconds | peak RSS MB | what it did | load before |"
row "|---:|---:|---|---|"
row "| $wall | $(awk -v k="$rss" 'BEGIN{printf "%.0f", k/1024}') | $(grep -E '^bench ' "$RUNS/incremental-$LARGEST.out" | awk '{print $2" added, "$3" updated, "$4" deleted"}') | $load |"
row ""
fi

db="$RUNS/oerdex-$LARGEST.db"

if [ "$SEARCH" = 1 ]; then
    source "$BENCH_DIR/search.sh"
    search_benchmark "$db"
fi

log "summary: $SUMMARY"
cat "$SUMMARY"
