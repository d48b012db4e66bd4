# shellcheck shell=bash disable=SC2034 # (vars are used by the scripts that source this)
# Shared settings and helpers for ops/services/*.sh.
# This file is SOURCED (never executed) so that install/start/stop and the
# rabbitmqctl wrapper all agree on paths, ports and users.
#
# Every knob is an environment variable with a default, so CI and developers
# can run a second copy side by side without editing files:
#   KHUB_SERVICES_DIR        state dir for data + logs   (/tmp/kommunhubben-services)
#   KHUB_RABBITMQ_PORT       AMQP port                   (5673, not 5672: leave a system broker alone)
#   KHUB_RABBITMQ_DIST_PORT  Erlang distribution port    (25673)
#   KHUB_RABBITMQ_EPMD_PORT  private epmd port           (24369, not 4369: see rabbitmq-env.sh)
#   KHUB_RABBITMQ_PASSWORD   password of AMQP user khub  (khub-test-secret)
#   KHUB_POSTGRES_PORT       PostgreSQL TCP port         (25432; every default port here is below Linux's
#                            ephemeral range, 32768-60999, so no outgoing connection can be holding it)
#   KHUB_POSTGRES_PASSWORD   password of role postgres   (khub-test-secret)
#   KHUB_POSTGRES_BIN        PostgreSQL binaries         (/usr/lib/postgresql/15/bin)
#   KHUB_SERVICES_TIMEOUT    seconds to wait per server  (60)

# Guard against double sourcing (rabbitmq-env.sh sources this too).
if [[ -n "${KHUB_COMMON_LOADED:-}" ]]; then
    return 0
fi
KHUB_COMMON_LOADED=1

# Resolve paths from this file's own location so callers may run the scripts
# from any working directory (start.sh writes this path into the env file).
KHUB_OPS_SERVICES=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

# KHUB_TEST_SERVICES_DIR is the name tests see (from <state>/env); honour it
# as a fallback so the rabbitmqctl wrapper finds the right node when a test
# process only has the env file's variables.
KHUB_STATE_DIR=${KHUB_SERVICES_DIR:-${KHUB_TEST_SERVICES_DIR:-/tmp/kommunhubben-services}}
KHUB_TIMEOUT=${KHUB_SERVICES_TIMEOUT:-60}

# pg_ctl passes -o options through /bin/sh and rabbitmq.conf has no quoting,
# so a state dir with spaces/quotes would break in subtle ways: refuse it.
case "$KHUB_STATE_DIR" in
    /*) ;;
    *) KHUB_STATE_DIR="$PWD/$KHUB_STATE_DIR" ;;
esac
_khub_bad_chars='[[:space:]"'\''`$\\]'
if [[ "$KHUB_STATE_DIR" =~ $_khub_bad_chars ]]; then
    echo "ERROR: KHUB_SERVICES_DIR must not contain spaces, quotes or shell metacharacters: '$KHUB_STATE_DIR'" >&2
    exit 1
fi

# --- PostgreSQL -------------------------------------------------------------
PG_BIN=${KHUB_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${KHUB_POSTGRES_PORT:-25432}
PG_PASSWORD=${KHUB_POSTGRES_PASSWORD:-khub-test-secret}
PG_DATA="$KHUB_STATE_DIR/pg"          # the cluster (initdb target)
PG_RUN="$KHUB_STATE_DIR/pg-run"       # unix socket + server log (must be owned by the pg user)
PG_LOG="$PG_RUN/postgres.log"

# --- RabbitMQ (ports only; everything else lives in rabbitmq-env.sh) -------
RMQ_PORT=${KHUB_RABBITMQ_PORT:-5673}
RMQ_DIST_PORT=${KHUB_RABBITMQ_DIST_PORT:-25673}
RMQ_EPMD_PORT=${KHUB_RABBITMQ_EPMD_PORT:-24369}
RMQ_PASSWORD=${KHUB_RABBITMQ_PASSWORD:-khub-test-secret}
RMQ_DIR="$KHUB_STATE_DIR/rabbitmq"

# postgres refuses to run as root, and Debian's RabbitMQ is meant to run as
# its own user, so when we are root we drop to the packaged service users.
# When not root (a developer box without sudo) everything runs as the caller.
if [[ $EUID -eq 0 ]]; then
    PG_OWNER=postgres
    RMQ_OWNER=rabbitmq
else
    PG_OWNER=$(id -un)
    RMQ_OWNER=$(id -un)
fi

khub_log() {
    printf '[%s] %s\n' "$(basename "$0")" "$*"
}

khub_die() {
    printf '[%s] ERROR: %s\n' "$(basename "$0")" "$*" >&2
    exit 1
}

# Run a command as a service user. runuser (not su) because it needs no PAM
# session/password and keeps our exported variables; `cd` first because the
# service user usually cannot read root's cwd (initdb, pg_ctl and erl all
# complain or fail when the cwd is unreadable).
khub_as() {
    local user=$1 dir=$2
    shift 2
    (
        cd "$dir" 2>/dev/null || cd /
        if [[ $EUID -eq 0 && "$user" != root ]]; then
            exec runuser -u "$user" -- "$@"
        else
            exec "$@"
        fi
    )
}

# Like khub_as, but in a new session (setsid) and with setsid/runuser as the
# outermost process. Reason: runuser stays alive as the parent of the server
# and, on Ctrl-C in the terminal, would SIGTERM and then SIGKILL it
# ("Session terminated, killing shell..."). In its own session neither the
# server nor runuser sees terminal signals; stop.sh shuts the server down.
khub_daemon() {
    local user=$1 dir=$2
    shift 2
    (
        cd "$dir" 2>/dev/null || cd /
        if [[ $EUID -eq 0 && "$user" != root ]]; then
            exec setsid -w runuser -u "$user" -- "$@"
        else
            exec setsid -w "$@"
        fi
    )
}

# True if something accepts TCP connections on 127.0.0.1:$1. Uses bash's
# /dev/tcp so it works on minimal images without ss/nc.
khub_port_open() {
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Print the last lines of a log file (if any) to stderr, for timeouts.
khub_tail_log() {
    local file=$1
    if [[ -f "$file" ]]; then
        echo "----- last 40 lines of $file -----" >&2
        tail -n 40 "$file" >&2 || true
        echo "----- end of $file -----" >&2
    else
        echo "(no log file at $file)" >&2
    fi
}

# PIDs of live processes whose environment contains KHUB_SERVICE_TAG=$1.
# start.sh tags every process it launches this way (beam, epmd, children
# inherit it), so stop.sh can find exactly "our" processes and nothing else,
# even when the pid file is gone or the node no longer answers.
khub_tagged_pids() {
    # Read into a variable and match in bash instead of `tr | grep -q`: with
    # pipefail, grep -q exiting early can SIGPIPE tr and hide a match.
    local tag="KHUB_SERVICE_TAG=$1" env_file pid environ
    for env_file in /proc/[0-9]*/environ; do
        pid=${env_file#/proc/}
        pid=${pid%/environ}
        environ=$(tr '\0' '\n' 2>/dev/null <"$env_file") || continue
        if [[ $'\n'"$environ"$'\n' == *$'\n'"$tag"$'\n'* ]]; then
            echo "$pid"
        fi
    done
    return 0
}
