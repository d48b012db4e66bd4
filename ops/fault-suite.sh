#!/usr/bin/env bash
# The fault suite at full load: every scenario of tests/KommunHubben.Tests.Faults with KHUB_FAULT_CASES cases
# (default 1000) through the whole lifecycle, one scenario at a time, on private RabbitMQ + PostgreSQL
# (ops/services, same variables as ops/test.sh). Writes the table to artifacts/fault-suite/results.md.
#
#   bash ops/fault-suite.sh            # 1000 cases per scenario
#   KHUB_FAULT_CASES=300 bash ops/fault-suite.sh
#
# ops/test.sh runs the same project with a reduced load (100 cases per scenario).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$REPO_ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export KHUB_FAULT_CASES=${KHUB_FAULT_CASES:-1000}
OUT_DIR="$REPO_ROOT/artifacts/fault-suite"
export KHUB_FAULT_RESULTS="$OUT_DIR/results.md"
export KHUB_TEST_LOG_DIR="$OUT_DIR/logs"

started=0
cleanup() { ((started)) && bash ops/services/stop.sh || true; }
trap cleanup EXIT

bash ops/services/stop.sh --purge
started=1
bash ops/services/start.sh
# shellcheck source=/dev/null
source "${KHUB_SERVICES_DIR:-/tmp/kommunhubben-services}/env"

rm -rf "$OUT_DIR" && mkdir -p "$OUT_DIR"
{
    echo "# Fault suite, $KHUB_FAULT_CASES cases per scenario"
    echo
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GB RAM, commit $(git rev-parse --short HEAD)."
    echo
} >"$KHUB_FAULT_RESULTS"

dotnet build KommunHubben.sln -c Release
status=0
dotnet test tests/KommunHubben.Tests.Faults -c Release --no-build --logger "console;verbosity=normal" \
    --results-directory "$OUT_DIR" --logger "trx;LogFileName=faults.trx" || status=$?
echo
cat "$KHUB_FAULT_RESULTS"
exit "$status"
