// Threat: a numeric setting outside what Node can hold. A max-output-bytes above the longest
// Buffer/string crashed runguard with no reports; a timeout above 2^31 ms fired after 1 ms and
// killed the script at once (a pull request can set both in .runguard.yml). Each is a
// configuration error naming the field, the value and the limit.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { CLI, requireDist, start, stepEnv, workspace } from './runner-support.js'

describe('numeric settings are bounded', () => {
  beforeAll(requireDist)

  it.each([
    [
      ['--max-output-bytes', '99999999999'],
      'max-output-bytes',
      '99999999999',
      /at most 536870888 bytes/
    ],
    [['--timeout', '2147484'], 'timeout', '2147484', /at most 2147483 seconds/],
    [['--kill-grace', '1e10'], 'kill-grace', '10000000000', /at most 2147483 seconds/],
    [['--retry-delay', '3000000'], 'retry-delay', '3000000', /at most 2147483 seconds/]
  ])(
    'flag %j: exit 2 naming the field, the value and the limit',
    async (flags, field, value, limit) => {
      const ws = workspace({ 'job.py': 'print("ran")\n' })
      const done = await start(
        [process.execPath, CLI, 'run', ...flags, '--', 'python3', 'job.py'],
        {
          cwd: ws,
          env: stepEnv()
        }
      ).done
      expect(done.code).toBe(2)
      expect(done.stderr).toContain(`'${field}'`)
      expect(done.stderr).toContain(value)
      expect(done.stderr).toMatch(limit)
      expect(done.stdout + done.stderr).not.toContain('ran')
    }
  )

  it('from .runguard.yml too (a pull request can write it)', async () => {
    const ws = workspace({
      '.runguard.yml': 'timeout: 3000000\nscript: [python3, job.py]\n',
      'job.py': 'import time\ntime.sleep(0.5)\nprint("ran to the end")\n'
    })
    const done = await start([process.execPath, CLI, 'run'], { cwd: ws, env: stepEnv() }).done
    expect(done.code).toBe(2)
    expect(done.stderr).toMatch(/'timeout' from \.runguard\.yml.*3000000.*at most 2147483 seconds/)
  })

  it('the largest timeout allowed is a real timeout, not 1 ms', async () => {
    const ws = workspace({ 'job.py': 'import time\ntime.sleep(0.5)\nprint("ran to the end")\n' })
    const done = await start(
      [process.execPath, CLI, 'run', '--timeout', '2147483', '--', 'python3', 'job.py'],
      { cwd: ws, env: stepEnv() }
    ).done
    expect(done.code).toBe(0)
    expect(done.stderr).toContain('ran to the end')
  })
})
