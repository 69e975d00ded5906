// Threat: the script outlives runguard. A chain that forks, exits and calls setsid every few
// milliseconds leaves any process group and any pid list behind, ignores SIGTERM and SIGINT,
// and keeps rewriting the metrics file; on a timeout, Ctrl-C, the runner's cancellation
// (SIGINT, then SIGTERM 7.5 s later, to runguard's pid alone) or even runguard being killed,
// every process must die, and runguard must still finish with its reports written.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ACTION,
  aliveWith,
  CLI,
  cleanUp,
  isolationExpected,
  requireDist,
  sleep,
  start,
  stepEnv,
  waitUntil,
  workspace,
  zombiesUnder
} from './runner-support.js'

const CHAIN = String.raw`
import os, sys, time, signal
target, mode, ready = sys.argv[1], sys.argv[2], sys.argv[3]
# A safety net for this machine if runguard fails: the chain ends by itself after 20 s.
end = float(sys.argv[4]) if len(sys.argv) > 4 else time.time() + 20
for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(s, signal.SIG_IGN)

def chain():
    while time.time() < end:
        if os.fork() == 0:
            os.setsid()
            try:
                with open(target, 'w') as f:
                    f.write('{"rewritten": "by a process that escaped"}\n')
            except OSError:
                pass
            if not os.path.exists(ready):
                open(ready, 'w').close()
            time.sleep(0.003)
            continue
        os._exit(0)
    os._exit(0)

if mode == 'link':
    chain()
# The chain starts from a fresh exec with an empty environment: no marker runguard set survives.
def escape():
    if os.fork() == 0:
        os.setsid()
        os.execve(sys.executable, [sys.executable, sys.argv[0], target, 'link', ready, str(end)], {})
if mode == 'exit':
    escape()
    os._exit(0)
escape()
while time.time() < end:
    time.sleep(1)
`

interface MetricsFile {
  exit_code: number
  timedOut: boolean
  cancelled?: boolean
}

const linux = process.platform === 'linux'
const maybe = linux ? describe : describe.skip
// The chain must die with and without the namespaces (subreaper, cgroup, freeze-then-kill).
const modes = isolationExpected() ? (['auto', 'off'] as const) : (['off'] as const)
/** `--isolation <mode>`, or nothing for the default (auto). */
const flag = (isolation: 'auto' | 'off'): string[] =>
  isolation === 'auto' ? [] : ['--isolation', isolation]

function chainWorkspace(): { ws: string; marker: string; metrics: string; ready: string } {
  const ws = workspace({ 'chain.py': CHAIN })
  return {
    ws,
    // Every link of the chain carries the workspace's paths in its command line.
    marker: ws,
    metrics: path.join(ws, 'm.json'),
    ready: path.join(ws, 'ready')
  }
}

/** After runguard: nothing alive, and the metrics file is runguard's and stays so. */
async function expectNothingLeft(marker: string, metrics: string): Promise<MetricsFile> {
  // A process killed a moment ago still shows until the scheduler runs it to its end, which on a
  // loaded machine can take longer than 300 ms; an escaped chain keeps forking and never goes.
  for (let waited = 0; waited < 3000 && aliveWith(marker).length > 0; waited += 100)
    await sleep(100)
  expect(aliveWith(marker)).toEqual([])
  const first = readFileSync(metrics, 'utf8')
  await sleep(700)
  expect(readFileSync(metrics, 'utf8')).toBe(first)
  expect(aliveWith(marker)).toEqual([])
  return JSON.parse(first) as MetricsFile
}

maybe('every process dies and runguard always finishes', () => {
  const markers: string[] = []
  beforeAll(requireDist)
  afterEach(async () => {
    for (const m of markers.splice(0)) await cleanUp(m)
  })

  it.each(modes)(
    'a fork-exit-setsid chain left behind by a script that exits at once (isolation %s, 3 runs)',
    async isolation => {
      for (let i = 0; i < 3; i++) {
        const { ws, marker, metrics, ready } = chainWorkspace()
        markers.push(marker)
        const done = await start(
          [
            process.execPath,
            CLI,
            'run',
            ...flag(isolation),
            '--kill-grace',
            '0.5',
            '--metrics-file',
            'm.json',
            '--',
            'python3',
            'chain.py',
            metrics,
            'exit',
            ready
          ],
          { cwd: ws, env: stepEnv() }
        ).done
        expect(done.stderr).toMatch(/still running after it exited; they were terminated/)
        const m = await expectNothingLeft(marker, metrics)
        expect(m.exit_code).toBe(0)
      }
    }
  )

  it('on a timeout', async () => {
    const { ws, marker, metrics, ready } = chainWorkspace()
    markers.push(marker)
    const done = await start(
      [
        process.execPath,
        CLI,
        'run',
        '--timeout',
        '1.5',
        '--kill-grace',
        '0.5',
        '--metrics-file',
        'm.json',
        '--',
        'python3',
        'chain.py',
        metrics,
        'stay',
        ready
      ],
      { cwd: ws, env: stepEnv() }
    ).done
    expect(done.code).toBe(1)
    const m = await expectNothingLeft(marker, metrics)
    expect(m.timedOut).toBe(true)
  })

  it.each(modes)(
    'on Ctrl-C: exit 130, the run marked cancelled in the reports (isolation %s)',
    async isolation => {
      const { ws, marker, metrics, ready } = chainWorkspace()
      markers.push(marker)
      // A terminal sends SIGINT to the whole foreground process group: runguard's.
      const run = start(
        [
          process.execPath,
          CLI,
          'run',
          ...flag(isolation),
          '--metrics-file',
          'm.json',
          '--',
          'python3',
          'chain.py',
          metrics,
          'stay',
          ready
        ],
        { cwd: ws, env: stepEnv(), detached: true }
      )
      await waitUntil(() => existsSync(ready), 15000, 'the chain to start')
      // Hundreds of chain links have exited meanwhile: they are reaped as they die (zombies
      // piling up under a subreaper would exhaust the machine's pids).
      await sleep(1000)
      expect(aliveWith(marker).length).toBeGreaterThan(0)
      expect(zombiesUnder(run.child.pid as number)).toBeLessThan(50)
      process.kill(-(run.child.pid as number), 'SIGINT')
      const done = await run.done
      expect(done.code).toBe(130)
      expect(done.stderr).toMatch(/SIGINT received/)
      const m = await expectNothingLeft(marker, metrics)
      expect(m.cancelled).toBe(true)
    }
  )

  it('on the runner’s cancellation of the built Action: done before the SIGTERM 7.5 s later, reports written', async () => {
    const { ws, marker, metrics, ready } = chainWorkspace()
    markers.push(marker)
    const run = start([process.execPath, ACTION], {
      cwd: ws,
      env: stepEnv({
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: ws,
        INPUT_SCRIPT: `python3 chain.py ${metrics} stay ${ready}`,
        'INPUT_METRICS-FILE': 'm.json',
        INPUT_SCANNERS: 'secrets',
        'INPUT_INSTALL-TOOLS': 'false',
        'INPUT_SARIF-FILE': '',
        'INPUT_SBOM-FILE': ''
      })
    })
    await waitUntil(() => existsSync(ready), 15000, 'the chain to start')
    // The runner signals the action's pid only, not its group.
    const signalled = performance.now()
    process.kill(run.child.pid as number, 'SIGINT')
    const sigterm = setTimeout(() => run.child.kill('SIGTERM'), 7500)
    const done = await run.done
    clearTimeout(sigterm)
    expect(performance.now() - signalled).toBeLessThan(7500)
    expect(done.signal).toBeNull()
    const m = await expectNothingLeft(marker, metrics)
    expect(m.cancelled).toBe(true)
    expect(done.stdout).toMatch(
      /::error::runguard: the gate failed[^\n]*%0A- the run was cancelled/
    )
  })

  it.each(modes)(
    'when runguard itself is SIGKILLed (the runner’s last resort), the tree still dies (isolation %s)',
    async isolation => {
      const { ws, marker, metrics, ready } = chainWorkspace()
      markers.push(marker)
      const run = start(
        [
          process.execPath,
          CLI,
          'run',
          ...flag(isolation),
          '--',
          'python3',
          'chain.py',
          metrics,
          'stay',
          ready
        ],
        { cwd: ws, env: stepEnv() }
      )
      await waitUntil(() => existsSync(ready), 15000, 'the chain to start')
      // The marker finds the chain (so "nothing found" below means something).
      expect(aliveWith(marker).length).toBeGreaterThan(0)
      process.kill(run.child.pid as number, 'SIGKILL')
      await run.done
      await waitUntil(() => aliveWith(marker).length === 0, 5000, 'the tree to die').catch(
        () => undefined
      )
      expect(aliveWith(marker)).toEqual([])
    }
  )
})
