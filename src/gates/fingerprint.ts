import os from 'node:os'

/**
 * What machine the numbers came from (like pytest-benchmark's machine_info).
 * Comparing against a baseline from another kind of machine is allowed but warned about.
 */
export interface RunnerFingerprint {
  /** `process.platform`, e.g. `linux`. */
  os: string
  /** `os.release()`, informational only (kernels update under hosted runners constantly). */
  osRelease?: string
  arch: string
  cpuModel: string
  cores: number
  /** Node.js version running runguard. */
  node: string
  /** `python --version` of the interpreter the script used, when known. */
  python?: string
}

/** The current machine's fingerprint; the Python version is passed in (it needs an exec). */
export function collectFingerprint(extra: { python?: string } = {}): RunnerFingerprint {
  const cpus = os.cpus()
  return {
    os: process.platform,
    osRelease: os.release(),
    arch: process.arch,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.versions.node,
    ...(extra.python === undefined ? {} : { python: extra.python })
  }
}

const major = (version: string): string => version.replace(/^v/, '').split('.')[0] ?? version

/**
 * Differences that make a baseline comparison less trustworthy, one line each (empty = same
 * kind of machine). osRelease is ignored; Node only by major version (it does not run the
 * script); Python only when both sides know it.
 */
export function fingerprintDifferences(
  baseline: Partial<RunnerFingerprint>,
  current: RunnerFingerprint
): string[] {
  const out: string[] = []
  const check = (field: string, was?: string | number, now?: string | number): void => {
    if (was !== undefined && now !== undefined && was !== now)
      out.push(`${field} was ${String(was)}, now ${String(now)}`)
  }
  check('os', baseline.os, current.os)
  check('arch', baseline.arch, current.arch)
  check('cpu model', baseline.cpuModel, current.cpuModel)
  check('cores', baseline.cores, current.cores)
  if (baseline.node !== undefined) check('node major', major(baseline.node), major(current.node))
  check('python', baseline.python, current.python)
  return out
}
