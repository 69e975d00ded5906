// Times whole processes from outside, the way a user sees them: each variant is a command line
// spawned by this process, timed from spawn to exit (Node start-up, module loading, tool
// detection and all). Variants run interleaved, the order rotated every round, so load drift on
// a shared machine hits every variant alike; results are medians with the spread.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findBundledRulesDir } from '../src/scanners/semgrep.js'

export interface Variant {
  label: string
  argv: string[]
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Exit codes that count as a normal run (default [0]); anything else aborts the benchmark. */
  okExitCodes?: number[]
}

export interface Summary {
  label: string
  /** Median wall time, seconds. */
  median: number
  min: number
  max: number
  samples: number[]
}

/** Wall time of one process, seconds; throws when it exits with an unexpected code. */
export function timeOnce(v: Variant): Promise<number> {
  const [program, ...args] = v.argv
  if (program === undefined) throw new Error(`${v.label}: empty command`)
  return new Promise((resolve, reject) => {
    let stderr = ''
    const started = performance.now()
    const child = spawn(program, args, {
      cwd: v.cwd,
      env: v.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    // Only the tail is kept, for the error message.
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000)
    })
    child.once('error', reject)
    child.once('close', code => {
      const seconds = (performance.now() - started) / 1000
      if (!(v.okExitCodes ?? [0]).includes(code ?? -1))
        return reject(new Error(`${v.label}: ${v.argv.join(' ')} exited ${code}\n${stderr}`))
      resolve(seconds)
    })
  })
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Runs every variant `rounds` times, interleaved (after one unmeasured warm-up round). */
export async function paired(
  variants: readonly Variant[],
  rounds: number,
  opts: { warmup?: boolean; onRound?: (round: number) => void } = {}
): Promise<Summary[]> {
  if (opts.warmup !== false) for (const v of variants) await timeOnce(v)
  const samples = variants.map(() => [] as number[])
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (r + k) % variants.length
      samples[i]!.push(await timeOnce(variants[i]!))
    }
    opts.onRound?.(r + 1)
  }
  return variants.map((v, i) => ({
    label: v.label,
    median: median(samples[i]!),
    min: Math.min(...samples[i]!),
    max: Math.max(...samples[i]!),
    samples: samples[i]!
  }))
}

/** "2 vCPU, <model>, load 1.3": printed next to every number (the machine may be shared). */
export function machine(): string {
  return `${os.cpus().length} vCPU, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} at the end`
}

export const s = (x: number): string => x.toFixed(3)

/**
 * The CLI builds a benchmark compares: every `--cli label=path` (before/after builds in one
 * run), or this checkout's `dist/cli/index.js`; a missing build, or one without the Semgrep
 * rules runguard ships, is an error, not a skip.
 */
export function cliBuilds(
  argv: readonly string[],
  root: string
): { label: string; file: string }[] {
  const clis = argv
    .flatMap((a, i) => (a === '--cli' && argv[i + 1] ? [argv[i + 1]!] : []))
    .map(entry => {
      const eq = entry.indexOf('=')
      return { label: entry.slice(0, eq), file: path.resolve(root, entry.slice(eq + 1)) }
    })
  if (clis.length === 0) clis.push({ label: 'current', file: path.join(root, 'dist/cli/index.js') })
  for (const c of clis) {
    if (!existsSync(c.file)) throw new Error(`${c.file} does not exist: run npm run build`)
    // A build copied out of its checkout has no rules/semgrep above it: its semgrep would fail
    // and the ratio would silently compare a broken scan. Link or copy rules/ next to it.
    if (findBundledRulesDir(path.dirname(c.file)) === undefined)
      throw new Error(
        `${c.file} has no rules/semgrep in any folder above it (a build copied out of its checkout?): ` +
          "copy or link the checkout's rules/ next to its dist/"
      )
  }
  return clis
}
