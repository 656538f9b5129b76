#!/usr/bin/env bash
# Checks docker/compose.yml and docker/Dockerfile with the best validators this machine has, and
# says which ones ran. Runs no container and needs no Docker engine.
#
#   bash docker/validate.sh               # every check that can run here
#   bash docker/validate.sh --install     # first apt-get install Debian's docker-compose (root only)
#   bash docker/validate.sh --with-build  # also `npm run build` in a scratch copy and check the
#                                         # entry points the Dockerfile and compose.yml name
#
# Compose checks, best first:
#   1. `docker compose config` (Compose v2): the real thing and the acceptance check.
#   2. `docker-compose config` (v1, Debian bookworm's 1.29.2): a real parser and schema, but it
#      predates the top-level `name:` key, so it is run on a copy without that one line.
#   3. The Compose Specification JSON schema (as shipped in the npm package dclint), checked with
#      ajv after Compose-style ${VAR:-default} interpolation, plus the references the schema cannot
#      see (docker/compose-schema-check.cjs).
# Dockerfile checks: dockerfile-utils lint (the Dockerfile language server's validator), stage
# references, and the build context that Dockerfile.dockerignore lets through (@balena/dockerignore,
# Docker's matching rules; docker/context-check.cjs).
# npm tools are installed outside the repository, in $VALIDATE_DEPS_DIR.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
compose="$here/compose.yml"
dockerfile="$here/Dockerfile"
deps="${VALIDATE_DEPS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/werkpunt-docker-validate}"
npm_tools=(dclint@3.1.0 dockerfile-utils@0.16.3 @balena/dockerignore@1.0.2)

install=0
with_build=0
for arg in "$@"; do
  case "$arg" in
    --install) install=1 ;;
    --with-build) with_build=1 ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

results=()
failed=0
compose_checks=0
record() { # record PASS|FAIL|SKIP name detail
  results+=("$(printf '%-5s %-38s %s' "$1" "$2" "$3")")
  [[ "$1" == FAIL ]] && failed=1
  [[ "$1" == PASS && "$2" == compose:* ]] && compose_checks=$((compose_checks + 1))
  return 0
}
section() { printf '\n=== %s\n' "$1"; }

# --- 1. Compose v2 ------------------------------------------------------------------------------
section "Compose v2: docker compose config"
v2=()
if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  v2=(docker compose)
elif command -v docker-compose >/dev/null 2>&1 && docker-compose version --short 2>/dev/null | grep -q '^v\?2\.'; then
  v2=(docker-compose)
fi
if ((${#v2[@]})); then
  echo "using: $("${v2[@]}" version 2>&1 | head -1)"
  if "${v2[@]}" -f "$compose" config --quiet; then
    record PASS "compose: v2 config" "$("${v2[@]}" version --short 2>/dev/null)"
  else
    record FAIL "compose: v2 config" "see output above"
  fi
else
  echo "not available (no 'docker compose' plugin, no v2 'docker-compose')"
  record SKIP "compose: v2 config" "Compose v2 not installed"
fi

# --- 2. docker-compose v1 -----------------------------------------------------------------------
section "Compose v1: docker-compose config (without the top-level name: line)"
if ! command -v docker-compose >/dev/null 2>&1 && ((install)); then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null
  else
    echo "--install needs root and apt-get"
  fi
fi
v1_version="$(docker-compose version --short 2>/dev/null || true)"
if [[ "$v1_version" == 1.* ]]; then
  echo "using: docker-compose $v1_version"
  # The copy lives outside the repository; --project-directory keeps `context: ..` and the
  # project's .env resolving as for docker/compose.yml itself.
  copy="$(mktemp "${TMPDIR:-/tmp}/werkpunt-compose-v1.XXXXXX.yml")"
  trap 'rm -f "$copy"' EXIT
  sed '/^name:[[:space:]]/d' "$compose" >"$copy"
  if out="$(docker-compose --project-directory "$here" -f "$copy" config 2>&1)"; then
    echo "ok: services $(awk '/^services:/{s=1;next} /^[a-z]/{s=0} s&&/^  [a-z][a-z0-9_-]*:$/{sub(":","");printf "%s ", $1}' <<<"$out")"
    record PASS "compose: v1 config" "docker-compose $v1_version, 'name:' removed"
  else
    echo "$out"
    record FAIL "compose: v1 config" "docker-compose $v1_version"
  fi
  rm -f "$copy"
else
  echo "not available (apt-get install -y docker-compose, or run with --install as root)"
  record SKIP "compose: v1 config" "docker-compose 1.x not installed"
fi

# --- npm tools for 3 and 4 ----------------------------------------------------------------------
have_tools=0
if [[ -f "$deps/node_modules/dclint/schemas/compose.schema.json" && -x "$deps/node_modules/.bin/dockerfile-utils" &&
  -f "$deps/node_modules/@balena/dockerignore/package.json" ]]; then
  have_tools=1
elif command -v npm >/dev/null 2>&1; then
  section "installing ${npm_tools[*]} into $deps"
  mkdir -p "$deps"
  if npm install --prefix "$deps" --no-save --no-package-lock --no-audit --no-fund "${npm_tools[@]}" >/dev/null; then
    have_tools=1
  fi
fi

# --- 3. Compose Specification schema ------------------------------------------------------------
section "Compose Specification JSON schema (dclint's copy, ajv) + references"
if ((have_tools)); then
  schema="$deps/node_modules/dclint/schemas/compose.schema.json"
  echo "schema: $schema (dclint $(node -p "require('$deps/node_modules/dclint/package.json').version"))"
  if node "$here/compose-schema-check.cjs" "$deps" "$compose" "$schema"; then
    record PASS "compose: spec schema + references" "dclint's compose.schema.json"
  else
    record FAIL "compose: spec schema + references" "see output above"
  fi
else
  echo "npm tools unavailable"
  record SKIP "compose: spec schema + references" "could not install ${npm_tools[0]}"
fi

# --- 4. Dockerfile ------------------------------------------------------------------------------
section "Dockerfile: dockerfile-utils lint"
if ((have_tools)); then
  if "$deps/node_modules/.bin/dockerfile-utils" lint "$dockerfile"; then
    echo "ok"
    record PASS "dockerfile: dockerfile-utils lint" "syntax and instruction arguments"
  else
    record FAIL "dockerfile: dockerfile-utils lint" "see output above"
  fi
  # Every stage that --from= / FROM / --target names must exist.
  stages="$(grep -oiE '^FROM[[:space:]]+[^[:space:]]+[[:space:]]+AS[[:space:]]+[^[:space:]]+' "$dockerfile" | awk '{print $NF}')"
  missing=""
  # shellcheck disable=SC2013 # stage names have no spaces
  for ref in $(grep -oE -- '--from=[^[:space:]]+' "$dockerfile" | cut -d= -f2); do
    grep -qx -- "$ref" <<<"$stages" || missing+=" $ref"
  done
  if [[ -z "$missing" ]]; then
    record PASS "dockerfile: COPY --from stages exist" "$(tr '\n' ' ' <<<"$stages")"
  else
    record FAIL "dockerfile: COPY --from stages exist" "unknown:$missing"
  fi
else
  record SKIP "dockerfile: dockerfile-utils lint" "could not install ${npm_tools[1]}"
fi

section "Build context: Dockerfile.dockerignore"
if ((have_tools)) && command -v git >/dev/null 2>&1; then
  if node "$here/context-check.cjs" "$deps" "$root" "$here/Dockerfile.dockerignore"; then
    record PASS "dockerfile: build context filter" "no node_modules/dist/.env/.git; sources in"
  else
    record FAIL "dockerfile: build context filter" "see output above"
  fi
else
  record SKIP "dockerfile: build context filter" "needs git and ${npm_tools[2]}"
fi

# --- 5. scripts shipped in the image -----------------------------------------------------------
section "node --check docker/*.cjs"
if node --check "$here/healthcheck.cjs" && node --check "$here/compose-schema-check.cjs" &&
  node --check "$here/context-check.cjs"; then
  record PASS "scripts: node --check" "healthcheck.cjs and the two checkers"
else
  record FAIL "scripts: node --check" "see output above"
fi

# --- 6. optional: build and check the entry points ----------------------------------------------
if ((with_build)); then
  section "npm run build in a scratch copy; entry points named in Dockerfile/compose.yml"
  scratch="$(mktemp -d)"
  (cd "$root" && git ls-files -co --exclude-standard -z | xargs -0 tar cf - 2>/dev/null) | tar xf - -C "$scratch"
  ln -s "$root/node_modules" "$scratch/node_modules"
  if (cd "$scratch" && npm run build >"$scratch/build.log" 2>&1); then
    missing=""
    # shellcheck disable=SC2013 # paths have no spaces
    for entry in $(grep -ohE 'dist/apps/[a-z]+/[A-Za-z0-9_/.-]+\.js' "$dockerfile" "$compose" | sort -u); do
      [[ -f "$scratch/$entry" ]] || missing+=" $entry"
    done
    if [[ -z "$missing" ]]; then
      record PASS "build: entry points exist" "$(grep -ohE 'dist/apps/[a-z]+/[A-Za-z0-9_/.-]+main\.js' "$dockerfile" "$compose" | sort -u | tr '\n' ' ')"
    else
      echo "built main.js files: $(cd "$scratch" && find dist -name main.js | tr '\n' ' ')"
      record FAIL "build: entry points exist" "missing:$missing"
    fi
  else
    tail -30 "$scratch/build.log"
    record FAIL "build: npm run build" "see output above"
  fi
  rm -rf "$scratch"
fi

# --- summary ------------------------------------------------------------------------------------
section "summary"
printf '%s\n' "${results[@]}"
if ((compose_checks == 0)); then
  echo "NO compose validator ran: compose.yml is unchecked" >&2
  exit 1
fi
if ((failed)); then
  echo "FAILED" >&2
  exit 1
fi
if ! grep -q '^PASS  compose: v2' < <(printf '%s\n' "${results[@]}"); then
  echo "passed, but NOT with Compose v2: 'docker compose -f docker/compose.yml config' is still to be run where Docker is installed"
else
  echo "passed"
fi
