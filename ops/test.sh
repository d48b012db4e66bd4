#!/usr/bin/env bash
# THE test command of the project: README and .ci/run call `bash ops/test.sh`.
#
#   bash ops/test.sh [FILTER]
#
# Starts private RabbitMQ + PostgreSQL (ops/services/start.sh, fresh state on
# every run), builds the solution once, runs every test project in tests/
# except benchmarks, and prints as its very last line
#   Tests: P passed, F failed, S skipped
# FILTER (optional, for developers) goes to every `dotnet test --filter`,
# e.g. bash ops/test.sh 'FullyQualifiedName~Personnummer'.
#
# Exit status is non-zero if any dotnet command failed, any test failed, or
# no test passed at all (a run that executes nothing proves nothing).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SERVICES="$REPO_ROOT/ops/services"
RESULTS_DIR="$REPO_ROOT/artifacts/test-results"
SOLUTION=KommunHubben.sln

if (($# > 1)); then
    echo "usage: bash ops/test.sh [FILTER]" >&2
    exit 2
fi
FILTER=${1:-}

log() {
    printf '[test.sh] %s\n' "$*"
}

# Relative paths (solution, tests/*) are relative to the repo root, whatever
# the caller's working directory.
cd "$REPO_ROOT"

# Quieter, non-interactive dotnet on CI (no banner, no telemetry upload).
export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}
export DOTNET_CLI_TELEMETRY_OPTOUT=${DOTNET_CLI_TELEMETRY_OPTOUT:-1}

# --- services lifecycle ---------------------------------------------------------

services_started=0

# Runs on every exit path. Also called explicitly before the summary so that
# the summary stays the last line of output; the flag makes it run once.
cleanup() {
    if ((services_started)); then
        services_started=0
        bash "$SERVICES/stop.sh" || log "WARNING: ops/services/stop.sh failed"
    fi
    # The build leaves MSBuild nodes and the VBCSCompiler server running for
    # minutes; they inherit our stdout, so a CI runner reading our output
    # through a pipe could wait for them. Shut them down.
    if ((dotnet_used)) && command -v dotnet >/dev/null 2>&1; then
        dotnet build-server shutdown >/dev/null 2>&1 || true
    fi
    dotnet_used=0
}
dotnet_used=0
trap cleanup EXIT
# Turn signals into a normal exit so the EXIT trap (stop.sh) runs. bash runs
# these after the foreground child (dotnet, which got the Ctrl-C too) ends.
trap 'exit 130' INT
trap 'exit 143' TERM

start_services() {
    # Fresh state every run: databases, queues and messages left by an
    # earlier (maybe failed) run must not leak into this one. The previous
    # run's logs live until here.
    bash "$SERVICES/stop.sh" --purge
    services_started=1 # set before start.sh: a half-started service must be stopped too
    bash "$SERVICES/start.sh"
    local env_file="${KHUB_SERVICES_DIR:-/tmp/kommunhubben-services}/env"
    [[ -f "$env_file" ]] || { log "ERROR: start.sh did not write $env_file"; exit 1; }
    # Exports KHUB_TEST_* for the test processes (dotnet test inherits them).
    # shellcheck source=/dev/null
    source "$env_file"
}

# === BROWSER (end-to-end tests) ================================================
# On by default: tests/KommunHubben.Tests.Browser drives Debian's chromium with
# Playwright through its executable path, exported as KHUB_TEST_CHROMIUM
# (never a downloaded browser). KHUB_NEEDS_BROWSER=0 skips the install.
KHUB_NEEDS_BROWSER=${KHUB_NEEDS_BROWSER:-1}
ensure_browser() {
    [[ "$KHUB_NEEDS_BROWSER" == 1 ]] || return 0
    if ! command -v chromium >/dev/null 2>&1; then
        [[ $EUID -eq 0 ]] || { log "ERROR: chromium missing and not root: sudo apt-get install -y chromium"; exit 1; }
        log "installing chromium via apt-get"
        export DEBIAN_FRONTEND=noninteractive
        # Captured, not `| grep -q`: with pipefail that SIGPIPEs apt-cache.
        if [[ "$(apt-cache policy chromium 2>/dev/null)" != *"Candidate: "[0-9]* ]]; then
            apt-get update -qq -o DPkg::Lock::Timeout=300
        fi
        apt-get install -y -qq -o DPkg::Lock::Timeout=300 chromium
    fi
    KHUB_TEST_CHROMIUM=$(command -v chromium)
    export KHUB_TEST_CHROMIUM
    log "browser: $KHUB_TEST_CHROMIUM"
}
# ==============================================================================

# === SPREADSHEET (indicator CSV test) ==========================================
# The coordinators' CSV export is checked by converting it headless with
# Debian's LibreOffice Calc (tests/…/Indicators/CsvInLibreOfficeTests). Installed
# once, without recommends (no GUI extras); a machine that has it skips this.
ensure_libreoffice() {
    if ! command -v soffice >/dev/null 2>&1; then
        [[ $EUID -eq 0 ]] || { log "ERROR: LibreOffice missing and not root: sudo apt-get install -y --no-install-recommends libreoffice-calc"; exit 1; }
        log "installing libreoffice-calc via apt-get"
        export DEBIAN_FRONTEND=noninteractive
        if [[ "$(apt-cache policy libreoffice-calc 2>/dev/null)" != *"Candidate: "[0-9]* ]]; then
            apt-get update -qq -o DPkg::Lock::Timeout=300
        fi
        apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends libreoffice-calc
    fi
    log "spreadsheet: $(command -v soffice)"
}

# The register extract's PDF is read back as text with Debian's pdftotext
# (tests/…/RegisterExtracts). poppler-utils is small; a machine that has it skips this.
ensure_pdftotext() {
    if ! command -v pdftotext >/dev/null 2>&1; then
        [[ $EUID -eq 0 ]] || { log "ERROR: pdftotext missing and not root: sudo apt-get install -y poppler-utils"; exit 1; }
        log "installing poppler-utils via apt-get"
        export DEBIAN_FRONTEND=noninteractive
        if [[ "$(apt-cache policy poppler-utils 2>/dev/null)" != *"Candidate: "[0-9]* ]]; then
            apt-get update -qq -o DPkg::Lock::Timeout=300
        fi
        apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends poppler-utils
    fi
    log "pdf text: $(command -v pdftotext)"
}
# ==============================================================================

# --- trx summing ---------------------------------------------------------------

TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0
TRX_PROBLEMS=()

# Value of attribute $2 in the <Counters ...> element text $1 (0 if absent).
counter() {
    local value
    value=$(sed -n "s/.*[[:space:]]$2=\"\([0-9]*\)\".*/\1/p" <<<"$1")
    echo "${value:-0}"
}

# Add the <Counters> of one .trx to the totals. Plain grep/sed (not python)
# because a fresh CI image may lack python3. The element is
#   <Counters total=".." executed=".." passed=".." failed=".." error=".."
#             timeout=".." aborted=".." ... notExecuted=".." ... />
add_trx() {
    local file=$1 counters total executed passed failed
    # Join lines first: some writers put attributes on separate lines.
    counters=$(tr '\r\n' '  ' <"$file" | grep -o '<Counters[[:space:]][^>]*>' || true)
    if [[ -z "$counters" ]]; then
        TRX_PROBLEMS+=("no <Counters> element in $file")
        return 0
    fi
    total=$(counter "$counters" total)
    executed=$(counter "$counters" executed)
    passed=$(counter "$counters" passed)
    # error/timeout/aborted are failures too, just reported differently.
    failed=$(($(counter "$counters" failed) + $(counter "$counters" error) + $(counter "$counters" timeout) + $(counter "$counters" aborted)))
    TOTAL_PASSED=$((TOTAL_PASSED + passed))
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
    # Skipped = not executed ([Fact(Skip=...)] etc.).
    if ((total > executed)); then
        TOTAL_SKIPPED=$((TOTAL_SKIPPED + total - executed))
    fi
    log "$(basename "$file"): total=$total executed=$executed passed=$passed failed=$failed"
}

sum_trx_files() {
    local file
    [[ -d "$RESULTS_DIR" ]] || return 0
    # Every .trx here is from this run: the directory is emptied at start.
    while IFS= read -r -d '' file; do
        add_trx "$file"
    done < <(find "$RESULTS_DIR" -name '*.trx' -type f -print0 | LC_ALL=C sort -z)
}

# --- personal data in logs ------------------------------------------------------

# Every hub process the integration tests start writes its log to $LOG_DIR. After the suite, look there for every
# personnummer the tests use (taken from the test sources, in 10-digit form, with and without "-"/"+"). The hub's
# promise is that none of them is ever logged; this is counted as one test.
LOG_DIR="$REPO_ROOT/artifacts/test-logs"
export KHUB_TEST_LOG_DIR="$LOG_DIR"

scan_logs_for_personnummer() {
    local patterns="$RESULTS_DIR/personnummer-patterns.txt" found
    [[ -d "$LOG_DIR" ]] && compgen -G "$LOG_DIR/*.log" >/dev/null || { log "personnummer scan: no hub logs to scan"; return 0; }
    grep -rhoE '"(19|20)?[0-9]{6}[-+]?[0-9]{4}"' tests/KommunHubben.Tests.Integration tests/KommunHubben.Tests.Browser --include='*.cs' | tr -d '"+-' | grep -oE '[0-9]{10}$' | sort -u |
        sed -E 's/^([0-9]{6})([0-9]{4})$/\1\2\n\1-\2\n\1+\2/' >"$patterns"
    if found=$(grep -rlF -f "$patterns" "$LOG_DIR"); then
        TOTAL_FAILED=$((TOTAL_FAILED + 1))
        FAILURES+=("a personnummer used by the tests appears in hub logs: $(echo "$found" | tr '\n' ' ')")
    else
        TOTAL_PASSED=$((TOTAL_PASSED + 1))
        log "personnummer scan: $(wc -l <"$patterns") patterns, $(cat "$LOG_DIR"/*.log | wc -l) log lines, none found"
    fi
}

# --- main ----------------------------------------------------------------------

FAILURES=()

finish() {
    cleanup
    sum_trx_files
    ((TOTAL_PASSED + TOTAL_FAILED == 0)) || scan_logs_for_personnummer
    local reason
    for reason in "${TRX_PROBLEMS[@]}"; do
        FAILURES+=("$reason")
    done
    ((TOTAL_FAILED == 0)) || FAILURES+=("$TOTAL_FAILED test(s) failed")
    ((TOTAL_PASSED > 0)) || FAILURES+=("no test passed: a run that executes no test is not a pass (no test projects, build failure, or a filter that matches nothing?)")
    if ((${#FAILURES[@]})); then
        log "FAILED:"
        for reason in "${FAILURES[@]}"; do
            log "  - $reason"
        done
    fi
    # Must stay the last line of output: CI and humans read it.
    echo "Tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
    if ((${#FAILURES[@]})); then
        exit 1
    fi
    exit 0
}

command -v dotnet >/dev/null 2>&1 || { log "ERROR: dotnet not found on PATH"; exit 1; }

start_services
ensure_browser
ensure_libreoffice
ensure_pdftotext
# The OpenAPI linter (@redocly/cli, pinned in ops/tools/openapi-lint) that the integration tests run.
bash "$REPO_ROOT/ops/tools/openapi-lint/install.sh"

# Stale results (renamed/removed projects) must not be counted.
rm -rf "$RESULTS_DIR" "$LOG_DIR"
mkdir -p "$RESULTS_DIR"

log "dotnet build $SOLUTION -c Release"
dotnet_used=1
if ! dotnet build "$SOLUTION" -c Release; then
    FAILURES+=("dotnet build $SOLUTION failed")
    finish
fi

# Test projects, sorted byte-wise for a stable order on every machine.
# Benchmarks measure speed, they are not tests: skipped here.
PROJECTS=()
while IFS= read -r proj; do
    case "$(basename "$(dirname "$proj")")" in
        *Benchmarks*) log "skipping $proj (benchmarks)" ;;
        *) PROJECTS+=("$proj") ;;
    esac
done < <(shopt -s nullglob; for p in tests/*/*.csproj; do echo "$p"; done | LC_ALL=C sort)
((${#PROJECTS[@]})) || log "no test projects found (tests/*/*.csproj)"

for proj in "${PROJECTS[@]}"; do
    name=$(basename "$proj" .csproj)
    args=(test "$proj" -c Release --no-build
        --logger "trx;LogFileName=$name.trx"
        --results-directory "$RESULTS_DIR")
    [[ -z "$FILTER" ]] || args+=(--filter "$FILTER")
    log "===== $name ====="
    # Output goes straight to the console; keep going after a failure.
    if dotnet "${args[@]}"; then
        log "===== $name: ok ====="
    else
        rc=$?
        log "===== $name: dotnet test exited with $rc ====="
        FAILURES+=("dotnet test $proj exited with $rc")
    fi
done

finish
