#!/usr/bin/env bash
# The failure drills (docs/reliability.md): PostgreSQL stopped and frozen under load, the request
# pool exhausted, the Cognito and S3 stand-ins frozen. Each prints what it measured and the script
# exits non-zero when a bound is broken. It stops and freezes this machine's PostgreSQL (as root:
# pg_ctlcluster, kill -STOP), so run it on a test machine, never beside other work on the database.
# Usage: bench/drills.sh [db-restart] [db-freeze] [pool] [jwks] [s3] [idem-restart]   (default: all)
# DRILL_PG_DATA (and DRILL_PG_PORT): restart that PostgreSQL with pg_ctl instead (bench/drills.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
node bench/drills.mjs "$@"
