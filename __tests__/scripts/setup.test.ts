import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { PINNED_VERSIONS } from '../../src/scanners/install.js'

/**
 * scripts/setup.sh against a stand-in Python whose venvs get a scripted `pip` (no network): a
 * failed install must fail the script and say which one, never end with "done"; a second run
 * keeps what is installed; every step says what it installs and how long it took.
 */

let dir: string
let python: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-setup-'))
  python = path.join(dir, 'python')
  // `python -m venv DIR` makes DIR/bin/pip: `pip install NAME==V` creates DIR/bin/NAME (which
  // prints its version) unless NAME is listed in $FAIL_TOOLS; `pip show NAME` prints the version
  // and then a long tail, as the real one does (a reader that stops early must still see it).
  fs.writeFileSync(
    python,
    `#!/usr/bin/env bash
set -e
[ "$1 $2" = "-m venv" ] || exit 9
mkdir -p "$3/bin"
cat >"$3/bin/pip" <<'PIP'
#!/usr/bin/env bash
bin=$(dirname "$0")
if [ "$1" = show ]; then [ -f "$bin/.version-$2" ] && echo "Version: $(cat "$bin/.version-$2")" && seq 1 200000; exit 0; fi
spec=\${@: -1}; name=\${spec%%==*}; version=\${spec##*==}
if [[ ",$FAIL_TOOLS," == *",$name,"* ]]; then echo "ERROR: No matching distribution found for $spec" >&2; exit 1; fi
printf '#!/bin/sh\\necho "%s %s"\\n' "$name" "$version" >"$bin/$name"; chmod +x "$bin/$name"
echo "$version" >"$bin/.version-$name"
PIP
chmod +x "$3/bin/pip"
`
  )
  fs.chmodSync(python, 0o755)
})

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function setup(failTools = ''): { status: number | null; stderr: string } {
  const run = spawnSync('bash', ['scripts/setup.sh'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      RUNGUARD_TOOLS_DIR: path.join(dir, 'tools'),
      // The stand-in pip installs commands, not data: the Safety DB step is skipped here.
      RUNGUARD_SETUP_SKIP: 'osv-scanner,safety-db,otelcol',
      PYTHON: python,
      FAIL_TOOLS: failTools
    },
    timeout: 120_000
  })
  return { status: run.status, stderr: run.stderr }
}

describe('scripts/setup.sh', () => {
  it('fails, naming the tool and its error, when one install fails', () => {
    const { status, stderr } = setup('semgrep')
    expect(status).not.toBe(0)
    expect(stderr).toMatch(/semgrep: FAILED/)
    expect(stderr).toMatch(/No matching distribution found for semgrep==/)
    expect(stderr).toMatch(/setup FAILED: semgrep/)
    expect(stderr).not.toMatch(/setup done/)
    // The others still went in, and said so with their time.
    expect(stderr).toMatch(/bandit: installing 1\.9\.4/)
    expect(stderr).toMatch(/bandit: done in \d+s/)
  })

  it('keeps installed tools on a second run', () => {
    expect(setup().status).toBe(0)
    const again = setup()
    expect(again.status).toBe(0)
    for (const tool of ['bandit', 'semgrep', 'safety'])
      expect(again.stderr).toMatch(new RegExp(`${tool}: [\\d.]+ already installed .*, kept`))
    expect(again.stderr).not.toMatch(/installing/)
    expect(again.stderr).toMatch(/setup done/)
  })

  it('pins the versions the CLI installer pins', () => {
    const text = fs.readFileSync('scripts/setup.sh', 'utf8')
    const pin = (name: string): string | undefined =>
      new RegExp(`^${name}_VERSION=v?(\\S+)$`, 'm').exec(text)?.[1]
    expect({
      bandit: pin('BANDIT'),
      semgrep: pin('SEMGREP'),
      safety: pin('SAFETY'),
      'osv-scanner': pin('OSV_SCANNER')
    }).toEqual(PINNED_VERSIONS)
  })
})
