#!/usr/bin/env bash
# Sets runguard up on a fresh machine: Node dependencies, the build, and the four external
# scanners in isolated locations (one Python venv per tool, osv-scanner via `go install`).
# Idempotent: tools already installed at the pinned version are kept.
#
#   RUNGUARD_TOOLS_DIR  where tools go (default: ~/.cache/runguard-tools, the same place the
#                       runguard CLI looks in and installs to with --install-tools)
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS="${RUNGUARD_TOOLS_DIR:-$HOME/.cache/runguard-tools}"
PYTHON="${PYTHON:-python3}"
# Versions whose output the parsers are tested against (README, "Scanners").
BANDIT_VERSION=1.9.4
SEMGREP_VERSION=1.182.0
SAFETY_VERSION=2.3.5
OSV_SCANNER_VERSION=v2.5.0
SAFETY_DB_VERSION=2021.7.17

log() { printf '[setup] %s\n' "$*" >&2; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

pip_tool() { # name version
  local name=$1 version=$2 venv="$TOOLS/venv-$1"
  if [ -x "$venv/bin/$name" ] && "$venv/bin/pip" show "$name" 2>/dev/null | grep -qx "Version: $version"; then
    log "$name $version already installed"
    return
  fi
  log "installing $name==$version into $venv"
  "$PYTHON" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$name==$version"
}

mkdir -p "$TOOLS/bin"
pip_tool bandit "$BANDIT_VERSION" &
pip_tool semgrep "$SEMGREP_VERSION" &
pip_tool safety "$SAFETY_VERSION" &

if "$TOOLS/bin/osv-scanner" --version 2>/dev/null | grep -q "version: ${OSV_SCANNER_VERSION#v}"; then
  log "osv-scanner $OSV_SCANNER_VERSION already installed"
elif command -v go >/dev/null; then
  log "go install osv-scanner@$OSV_SCANNER_VERSION into $TOOLS/bin"
  GOBIN="$TOOLS/bin" GOFLAGS=-mod=mod go install "github.com/google/osv-scanner/v2/cmd/osv-scanner@$OSV_SCANNER_VERSION"
else
  log "Go is not installed: osv-scanner skipped (runguard will report it as skipped)"
fi
wait

# The public Safety database (PyPI `safety-db`, CC BY-NC-SA 4.0), the offline DB users can pip
# install: the Safety integration and dist tests run on it (its $meta lacks base_domain, which
# runguard corrects in a temporary copy). Installed as data next to the tools, never imported.
if [ -f "$TOOLS/safety-db/safety_db/insecure_full.json" ]; then
  log "safety-db $SAFETY_DB_VERSION already installed"
else
  log "installing safety-db==$SAFETY_DB_VERSION into $TOOLS/safety-db"
  "$TOOLS/venv-safety/bin/pip" install --quiet --disable-pip-version-check \
    --target "$TOOLS/safety-db" "safety-db==$SAFETY_DB_VERSION"
fi

if [ ! -f dist/cli/index.js ]; then
  log "building dist/"
  npm run build --silent
fi
log "done; tools in $TOOLS"
