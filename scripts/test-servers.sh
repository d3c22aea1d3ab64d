#!/usr/bin/env bash
# Throwaway servers for the server-mode tests and benchmarks (decision 0030): a PostgreSQL 15 cluster and a Redis, both
# on loopback at free ports, data under /tmp, nothing kept.
#   bash scripts/test-servers.sh start   installs Debian's postgresql and redis-server when missing (as root), starts both
#   bash scripts/test-servers.sh env     prints the contract as shell exports (eval "$(bash scripts/test-servers.sh env)"):
#        GOVDATA_TEST_POSTGRES  an Npgsql connection string; its user is a superuser (may CREATE DATABASE)
#        GOVDATA_TEST_REDIS     127.0.0.1:PORT
#   bash scripts/test-servers.sh stop    stops both and deletes their data
# The state (ports, folder) is kept in $GOVDATA_TEST_SERVERS_STATE (default TestResults/test-servers.env of this
# checkout), so several checkouts on one machine each run their own pair.
# The cluster trades durability for speed (fsync off); GOVDATA_TEST_SERVERS_DURABLE=1 keeps PostgreSQL's defaults
# (the benchmarks use it).
set -euo pipefail
cd "$(dirname "$0")/.."
state="${GOVDATA_TEST_SERVERS_STATE:-$PWD/TestResults/test-servers.env}"
pg_version="${GOVDATA_TEST_POSTGRES_VERSION:-15}"
pg_bin="/usr/lib/postgresql/$pg_version/bin"

say() { printf '[test-servers] %s\n' "$*" >&2; }

# Runs a command as the cluster's owner: PostgreSQL refuses to run as root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    say "no free port found"
    return 1
}

install_missing() {
    local missing=()
    [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
    command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing ${missing[*]} (Debian packages) for the server-mode tests"
        # Another process may hold the dpkg lock for a while: wait for it instead of failing.
        { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq \
            && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null
    else
        say "missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"
        return 1
    fi
}

start() {
    if [ -f "$state" ]; then
        say "already started ($state); stopping the old pair first"
        stop
    fi
    install_missing
    local dir pg_port redis_port
    dir="$(mktemp -d /tmp/govdata-servers.XXXXXX)"
    chmod 755 "$dir"
    mkdir -p "$dir/pg" "$dir/redis"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pg"
    pg_port="$(free_port)"
    as_owner "$pg_bin/initdb" -D "$dir/pg/data" -U govdata --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1 \
        || { cat "$dir/pg/initdb.log" >&2; return 1; }
    local options="-c listen_addresses=127.0.0.1 -p $pg_port -k $dir/pg -c max_connections=300"
    if [ "${GOVDATA_TEST_SERVERS_DURABLE:-0}" != 1 ]; then
        options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    as_owner "$pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -o "$options" -w -t 60 start >/dev/null \
        || { cat "$dir/pg/server.log" >&2; return 1; }

    redis_port="$(free_port)"
    redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --daemonize yes \
        --dir "$dir/redis" --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" >/dev/null
    for _ in $(seq 1 50); do
        [ -s "$dir/redis/redis.pid" ] && (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
        sleep 0.1
    done

    mkdir -p "$(dirname "$state")"
    cat >"$state" <<STATE
dir='$dir'
pg_port='$pg_port'
redis_port='$redis_port'
STATE
    say "PostgreSQL $pg_version on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port ($dir)"
}

env_lines() {
    [ -f "$state" ] || { say "not started (bash scripts/test-servers.sh start)"; return 1; }
    # shellcheck disable=SC1090
    . "$state"
    echo "export GOVDATA_TEST_POSTGRES='Host=127.0.0.1;Port=$pg_port;Username=govdata;Database=postgres'"
    echo "export GOVDATA_TEST_REDIS='127.0.0.1:$redis_port'"
}

stop() {
    [ -f "$state" ] || return 0
    # shellcheck disable=SC1090
    . "$state"
    if [ -f "$dir/pg/data/postmaster.pid" ]; then
        as_owner "$pg_bin/pg_ctl" -D "$dir/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -s "$dir/redis/redis.pid" ]; then
        local redis_pid
        redis_pid="$(cat "$dir/redis/redis.pid")"
        kill "$redis_pid" 2>/dev/null || true
        # Redis logs its shutdown after the signal: removing its folder meanwhile fails ("Directory not empty").
        for _ in $(seq 1 50); do
            kill -0 "$redis_pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    rm -rf "$dir" "$state"
    say "stopped"
}

case "${1:-}" in
    start) start ;;
    env) env_lines ;;
    stop) stop ;;
    *) echo "usage: bash scripts/test-servers.sh start|env|stop" >&2; exit 2 ;;
esac
