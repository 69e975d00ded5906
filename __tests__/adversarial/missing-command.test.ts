// Threat (to a new user's first minutes, and to the gate's honesty): a script or command that
// does not exist must not read as "the script ran and failed" (exit 1 with a table of zeros),
// nor cost a whole scan first. It is a configuration error: exit 2, "not found: …", before
// anything runs.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { CLI, requireDist, start, stepEnv, workspace } from './runner-support.js'

const maybe = process.platform === 'linux' ? describe : describe.skip

maybe('a script or command that does not exist', () => {
  beforeAll(requireDist)

  it.each([
    [
      ['run', '--', 'definitely-not-a-program-rg', '--x'],
      /not found: 'definitely-not-a-program-rg'/
    ],
    [['run', '--', 'python3', 'missing.py'], /not found: the Python file 'missing.py'/],
    [['run', '--', './missing.sh'], /not found: '\.\/missing\.sh'/],
    [['run', '--', './notes.txt'], /'\.\/notes\.txt' is not an executable file/],
    [['run', '--shell', '--', 'definitely-not-a-program-rg --version'], /not found: .*exit 127/]
  ])('%j: exit 2, "not found", no metrics table', async (args, message) => {
    const ws = workspace({ 'notes.txt': 'not a program\n' })
    const done = await start([process.execPath, CLI, ...args], { cwd: ws, env: stepEnv() }).done
    expect(done.code).toBe(2)
    expect(done.stderr).toMatch(/runguard: configuration error: /)
    expect(done.stderr).toMatch(message)
    expect(done.stdout).not.toMatch(/Metrics|exit_code/)
  })

  it('in `gate`, before the scanners run: no report is written', async () => {
    const ws = workspace({ 'app.py': 'print(1)\n' })
    const done = await start(
      [process.execPath, CLI, 'gate', '--scanners', 'secrets', '--', 'python3', 'mian.py'],
      { cwd: ws, env: stepEnv() }
    ).done
    expect(done.code).toBe(2)
    expect(done.stderr).toMatch(/not found: the Python file 'mian.py'/)
    expect(existsSync(path.join(ws, 'runguard.sarif'))).toBe(false)
  })
})
