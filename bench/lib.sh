# Helpers for bench/run.sh: tools, the loopback OAI-PMH server (nginx), measuring.
# Sourced, not run.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
DATA="$BENCH_DIR/data"
OERDEX="${BENCH_OERDEX:-$ROOT/target/release/oerdex}"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Installs what the benchmarks need from Debian's packages and PyPI, when missing.
ensure_tools() {
    local missing=()
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
    command -v wrk >/dev/null || missing+=(wrk)
    [ -x /usr/bin/time ] || missing+=(time)
    command -v curl >/dev/null || missing+=(curl)
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]} from Debian's packages"
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    if [ ! -x "$BENCH_DIR/.venv/bin/python" ] || ! "$BENCH_DIR/.venv/bin/python" -c 'import sickle' 2>/dev/null; then
        log "installing Sickle into bench/.venv"
        python3 -m venv "$BENCH_DIR/.venv"
        "$BENCH_DIR/.venv/bin/pip" install -q 'sickle==0.7.0'
    fi
}

# A free TCP port on 127.0.0.1.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts nginx serving catalogue DIR on loopback port OAI_PORT (a free one if unset; keep it for
# a run: a registered source's URL names the port); sets NGINX_DIR and OAI_URL.
#   /oai?verb=Identify|ListMetadataFormats|ListSets   the static answers
#   /oai?verb=ListRecords&resumptionToken=pNNNNN      page NNNNN of the full list (dNNNNN: delta)
#   /oai?verb=ListRecords&metadataPrefix=..&from=..   the first page of the delta list
#   /oai?verb=ListRecords&metadataPrefix=..           the first page of the full list
start_oai_server() {
    local catalogue port
    catalogue=$(cd "$1" && pwd)
    port=${OAI_PORT:-$(free_port)}
    NGINX_DIR=$(mktemp -d /tmp/oerdex-bench-nginx.XXXXXX)
    cat >"$NGINX_DIR/nginx.conf" <<EOF
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $NGINX_DIR/body;
    proxy_temp_path $NGINX_DIR/proxy;
    fastcgi_temp_path $NGINX_DIR/fastcgi;
    types { text/xml xml; }
    default_type text/xml;
    server {
        listen 127.0.0.1:$port;
        root $catalogue;
        location = /oai {
            if (\$arg_resumptionToken ~ "^[pd][0-9]+\$") {
                rewrite ^ /pages/\$arg_resumptionToken.xml? last;
            }
            if (\$arg_resumptionToken != "") { return 404; }
            if (\$arg_verb = "Identify") { rewrite ^ /identify.xml? last; }
            if (\$arg_verb = "ListMetadataFormats") { rewrite ^ /formats.xml? last; }
            if (\$arg_verb = "ListSets") { rewrite ^ /sets.xml? last; }
            if (\$arg_verb != "ListRecords") { return 404; }
            if (\$arg_from != "") { rewrite ^ /pages/d00001.xml? last; }
            rewrite ^ /pages/p00001.xml? last;
        }
        location /pages/ { }
        location ~ ^/[a-z]+\.xml\$ { }
    }
}
EOF
    nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" -e "$NGINX_DIR/error.log"
    OAI_URL="http://127.0.0.1:$port/oai"
    for _ in $(seq 50); do
        curl -sf "$OAI_URL?verb=Identify" >/dev/null && return 0
        sleep 0.1
    done
    log "nginx did not start: $(tail -3 "$NGINX_DIR/error.log")"
    return 1
}

stop_oai_server() {
    if [ -n "${NGINX_DIR:-}" ] && [ -f "$NGINX_DIR/nginx.pid" ]; then
        kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
        sleep 0.2
        rm -rf "$NGINX_DIR"
    fi
    NGINX_DIR=
}

# Generates (or reuses) catalogue data/NAME with N records in FORMAT.
catalogue() {
    local name=$1 records=$2 format=${3:-oai_dc}
    python3 "$BENCH_DIR/gen_catalogue.py" --out "$DATA/$name" --records "$records" --format "$format" >&2
    echo "$DATA/$name"
}

# Says whether the machine is quiet enough to measure: load average and running compilers.
machine_load() {
    local load rustc
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    rustc=$(pgrep -c rustc || true)
    echo "load $load, rustc $rustc"
}

# Busy share of all CPUs over the next 3 seconds, in percent.
cpu_busy() {
    local a b
    a=($(head -1 /proc/stat)); sleep 3; b=($(head -1 /proc/stat))
    awk -v u="$(( (b[1]+b[2]+b[3]+b[6]+b[7]) - (a[1]+a[2]+a[3]+a[6]+a[7]) ))" \
        -v i="$(( (b[4]+b[5]) - (a[4]+a[5]) ))" 'BEGIN{printf "%.0f", 100*u/(u+i)}'
}

# Waits (up to WAIT_QUIET_S, default 600 s) until no rustc runs and the CPUs are at least 90 %
# idle, so a figure is not taken while other people compile or test; says so if it never gets
# quiet (the load is written beside each figure either way).
wait_quiet() {
    local deadline=$(( $(date +%s) + ${WAIT_QUIET_S:-600} ))
    while :; do
        local busy rustc
        rustc=$(pgrep -c rustc || true)
        busy=$(cpu_busy)
        if [ "$rustc" = 0 ] && [ "$busy" -le 10 ]; then return 0; fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            log "machine still busy ($(machine_load), CPU ${busy} % busy); measuring under load"
            return 0
        fi
        log "waiting for a quiet machine ($(machine_load), CPU ${busy} % busy)"
        sleep 20
    done
}

# Runs a command under /usr/bin/time -v; prints "WALL_S PEAK_RSS_KB" on stdout; the command's
# own output goes to FILE.out, time's report to FILE.time.
measure() {
    local file=$1; shift
    local start end wall rss
    start=$(date +%s%N)
    /usr/bin/time -v -o "$file.time" "$@" >"$file.out" 2>&1 || {
        log "command failed: $* (see $file.out)"; tail -5 "$file.out" >&2; return 1; }
    end=$(date +%s%N)
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", (b-a)/1e9}')
    rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$file.time")
    echo "$wall $rss"
}
