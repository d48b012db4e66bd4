#!/usr/bin/env bash
# THE benchmark command (README "Benchmarks"):
#
#   bash ops/benchmark.sh
#
# Starts private RabbitMQ + PostgreSQL (ops/services/start.sh, fresh state), builds Release, runs
# tests/KommunHubben.Benchmarks, and stops the servers. Writes artifacts/benchmarks/results.json and results.md.
# Honours the same KHUB_* variables as ops/test.sh (ports, state dir). KHUB_BENCH_QUICK=1 runs every part with
# small numbers (a minute or two) to check the benchmark itself; the full run takes about 10 minutes on 2 cores.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SERVICES="$REPO_ROOT/ops/services"
cd "$REPO_ROOT"
export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}
export DOTNET_CLI_TELEMETRY_OPTOUT=${DOTNET_CLI_TELEMETRY_OPTOUT:-1}

log() { printf '[benchmark.sh] %s\n' "$*"; }

started=0
cleanup() {
    if ((started)); then
        started=0
        bash "$SERVICES/stop.sh" --purge || log "WARNING: ops/services/stop.sh failed"
    fi
    dotnet build-server shutdown >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v dotnet >/dev/null 2>&1 || { log "ERROR: dotnet not found on PATH"; exit 1; }

bash "$SERVICES/stop.sh" --purge
started=1
# pg_stat_statements: the SQL statements per case and the statements that cost the database most.
KHUB_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" bash "$SERVICES/start.sh"
# shellcheck source=/dev/null
source "${KHUB_SERVICES_DIR:-/tmp/kommunhubben-services}/env"

log "dotnet build KommunHubben.sln -c Release"
dotnet build KommunHubben.sln -c Release
log "running the benchmark"
dotnet "artifacts/bin/KommunHubben.Benchmarks/release/KommunHubben.Benchmarks.dll"
log "results: artifacts/benchmarks/results.json, artifacts/benchmarks/results.md"
