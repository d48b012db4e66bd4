#!/usr/bin/env bash
# Start the test services - a private RabbitMQ node and a private PostgreSQL
# cluster, both on 127.0.0.1 only, all data and logs under
# ${KHUB_SERVICES_DIR:-/tmp/kommunhubben-services} - wait until both answer,
# then write <state>/env with the connection settings the tests read.
#
# Idempotent: servers that are already running are left alone (not
# restarted); users/vhost/password are re-applied and the env file is
# rewritten every time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

# Install first so a fresh CI machine gets rabbitmq-server (and the
# 'rabbitmq' OS user that rabbitmq-env.sh relies on).
bash "$here/install.sh"

# KHUB_RMQ_USE_ENV=1: take node name/ports from the environment, not from
# the record of a previous start (see rabbitmq-env.sh).
# shellcheck source=ops/services/rabbitmq-env.sh
KHUB_RMQ_USE_ENV=1 source "$here/rabbitmq-env.sh"

RMQ_VHOST=kommunhubben
RMQ_USER=khub
# The hub's service users (ops/rabbitmq/definitions.json) and PostgreSQL roles
# (ops/postgres): test passwords, overridable like the others.
RMQ_API_PASSWORD=${KHUB_RABBITMQ_API_PASSWORD:-$RMQ_PASSWORD-api}
RMQ_WORKER_PASSWORD=${KHUB_RABBITMQ_WORKER_PASSWORD:-$RMQ_PASSWORD-worker}
RMQ_GATEWAY_PASSWORD=${KHUB_RABBITMQ_GATEWAY_PASSWORD:-$RMQ_PASSWORD-gateway}
RMQ_ADMIN_PASSWORD=${KHUB_RABBITMQ_ADMIN_PASSWORD:-$RMQ_PASSWORD-admin}
PG_APP_PASSWORD=${KHUB_POSTGRES_APP_PASSWORD:-$PG_PASSWORD-app}
PG_MIGRATOR_PASSWORD=${KHUB_POSTGRES_MIGRATOR_PASSWORD:-$PG_PASSWORD-migrator}
T0=$SECONDS

# --- state dir --------------------------------------------------------------

prepare_state_dir() {
    mkdir -p "$KHUB_STATE_DIR"
    # The service users must be able to traverse into the state dir.
    if [[ $EUID -eq 0 && "$(stat -c %U "$KHUB_STATE_DIR")" == root ]]; then
        chmod 0755 "$KHUB_STATE_DIR"
    fi
    local user
    for user in "$PG_OWNER" "$RMQ_OWNER"; do
        khub_as "$user" / test -x "$KHUB_STATE_DIR" \
            || khub_die "OS user '$user' cannot enter $KHUB_STATE_DIR (a parent directory is not world-executable?). Choose another KHUB_SERVICES_DIR."
    done
}

# Create a directory owned by a service user (mode 0700 unless given).
owned_dir() {
    local dir=$1 owner=$2 mode=${3:-0700}
    mkdir -p "$dir"
    chown "$owner:" "$dir"
    chmod "$mode" "$dir"
}

# --- PostgreSQL ---------------------------------------------------------------

pg() {
    # Every pg command runs as the cluster owner, tagged so stop.sh can find
    # strays (the postmaster and its children inherit the tag).
    khub_as "$PG_OWNER" "$PG_RUN" env KHUB_SERVICE_TAG="$PG_DATA" "$@"
}

pg_running() {
    [[ -d "$PG_DATA" ]] && pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

init_postgres() {
    # PG_VERSION is written by initdb; without it the dir is empty or the
    # leftover of an interrupted initdb, which initdb would refuse to reuse.
    if [[ -s "$PG_DATA/PG_VERSION" ]]; then
        return 0
    fi
    khub_log "initdb $PG_DATA"
    rm -rf "$PG_DATA"
    owned_dir "$PG_DATA" "$PG_OWNER" 0700
    local pwfile="$PG_RUN/initdb.pw"
    (umask 077 && printf '%s\n' "$PG_PASSWORD" >"$pwfile")
    chown "$PG_OWNER:" "$pwfile"
    # trust on the unix socket (only reachable via the 0700 socket dir) so
    # these scripts can administer without a password; scram over TCP so the
    # tests really exercise password auth. C.UTF-8 + UTF8: deterministic and
    # still Unicode-aware for upper()/lower() on å/ä/ö.
    if ! pg "$PG_BIN/initdb" -D "$PG_DATA" --username=postgres --pwfile="$pwfile" \
            --auth-local=trust --auth-host=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >"$PG_RUN/initdb.log" 2>&1; then
        rm -f "$pwfile"
        khub_tail_log "$PG_RUN/initdb.log"
        khub_die "initdb failed"
    fi
    rm -f "$pwfile"
}

start_postgres() {
    owned_dir "$PG_RUN" "$PG_OWNER" 0700
    init_postgres

    if pg_running; then
        # Refuse to silently hand out a port nobody listens on.
        local running_port
        running_port=$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || true)
        if [[ -n "$running_port" && "$running_port" != "$PG_PORT" ]]; then
            khub_die "PostgreSQL in $PG_DATA already runs on port $running_port, not $PG_PORT; run ops/services/stop.sh first"
        fi
        khub_log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    else
        if khub_port_open "$PG_PORT"; then
            khub_die "port 127.0.0.1:$PG_PORT is already in use by another process; set KHUB_POSTGRES_PORT"
        fi
        khub_log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
        # fsync/synchronous_commit/full_page_writes off: throw-away test data,
        # so trade crash safety for speed. max_connections=300 because every
        # test host keeps an Npgsql pool and tests run in parallel.
        # khub_daemon (setsid): the postmaster gets its own session, so a
        # Ctrl-C in the terminal running the tests does not hit it.
        if ! khub_daemon "$PG_OWNER" "$PG_RUN" env KHUB_SERVICE_TAG="$PG_DATA" \
                "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t "$KHUB_TIMEOUT" \
                -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_RUN -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${KHUB_PG_OPTIONS:-}" \
                start >"$PG_RUN/pg_ctl.log" 2>&1; then
            khub_tail_log "$PG_RUN/pg_ctl.log"
            khub_tail_log "$PG_LOG"
            khub_die "PostgreSQL did not start within ${KHUB_TIMEOUT}s"
        fi
    fi

    # pg_ctl -w already waited; pg_isready over TCP checks what tests use.
    local deadline=$((SECONDS + KHUB_TIMEOUT))
    until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2; do
        if ((SECONDS >= deadline)); then
            khub_tail_log "$PG_LOG"
            khub_die "PostgreSQL not accepting connections on 127.0.0.1:$PG_PORT after ${KHUB_TIMEOUT}s"
        fi
        sleep 0.5
    done

    # (Re)apply the password so the env file is right even if the cluster was
    # created earlier with another KHUB_POSTGRES_PASSWORD. psql's :'pw'
    # quoting makes any password safe; it only works on stdin, not with -c.
    pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -v pw="$PG_PASSWORD" \
        -h "$PG_RUN" -p "$PG_PORT" -U postgres -d postgres \
        <<<"ALTER ROLE postgres PASSWORD :'pw';" >/dev/null \
        || khub_die "could not set the postgres password"
    # The hub's application and migration roles (ops/postgres/create-roles.sql).
    pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -v app_password="$PG_APP_PASSWORD" \
        -v migrator_password="$PG_MIGRATOR_PASSWORD" -h "$PG_RUN" -p "$PG_PORT" -U postgres -d postgres \
        <"$KHUB_OPS_SERVICES/../postgres/create-roles.sql" >/dev/null \
        || khub_die "could not create the hub's PostgreSQL roles"
    khub_log "PostgreSQL ready ($((SECONDS - T0))s)"
}

# --- RabbitMQ -------------------------------------------------------------------

write_rabbitmq_files() {
    owned_dir "$RMQ_DIR" "$RMQ_OWNER" 0700
    owned_dir "$RMQ_HOME" "$RMQ_OWNER" 0700
    owned_dir "$RABBITMQ_MNESIA_BASE" "$RMQ_OWNER" 0700
    owned_dir "$RABBITMQ_LOG_BASE" "$RMQ_OWNER" 0700

    # Rewritten on every start so a changed KHUB_RABBITMQ_PORT takes effect.
    cat >"$RABBITMQ_CONFIG_FILE" <<EOF
# Generated by ops/services/start.sh - edits are overwritten.
# Loopback only; guest may only log in from localhost (and is deleted anyway).
listeners.tcp.default = 127.0.0.1:$RMQ_PORT
loopback_users.guest = true
# Pinned (not relative to RAM) so a small CI disk cannot trip the disk alarm,
# which would silently block all publishers.
disk_free_limit.absolute = 50MB
log.file.level = info
log.console = false
EOF
    # No plugins (management UI etc.): faster boot, no extra ports.
    echo '[].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
    # Empty on purpose: shadows /etc/rabbitmq/rabbitmq-env.conf.
    echo '# Intentionally empty, see ops/services/rabbitmq-env.sh' >"$RABBITMQ_CONF_ENV_FILE"

    # Our own Erlang cookie; created once, kept across restarts (a node and
    # its CLI must share it). Erlang insists on mode 0400/0600.
    if [[ ! -s "$RMQ_HOME/.erlang.cookie" ]]; then
        (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$RMQ_HOME/.erlang.cookie")
        chmod 0400 "$RMQ_HOME/.erlang.cookie"
    fi
    touch "$RMQ_STARTUP_LOG"
    chown "$RMQ_OWNER:" "$RABBITMQ_CONFIG_FILE" "$RABBITMQ_ENABLED_PLUGINS_FILE" \
        "$RABBITMQ_CONF_ENV_FILE" "$RMQ_HOME/.erlang.cookie" "$RMQ_STARTUP_LOG"
}

launch_rabbitmq() {
    if [[ -n "$(khub_rmq_beam_pids)" ]]; then
        # Refuse to hand out settings the running node does not have.
        if [[ -f "$RMQ_SETTINGS" && "$(cat "$RMQ_SETTINGS")" != "$(khub_rmq_settings)" ]]; then
            khub_die "a RabbitMQ node with other settings already runs from $KHUB_STATE_DIR ($(tr '\n' ' ' <"$RMQ_SETTINGS")); run ops/services/stop.sh first"
        fi
        khub_log "RabbitMQ node $RABBITMQ_NODENAME already running"
        return 0
    fi
    write_rabbitmq_files
    local port
    for port in "$RMQ_PORT" "$RMQ_DIST_PORT"; do
        if khub_port_open "$port"; then
            khub_die "port 127.0.0.1:$port is already in use by another process; set KHUB_RABBITMQ_PORT / KHUB_RABBITMQ_DIST_PORT"
        fi
    done
    khub_log "starting RabbitMQ node $RABBITMQ_NODENAME on 127.0.0.1:$RMQ_PORT"
    echo "=== start.sh launch $(date -Is) ===" >>"$RMQ_STARTUP_LOG"
    # Backgrounded rather than -detached: -detached makes erl fork away and
    # hides early boot errors; this way they land in startup.log.
    # khub_daemon (setsid) + nohup: survive the calling shell and ignore its
    # Ctrl-C/hangup. Same HOME and tag as khub_rmq_run.
    khub_daemon "$RMQ_OWNER" "$RMQ_DIR" env HOME="$RMQ_HOME" KHUB_SERVICE_TAG="$RMQ_DIR" \
        nohup "$RMQ_SBIN/rabbitmq-server" >>"$RMQ_STARTUP_LOG" 2>&1 </dev/null &
    # Not waiting on it here: PostgreSQL starts while the broker boots.
}

rabbitmq_fail() {
    khub_tail_log "$RMQ_STARTUP_LOG"
    khub_tail_log "$RMQ_LOG_FILE"
    khub_die "$*"
}

wait_rabbitmq() {
    local deadline=$((SECONDS + KHUB_TIMEOUT)) remaining
    # await_startup fails at once while the node is not yet registered with
    # epmd, so retry it until the deadline; bail out early if the VM died.
    while :; do
        if [[ -z "$(khub_rmq_beam_pids)" ]]; then
            sleep 1 # the VM may have been between exec()s; look once more
            [[ -n "$(khub_rmq_beam_pids)" ]] || rabbitmq_fail "RabbitMQ node $RABBITMQ_NODENAME exited during startup"
        fi
        remaining=$((deadline - SECONDS))
        ((remaining > 0)) || rabbitmq_fail "RabbitMQ node $RABBITMQ_NODENAME not up after ${KHUB_TIMEOUT}s"
        if khub_rabbitmqctl_t "$remaining" await_startup --timeout "$remaining" >/dev/null 2>&1; then
            break
        fi
        sleep 1
    done
    # await_startup means the app booted; also insist AMQP accepts TCP.
    until khub_port_open "$RMQ_PORT"; do
        ((SECONDS < deadline)) || rabbitmq_fail "RabbitMQ booted but 127.0.0.1:$RMQ_PORT does not accept connections"
        sleep 0.5
    done
}

configure_rabbitmq() {
    local t=$KHUB_TIMEOUT vhosts users
    # Query first and change only what is missing instead of parsing
    # "already exists" errors, whose wording changes between versions.
    vhosts=$(khub_rabbitmqctl_t "$t" list_vhosts --quiet --no-table-headers) \
        || rabbitmq_fail "rabbitmqctl list_vhosts failed"
    if ! grep -qxF "$RMQ_VHOST" <<<"$vhosts"; then
        khub_rabbitmqctl_t "$t" add_vhost "$RMQ_VHOST" >/dev/null
    fi

    users=$(khub_rabbitmqctl_t "$t" list_users --quiet --no-table-headers | awk '{print $1}') \
        || rabbitmq_fail "rabbitmqctl list_users failed"
    # Passwords go through stdin, not argv: argv is visible in `ps`.
    if grep -qxF "$RMQ_USER" <<<"$users"; then
        # Re-apply so a changed KHUB_RABBITMQ_PASSWORD takes effect.
        printf '%s\n' "$RMQ_PASSWORD" | khub_rabbitmqctl_t "$t" change_password "$RMQ_USER" >/dev/null
    else
        printf '%s\n' "$RMQ_PASSWORD" | khub_rabbitmqctl_t "$t" add_user "$RMQ_USER" >/dev/null
    fi
    # $RMQ_USER is the TEST HARNESS's broker administrator (taps, raw publishes,
    # vhosts per test class); production has no such user. The hub's own
    # processes log in as the least-privilege service users below.
    khub_rabbitmqctl_t "$t" set_permissions -p "$RMQ_VHOST" "$RMQ_USER" '.*' '.*' '.*' >/dev/null
    khub_rmq_settings >"$RMQ_SETTINGS"
    # One user per service with the production permissions (ops/rabbitmq);
    # it also removes guest.
    RABBITMQCTL="$KHUB_OPS_SERVICES/rabbitmqctl.sh" RABBITMQCTL_TIMEOUT="$t" \
        KHUB_RABBITMQ_API_PASSWORD="$RMQ_API_PASSWORD" KHUB_RABBITMQ_WORKER_PASSWORD="$RMQ_WORKER_PASSWORD" \
        KHUB_RABBITMQ_GATEWAY_PASSWORD="$RMQ_GATEWAY_PASSWORD" KHUB_RABBITMQ_ADMIN_PASSWORD="$RMQ_ADMIN_PASSWORD" \
        bash "$KHUB_OPS_SERVICES/../rabbitmq/apply-definitions.sh" >/dev/null \
        || rabbitmq_fail "ops/rabbitmq/apply-definitions.sh failed"
    khub_log "RabbitMQ ready: vhost $RMQ_VHOST, users $RMQ_USER (test harness), khub-api, khub-worker, khub-gateway, khub-admin ($((SECONDS - T0))s)"
}

# --- env file -------------------------------------------------------------------

# Single-quoted values: valid for `source` and trivial for other readers
# (a C# test may parse the file instead of inheriting the environment).
env_line() {
    local value=${2//\'/\'\\\'\'}
    printf "export %s='%s'\n" "$1" "$value"
}

write_env_file() {
    local env_file="$KHUB_STATE_DIR/env" tmp
    tmp=$(mktemp "$KHUB_STATE_DIR/env.XXXXXX")
    {
        echo "# Generated by ops/services/start.sh at $(date -Is); source it."
        env_line KHUB_TEST_SERVICES_DIR "$KHUB_STATE_DIR"
        env_line KHUB_TEST_RABBITMQ_HOST 127.0.0.1
        env_line KHUB_TEST_RABBITMQ_PORT "$RMQ_PORT"
        env_line KHUB_TEST_RABBITMQ_VHOST "$RMQ_VHOST"
        env_line KHUB_TEST_RABBITMQ_USER "$RMQ_USER"
        env_line KHUB_TEST_RABBITMQ_PASSWORD "$RMQ_PASSWORD"
        env_line KHUB_TEST_RABBITMQ_NODENAME "$RABBITMQ_NODENAME"
        env_line KHUB_TEST_RABBITMQCTL "$KHUB_OPS_SERVICES/rabbitmqctl.sh"
        env_line KHUB_TEST_POSTGRES "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres"
        # Least-privilege identities of the hub's own processes (see ops/rabbitmq, ops/postgres).
        env_line KHUB_TEST_RABBITMQ_API_USER khub-api
        env_line KHUB_TEST_RABBITMQ_API_PASSWORD "$RMQ_API_PASSWORD"
        env_line KHUB_TEST_RABBITMQ_WORKER_USER khub-worker
        env_line KHUB_TEST_RABBITMQ_WORKER_PASSWORD "$RMQ_WORKER_PASSWORD"
        env_line KHUB_TEST_RABBITMQ_GATEWAY_USER khub-gateway
        env_line KHUB_TEST_RABBITMQ_GATEWAY_PASSWORD "$RMQ_GATEWAY_PASSWORD"
        env_line KHUB_TEST_RABBITMQ_ADMIN_USER khub-admin
        env_line KHUB_TEST_RABBITMQ_ADMIN_PASSWORD "$RMQ_ADMIN_PASSWORD"
        env_line KHUB_TEST_POSTGRES_APP_USER khub_app
        env_line KHUB_TEST_POSTGRES_APP_PASSWORD "$PG_APP_PASSWORD"
        env_line KHUB_TEST_POSTGRES_MIGRATOR_USER khub_migrator
        env_line KHUB_TEST_POSTGRES_MIGRATOR_PASSWORD "$PG_MIGRATOR_PASSWORD"
    } >"$tmp"
    chmod 0600 "$tmp" # contains passwords
    mv -f "$tmp" "$env_file" # atomic: readers never see half a file
    khub_log "wrote $env_file"
}

# --- main -----------------------------------------------------------------------

prepare_state_dir
launch_rabbitmq
start_postgres
wait_rabbitmq
configure_rabbitmq
write_env_file
khub_log "services up in $((SECONDS - T0))s (state: $KHUB_STATE_DIR)"
