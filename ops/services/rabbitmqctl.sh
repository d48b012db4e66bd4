#!/usr/bin/env bash
# rabbitmqctl for OUR test node (khub-test@localhost), e.g. from tests:
#   "$KHUB_TEST_RABBITMQCTL" stop_app | start_app | list_queues -p kommunhubben
# A plain `rabbitmqctl` would talk to the system node with the system cookie;
# this wrapper applies the node name, epmd port, HOME/cookie and OS user that
# start.sh used (see rabbitmq-env.sh). Arguments are passed through as-is.
set -euo pipefail

# shellcheck source=ops/services/rabbitmq-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/rabbitmq-env.sh"

# khub_as execs, so the exit code is rabbitmqctl's own.
khub_rabbitmqctl "$@"
