#!/usr/bin/env bash
# Installs the pinned OpenAPI linter (@redocly/cli, exact version in package.json and package-lock.json) into
# ops/tools/openapi-lint/node_modules, from the npm registry. The integration test OpenApiLintTests runs
# node_modules/.bin/redocly from there.
#
#   bash ops/tools/openapi-lint/install.sh
#
# Idempotent: runs `npm ci` only when node_modules is missing or package.json/package-lock.json changed since the
# last install here (their checksum is kept in node_modules/.kommunhubben-lock.sha256). Exports nothing.
set -euo pipefail

DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
STAMP="$DIR/node_modules/.kommunhubben-lock.sha256"

log() {
    printf '[openapi-lint] %s\n' "$*"
}

if ! command -v npm >/dev/null 2>&1; then
    log "ERROR: npm not found on PATH. The OpenAPI lint test needs Node.js (20.19+ or 22.12+) with npm," >&2
    log "       e.g. sudo apt-get install -y nodejs npm; then run: bash ops/tools/openapi-lint/install.sh" >&2
    exit 1
fi

wanted=$(cat "$DIR/package.json" "$DIR/package-lock.json" | sha256sum | cut -d' ' -f1)
if [[ -x "$DIR/node_modules/.bin/redocly" && -f "$STAMP" && "$(cat "$STAMP")" == "$wanted" ]]; then
    log "linter up to date in $DIR/node_modules"
    exit 0
fi

log "installing the linter: npm ci in $DIR"
# Cleared first: an install that stops half-way must not look complete next time.
rm -f "$STAMP"
npm ci --no-audit --no-fund --prefix "$DIR"
[[ -x "$DIR/node_modules/.bin/redocly" ]] || { log "ERROR: npm ci finished but $DIR/node_modules/.bin/redocly is missing" >&2; exit 1; }
printf '%s\n' "$wanted" >"$STAMP"
log "installed $(cd "$DIR" && node -p 'require("./node_modules/@redocly/cli/package.json").version' 2>/dev/null || echo '?') in $DIR/node_modules"
