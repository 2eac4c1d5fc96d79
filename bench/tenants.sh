#!/usr/bin/env bash
# Provisions many tenants through the API (default 10,000) for the scale checks in
# docs/benchmarks.md; bench/stack.sh starts a local stack when none answers.
# Usage: bench/tenants.sh [count=10000] [parallel=4] [start=0]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
node bench/tenants.mjs "$@"
