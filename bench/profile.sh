#!/usr/bin/env bash
# Profiles one harvest: perf (cpu-clock sampling with DWARF call graphs: this machine's perf has
# no hardware counters) over `oerdex harvest` of a generated catalogue served by nginx, then
# prints where the time went, per thread and under the functions that matter.
#
#   bench/profile.sh [RECORDS]      default 100000; the catalogue comes from bench/run.sh's generator
#
# Needs perf (Debian: linux-perf). The raw profile stays in bench/data/profile/perf.data for
# `perf report -i`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

records=${1:-100000}
out="$DATA/profile"
mkdir -p "$out"
command -v perf >/dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf >/dev/null; }
ensure_tools
(cd "$ROOT" && cargo build --release --quiet)

export OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS=true OERDEX_HARVEST_PER_HOST_DELAY_MS=0
dir=$(catalogue "oai_dc-$records" "$records" oai_dc)
db="$out/profile.db"
rm -f "$db" "$db-wal" "$db-shm"
trap stop_oai_server EXIT
start_oai_server "$dir"
OERDEX_DB=$db "$OERDEX" sources add bench "$OAI_URL" >/dev/null
log "profiling the harvest of $records records ($(machine_load))"
OERDEX_DB=$db perf record -q -e cpu-clock -F 1000 --call-graph dwarf,16384 -o "$out/perf.data" \
    "$OERDEX" harvest >/dev/null 2>&1
stop_oai_server
perf script -i "$out/perf.data" 2>/dev/null >"$out/perf.txt"

python3 - "$out/perf.txt" <<'EOF'
import collections, re, sys

# Functions whose inclusive share is reported (a substring of the frame's name).
WATCH = ["spawn_writer", "spawn_crosswalk", "oerdex_harvester::http", "apply_prepared_page", "commit",
         "pagerWalFrames", "sqlite3WalCheckpoint", "rebuild_resource_deferred",
         "write_search_entries", "Batch::finish", "assign_resource", "PreparedRecord::new",
         "crosswalk_xml", "page::parse", "sqlite3_step"]
threads = collections.Counter()
inclusive = collections.Counter()
total = 0
comm, stack = None, []

def flush():
    global total
    if not stack:
        return
    total += 1
    threads[comm] += 1
    for name in WATCH:
        if any(name in frame for frame in stack):
            inclusive[name] += 1

for line in open(sys.argv[1]):
    line = line.rstrip()
    if not line:
        flush()
        stack = []
    elif not line[0].isspace():
        comm = line.split()[0]
    else:
        m = re.match(r"\s+[0-9a-f]+ (.+) \(", line)
        if m:
            stack.append(re.sub(r"\+0x[0-9a-f]+$", "", m.group(1)))
flush()
print(f"{total} samples at 1 kHz ({total / 1000:.1f} CPU seconds)")
print("per thread:")
for name, n in threads.most_common():
    print(f"  {100 * n / total:5.1f} %  {name}")
print("inclusive, of all samples:")
for name in WATCH:
    print(f"  {100 * inclusive[name] / total:5.1f} %  {name}")
EOF
