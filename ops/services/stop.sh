#!/usr/bin/env bash
# Stop the test services started by start.sh (RabbitMQ node, its epmd,
# PostgreSQL cluster) and leave nothing of ours running. Safe to call when
# nothing runs. `--purge` also deletes the state dir (data + logs).
set -euo pipefail

usage() {
    echo "usage: $0 [--purge]" >&2
    exit 2
}

purge=0
for arg in "$@"; do
    case "$arg" in
        --purge) purge=1 ;;
        -h | --help) usage ;;
        *) echo "unknown argument: $arg" >&2; usage ;;
    esac
done

# shellcheck source=ops/services/rabbitmq-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/rabbitmq-env.sh"

STOP_TIMEOUT=${KHUB_SERVICES_STOP_TIMEOUT:-30}
T0=$SECONDS

# True if $1 is a live process. A zombie (exited, not yet reaped by its
# parent - e.g. epmd after its parent died, until init reaps it) counts as
# gone: it holds no ports or files, and kill -0 would still succeed on it.
alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) } # field 3 (state) follows the "(comm) " part
    [[ "${stat:0:1}" != Z ]]
}

# Wait until none of the given pids is alive; false on timeout.
wait_gone() {
    local seconds=$1 pid any
    shift
    local deadline=$((SECONDS + seconds))
    while :; do
        any=0
        for pid in "$@"; do
            alive "$pid" && any=1
        done
        ((any)) || return 0
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

# TERM, then KILL, every process carrying our tag (see khub_tagged_pids).
kill_tagged() {
    local tag=$1 what=$2 pids=()
    mapfile -t pids < <(khub_tagged_pids "$tag")
    ((${#pids[@]})) || return 0
    khub_log "terminating leftover $what processes: ${pids[*]}"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    kill -CONT "${pids[@]}" 2>/dev/null || true # a stopped process acts on TERM only once resumed
    if ! wait_gone 5 "${pids[@]}"; then
        kill -KILL "${pids[@]}" 2>/dev/null || true
        wait_gone 5 "${pids[@]}" || khub_die "could not kill $what processes: ${pids[*]}"
    fi
}

stop_rabbitmq() {
    local beams
    beams=$(khub_rmq_beam_pids)
    if [[ -n "$beams" ]]; then
        khub_log "stopping RabbitMQ node $RABBITMQ_NODENAME"
        STOPPED_PORTS+=("$RMQ_PORT" "$RMQ_DIST_PORT" "$RMQ_EPMD_PORT")
        # Graceful first (flushes mnesia/message store, so the next start
        # with the same data dir is clean). Bounded: a wedged node must not
        # hang CI; the tagged kill below is the fallback.
        if khub_rabbitmqctl_t "$STOP_TIMEOUT" stop >/dev/null 2>&1; then
            # shellcheck disable=SC2086
            wait_gone "$STOP_TIMEOUT" $beams || true
        else
            khub_log "rabbitmqctl stop failed or timed out; killing the node"
        fi
    fi
    # epmd outlives the node by design. Ask it to exit; that only works when
    # no node is registered, i.e. exactly when ours is gone. The port is
    # private to us (rabbitmq-env.sh), so this never hits a system epmd.
    if khub_port_open "$RMQ_EPMD_PORT"; then
        epmd -port "$RMQ_EPMD_PORT" -kill >/dev/null 2>&1 || true
    fi
    # Whatever we started that is still alive: the VM if stop failed,
    # epmd if -kill refused, erl_child_setup, inet_gethost, CLI VMs.
    kill_tagged "$RMQ_DIR" RabbitMQ
    rm -f "$RABBITMQ_PID_FILE" "$RMQ_SETTINGS"
}

stop_postgres() {
    # pg_ctl status is false for no cluster, no postmaster.pid, or a stale one.
    if ! khub_as "$PG_OWNER" / "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        kill_tagged "$PG_DATA" PostgreSQL
        return 0
    fi
    khub_log "stopping PostgreSQL ($PG_DATA)"
    # The port it really listens on (line 4 of postmaster.pid), which may
    # differ from this shell's KHUB_POSTGRES_PORT.
    STOPPED_PORTS+=("$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || echo "$PG_PORT")")
    # fast = roll back open transactions and disconnect clients (tests may
    # still hold pooled connections); immediate only if that times out.
    if ! khub_as "$PG_OWNER" / "$PG_BIN/pg_ctl" -D "$PG_DATA" stop -m fast -w -t "$STOP_TIMEOUT" >/dev/null 2>&1; then
        khub_log "pg_ctl stop -m fast failed; trying -m immediate"
        khub_as "$PG_OWNER" / "$PG_BIN/pg_ctl" -D "$PG_DATA" stop -m immediate -w -t 10 >/dev/null 2>&1 || true
    fi
    kill_tagged "$PG_DATA" PostgreSQL
}

# Refuse to rm -rf a directory that does not look like ours (e.g. someone
# set KHUB_SERVICES_DIR=$HOME by mistake).
purge_state_dir() {
    [[ -d "$KHUB_STATE_DIR" ]] || return 0
    local entry
    for entry in "$KHUB_STATE_DIR"/* "$KHUB_STATE_DIR"/.[!.]*; do
        [[ -e "$entry" ]] || continue
        case "${entry##*/}" in
            env | env.* | pg | pg-run | rabbitmq | rabbitmq.settings) ;;
            *) khub_die "refusing to purge $KHUB_STATE_DIR: unexpected entry '${entry##*/}'" ;;
        esac
    done
    rm -rf -- "$KHUB_STATE_DIR"
    khub_log "purged $KHUB_STATE_DIR"
}

STOPPED_PORTS=()
stop_rabbitmq
stop_postgres

# Ports of the servers stopped above must be free now. Report, do not fail:
# if one is still taken, it is not one of our processes.
for port in "${STOPPED_PORTS[@]}"; do
    if [[ "$port" =~ ^[0-9]+$ ]] && khub_port_open "$port"; then
        khub_log "WARNING: 127.0.0.1:$port still accepts connections (not one of our processes)"
    fi
done

if ((purge)); then
    purge_state_dir
fi
khub_log "services stopped ($((SECONDS - T0))s)"
