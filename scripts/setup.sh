#!/usr/bin/env bash
# Sets runguard up on a fresh machine: Node dependencies, the build, and the four external
# scanners in isolated locations (one Python venv per tool, osv-scanner via `go install`).
# Idempotent: tools already installed at the pinned version are kept, not reinstalled.
# Says what it does as it goes and how long each step took; if any step fails it names the
# step, shows the end of its log and exits non-zero (it never prints "done" after a failure).
#
#   RUNGUARD_TOOLS_DIR   where tools go (default: ~/.cache/runguard-tools, the same place the
#                        runguard CLI looks in and installs to with --install-tools)
#   RUNGUARD_SETUP_SKIP  comma-separated tools not to install (e.g. osv-scanner on a machine
#                        without Go); runguard reports a missing tool as skipped
#   PYTHON               the Python used to create the venvs (default: python3)
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS="${RUNGUARD_TOOLS_DIR:-$HOME/.cache/runguard-tools}"
PYTHON="${PYTHON:-python3}"
SKIP=",${RUNGUARD_SETUP_SKIP:-},"
# Versions whose output the parsers are tested against (docs/scanners.md; the same pins as
# src/scanners/install.ts, which a test keeps in step).
BANDIT_VERSION=1.9.4
SEMGREP_VERSION=1.182.0
SAFETY_VERSION=2.3.5
OSV_SCANNER_VERSION=v2.5.0
SAFETY_DB_VERSION=2021.7.17

log() { printf '[setup] %s\n' "$*" >&2; }
LOGS="$(mktemp -d "${TMPDIR:-/tmp}/runguard-setup.XXXXXX")"
cleanup() { rm -rf "$LOGS"; }
trap cleanup EXIT

# step NAME COMMAND...: runs one step with its output in a log file; prints how long it took,
# or the end of the log on failure. Returns the command's status.
step() {
  local name=$1 started=$SECONDS status=0
  shift
  log "$name: started"
  "$@" >"$LOGS/$name.log" 2>&1 || status=$?
  local took=$((SECONDS - started))
  if [ "$status" -eq 0 ]; then
    log "$name: done in ${took}s"
  else
    log "$name: FAILED (exit $status) after ${took}s; last lines of its output:"
    tail -n 20 "$LOGS/$name.log" | sed 's/^/[setup]   /' >&2
  fi
  return "$status"
}

skipped() { [[ "$SKIP" == *",$1,"* ]]; }

# has_version COMMAND... -- TEXT: whether the command's output contains TEXT. Captured first:
# `cmd | grep -q` fails under pipefail when grep exits early and cmd gets SIGPIPE, which made
# every run reinstall every tool.
has_version() {
  local out
  out=$("$@" 2>/dev/null) || return 1
  [[ "$out" == *"$HAVE"* ]]
}

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step npm-ci npm ci --no-audit --no-fund --loglevel=error
else
  log "npm-ci: node_modules is current, kept"
fi

pip_install() { # name version venv
  "$PYTHON" -m venv "$3"
  "$3/bin/pip" install --disable-pip-version-check --no-input "$1==$2"
  "$3/bin/$1" --version
}

go_install() {
  GOBIN="$TOOLS/bin" GOFLAGS=-mod=mod go install "github.com/google/osv-scanner/v2/cmd/osv-scanner@$OSV_SCANNER_VERSION"
  "$TOOLS/bin/osv-scanner" --version
}

mkdir -p "$TOOLS/bin"
declare -A PIDS=()
FAILED=()

for spec in "bandit $BANDIT_VERSION" "semgrep $SEMGREP_VERSION" "safety $SAFETY_VERSION"; do
  read -r name version <<<"$spec"
  venv="$TOOLS/venv-$name"
  if skipped "$name"; then
    log "$name: skipped (RUNGUARD_SETUP_SKIP)"
  elif [ -x "$venv/bin/$name" ] && HAVE="Version: $version" has_version "$venv/bin/pip" show "$name"; then
    log "$name: $version already installed in $venv, kept"
  else
    log "$name: installing $version into $venv (in the background)"
    step "$name" pip_install "$name" "$version" "$venv" &
    PIDS[$name]=$!
  fi
done

if skipped osv-scanner; then
  log "osv-scanner: skipped (RUNGUARD_SETUP_SKIP)"
elif HAVE="scanner version: ${OSV_SCANNER_VERSION#v}" has_version "$TOOLS/bin/osv-scanner" --version; then
  log "osv-scanner: $OSV_SCANNER_VERSION already installed in $TOOLS/bin, kept"
elif command -v go >/dev/null; then
  log "osv-scanner: go install $OSV_SCANNER_VERSION into $TOOLS/bin (in the background)"
  step osv-scanner go_install &
  PIDS[osv-scanner]=$!
else
  log "osv-scanner: cannot install: Go is not installed (install Go, or set RUNGUARD_SETUP_SKIP=osv-scanner to go without it)"
  FAILED+=(osv-scanner)
fi

# Wait for each background install by its own pid: a bare `wait` returns 0 whatever they did.
for name in "${!PIDS[@]}"; do
  if ! wait "${PIDS[$name]}"; then FAILED+=("$name"); fi
done

if [ "${#FAILED[@]}" -gt 0 ]; then
  log "setup FAILED: ${FAILED[*]} could not be installed (see above)"
  exit 1
fi

# The public Safety database (PyPI `safety-db`, CC BY-NC-SA 4.0), the offline DB users can pip
# install: the Safety integration and dist tests run on it (its $meta lacks base_domain, which
# runguard corrects in a temporary copy). Installed as data next to the tools, never imported.
if skipped safety-db; then
  log "safety-db: skipped (RUNGUARD_SETUP_SKIP)"
elif [ -f "$TOOLS/safety-db/safety_db/insecure_full.json" ]; then
  log "safety-db $SAFETY_DB_VERSION already installed"
else
  log "installing safety-db==$SAFETY_DB_VERSION into $TOOLS/safety-db"
  "$TOOLS/venv-safety/bin/pip" install --quiet --disable-pip-version-check \
    --target "$TOOLS/safety-db" "safety-db==$SAFETY_DB_VERSION"
fi

# Chromium from the OS packages, for the dashboard test (__tests__/history/dashboard.test.ts
# skips without it). Installed only where apt-get runs as root without a prompt; elsewhere the
# command to run is printed. Nothing to do when it is there (the common case).
if skipped chromium; then
  log "chromium: skipped (RUNGUARD_SETUP_SKIP)"
elif command -v chromium >/dev/null 2>&1; then
  log "chromium already installed ($(command -v chromium))"
elif command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  step chromium sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }' ||
    log "chromium: could not be installed; the dashboard test will skip"
else
  log "chromium: not installed; the dashboard test will skip (install: sudo apt-get install -y chromium)"
fi

if [ ! -f dist/cli/index.js ]; then
  step build npm run build --silent
else
  log "build: dist/cli/index.js exists, kept (npm run build rebuilds it)"
fi
log "setup done; tools in $TOOLS"
