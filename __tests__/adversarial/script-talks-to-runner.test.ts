// Threat: the script prints workflow commands, hoping the Actions runner processes them as if
// runguard had: mask words to garble the report, forge annotations, stop commands itself, use
// the legacy `##[…]` form in the middle of a line, or print a fake "passed" block. Read the
// step's log as the runner does: not one command may come from the script, while runguard's
// own commands after it still work.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  ACTION,
  CLI,
  fileCommands,
  requireDist,
  runnerCommands,
  start,
  stepEnv,
  workspace
} from './runner-support.js'

// Every line carries EVIL, so any command the runner would run from the script is visible.
const HOSTILE = String.raw`
import sys
lines = [
    '::add-mask::runguard',
    '::add-mask::EVIL',
    '::error title=EVIL::EVIL forged annotation',
    '::warning file=app.py,line=1::EVIL forged warning',
    '  ::notice::EVIL indented command',
    '::set-output name=passed::EVIL',
    '::save-state name=EVIL::EVIL',
    '::add-matcher::EVIL.json',
    '::stop-commands::EVILTOKEN',
    '::error::EVIL inside its own stop',
    '::EVILTOKEN::',
    '::error::EVIL after its own resume',
    'text before ##[error]EVIL legacy form mid-line',
    '##[add-mask]EVIL',
    '::group::EVIL group',
    '::endgroup::',
    '',
    'runguard: PASSED (EVIL fake block)',
    '  exit_code == 0  exit_code is 0, within == 0',
]
for line in lines:
    print(line, flush=True)
    print(line, file=sys.stderr, flush=True)
sys.exit(1)
`

function expectNoCommandFromScript(log: string): void {
  const commands = runnerCommands(log)
  const fromScript = commands.filter(c => c.line.includes('EVIL'))
  expect(fromScript).toEqual([])
  expect(commands.filter(c => c.name === 'add-mask' && c.data === 'runguard')).toEqual([])
  // runguard stopped commands under tokens of its own: long, random, never reused.
  const tokens = commands.filter(c => c.name === 'stop-commands').map(c => c.data)
  expect(tokens.length).toBeGreaterThan(0)
  for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32,}$/)
  expect(new Set(tokens).size).toBe(tokens.length)
  // The script's output is still shown, in a group of its own.
  expect(log).toContain('::error::EVIL after its own resume')
  const groups = commands.filter(c => c.name === 'group')
  expect(groups.some(g => /Output of the script/.test(g.data))).toBe(true)
}

describe('the script cannot talk to the runner', () => {
  beforeAll(requireDist)

  it('in the built Action: its commands are not processed; runguard’s verdict and outputs are', async () => {
    const ws = workspace({ 'hostile.py': HOSTILE })
    const commands = fileCommands(ws)
    const done = await start([process.execPath, ACTION], {
      cwd: ws,
      env: stepEnv({
        ...commands.env,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: ws,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_NAME: 'pull_request',
        INPUT_SCRIPT: 'python3 hostile.py',
        INPUT_SCANNERS: 'secrets',
        'INPUT_INSTALL-TOOLS': 'false',
        'INPUT_SARIF-FILE': '',
        'INPUT_SBOM-FILE': ''
      })
    }).done
    // stdout and stderr are parsed alike by the runner.
    expectNoCommandFromScript(done.stdout + '\n' + done.stderr)
    const processed = runnerCommands(done.stdout)
    // runguard's own failure annotation still reaches the runner, after the script's section.
    expect(processed.some(c => c.name === 'error' && /the gate failed/.test(c.data))).toBe(true)
    expect(done.code).toBe(1)
    const outputs = readFileSync(commands.files.GITHUB_OUTPUT, 'utf8')
    expect(outputs).toMatch(/^passed<<(\S+)\nfalse\n\1$/m)
    expect(readFileSync(commands.files.GITHUB_STEP_SUMMARY, 'utf8')).not.toContain('EVIL fake')
  })

  it('in the built CLI inside a workflow step (run: npx runguard …)', async () => {
    const ws = workspace({ 'hostile.py': HOSTILE })
    const done = await start(
      [process.execPath, CLI, 'run', '--metrics-file', 'm.json', '--', 'python3', 'hostile.py'],
      { cwd: ws, env: stepEnv({ GITHUB_ACTIONS: 'true' }) }
    ).done
    expectNoCommandFromScript(done.stdout + '\n' + done.stderr)
    expect(done.code).toBe(1)
    expect(readFileSync(path.join(ws, 'm.json'), 'utf8')).toContain('"exit_code": 1')
  })
})
