// Threat: a scanner (or a plugin it runs) leaves a process behind that keeps the scanner's
// stdout open, in its process group or after setsid. Waiting for the pipe to close would keep
// runguard (and the job) waiting until that process ends, past every timeout.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from '../../src/exec.js'
import {
  aliveWith,
  CLI,
  cleanUp,
  requireDist,
  sleep,
  stepEnv,
  start,
  workspace
} from './runner-support.js'

const maybe = process.platform === 'linux' ? describe : describe.skip

/** A bandit look-alike that prints a valid empty report and leaves two sleepers holding stdout. */
function fakeBandit(dir: string, marker: string): void {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'bandit')
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      'if [ "$1" = "--version" ]; then echo "bandit 1.9.4"; exit 0; fi',
      `python3 -c 'import time; time.sleep(60)' '${marker}' &`,
      `setsid python3 -c 'import time; time.sleep(60)' '${marker}' &`,
      `echo '{"errors": [], "results": [], "metrics": {"_totals": {}}}'`,
      'exit 0',
      ''
    ].join('\n')
  )
  chmodSync(file, 0o755)
}

maybe('a process a scanner leaves behind does not keep runguard waiting', () => {
  const markers: string[] = []
  beforeAll(requireDist)
  afterEach(async () => {
    for (const m of markers.splice(0)) await cleanUp(m)
  })

  it('exec returns soon after the program exits, with its output, and kills its group', async () => {
    const marker = `rg-orphan-${process.pid}-${Date.now()}`
    markers.push(marker)
    const result = await execFile('/bin/sh', [
      '-c',
      `python3 -c 'import time; time.sleep(60)' ${marker} & echo done`
    ])
    expect(result.stdout.trim()).toBe('done')
    expect(result.exitCode).toBe(0)
    expect(result.durationMs).toBeLessThan(15000)
    expect(result.streamsHeldOpen).toBe(true)
    // The leftover in the tool's process group was killed. A process killed a moment ago still
    // shows until the scheduler runs it to its end, which under load takes a while; a leftover
    // nobody killed sleeps on for 60 s.
    for (let waited = 0; waited < 3000 && aliveWith(marker).length > 0; waited += 100)
      await sleep(100)
    expect(aliveWith(marker)).toEqual([])
  })

  it('the built CLI finishes a scan whose scanner left a daemon holding its stdout', async () => {
    const ws = workspace({ 'app.py': 'print(1)\n' })
    markers.push(ws)
    const bin = path.join(ws, '..', `${path.basename(ws)}-bin`)
    fakeBandit(bin, ws)
    const done = await start(
      [
        process.execPath,
        CLI,
        'scan',
        '--scanners',
        'bandit',
        '--tools-dir',
        path.join(bin, 'none'),
        '--sarif-file',
        '',
        '--sbom-file',
        ''
      ],
      { cwd: ws, env: stepEnv({ PATH: `${bin}:${process.env.PATH ?? ''}` }) }
    ).done
    expect(done.ms).toBeLessThan(20000)
    expect(done.code).toBe(0)
    expect(done.stdout + done.stderr).toMatch(/bandit/)
  })
})
