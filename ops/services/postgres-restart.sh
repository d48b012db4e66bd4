#!/usr/bin/env bash
# Restart OUR test PostgreSQL cluster (the one start.sh started) with `pg_ctl restart -m fast`: open transactions
# are rolled back and every client is disconnected, as in a real database restart. Used by the fault suite
# (tests/KommunHubben.Tests.Faults); the cluster keeps its data, port and settings (pg_ctl reuses postmaster.opts).
# Finds the cluster from KHUB_SERVICES_DIR or KHUB_TEST_SERVICES_DIR (the env file start.sh writes).
set -euo pipefail

# shellcheck source=ops/services/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[[ -s "$PG_DATA/PG_VERSION" ]] || khub_die "no PostgreSQL cluster in $PG_DATA; run ops/services/start.sh first"
khub_as "$PG_OWNER" / "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1 || khub_die "PostgreSQL in $PG_DATA is not running"

# Same way start.sh launches it: as the cluster owner, tagged for stop.sh, in its own session, logging to PG_LOG.
khub_daemon "$PG_OWNER" "$PG_RUN" env KHUB_SERVICE_TAG="$PG_DATA" \
    "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -m fast -w -t "$KHUB_TIMEOUT" restart >"$PG_RUN/pg_ctl.log" 2>&1 \
    || { khub_tail_log "$PG_RUN/pg_ctl.log"; khub_die "pg_ctl restart failed"; }
khub_log "PostgreSQL restarted ($PG_DATA)"
