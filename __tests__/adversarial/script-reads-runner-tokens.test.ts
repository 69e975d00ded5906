// Threat: the script under test (written by whoever opened the pull request) steals the job's
// tokens. Scrubbing its environment is not enough: it can read /proc/<runguard or runner>/environ,
// list the runner's file-command directory, or use the runner's passwordless sudo. The script
// must find no token anywhere, write no file command, and hold no privilege.
import { randomBytes } from 'node:crypto'
import { chmodSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  ACTION,
  CLI,
  fileCommands,
  isolationExpected,
  requireDist,
  start,
  stepEnv,
  workspace
} from './runner-support.js'

// Everything a script can try without doing harm to the machine if it succeeds: read every
// environ it can, list and append to the file-command directory, and report its privileges.
const THIEF = String.raw`
import os, sys, json
found = {'environ': [], 'files': {}, 'wrote': [], 'status': {}}
for pid in os.listdir('/proc'):
    if pid.isdigit():
        try:
            with open('/proc/%s/environ' % pid, 'rb') as f:
                found['environ'].append(f.read().decode('utf8', 'replace'))
        except OSError:
            pass
commands = os.path.join(os.environ.get('RUNNER_TEMP', '/nonexistent'), '_runner_file_commands')
try:
    for name in os.listdir(commands):
        p = os.path.join(commands, name)
        try:
            with open(p) as f:
                found['files'][name] = f.read()
            with open(p, 'a') as f:
                f.write('pwned=true\n')
            found['wrote'].append(name)
        except OSError:
            pass
except OSError:
    pass
with open('/proc/self/status') as f:
    for line in f:
        k, _, v = line.partition(':')
        found['status'][k] = v.strip()
with open(sys.argv[1], 'w') as f:
    json.dump(found, f)
print('thief done')
`

const linux = process.platform === 'linux'
const maybe = isolationExpected() ? describe : describe.skip

interface Loot {
  environ: string[]
  files: Record<string, string>
  wrote: string[]
  status: Record<string, string>
}

function tokens(): Record<string, string> {
  const t = (prefix: string): string => prefix + randomBytes(16).toString('hex')
  return {
    GITHUB_TOKEN: t('ghs_'),
    'INPUT_GITHUB-TOKEN': t('ghs_'),
    GH_TOKEN: t('gho_'),
    ACTIONS_RUNTIME_TOKEN: t('rt-'),
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: t('oidc-'),
    ACTIONS_CACHE_URL: `https://cache.example/${t('c')}`
  }
}

function expectNothingTaken(loot: Loot, secrets: Record<string, string>, outputs: string): void {
  const everything = JSON.stringify(loot.environ)
  for (const [name, value] of Object.entries(secrets)) {
    expect({ name, leaked: everything.includes(value) }).toEqual({ name, leaked: false })
  }
  // Not even the names of the step's file commands, and no file command written.
  expect(everything).not.toMatch(/GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY)=/)
  expect(loot.wrote).toEqual([])
  expect(outputs).not.toContain('pwned')
  // no_new_privs: sudo and every set-uid program are powerless; no CAP_SYS_ADMIN (mount,
  // unshare, setns) and no CAP_SYS_PTRACE.
  expect(loot.status.NoNewPrivs).toBe('1')
  const caps = BigInt(`0x${loot.status.CapEff ?? '0'}`)
  expect(caps & (1n << 21n)).toBe(0n)
  expect(caps & (1n << 19n)).toBe(0n)
}

maybe('the script cannot reach runner tokens (isolation on by default)', () => {
  beforeAll(requireDist)

  it('through the built CLI: no token in any /proc/*/environ, no file command written', async () => {
    const ws = workspace({ 'thief.py': THIEF })
    const secrets = tokens()
    const commands = fileCommands(ws)
    const run = start(
      [process.execPath, CLI, 'run', '--', 'python3', 'thief.py', path.join(ws, 'loot.json')],
      { cwd: ws, env: stepEnv({ ...secrets, ...commands.env, GITHUB_ACTIONS: 'true' }) }
    )
    const done = await run.done
    expect({ code: done.code, stderr: done.stderr }).toMatchObject({ code: 0 })
    const loot = JSON.parse(readFileSync(path.join(ws, 'loot.json'), 'utf8')) as Loot
    const outputs = Object.values(commands.files)
      .map(f => readFileSync(f, 'utf8'))
      .join('')
    expectNothingTaken(loot, secrets, outputs)
    expect(done.stderr).not.toMatch(/isolation: OFF/)
  })

  it('through the built Action: the github-token input and the runtime token stay out of reach', async () => {
    const ws = workspace({ 'thief.py': THIEF })
    const secrets = tokens()
    const commands = fileCommands(ws)
    const run = start([process.execPath, ACTION], {
      cwd: ws,
      env: stepEnv({
        ...secrets,
        ...commands.env,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: ws,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_NAME: 'pull_request',
        INPUT_SCRIPT: `python3 thief.py ${path.join(ws, 'loot.json')}`,
        INPUT_SCANNERS: 'secrets',
        'INPUT_INSTALL-TOOLS': 'false',
        'INPUT_SARIF-FILE': '',
        'INPUT_SBOM-FILE': ''
      })
    })
    const done = await run.done
    expect(done.stdout).toContain('thief done')
    const loot = JSON.parse(readFileSync(path.join(ws, 'loot.json'), 'utf8')) as Loot
    // The step's own outputs were written by runguard after the script; none came from it.
    const outputs = readFileSync(commands.files.GITHUB_OUTPUT, 'utf8')
    expect(outputs).toContain('passed<<')
    expectNothingTaken(loot, secrets, outputs)
  })
})

describe('the repository cannot hand the script the tokens or turn isolation off', () => {
  beforeAll(requireDist)

  it.each([
    ['pass-env:\n  - INPUT_GITHUB-TOKEN\n', 'pass-env'],
    ['isolation: off\n', 'isolation']
  ])('.runguard.yml with %j is a configuration error', async (config, key) => {
    const ws = workspace({ '.runguard.yml': config, 'job.py': 'print("ran")\n' })
    const done = await start([process.execPath, CLI, 'run', '--', 'python3', 'job.py'], {
      cwd: ws,
      env: stepEnv({ 'INPUT_GITHUB-TOKEN': 'ghs_' + randomBytes(16).toString('hex') })
    }).done
    expect(done.code).toBe(2)
    expect(done.stderr).toContain(`'${key}' cannot be set in the config file`)
    expect(done.stdout + done.stderr).not.toContain('ran')
  })
})

// Only root can start the CLI as an unprivileged user without sudo, the case where isolation
// is not available.
const asNobody = linux && process.getuid?.() === 0 ? describe : describe.skip

asNobody('where isolation is not available', () => {
  beforeAll(requireDist)
  const nobody = { uid: 65534, gid: 65534 }
  const env = stepEnv({ PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/tmp', CI: 'true' })

  it('isolation: required fails before anything runs (exit 2, saying why and what to do)', async () => {
    const ws = workspace({ 'job.py': 'open("ran", "w").write("1")\n' })
    chmodSync(ws, 0o777)
    const done = await start(
      [process.execPath, CLI, 'run', '--isolation', 'required', '--', 'python3', 'job.py'],
      { cwd: ws, env, ...nobody }
    ).done
    expect(done.code).toBe(2)
    expect(done.stderr).toMatch(/isolation is 'required', but the script cannot be isolated here: /)
    expect(done.stderr).toMatch(/passwordless sudo|python3/)
    expect(() => readFileSync(path.join(ws, 'ran'))).toThrow()
  })

  it('isolation: auto runs the script and says plainly that it is not isolated', async () => {
    const ws = workspace({ 'job.py': 'print("ran")\n' })
    chmodSync(ws, 0o777)
    const done = await start(
      [process.execPath, CLI, 'run', '--metrics-file', 'm.json', '--', 'python3', 'job.py'],
      { cwd: ws, env, ...nobody }
    ).done
    expect(done.code).toBe(0)
    expect(done.stderr).toMatch(/warning: runguard: isolation: OFF, not available here: /)
    const metrics = JSON.parse(readFileSync(path.join(ws, 'm.json'), 'utf8')) as {
      measurement: { notes: string[] }
    }
    expect(metrics.measurement.notes[0]).toMatch(/^isolation: OFF, not available here/)
  })
})
