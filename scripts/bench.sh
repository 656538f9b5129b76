#!/usr/bin/env bash
# npm run bench: the same setup as npm test, then the benchmarks in bench/ against a fresh database with the
# reference data, dropped afterwards, pass or fail. Exits non-zero when a benchmark misses its target.
# Arguments go to bench/run.ts: `npm run bench -- occupation` runs the benchmarks whose name contains "occupation".
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/setup.sh

prepare_platform

run_id="$(date +%Y%m%d%H%M%S)_$$"
base_url="$DATABASE_URL"
export DATABASE_URL="${base_url%/*}/werkpunt_bench_${run_id}"
export QUEUE_PREFIX="werkpunt_bench_${run_id}"
export LOG_LEVEL=silent

cleanup() {
  node scripts/service-tool.js drop-db "$DATABASE_URL" || true
  node scripts/service-tool.js clear-redis "$REDIS_URL" "$QUEUE_PREFIX" >/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Fresh database ${DATABASE_URL##*/}"
node scripts/service-tool.js create-db "$DATABASE_URL"
npm run --silent migration:run >/dev/null
npm run --silent seed

say "Benchmarks"
# --expose-gc: a full GC before each heap reading, so the heap figures show what stays reachable.
NODE_OPTIONS="${NODE_OPTIONS:-} --expose-gc" npx ts-node -r tsconfig-paths/register --transpile-only bench/run.ts "$@"
