#!/usr/bin/env bash
# Proves a rabbitmq.conf is accepted by RabbitMQ itself: boots a throwaway node with it (and rabbitmq_management
# enabled, so management.* keys are known), prints the node's listeners, and stops it. Exit 0 = the node booted;
# non-zero = RabbitMQ refused the file (its own error is printed). Nothing of the node survives.
#
#   bash ops/rabbitmq/check-config.sh <rabbitmq.conf> <amqps-port> <management-port> <dist-port> <epmd-port>
#
# Ports and TLS files are the only things replaced, through a conf.d file loaded after the checked one (RabbitMQ
# merges RABBITMQ_CONFIG_FILES in order, later keys win): a self-signed CA and server certificate made here, so the
# example's real certificate paths need not exist on the test machine.
set -euo pipefail

(($# == 5)) || { echo "usage: $0 <rabbitmq.conf> <amqps-port> <management-port> <dist-port> <epmd-port>" >&2; exit 2; }
conf=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
[[ -f "$conf" ]] || { echo "no such file: $1" >&2; exit 2; }
amqps_port=$2 mgmt_port=$3

state=$(mktemp -d /tmp/khub-rmq-check.XXXXXX)
chmod 0755 "$state"
export KHUB_SERVICES_DIR="$state" KHUB_RABBITMQ_PORT=$amqps_port KHUB_RABBITMQ_DIST_PORT=$4 KHUB_RABBITMQ_EPMD_PORT=$5
export KHUB_RABBITMQ_NODENAME="khub-check-$$@localhost"
# shellcheck source=ops/services/rabbitmq-env.sh
KHUB_RMQ_USE_ENV=1 source "$(dirname "${BASH_SOURCE[0]}")/../services/rabbitmq-env.sh"

cleanup() {
    khub_rabbitmqctl_t 30 stop >/dev/null 2>&1 || true
    epmd -port "$RMQ_EPMD_PORT" -kill >/dev/null 2>&1 || true
    local pids
    pids=$(khub_tagged_pids "$RMQ_DIR")
    # shellcheck disable=SC2086
    [[ -z "$pids" ]] || kill -KILL $pids 2>/dev/null || true
    rm -rf -- "$state"
}
trap cleanup EXIT

mkdir -p "$RMQ_DIR/conf.d" "$RMQ_DIR/tls" "$RMQ_HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
cp "$conf" "$RMQ_DIR/conf.d/10-checked.conf"
tls="$RMQ_DIR/tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=khub-check-ca" \
    -keyout "$tls/ca-key.pem" -out "$tls/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tls/server-key.pem" -out "$tls/server.csr" >/dev/null 2>&1
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca-key.pem" -CAcreateserial -days 1 \
    -out "$tls/server.pem" >/dev/null 2>&1
cat >"$RMQ_DIR/conf.d/90-check-overrides.conf" <<CONF
listeners.ssl.default = 127.0.0.1:$amqps_port
management.tcp.port = $mgmt_port
ssl_options.cacertfile = $tls/ca.pem
ssl_options.certfile = $tls/server.pem
ssl_options.keyfile = $tls/server-key.pem
disk_free_limit.absolute = 10MB
CONF
echo '[rabbitmq_management].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
: >"$RABBITMQ_CONF_ENV_FILE"
(umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$RMQ_HOME/.erlang.cookie")
chmod 0400 "$RMQ_HOME/.erlang.cookie"
chown -R "$RMQ_OWNER:" "$state"

# The checked file set replaces start.sh's generated rabbitmq.conf.
unset RABBITMQ_CONFIG_FILE
export RABBITMQ_CONFIG_FILES="$RMQ_DIR/conf.d"
log="$RABBITMQ_LOG_BASE/startup.log"
khub_daemon "$RMQ_OWNER" "$RMQ_DIR" env HOME="$RMQ_HOME" KHUB_SERVICE_TAG="$RMQ_DIR" \
    "$RMQ_SBIN/rabbitmq-server" >"$log" 2>&1 </dev/null &
server=$!

deadline=$((SECONDS + ${KHUB_SERVICES_TIMEOUT:-90}))
until khub_rabbitmqctl_t 10 await_startup --timeout 10 >/dev/null 2>&1; do
    if ! kill -0 "$server" 2>/dev/null; then
        echo "RabbitMQ refused $1:" >&2
        # Cuttlefish names the bad key or value near the top; the crash report that follows says little.
        grep -iE -m 8 "conf|cuttlefish|unknown|invalid|error:" "$log" >&2 || tail -n 25 "$log" >&2
        exit 1
    fi
    if ((SECONDS >= deadline)); then
        echo "RabbitMQ did not boot with $1 in time:" >&2
        tail -n 25 "$log" >&2
        exit 1
    fi
    sleep 1
done
khub_rmq_run "$RMQ_SBIN/rabbitmq-diagnostics" -n "$RABBITMQ_NODENAME" --quiet listeners
# RabbitMQ 3.10 reports a web listener's address as [::] whatever it is bound to (rabbitmq-server#8242), so also show
# the sockets the kernel really has for the management port: "socket <local address:port>".
ss -Hltn "sport = :$mgmt_port" | awk '{print "socket " $4}'
