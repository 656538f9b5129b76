#!/usr/bin/env bash
# npm start: from a fresh clone to a running platform (api serving the web app + worker) with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/setup.sh

started=$(date +%s)
prepare_platform

say "Preparing the database"
node scripts/service-tool.js create-db "$DATABASE_URL"
npm run --silent migration:run >/dev/null
say "Seeding reference and demo data"
npm run --silent seed -- --demo
# The seed writes rows directly (fixed ids, idempotent), not through the outbox: build the indexes from them.
say "Building the search indexes"
npm run --silent reindex -- all

say "Building"
npm run --silent build >/dev/null

pids=()
stop() {
  trap - INT TERM
  say "Stopping (waiting for running requests and jobs to finish)"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  exit 0
}
trap stop INT TERM

node dist/apps/api/apps/api/src/main.js & pids+=($!)
node dist/apps/worker/apps/worker/src/main.js & pids+=($!)

port=$(node -p "process.env.PORT || 3000")
for _ in $(seq 1 60); do
  node scripts/service-tool.js reachable "http://127.0.0.1:$port" && break
  sleep 0.5
done
say "Werkpunt is up in $(( $(date +%s) - started )) s: the web app at http://localhost:$port  (API docs: /api/docs, queues: /admin/queues). Ctrl-C stops it."
# Either process ending ends the platform: a half-running platform hides problems.
wait -n "${pids[@]}"
stop
