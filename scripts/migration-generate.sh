#!/usr/bin/env bash
# Usage: npm run migration:generate -- AddVacancies
# Writes libs/platform/src/database/migrations/<timestamp>-AddVacancies.ts from the entity diff
# against the database in DATABASE_URL (run migration:run first).
set -euo pipefail
name="${1:?usage: npm run migration:generate -- <Name>}"
[[ "$name" =~ ^[A-Z][A-Za-z0-9]+$ ]] || { echo "Name must be PascalCase, e.g. AddVacancies" >&2; exit 2; }
exec npx typeorm-ts-node-commonjs -d libs/platform/src/database/data-source.cli.ts \
  migration:generate --pretty "libs/platform/src/database/migrations/$name"
