#!/usr/bin/env bash
# Installs the secret benchmark's anchors, pinned, outside the repository (idempotent):
#   gitleaks        go install github.com/zricethezav/gitleaks/v8@v8.30.1 → $DIR/bin/gitleaks
#   detect-secrets  pip install detect-secrets==1.5.0 in a venv        → $DIR/venv-detect-secrets
# DIR is $RUNGUARD_ANCHORS_DIR, default ~/.cache/runguard-anchors. bench/secrets/anchors.ts
# looks there (or at $GITLEAKS / $DETECT_SECRETS) and skips an anchor that is absent.
set -euo pipefail
DIR="${RUNGUARD_ANCHORS_DIR:-$HOME/.cache/runguard-anchors}"
mkdir -p "$DIR/bin"
if [ ! -x "$DIR/bin/gitleaks" ]; then
  command -v go >/dev/null || { echo "install-anchors: go is needed to build gitleaks" >&2; exit 1; }
  GOBIN="$DIR/bin" go install github.com/zricethezav/gitleaks/v8@v8.30.1
fi
if [ ! -x "$DIR/venv-detect-secrets/bin/detect-secrets" ]; then
  python3 -m venv "$DIR/venv-detect-secrets"
  "$DIR/venv-detect-secrets/bin/pip" install --quiet detect-secrets==1.5.0
fi
echo "anchors in $DIR: gitleaks v8.30.1, detect-secrets $("$DIR/venv-detect-secrets/bin/detect-secrets" --version)"
