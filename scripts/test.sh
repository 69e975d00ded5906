#!/usr/bin/env bash
# Runs the whole test suite with the scanners installed by scripts/setup.sh on PATH.
# Extra arguments go to jest (e.g. a path filter).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${RUNGUARD_TOOLS_DIR:-$HOME/.cache/runguard-tools}"
for d in "$TOOLS"/venv-*/bin "$TOOLS/bin"; do
  [ -d "$d" ] && PATH="$d:$PATH"
done
export PATH
export NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules"
exec npx jest "$@"
