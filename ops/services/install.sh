#!/usr/bin/env bash
# Make sure the service binaries the tests need are on this machine.
#  - RabbitMQ: installed from Debian via apt-get if missing (fresh CI boxes
#    do not have it). Idempotent: a no-op when it is already installed.
#  - PostgreSQL 15: only checked; it is part of the machine image.
set -euo pipefail

# shellcheck source=ops/services/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rabbitmq_installed() {
    # Check both: the package may be half-installed (dpkg status not "ii")
    # even though the binary exists, or vice versa.
    command -v rabbitmq-server >/dev/null 2>&1 || [[ -x /usr/sbin/rabbitmq-server ]] || return 1
    [[ "$(dpkg-query -W -f='${Status}' rabbitmq-server 2>/dev/null)" == *"install ok installed"* ]]
}

install_rabbitmq() {
    if rabbitmq_installed; then
        khub_log "rabbitmq-server already installed ($(dpkg-query -W -f='${Version}' rabbitmq-server))"
        return 0
    fi
    [[ $EUID -eq 0 ]] || khub_die "rabbitmq-server is not installed and we are not root; run: sudo apt-get install -y rabbitmq-server"

    khub_log "installing rabbitmq-server via apt-get"
    export DEBIAN_FRONTEND=noninteractive
    # apt/dpkg chatter goes to a log that is shown only on failure.
    local apt_log
    apt_log=$(mktemp /tmp/khub-apt.XXXXXX.log)
    # Wait for the dpkg lock instead of failing when another apt runs
    # (unattended upgrades, a parallel CI step).
    local apt_opts=(-y -q -o DPkg::Lock::Timeout=300)
    # Fresh images often ship without package lists: only then pay for an
    # `apt-get update` (it is the slow part).
    # (Output captured, not piped into grep -q: with pipefail, grep -q
    # quitting early SIGPIPEs apt-cache and the test would always fail.)
    if [[ "$(apt-cache policy rabbitmq-server 2>/dev/null)" != *"Candidate: "[0-9]* ]]; then
        apt-get "${apt_opts[@]}" update >>"$apt_log" 2>&1 \
            || { khub_tail_log "$apt_log"; khub_die "apt-get update failed (full log: $apt_log)"; }
    fi
    # The package postinst tries to start a service; without systemd,
    # policy-rc.d (or the missing init) prevents that, which is what we want:
    # start.sh runs our own private node instead.
    apt-get "${apt_opts[@]}" install --no-install-recommends rabbitmq-server >>"$apt_log" 2>&1 \
        || { khub_tail_log "$apt_log"; khub_die "apt-get install rabbitmq-server failed (full log: $apt_log)"; }
    rabbitmq_installed || khub_die "apt-get finished but rabbitmq-server is still not installed (log: $apt_log)"
    rm -f "$apt_log"
    khub_log "installed rabbitmq-server $(dpkg-query -W -f='${Version}' rabbitmq-server)"
}

check_postgres() {
    local bin
    for bin in initdb pg_ctl postgres pg_isready; do
        [[ -x "$PG_BIN/$bin" ]] || khub_die "PostgreSQL binary '$PG_BIN/$bin' not found. Install postgresql-15 (apt-get install -y postgresql-15) or set KHUB_POSTGRES_BIN to the directory holding initdb/pg_ctl/postgres/pg_isready."
    done
    command -v psql >/dev/null 2>&1 || [[ -x "$PG_BIN/psql" ]] \
        || khub_die "psql not found (needed to set the postgres password); install postgresql-client-15"
    if [[ $EUID -eq 0 ]]; then
        id -u postgres >/dev/null 2>&1 || khub_die "OS user 'postgres' is missing (postgres refuses to run as root)"
    fi
    khub_log "PostgreSQL binaries found in $PG_BIN ($("$PG_BIN/postgres" --version))"
}

install_rabbitmq
check_postgres
