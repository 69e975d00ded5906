// Wall and whole-tree CPU time of one process, timed the way the kernel accounts for it: a small
// Python parent forks, execs the command and takes its rusage from wait4, which includes every
// descendant the command reaped (Safety, Semgrep's workers, the monitored script). The parent's
// own start is outside the measurement (the clock starts just before the fork). Variants run
// interleaved with the order rotated every round, like bench/whole-process.ts's `paired`.
import { execFileSync, spawn } from 'node:child_process'
import { median, type Variant } from './whole-process.js'

/** One timed run. */
export interface CpuSample {
  /** Seconds from fork to wait4. */
  wall: number
  /** User + system seconds of the process and every descendant it reaped. */
  cpu: number
}

/** Every run of one variant. */
export interface CpuSummary {
  label: string
  samples: CpuSample[]
  /** Medians, seconds. */
  wall: number
  cpu: number
}

const WRAPPER = [
  'import os, sys, time, json',
  't = time.monotonic()',
  'pid = os.fork()',
  'if pid == 0:',
  '    try:',
  '        os.execvp(sys.argv[1], sys.argv[1:])',
  '    finally:',
  '        os._exit(127)',
  '_, status, ru = os.wait4(pid, 0)',
  'wall = time.monotonic() - t',
  "os.write(3, json.dumps({'wall': wall, 'cpu': ru.ru_utime + ru.ru_stime, 'code': os.waitstatus_to_exitcode(status)}).encode())"
].join('\n')

/**
 * The real interpreter behind `python3` on PATH, asked once: through a pyenv shim each start
 * would cost a bash script and `pyenv` (about a second), which is no part of what is measured
 * but would slow every round.
 */
export function realPython(): string {
  return execFileSync('python3', ['-I', '-S', '-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8'
  }).trim()
}

/** Times one run of `v` through the wait4 parent; throws when it exits with an unexpected code. */
export function timeWithCpu(python: string, v: Variant): Promise<CpuSample> {
  return new Promise((resolve, reject) => {
    let stderr = ''
    let report = ''
    const child = spawn(python, ['-I', '-S', '-c', WRAPPER, ...v.argv], {
      cwd: v.cwd,
      env: v.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe']
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000)
    })
    child.stdio[3]?.on('data', (chunk: Buffer) => (report += chunk.toString('utf8')))
    child.once('error', reject)
    child.once('close', () => {
      let parsed: { wall: number; cpu: number; code: number }
      try {
        parsed = JSON.parse(report) as { wall: number; cpu: number; code: number }
      } catch {
        return reject(new Error(`${v.label}: no timing (${stderr})`))
      }
      if (!(v.okExitCodes ?? [0]).includes(parsed.code))
        return reject(new Error(`${v.label}: ${v.argv.join(' ')} exited ${parsed.code}\n${stderr}`))
      resolve({ wall: parsed.wall, cpu: parsed.cpu })
    })
  })
}

/** Runs every variant `rounds` times, interleaved, the order rotated each round. */
export async function pairedWithCpu(
  python: string,
  variants: readonly Variant[],
  rounds: number
): Promise<CpuSummary[]> {
  const samples = variants.map(() => [] as CpuSample[])
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (r + k) % variants.length
      samples[i]!.push(await timeWithCpu(python, variants[i]!))
    }
  }
  return variants.map((v, i) => ({
    label: v.label,
    samples: samples[i]!,
    wall: median(samples[i]!.map(x => x.wall)),
    cpu: median(samples[i]!.map(x => x.cpu))
  }))
}

/** Median over rounds of `a`'s sample divided by `b`'s sample of the same round. */
export function pairRatio(a: CpuSummary, b: CpuSummary, of: keyof CpuSample): number {
  const n = Math.min(a.samples.length, b.samples.length)
  return median(Array.from({ length: n }, (_, i) => a.samples[i]![of] / b.samples[i]![of]))
}
