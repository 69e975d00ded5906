#!/usr/bin/env bash
# Runs every benchmark and regenerates docs/benchmarks.md from their fragments.
#   bash scripts/bench.sh          full runs (the numbers in docs/benchmarks.md)
#   bash scripts/bench.sh quick    fewer repetitions and a small secrets corpus (CI: proves the
#                                  benchmarks still run and prints their ratios)
# Benchmarks print ratios against anchors measured in the same run; they never fail on a
# target, only when they cannot run. startup and scan-e2e time whole processes of the built CLI
# (npm run build first). RUNGUARD_SCAN_TARGET=<dir> names a real project checked out outside
# the repository (e.g. a Django app) for scan-e2e in full mode; without it that part is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-full}"
TOOLS="${RUNGUARD_TOOLS_DIR:-$HOME/.cache/runguard-tools}"
# Appended, not prepended: every tool venv has its own python3, and the scripts the benchmarks
# run must get the user's python3, not Semgrep's.
for d in "$TOOLS"/venv-*/bin "$TOOLS/bin"; do
  [ -d "$d" ] && PATH="$PATH:$d"
done
export PATH
run() { echo "== $*"; node --import ./bench/register.mjs "$@"; }

if [ ! -f dist/cli/index.js ]; then npm run build --silent >/dev/null; fi
if [ "$mode" = quick ]; then
  run bench/startup/run.ts 5
  run bench/action-startup/run.ts 3
  run bench/scan-e2e/run.ts --reps 1
  run bench/monitor-overhead/run.ts 3 100
  run bench/peak-accuracy/run.ts 1
  run bench/scan-parallel/run.ts 1
  run bench/report-scale/run.ts --reps 1
  run bench/secrets/run.ts --files 120 --per-rule 2 --anchor-timeout 120 --no-tree
  # Skips (with a message) unless RUNGUARD_WEB_APPS / RUNGUARD_CLEAN_CODE name local folders.
  run bench/rules/run.ts --reps 1
else
  run bench/startup/run.ts 15
  run bench/action-startup/run.ts 10
  run bench/scan-e2e/run.ts --reps 3 --write-docs
  if [ -n "${RUNGUARD_SCAN_TARGET:-}" ]; then
    run bench/scan-e2e/run.ts "$RUNGUARD_SCAN_TARGET" --reps 3 --write-docs
  else
    echo "== scan-e2e on a real project: skipped (set RUNGUARD_SCAN_TARGET=<dir>)"
  fi
  run bench/monitor-overhead/run.ts 10 100
  run bench/peak-accuracy/run.ts 3
  run bench/scan-parallel/run.ts 3
  run bench/report-scale/run.ts
  run bench/secrets/run.ts --anchor-timeout 240
  run bench/rules/run.ts --reps 3
fi
run scripts/gen-benchmarks.ts
