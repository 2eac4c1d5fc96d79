# Sourced by the bench scripts: installs what they need when missing and starts the local stack
# (mvn -Pstack, fixed confirmation code 123456) when none answers on BENCH_BASE_URL; a stack the
# script started is stopped when it exits. A stack already running must have been started with
# STACK_COGNITO_CODE, given here as BENCH_COGNITO_CODE.
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
command -v pgbench >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib; }
export BENCH_BASE_URL="${BENCH_BASE_URL:-http://127.0.0.1:9080}"
if ! curl -sf "$BENCH_BASE_URL/health/ready" >/dev/null 2>&1; then
  echo "[bench] starting the local stack (mvn -Pstack package)"
  mkdir -p target src/main/frontend/out
  (cd src/test/stack && npm ci --no-audit --no-fund --loglevel=error)
  # Its own process group, so that only this stack is stopped at exit, not other people's.
  STACK_COGNITO_CODE=123456 setsid nohup mvn -q -Pstack package -DskipTests -Dfrontend.skip=true \
    > target/bench-stack.log 2>&1 &
  BENCH_STACK_PID=$!
  trap 'kill -TERM -- "-$BENCH_STACK_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf "$BENCH_BASE_URL/health/ready" >/dev/null 2>&1 && break; sleep 2; done
  export BENCH_COGNITO_CODE=123456
fi
