# shellcheck shell=bash disable=SC2034 # (vars are used by the scripts that source this)
# Environment for OUR RabbitMQ node (khub-test@localhost). SOURCED by
# start.sh, stop.sh and rabbitmqctl.sh: the server and every rabbitmqctl call
# must see the same node name, epmd port and HOME (=> Erlang cookie), or the
# CLI cannot reach the node ("unable to connect ... cookie mismatch / nxdomain").

# shellcheck source=ops/services/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Call the real scripts, NOT /usr/sbin/rabbitmq-server|rabbitmqctl: Debian's
# /usr/sbin wrappers `cd /var/lib/rabbitmq` and, as root, re-run themselves
# via `su rabbitmq`, which resets HOME (=> the system cookie, not ours) and
# sends startup output to /var/log/rabbitmq.
RMQ_SBIN=${KHUB_RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}

RMQ_NODENAME=${KHUB_RABBITMQ_NODENAME:-khub-test@localhost}

# What start.sh actually started (node name and ports) is recorded in the
# state dir. stop.sh and rabbitmqctl.sh prefer the record, so they reach the
# running node even when called with a different environment than start.sh
# had (e.g. a test process that only sourced <state>/env). start.sh sets
# KHUB_RMQ_USE_ENV=1: it starts what the environment asks for.
RMQ_SETTINGS="$KHUB_STATE_DIR/rabbitmq.settings"
if [[ "${KHUB_RMQ_USE_ENV:-}" != 1 && -f "$RMQ_SETTINGS" ]]; then
    # Parsed, not sourced: only known keys with validated values.
    while IFS='=' read -r key value; do
        case "$key" in
            nodename) if [[ "$value" =~ ^[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]+$ ]]; then RMQ_NODENAME=$value; fi ;;
            amqp_port) if [[ "$value" =~ ^[0-9]+$ ]]; then RMQ_PORT=$value; fi ;;
            dist_port) if [[ "$value" =~ ^[0-9]+$ ]]; then RMQ_DIST_PORT=$value; fi ;;
            epmd_port) if [[ "$value" =~ ^[0-9]+$ ]]; then RMQ_EPMD_PORT=$value; fi ;;
        esac
    done <"$RMQ_SETTINGS"
    unset key value
fi

# Print the record format (start.sh writes it after a successful start).
khub_rmq_settings() {
    printf 'nodename=%s\namqp_port=%s\ndist_port=%s\nepmd_port=%s\n' \
        "$RMQ_NODENAME" "$RMQ_PORT" "$RMQ_DIST_PORT" "$RMQ_EPMD_PORT"
}

export RABBITMQ_NODENAME=$RMQ_NODENAME
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$RMQ_PORT
export RABBITMQ_DIST_PORT=$RMQ_DIST_PORT

# epmd (Erlang's port mapper) is shared by every Erlang node on the host.
# Ours listens on loopback only and on a private port, so (a) it is not
# reachable from the network and (b) stop.sh may kill it without breaking a
# system RabbitMQ or other Erlang apps that use the default 4369.
export ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_PORT=$RMQ_EPMD_PORT

# Keep every file inside the state dir. RABBITMQ_CONF_ENV_FILE and
# RABBITMQ_ADVANCED_CONFIG_FILE point into the state dir too, otherwise
# /etc/rabbitmq/rabbitmq-env.conf / advanced.config of the host would leak in.
export RABBITMQ_CONF_ENV_FILE="$RMQ_DIR/rabbitmq-env.conf"
export RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
export RABBITMQ_ADVANCED_CONFIG_FILE="$RMQ_DIR/advanced.config"
export RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
export RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
export RABBITMQ_LOG_BASE="$RMQ_DIR/log"
export RABBITMQ_PID_FILE="$RMQ_DIR/rabbitmq.pid"

# Bind the Erlang distribution listener (server and CLI) to loopback as well;
# RABBITMQ_NODE_IP_ADDRESS only covers AMQP. The CLI's own distribution port
# range is moved next to ours so it does not collide with a system broker's
# CLI range (35672-35682), and kept below Linux's ephemeral range (32768-60999),
# where any outgoing connection of the suite may be holding a port.
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_CTL_DIST_PORT_MIN=$((RMQ_DIST_PORT + 1000))
export RABBITMQ_CTL_DIST_PORT_MAX=$((RMQ_DIST_PORT + 1010))

# HOME decides where Erlang reads .erlang.cookie. A private HOME gives our
# node (and our CLI calls) their own cookie instead of the system one.
RMQ_HOME="$RMQ_DIR/home"
RMQ_LOG_FILE="$RABBITMQ_LOG_BASE/$RABBITMQ_NODENAME.log"
RMQ_STARTUP_LOG="$RABBITMQ_LOG_BASE/startup.log"

# Run a RabbitMQ command as the broker's OS user with the private HOME.
# KHUB_SERVICE_TAG marks the process (and everything it spawns, notably
# epmd) as ours, so stop.sh can find leftovers precisely (see common.sh).
khub_rmq_run() {
    khub_as "$RMQ_OWNER" "$RMQ_DIR" env HOME="$RMQ_HOME" KHUB_SERVICE_TAG="$RMQ_DIR" "$@"
}

# rabbitmqctl against our node only, unbounded (the caller decides).
khub_rabbitmqctl() {
    khub_rmq_run "$RMQ_SBIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"
}

# Same, but killed after $1 seconds: ops scripts must never hang forever on
# an Erlang node that does not answer.
khub_rabbitmqctl_t() {
    local seconds=$1
    shift
    khub_rmq_run timeout "$seconds" "$RMQ_SBIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"
}

# PIDs of our broker's Erlang VM (not epmd/CLI/helpers), if it is running.
khub_rmq_beam_pids() {
    local pid
    for pid in $(khub_tagged_pids "$RMQ_DIR"); do
        [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == beam* ]] || continue
        # A CLI call is a beam too; the server is the one with "-s rabbit boot".
        local cmdline
        cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || continue
        [[ "$cmdline" == *"-s rabbit boot"* ]] && echo "$pid"
    done
    return 0
}
