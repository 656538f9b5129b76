# Shared by start.sh and test.sh: make sure dependencies and services are there.
# Uses DATABASE_URL / REDIS_URL when set; else starts local servers when installed; else installs
# them from Debian packages when run as root; else stops with a clear message.

DEFAULT_DATABASE_URL="postgres://postgres@127.0.0.1:5432/werkpunt"
DEFAULT_REDIS_URL="redis://127.0.0.1:6379"

say() { printf '\033[1m▸ %s\033[0m\n' "$*"; }
die() { printf '\033[31m✗ %s\033[0m\n' "$*" >&2; exit 1; }

load_env_file() {
  # A developer's own overrides; never committed.
  if [ -f .env ]; then set -a; . ./.env; set +a; fi
}

ensure_node() {
  command -v node >/dev/null || die "Node.js 20 or newer is needed: apt-get install nodejs npm (or see https://nodejs.org)."
  local major; major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js $major is too old: Werkpunt needs Node.js 20 or newer."
}

ensure_node_deps() {
  # Reinstall only when package-lock.json changed since the last install.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

apt_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
  say "Installing $* from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

reachable() { node scripts/service-tool.js reachable "$1"; }

is_local_url() { case "$1" in *://*@127.0.0.1*|*://127.0.0.1*|*://*@localhost*|*://localhost*) return 0;; *) return 1;; esac; }

start_local_postgres() {
  if ! command -v pg_ctlcluster >/dev/null; then apt_install postgresql || return 1; fi
  local version; version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] || return 1
  say "Starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main start
}

ensure_postgres() {
  export DATABASE_URL="${DATABASE_URL:-$DEFAULT_DATABASE_URL}"
  reachable "$DATABASE_URL" && return 0
  if is_local_url "$DATABASE_URL"; then
    start_local_postgres || die "PostgreSQL is not reachable at $DATABASE_URL and could not be started here. Install it (apt-get install postgresql) or set DATABASE_URL."
    for _ in $(seq 1 30); do reachable "$DATABASE_URL" && return 0; sleep 1; done
  fi
  die "PostgreSQL is not reachable at $DATABASE_URL. Start it or set DATABASE_URL to a server you can reach."
}

ensure_redis() {
  export REDIS_URL="${REDIS_URL:-$DEFAULT_REDIS_URL}"
  reachable "$REDIS_URL" && return 0
  if is_local_url "$REDIS_URL"; then
    command -v redis-server >/dev/null || apt_install redis-server ||
      die "Redis is not reachable at $REDIS_URL and is not installed. Install it (apt-get install redis-server) or set REDIS_URL."
    say "Starting Redis"
    local port; port=$(node -p "new URL(process.argv[1]).port || 6379" "$REDIS_URL")
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null
    for _ in $(seq 1 20); do reachable "$REDIS_URL" && return 0; sleep 0.5; done
  fi
  die "Redis is not reachable at $REDIS_URL. Start it or set REDIS_URL to a server you can reach."
}

ensure_chromium() {
  # The browser tests drive Debian's Chromium with playwright-core (its own browser download cannot work offline).
  local path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$path" ] && return 0
  apt_install chromium && [ -x "$path" ] && return 0
  # Not fatal: the other tests still run, and the browser tests fail saying the same.
  printf '\033[31m✗ Chromium is missing at %s: the browser tests will fail. Install it (apt-get install chromium) or set CHROMIUM_PATH.\033[0m\n' "$path" >&2
}

prepare_platform() {
  ensure_node
  load_env_file
  ensure_node_deps
  ensure_postgres
  ensure_redis
}
