#!/usr/bin/env bash
# The cluster fail-over scenario (tests/…/Scaling/ClusterFailoverTests) N times in a row, with a table of what each
# run lost or duplicated. Each run: a fresh 3-node RabbitMQ cluster (ops/services/cluster.sh), a worker and the API
# configured with all three nodes, 240 cases at a steady pace, node 1 (the hub's node and the queues' leader)
# stopped in the middle, then started again.
#
#   bash ops/cluster-failover.sh          # 10 runs, about 2 minutes each on 2 cores
#   bash ops/cluster-failover.sh 3        # 3 runs
#
# Needs the test servers of ops/services/start.sh for the database (started here, and stopped again, if they are
# not running). CPU heavy: run it on a quiet machine. Writes artifacts/cluster-failover/results.md.
set -euo pipefail

RUNS=${1:-10}
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$REPO_ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
SERVICES_DIR=${KHUB_SERVICES_DIR:-/tmp/kommunhubben-services}
OUT_DIR="$REPO_ROOT/artifacts/cluster-failover"
export KHUB_CLUSTER_FAILOVER_RESULTS="$OUT_DIR/runs.txt"
export KHUB_TEST_LOG_DIR="$OUT_DIR/logs"

started=0
cleanup() { ((started)) && bash ops/services/stop.sh || true; }
trap cleanup EXIT
if [[ ! -f "$SERVICES_DIR/env" ]]; then
    bash ops/services/start.sh
    started=1
fi
# shellcheck source=/dev/null
source "$SERVICES_DIR/env"

rm -rf "$OUT_DIR" && mkdir -p "$OUT_DIR"
[[ "${KHUB_SKIP_BUILD:-0}" == 1 ]] || dotnet build tests/KommunHubben.Tests.Integration

table="$OUT_DIR/results.md"
{
    echo "# Cluster fail-over, $RUNS runs"
    echo
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the start, commit $(git rev-parse --short HEAD)."
    echo
    echo "| run | cases sent | routed | lost | duplicated | routed only after the node returned | seconds from the stop | test |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---|"
} >"$table"

failed=0
for ((run = 1; run <= RUNS; run++)); do
    before=$(wc -l <"$KHUB_CLUSTER_FAILOVER_RESULTS" 2>/dev/null || echo 0)
    outcome=passed
    dotnet test tests/KommunHubben.Tests.Integration --no-build --filter "FullyQualifiedName~ClusterFailoverTests" \
        >"$OUT_DIR/run-$run.log" 2>&1 || { outcome=failed; failed=$((failed + 1)); }
    line=$(tail -n +"$((before + 1))" "$KHUB_CLUSTER_FAILOVER_RESULTS" 2>/dev/null | head -1)
    [[ -n "$line" ]] || line="– | – | – | – | – | –"
    echo "| $run | $line | $outcome |" | tee -a "$table"
done

echo
cat "$table"
((failed == 0))
