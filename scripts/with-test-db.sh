#!/usr/bin/env bash
# For working on one spec: runs the given command against a fresh, migrated and seeded database and queue
# prefix, dropped afterwards — the same setup npm test makes, without the whole suite.
#   bash scripts/with-test-db.sh npx jest --config test/browser/jest-browser.config.js test/browser/employer
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/setup.sh
prepare_platform >/dev/null

run_id="$(date +%Y%m%d%H%M%S)_$$"
base_url="$DATABASE_URL"
export DATABASE_URL="${base_url%/*}/werkpunt_test_${run_id}"
export QUEUE_PREFIX="werkpunt_test_${run_id}"
export NODE_ENV=test
export LOG_LEVEL="${LOG_LEVEL:-warn}"
cleanup() {
  node scripts/service-tool.js drop-db "$DATABASE_URL" || true
  node scripts/service-tool.js clear-redis "$REDIS_URL" "$QUEUE_PREFIX" || true
}
trap cleanup EXIT
node scripts/service-tool.js create-db "$DATABASE_URL"
npm run --silent migration:run >/dev/null
npm run --silent seed >/dev/null
"$@"
