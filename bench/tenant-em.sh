#!/usr/bin/env bash
# The per-request cost of the tenant EntityManager (docs/benchmarks.md): EclipseLink outside the
# server against the PostgreSQL at DB_URL (default: the local one), in a schema of its own.
# Usage: bench/tenant-em.sh [jdbc-url] [user]
set -euo pipefail
cd "$(dirname "$0")/.."
url="${1:-${DB_URL:-jdbc:postgresql://127.0.0.1:5432/hms}}"
user="${2:-${DB_USER:-postgres}}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
mvn -q -DskipTests test-compile exec:java \
  -Dexec.mainClass=hms.bench.TenantEntityManagerBench \
  -Dexec.classpathScope=test \
  -Dexec.args="$url $user"
