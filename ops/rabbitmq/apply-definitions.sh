#!/usr/bin/env bash
# Give the hub's broker its least-privilege layout: the virtual host and each
# service's permissions from ops/rabbitmq/definitions.json, one user per
# service, and no usable `guest`. Idempotent: run it on every deployment.
#
#   KHUB_RABBITMQ_API_PASSWORD=...  KHUB_RABBITMQ_WORKER_PASSWORD=... \
#   KHUB_RABBITMQ_GATEWAY_PASSWORD=... KHUB_RABBITMQ_ADMIN_PASSWORD=... \
#       bash ops/rabbitmq/apply-definitions.sh
#
# Users are the "user" names of definitions.json (khub-api, khub-worker,
# khub-gateway, khub-admin); each one's password comes from
# KHUB_RABBITMQ_<NAME>_PASSWORD (khub-api -> KHUB_RABBITMQ_API_PASSWORD) and
# reaches rabbitmqctl on stdin, never in argv (argv is visible in `ps`).
# Passwords are secrets: they live in the secret store, never in this repo.
#
# RABBITMQCTL names the rabbitmqctl to call (default: rabbitmqctl on PATH; the
# test services use ops/services/rabbitmqctl.sh). RABBITMQCTL_TIMEOUT bounds
# every call (default 60 s) so a node that does not answer cannot hang a deploy.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
definitions="$here/definitions.json"
ctl=${RABBITMQCTL:-rabbitmqctl}
timeout_s=${RABBITMQCTL_TIMEOUT:-60}

log() { printf '[apply-definitions.sh] %s\n' "$*"; }
die() { printf '[apply-definitions.sh] ERROR: %s\n' "$*" >&2; exit 1; }

rmq() { timeout "$timeout_s" "$ctl" "$@"; }

# Our own file with one `"user": "name"` per permission entry: grep is enough,
# and keeps jq/python off the broker host.
mapfile -t users < <(grep -o '"user": *"[^"]*"' "$definitions" | sed 's/.*"\([^"]*\)"$/\1/' | sort -u)
((${#users[@]})) || die "no users in $definitions"

existing=$(rmq list_users --quiet --no-table-headers </dev/null | awk '{print $1}') || die "rabbitmqctl list_users failed"

for user in "${users[@]}"; do
    [[ "$user" =~ ^khub-[a-z0-9-]+$ ]] || die "unexpected user name '$user' in $definitions"
    suffix=${user#khub-}
    var="KHUB_RABBITMQ_$(tr 'a-z-' 'A-Z_' <<<"$suffix")_PASSWORD"
    password=${!var:-}
    [[ -n "$password" ]] || die "$var is not set (the password of RabbitMQ user $user)"
    if grep -qxF "$user" <<<"$existing"; then
        printf '%s\n' "$password" | rmq change_password "$user" >/dev/null
    else
        printf '%s\n' "$password" | rmq add_user "$user" >/dev/null
    fi
    # No tags: a service user may not use the management UI or HTTP API.
    rmq set_user_tags "$user" </dev/null >/dev/null
done

# Creates the vhost and sets every permission; RabbitMQ validates the file
# (JSON, regexes) and refuses it whole if it is broken.
rmq import_definitions --format json <"$definitions" >/dev/null || die "rabbitmqctl import_definitions $definitions failed"

# guest/guest is the well-known default login: remove it. (The example
# rabbitmq.conf also keeps loopback_users.guest = true in case it comes back.)
if grep -qxF guest <<<"$existing"; then
    rmq delete_user guest </dev/null >/dev/null
fi
log "applied $definitions: users ${users[*]}; guest removed"
