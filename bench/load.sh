#!/usr/bin/env bash
# The load harness (docs/benchmarks.md): installs wrk when missing, starts the local stack when
# none answers on 9080 (with a fixed confirmation code), prepares tenants, patients and tokens,
# runs the wrk scenarios at 50 and 500 connections and the pgbench floor, and writes the dated
# table to docs/benchmarks.md.
# Usage: bench/load.sh [tenants=10] [patients per tenant=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
command -v pgbench >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib; }
base="${BENCH_BASE_URL:-http://127.0.0.1:9080}"
started=""
if ! curl -sf "$base/health/ready" >/dev/null 2>&1; then
  echo "[bench] starting the local stack (mvn -Pstack package)"
  (cd src/test/stack && npm ci --no-audit --no-fund --loglevel=error)
  STACK_COGNITO_CODE=123456 nohup mvn -q -Pstack package -DskipTests > target/bench-stack.log 2>&1 &
  started=$!
  trap 'pkill -TERM -f "plexus-classworlds.*-Pstack" || true' EXIT
  for _ in $(seq 1 120); do curl -sf "$base/health/ready" >/dev/null 2>&1 && break; sleep 2; done
  export BENCH_COGNITO_CODE=123456
fi
node bench/load.mjs "${1:-10}" "${2:-10000}"
