import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { RawSettings } from '../../src/config/schema.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createRedactor, secretValuesFromEnv } from '../../src/redact.js'
import { runScript, type RunnerOptions, type RunOutcome } from '../../src/runner/index.js'
import { probeIsolation } from '../../src/runner/isolation.js'
import { ProcTreeMonitor } from '../../src/runner/monitor.js'
import { findShimPython } from '../../src/runner/shim.js'
import { createTestSettings } from '../helpers/settings.js'

const FIXTURES = path.resolve('__tests__/fixtures/runner')
const linux = process.platform === 'linux'

function havePython(): boolean {
  try {
    execFileSync('python3', ['-c', 'pass'])
    return true
  } catch {
    return false
  }
}
const python = havePython()
if (!python && process.env.CI === 'true') {
  throw new Error('python3 is required for the runner integration tests on CI (put it on PATH)')
}
const maybe = python && linux ? describe : describe.skip

async function run(
  overrides: Partial<RawSettings>,
  extra: Partial<Omit<RunnerOptions, 'settings'>> = {}
): Promise<RunOutcome & { logger: RecordingLogger }> {
  const logger = new RecordingLogger()
  const settings = createTestSettings({ workspace: FIXTURES, ...overrides })
  const outcome = await runScript({
    settings,
    logger,
    redactor: createRedactor(settings.secrets),
    ...extra
  })
  return { ...outcome, logger }
}

/**
 * Live processes (not zombies) whose command line contains `marker`. Pids a script reports
 * from inside a PID namespace mean nothing outside it, so survivors are found by a marker.
 */
function aliveWith(marker: string): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) continue
      if (!/^\d+ \(.*\) [ZX] /.test(readFileSync(`/proc/${entry}/stat`, 'utf8')))
        found.push(Number(entry))
    } catch {
      // Gone meanwhile.
    }
  }
  return found
}

// The measurement tests run both ways: isolated (own PID and mount namespaces, the default
// where the machine allows it) and not isolated.
const isolationAvailable = linux && probeIsolation(findShimPython()).available
const MODES = [
  ['isolated', 'auto'],
  ['not isolated', 'off']
] as const
const modes = MODES.filter(([, isolation]) => isolation === 'off' || isolationAvailable)

maybe.each(modes)('runner (real processes, %s)', (label, isolation) => {
  it('says in the measurement notes whether the script was isolated', async () => {
    const r = await run({ script: ['python3', '-c', 'pass'], isolation })
    expect(r.final.measurement.notes[0]).toMatch(
      label === 'isolated' ? /^isolation: on \(own PID and mount namespaces/ : /^isolation: off/
    )
    expect(r.isolation).toBe(r.final.measurement.notes[0])
  })

  it('reports a 300 MiB allocation held 200 ms at >= 95% on every one of 20 runs', async () => {
    const r = await run({ script: ['python3', 'alloc.py', '300', '0.2'], repeat: 20, isolation })
    expect(r.runs).toHaveLength(20)
    const peaks = r.runs.map(m => m.memory_max_mb)
    for (const peak of peaks) expect(peak).toBeGreaterThanOrEqual(300 * 0.95)
    for (const m of r.runs) {
      expect(m.success).toBe(true)
      expect(m.measurement.method).toBe('linux-proc+rusage-shim')
      expect(m.samples.length).toBeGreaterThan(0)
    }
    // The shim's own memory is not in the numbers: nothing near 300 + shim RSS twice.
    for (const peak of peaks) expect(peak).toBeLessThan(300 * 1.2)
  })

  it.each([
    ['with the rusage shim', true],
    ['with /proc only', false]
  ])('counts a child burning 2 s of CPU as >= 1.9 s user time (%s)', async (_, shim) => {
    const r = await run({ script: ['python3', 'burn_child.py', '2'], isolation }, { shim })
    expect(r.final.success).toBe(true)
    // The shim reports exact rusage. /proc alone is a lower bound: CPU used after the last
    // sample before a process exits is lost (at most one interval, more on a loaded machine).
    expect(r.final.user_time_seconds).toBeGreaterThanOrEqual(shim ? 1.9 : 1.8)
    expect(r.final.user_time_seconds).toBeLessThan(3)
    // The machine may be loaded (CI): only check that the sampler saw the burn at all.
    expect(r.final.cpu_max).toBeGreaterThan(10)
  })

  it('reports the tree maximum of threads and open files', async () => {
    const r = await run({ script: ['python3', 'threads_fds.py', '0.6'], isolation })
    expect(r.final.num_threads).toBeGreaterThanOrEqual(20)
    expect(r.final.num_fds).toBeGreaterThanOrEqual(50)
    // The runner's own threads and fds are not counted (node has many of both).
    expect(r.final.num_threads).toBeLessThan(30)
    expect(r.final.num_fds).toBeLessThan(70)
  })

  it.each([
    ['with the rusage shim', true],
    ['with /proc only', false]
  ])(
    'leaves no process behind after a timeout, including setsid’d SIGTERM-ignoring grandchildren (%s)',
    async (_, shim) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-tree-'))
      const pidFile = path.join(dir, 'pids')
      const r = await run(
        { script: ['python3', 'fork_tree.py', pidFile], timeout: 3, killGrace: 0.5, isolation },
        { shim }
      )
      // Show the script's own view first if it did not get as far as the timeout.
      expect({ timedOut: r.final.timedOut, stderr: r.stderr.text }).toEqual({
        timedOut: true,
        stderr: ''
      })
      const pids = readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number)
      expect(pids).toHaveLength(4)
      expect(r.final.timedOut).toBe(true)
      expect(r.final.success).toBe(false)
      expect(r.final.exit_code).toBe(128 + 15)
      expect(r.final.signal).toBe('SIGTERM')
      expect(r.logger.text()).toMatch(/exceeded its timeout/)
      expect(aliveWith(pidFile)).toEqual([])
    }
  )

  it('retries with per-attempt (never cumulative) metrics and returns every attempt', async () => {
    const r = await run({
      script: ['python3', 'burn_fail.py', '0.4', '3'],
      retry: 2,
      retryDelay: 0.05,
      retryStrategy: 'linear',
      isolation
    })
    expect(r.attempts.map(a => a.attempt)).toEqual([1, 2, 3])
    expect(r.runs).toHaveLength(1)
    expect(r.final).toBe(r.attempts[2])
    for (const a of r.attempts) {
      expect(a.exit_code).toBe(3)
      expect(a.user_time_seconds).toBeGreaterThanOrEqual(0.35)
      // Cumulative rusage would give ~0.8 s and ~1.2 s for attempts 2 and 3.
      expect(a.user_time_seconds).toBeLessThan(0.7)
    }
    expect(r.logger.text()).toMatch(/retrying in 0\.10s/)
  })

  it('stops the script and all further attempts when aborted, marking the run cancelled', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 500)
    const started = performance.now()
    const r = await run(
      { script: ['python3', '-c', 'import time; time.sleep(30)'], retry: 3, repeat: 3, isolation },
      { signal: controller.signal }
    )
    expect(performance.now() - started).toBeLessThan(10000)
    expect(r.attempts).toHaveLength(1)
    expect(r.runs).toHaveLength(1)
    expect(r.final.success).toBe(false)
    expect(r.final.cancelled).toBe(true)
    expect(r.final.exit_code).toBe(143)
    expect(r.final.measurement.notes).toContain('the run was aborted')
  })
})

maybe('runner (real processes)', () => {
  it('streams a 1 GiB stdout flood with < 50 MB RSS growth and exact counts', async () => {
    const gc = (globalThis as { gc?: () => void }).gc
    gc?.()
    const before = process.memoryUsage.rss()
    let max = before
    const probe = setInterval(() => (max = Math.max(max, process.memoryUsage.rss())), 10)
    let lines = 0
    let liveBytes = 0
    const r = await run(
      { script: ['python3', 'flood.py', '1024'] },
      {
        onLine: (_, line) => {
          lines++
          liveBytes += line.length + 1
        }
      }
    )
    clearInterval(probe)
    max = Math.max(max, process.memoryUsage.rss())
    const growthMb = (max - before) / 2 ** 20
    expect(r.final.stdout_size_bytes).toBe(1024 * 2 ** 20)
    expect(r.final.stdout_lines).toBe(1024 * 10486)
    // The live log shows the first max-output-bytes and replays the last lines at the end.
    expect(lines).toBeLessThan((10 * 2 ** 20) / 99 + 201)
    expect(liveBytes).toBeLessThanOrEqual(10 * 2 ** 20 + 64 * 1024)
    expect(r.logger.text()).toMatch(
      /\d+ line\(s\) \([\d.]+ MiB\) of the script's output were not shown live/
    )
    expect(r.stdout.truncated).toBe(true)
    expect(Buffer.byteLength(r.stdout.text)).toBeLessThanOrEqual(10 * 2 ** 20 + 100)
    expect(r.stdout.text).toMatch(/… \[runguard: \d+ bytes omitted\] …/)
    // Bounded, not proportional: the kept head and tail (10 MiB each, as JS strings) plus GC
    // slack under a loaded machine (52 MiB seen in CI) stay far below the 1 GiB that went by.
    expect(growthMb).toBeLessThan(100)
  })

  it('never shows a secret in live lines or captured text, and scrubs the runtime token', async () => {
    const secret = randomBytes(18).toString('base64url')
    const apiToken = 'tok_' + randomBytes(12).toString('hex')
    const env = {
      ...process.env,
      MY_API_TOKEN: apiToken,
      RG_SECRET: secret,
      GITHUB_TOKEN: 'ghs_fake'
    }
    const logger = new RecordingLogger()
    const settings = createTestSettings({
      workspace: FIXTURES,
      script: ['python3', 'print_secret.py', 'RG_SECRET'],
      secrets: [secret]
    })
    const live: string[] = []
    const r = await runScript({
      settings,
      logger,
      env,
      redactor: createRedactor([...settings.secrets, ...secretValuesFromEnv(env)]),
      onLine: (stream, line) => live.push(`${stream}: ${line}`)
    })
    const all = live.join('\n') + r.stdout.text + r.stderr.text + logger.text()
    expect(all).not.toContain(secret)
    expect(live).toContain('stdout: token=*** end')
    expect(live).toContain('stderr: error: ***')
    expect(live).toContain('stdout: split ***')
    expect(r.final.stderr_lines).toBe(1)
    expect(r.final.stdout_lines).toBe(3)

    const probe = await runScript({
      settings: createTestSettings({
        workspace: FIXTURES,
        script: ['python3', '-c', 'import os; print(sorted(k for k in os.environ if "TOKEN" in k))']
      }),
      logger,
      env,
      redactor: createRedactor(secretValuesFromEnv(env))
    })
    expect(probe.stdout.text).toContain("'MY_API_TOKEN'")
    expect(probe.stdout.text).not.toContain('GITHUB_TOKEN')
  })

  it('does not retry codes that are not listed', async () => {
    const r = await run({
      script: ['python3', 'burn_fail.py', '0', '4'],
      retry: 3,
      retryOnExitCodes: [3]
    })
    expect(r.attempts).toHaveLength(1)
    expect(r.final.exit_code).toBe(4)
  })

  it('writes stdin-json then closes stdin; runs shell strings only with shell: true; warmups are not returned', async () => {
    const r = await run({
      script: ['python3', '-c', 'import json,sys; print(json.load(sys.stdin)["n"] * 2)'],
      stdinJson: '{"n": 21}',
      warmup: 1,
      repeat: 2
    })
    expect(r.stdout.text).toBe('42')
    expect(r.runs).toHaveLength(2)
    expect(r.logger.text()).toMatch(/warmup 1\/1/)
    const closed = await run({
      script: ['python3', '-c', 'import sys; print(len(sys.stdin.read()))']
    })
    expect(closed.stdout.text).toBe('0')
    const shell = await run({ script: ['echo a b | wc -w'], shell: true })
    expect(shell.stdout.text.trim()).toBe('2')
    expect(shell.command).toEqual(['/bin/sh', '-c', 'echo a b | wc -w'])
  })

  it('finds a short-lived tree with the ppid scan when children files are not used', async () => {
    // The real interpreter, not a wrapper such as a pyenv shim (that would add processes).
    const child = spawn(
      findShimPython() ?? 'python3',
      [
        '-c',
        'import subprocess,sys; subprocess.run([sys.executable, "-c", "import time; time.sleep(0.6)"])'
      ],
      { stdio: 'ignore' }
    )
    const monitor = new ProcTreeMonitor(child.pid as number, {
      intervalMs: 50,
      excludeRoot: false,
      discovery: 'scan'
    })
    monitor.start()
    await new Promise(resolve => child.once('exit', resolve))
    monitor.stop()
    const s = monitor.summary()
    expect(monitor.discovery).toMatch(/ppid scan/)
    expect(s.processesSeen).toBe(2)
    expect(s.samples).toBeGreaterThan(3)
    expect(s.hwmMaxKb).toBeGreaterThan(1000)
  })
})

describe('runner configuration errors', () => {
  it('rejects a script file outside the workspace before running anything', async () => {
    await expect(run({ script: ['python3', '../../../etc/x.py'] })).rejects.toThrow(
      /outside the workspace/
    )
    await expect(run({ script: undefined })).rejects.toThrow(/No script/)
  })

  it.each([
    [['definitely-not-a-program-rg'], /not found: 'definitely-not-a-program-rg' is not a program/],
    [['python3', 'missing.py'], /not found: the Python file 'missing.py'/],
    [['./missing.sh'], /not found: '.\/missing.sh'/],
    [['print_secret.py'], /'print_secret.py' is not a program|not found/]
  ])(
    'rejects a program or file that does not exist before running anything: %j',
    async (script, message) => {
      await expect(run({ script })).rejects.toThrow(message)
    }
  )

  it('reports a command the shell cannot find as not found (exit 127 from sh)', async () => {
    await expect(
      run({ script: ['definitely-not-a-program-rg --version'], shell: true, retry: 2 })
    ).rejects.toThrow(/not found: the shell could not find a command .*exit 127.*not found/)
  })
})
