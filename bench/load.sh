#!/usr/bin/env bash
# The load harness (docs/benchmarks.md): prepares tenants, patients and tokens, runs the wrk
# scenarios at 50 and 500 connections and the pgbench floor, and writes the dated table to
# docs/benchmarks.md. bench/stack.sh installs the tools and starts a local stack when needed.
# Usage: bench/load.sh [tenants=10] [patients per tenant=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
node bench/load.mjs "${1:-10}" "${2:-10000}"
