# The search benchmark, sourced by bench/run.sh: `oerdex serve` over a harvested catalogue, a
# fixed query mix under wrk at 1, 8 and 32 connections, then each query class alone at 8
# connections (so the match-all-with-facets p99 is its own), and the server's peak RSS; once as
# configured by default, once with the search cache off (every answer computed).

SEARCH_SECONDS=${SEARCH_SECONDS:-20}
CLASS_SECONDS=${CLASS_SECONDS:-6}

stop_search_server() {
    if [ -n "${SERVE_PID:-}" ]; then
        kill "$SERVE_PID" 2>/dev/null || true
        wait "$SERVE_PID" 2>/dev/null || true
    fi
    SERVE_PID=
}

# The query classes: NAME<TAB>PATH. Terms come from the generator's word lists: common words
# (in about a fifth of the records of their language) and words of the Zipf tail by rank (rank
# 300: about 1 % of the catalogue; rank 3,000: about 0.1 %).
query_classes() {
    local base=/api/v1/resources t300 t3000 de300 en50
    read -r t300 t3000 de300 en50 < <(python3 -B -c '
import sys; sys.path.insert(0, sys.argv[1]); import gen_catalogue as g
print(g.TAIL["en"][299], g.TAIL["en"][2999], g.TAIL["de"][299], g.TAIL["en"][49])' "$BENCH_DIR")
    cat <<EOF
one-term	$base?q=$t300&facets=
one-term-rare	$base?q=$t3000&facets=
one-term-common	$base?q=photosynthesis&facets=
two-terms	$base?q=water+$en50&facets=
phrase	$base?q=%22solar+system%22&facets=
licence	$base?license=cc-by-sa&facets=
licence+lang	$base?license=cc0&lang=fr&facets=
lang+term	$base?lang=de&q=$de300&facets=
open	$base?open=true&facets=
open+term	$base?open=true&q=$t300&facets=
match-all-facets	$base
term-facets	$base?q=$t300
title-order	$base?sort=title&facets=
EOF
}

# Follows next_cursor PAGES times from PATH; prints the path of the page reached.
deep_cursor() {
    local url=$1 path=$2 pages=$3
    python3 - "$url" "$path" "$pages" <<'EOF'
import json, sys, urllib.parse, urllib.request
base, path, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
current = path
for _ in range(pages):
    with urllib.request.urlopen(base + current) as r:
        cursor = json.load(r).get("next_cursor")
    if not cursor:
        break
    sep = "&" if "?" in path else "?"
    current = f"{path}{sep}cursor={urllib.parse.quote(cursor)}"
print(current)
EOF
}

# wrk over the paths in FILE with C connections for S seconds; prints
# "p50_ms p99_ms requests_per_s errors".
wrk_run() {
    local file=$1 c=$2 s=$3 out=$4 threads=2
    [ "$c" -lt 2 ] && threads=1
    # A 30 s timeout: wrk leaves timed-out requests out of its latencies, so its default (2 s)
    # would hide the slowest queries.
    WRK_PATHS=$file wrk -t"$threads" -c"$c" -d"${s}s" --timeout 30s --latency -s "$BENCH_DIR/mix.lua" \
        "$SEARCH_URL" >"$out" 2>&1
    python3 - "$out" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m:
        return "-"
    v, unit = float(m.group(1)), m.group(2)
    return "%.1f" % (v / 1000 if unit == "us" else v * 1000 if unit == "s" else v)
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
socket = re.search(r"Socket errors:.*", text)
print(ms("50"), ms("99"), "%.0f" % float(rps.group(1)) if rps else "-",
      (errors.group(1) if errors else "0") + (" (" + socket.group(0) + ")" if socket else ""))
EOF
}

# Starts `oerdex serve` over DB with the search cache CACHE (true/false) and waits until it
# answers and its search columns are loaded; sets SERVE_PID and SEARCH_URL. False if it failed.
start_search_server() {
    local db=$1 cache=$2 port
    port=$(free_port)
    SEARCH_URL="http://127.0.0.1:$port"
    # The per-client rate limit is off: every wrk connection comes from 127.0.0.1.
    OERDEX_DB=$db OERDEX_BIND=127.0.0.1:$port OERDEX_SERVER_RATE_LIMIT_PER_MINUTE=0 \
        OERDEX_SERVER_SEARCH_CACHE=$cache OERDEX_LOG=warn,oerdex_index::columns=info \
        "$OERDEX" serve >"$RUNS/serve.out" 2>&1 &
    SERVE_PID=$!
    for _ in $(seq 300); do
        curl -sf "$SEARCH_URL/health" >/dev/null && break
        sleep 0.1
    done
    curl -sf "$SEARCH_URL/health" >/dev/null || return 1
    # Searches use SQLite alone until the search columns, titles last, are loaded: time them
    # after that (a build without search columns never says so; it is given a minute).
    for _ in $(seq 600); do
        grep -q "search columns: titles loaded" "$RUNS/serve.out" && break
        sleep 0.1
    done
}

# The query mix at 1, 8 and 32 connections, then each class alone at 8, into the summary.
search_tables() {
    local paths=$1 classes=$2
    row "| connections | p50 ms | p99 ms | requests/s | errors | load before |"
    row "|---:|---:|---:|---:|---:|---|"
    for c in 1 8 32; do
        quiet
        local load
        load=$(machine_load)
        read -r p50 p99 rps errors < <(wrk_run "$paths" "$c" "$SEARCH_SECONDS" "$RESULTS/wrk-$3-mix-$c.txt")
        row "| $c | $p50 | $p99 | $rps | $errors | $load |"
    done
    row ""
    row "Each class alone at 8 connections (${CLASS_SECONDS} s):"
    row ""
    row "| query | p50 ms | p99 ms | requests/s | errors |"
    row "|---|---:|---:|---:|---:|"
    while IFS=$'\t' read -r name path; do
        echo "$path" >"$RESULTS/one-path.txt"
        read -r p50 p99 rps errors < <(wrk_run "$RESULTS/one-path.txt" 8 "$CLASS_SECONDS" "$RESULTS/wrk-$3-$name.txt")
        row "| $name | $p50 | $p99 | $rps | $errors |"
    done <"$classes"
}

search_benchmark() {
    local db=$1 peak
    if ! "$OERDEX" serve --help >/dev/null 2>&1; then
        row "## Search"
        row ""
        row "not run: this build of oerdex has no \`serve\` command yet"
        return 0
    fi
    if ! start_search_server "$db" true; then
        row "## Search"
        row ""
        row "not run: oerdex serve did not start: $(tail -3 "$RUNS/serve.out")"
        stop_search_server
        return 0
    fi
    local paths="$RESULTS/search-paths.txt" classes="$RESULTS/search-classes.tsv"
    query_classes >"$classes"
    printf 'deep-cursor-relevance\t%s\n' \
        "$(deep_cursor "$SEARCH_URL" '/api/v1/resources?q=energy&facets=' 50)" >>"$classes"
    # (50 pages of 20 deep: from the 1,001st result on.)
    printf 'deep-cursor-updated\t%s\n' \
        "$(deep_cursor "$SEARCH_URL" '/api/v1/resources?sort=updated&facets=' 50)" >>"$classes"
    cut -f2 "$classes" >"$paths"
    # Every path must answer 200 before it is timed.
    while IFS=$'\t' read -r name path; do
        local code
        code=$(curl -s -o /dev/null -w '%{http_code}' "$SEARCH_URL$path")
        [ "$code" = 200 ] || log "search: $name answered $code: $path"
    done <"$classes"
    # Warm the page cache the way a running server would be.
    wrk_run "$paths" 8 5 "$RESULTS/wrk-warmup.txt" >/dev/null

    row "## Search (\`oerdex serve\` over the $(live_records "$db")-record index, wrk, ${SEARCH_SECONDS} s a run)"
    row ""
    row "Query mix, each path in turn: $(cut -f1 "$classes" | paste -sd, | sed 's/,/, /g')."
    row ""
    row "### As configured by default (search cache on)"
    row ""
    search_tables "$paths" "$classes" cached
    peak=$(awk '/VmHWM/{printf "%.0f", $2/1024}' "/proc/$SERVE_PID/status")
    row ""
    row "Server peak RSS: $peak MB."
    row ""
    stop_search_server

    # Every request computed: no cached full-text matches or counts, as after each commit.
    if start_search_server "$db" false; then
        row "### Search cache off (every answer computed, as for the first request after a change)"
        row ""
        search_tables "$paths" "$classes" uncached
        peak=$(awk '/VmHWM/{printf "%.0f", $2/1024}' "/proc/$SERVE_PID/status")
        row ""
        row "Server peak RSS: $peak MB."
        row ""
    fi
    stop_search_server
}
