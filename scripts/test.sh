#!/usr/bin/env bash
# npm test: the same setup as npm start, then lint, format, migration drift, unit, e2e and browser tests
# against the real PostgreSQL and Redis, in a fresh database and queue prefix dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/setup.sh

prepare_platform
ensure_chromium

run_id="$(date +%Y%m%d%H%M%S)_$$"
base_url="$DATABASE_URL"
export DATABASE_URL="${base_url%/*}/werkpunt_test_${run_id}"
export QUEUE_PREFIX="werkpunt_test_${run_id}"
export NODE_ENV=test
export LOG_LEVEL="${LOG_LEVEL:-warn}"
artifacts=test/artifacts
mkdir -p "$artifacts"
rm -f "$artifacts"/jest-*.json

e2e_database_url="$DATABASE_URL"
# The browser journeys get a database of their own: they judge rankings and caseloads as a fresh platform
# shows them, not after the e2e tests filled Rabot with their vacancies and clients.
browser_database_url="${DATABASE_URL}_browser"
e2e_queue_prefix="$QUEUE_PREFIX"

cleanup() {
  node scripts/service-tool.js drop-db "$e2e_database_url" || true
  node scripts/service-tool.js drop-db "$browser_database_url" || true
  node scripts/service-tool.js clear-redis "$REDIS_URL" "$e2e_queue_prefix" || true
  node scripts/service-tool.js clear-redis "$REDIS_URL" "${e2e_queue_prefix}_browser" || true
}
trap cleanup EXIT

say "Lint";            npm run --silent lint
say "Format check";    npm run --silent format:check
say "API client";      npm run --silent api:client:check
say "Build";           npm run --silent build
say "Docker files";    bash docker/validate.sh $( [ "$(id -u)" = 0 ] && echo --install ) >/dev/null || { bash docker/validate.sh; exit 1; }

say "Fresh database ${DATABASE_URL##*/}"
node scripts/service-tool.js create-db "$DATABASE_URL"
npm run --silent migration:run >/dev/null
say "Migration drift check (entities vs. migrations)"
npm run --silent migration:check
npm run --silent seed

status=0
say "Unit tests"
npx jest --json --outputFile="$artifacts/jest-unit.json" "$@" || status=1
say "End-to-end tests (PostgreSQL, Redis)"
npx jest --config test/jest-e2e.config.js --runInBand --json --outputFile="$artifacts/jest-e2e.json" "$@" || status=1
say "Browser tests (Chromium, built api + worker), fresh database ${browser_database_url##*/}"
export DATABASE_URL="$browser_database_url" QUEUE_PREFIX="${e2e_queue_prefix}_browser"
node scripts/service-tool.js create-db "$DATABASE_URL"
npm run --silent migration:run >/dev/null
npm run --silent seed >/dev/null
rm -rf "$artifacts/screenshots"
npx jest --config test/browser/jest-browser.config.js --runInBand --json --outputFile="$artifacts/jest-browser.json" "$@" || status=1

node scripts/test-summary.js "$artifacts"/jest-*.json
exit $status
