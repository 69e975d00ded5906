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
CYCLONEDX_BOM_VERSION=7.2.1
# A real project that lists only its top-level dependency (Flask's tutorial app, flaskr),
# installed into its own venv with the releases the environment tests expect.
FLASK_EXAMPLE_REF=3.0.3
# The OpenTelemetry Collector Builder that builds the test collector from
# scripts/otelcol-builder.yaml (whose component versions match it).
OTELCOL_BUILDER_VERSION=v0.161.0

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

# cyclonedx-py, the reference the SBOM of an installed environment is compared with
# (__tests__/integration/environment-real.test.ts skips without it).
if skipped cyclonedx-bom; then
  log "cyclonedx-bom: skipped (RUNGUARD_SETUP_SKIP)"
elif HAVE="Version: $CYCLONEDX_BOM_VERSION" has_version "$TOOLS/venv-cyclonedx/bin/pip" show cyclonedx-bom; then
  log "cyclonedx-bom: $CYCLONEDX_BOM_VERSION already installed, kept"
else
  log "cyclonedx-bom: installing $CYCLONEDX_BOM_VERSION into $TOOLS/venv-cyclonedx"
  step cyclonedx-bom bash -c '"$0" -m venv "$1" && "$1/bin/pip" install --quiet --disable-pip-version-check --no-input "cyclonedx-bom==$2"' \
    "$PYTHON" "$TOOLS/venv-cyclonedx" "$CYCLONEDX_BOM_VERSION" || log "cyclonedx-bom: install failed (the SBOM comparison test will skip)"
fi

# flaskr (examples/tutorial of the flask sdist on PyPI, BSD-3-Clause) in $TOOLS/examples/flaskr with its
# own .venv: `pip install -e .` of a pyproject that lists only "flask", with constraints that
# pin the transitive releases (werkzeug 3.0.3 has published advisories). The tests read it
# offline; nothing of it is committed.
FLASKR="$TOOLS/examples/flaskr"
if skipped flaskr; then
  log "flaskr: skipped (RUNGUARD_SETUP_SKIP)"
elif [ -f "$FLASKR/.runguard-ready" ]; then
  log "flaskr: already installed in $FLASKR, kept"
else
  log "flaskr: flask $FLASK_EXAMPLE_REF examples/tutorial into $FLASKR"
  step flaskr bash -c '
    set -euo pipefail
    rm -rf "$1" "$1.src" && mkdir -p "$1.src"
    "$3" -m pip download --quiet --disable-pip-version-check --no-deps --no-binary :all: \
      -d "$1.src" "flask==$2"
    tar -xzf "$1.src/flask-$2.tar.gz" -C "$1.src"
    cp -r "$1.src/flask-$2/examples/tutorial" "$1" && rm -rf "$1.src"
    "$3" -m venv "$1/.venv"
    printf "flask==3.0.3\nwerkzeug==3.0.3\njinja2==3.1.4\nmarkupsafe==2.1.5\nitsdangerous==2.2.0\nclick==8.1.7\nblinker==1.8.2\n" > "$1/.constraints.txt"
    "$1/.venv/bin/pip" install --quiet --disable-pip-version-check --no-input -c "$1/.constraints.txt" -e "$1"
    touch "$1/.runguard-ready"' flaskr "$FLASKR" "$FLASK_EXAMPLE_REF" "$PYTHON" || log "flaskr: install failed (the real-project environment test will skip)"
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

# An OpenTelemetry Collector (OTLP receiver + file exporter) for the telemetry tests
# (__tests__/telemetry/collector.test.ts and the 40-run history test skip without it): the
# pinned OpenTelemetry Collector Builder (`go install`) builds it from
# scripts/otelcol-builder.yaml into $TOOLS/otelcol. Kept when present. A cold build compiles
# the collector and its dependencies from source and takes many minutes (its Go module and build
# caches make the next one fast). A cold build took 16.5 minutes on a 2-core machine (builder
# 3 min, compile 13.5 min), more than the whole CI budget, so it is opt-in:
# RUNGUARD_SETUP_OTELCOL=1 builds it; otherwise the tests that need it skip and say this.
OTELCOL="$TOOLS/otelcol/runguard-otelcol"
build_otelcol() {
  local work
  work=$(mktemp -d "${TMPDIR:-/tmp}/runguard-otelcol.XXXXXX")
  GOBIN="$TOOLS/bin" GOFLAGS=-mod=mod go install "go.opentelemetry.io/collector/cmd/builder@$OTELCOL_BUILDER_VERSION"
  cp scripts/otelcol-builder.yaml "$work/"
  (cd "$work" && "$TOOLS/bin/builder" --config otelcol-builder.yaml)
  mkdir -p "$TOOLS/otelcol"
  # Renamed into place: a test that finds the file must find all of it.
  mv "$work/build/runguard-otelcol" "$OTELCOL.tmp" && mv -f "$OTELCOL.tmp" "$OTELCOL"
  rm -rf "$work"
  "$OTELCOL" components
}
if skipped otelcol; then
  log "otelcol: skipped (RUNGUARD_SETUP_SKIP)"
elif HAVE="fileexporter ${OTELCOL_BUILDER_VERSION}" has_version "$OTELCOL" components; then
  log "otelcol: $OTELCOL_BUILDER_VERSION already built in $TOOLS/otelcol, kept"
elif [ "${RUNGUARD_SETUP_OTELCOL:-0}" != 1 ]; then
  log "otelcol: not built (opt-in, a cold build takes ~16 min): RUNGUARD_SETUP_OTELCOL=1 bash scripts/setup.sh; the telemetry collector tests will skip"
elif command -v go >/dev/null; then
  log "otelcol: building the collector with builder $OTELCOL_BUILDER_VERSION (a cold build takes many minutes)"
  step otelcol build_otelcol || log "otelcol: build failed (the telemetry collector tests will skip)"
else
  log "otelcol: not built: Go is not installed (the telemetry collector tests will skip)"
fi

if [ ! -f dist/cli/index.js ]; then
  step build npm run build --silent
else
  log "build: dist/cli/index.js exists, kept (npm run build rebuilds it)"
fi
log "setup done; tools in $TOOLS"
