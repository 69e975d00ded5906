/**
 * Runs runguard and the anchors (gitleaks, detect-secrets) as whole processes on a directory,
 * the way a user would run each, and returns their findings with wall time and peak RSS
 * (GNU time, when installed). Anchors that are not installed are reported as absent with the
 * command that installs them (bench/secrets/install-anchors.sh); they never fail the bench.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { timed, type Timed } from '../../__tests__/helpers/timed-process.js'

export interface Hit {
  /** Path relative to the scanned directory, posix. */
  file: string
  line: number
  rule: string
}

export interface ToolResult {
  tool: string
  status: 'ok' | 'absent' | 'failed' | 'timed-out'
  note?: string
  /** Wall time of the whole process (start-up included). */
  seconds: number
  /** Peak resident set size of the process, MiB (undefined without GNU time). */
  maxRssMb?: number
  /** User + system CPU seconds, children included (undefined without GNU time). */
  cpuSeconds?: number
  hits: Hit[]
}

/** Where `bench/secrets/install-anchors.sh` puts the pinned anchors. */
export const ANCHORS_DIR =
  process.env.RUNGUARD_ANCHORS_DIR ?? path.join(os.homedir(), '.cache', 'runguard-anchors')
export const GITLEAKS = process.env.GITLEAKS ?? path.join(ANCHORS_DIR, 'bin', 'gitleaks')
export const DETECT_SECRETS =
  process.env.DETECT_SECRETS ??
  path.join(ANCHORS_DIR, 'venv-detect-secrets', 'bin', 'detect-secrets')
/** Pinned anchor versions (bench/secrets/install-anchors.sh installs exactly these). */
export const ANCHOR_VERSIONS = { gitleaks: 'v8.30.1', 'detect-secrets': '1.5.0' }
const INSTALL_HINT = 'install it with `bash bench/secrets/install-anchors.sh`'

const rel = (root: string, p: string): string =>
  path.relative(root, path.resolve(root, p)).split(path.sep).join('/')

function exists(bin: string): boolean {
  return fs.existsSync(bin) || spawnSync('which', [bin]).status === 0
}

function common(
  tool: string,
  r: Timed
): Pick<ToolResult, 'tool' | 'seconds' | 'maxRssMb' | 'cpuSeconds'> {
  return {
    tool,
    seconds: r.seconds,
    ...(r.maxRssMb === undefined ? {} : { maxRssMb: r.maxRssMb }),
    ...(r.cpuSeconds === undefined ? {} : { cpuSeconds: r.cpuSeconds })
  }
}

/** How runguard is started: the built CLI (what users run) or the TypeScript sources. */
export function runguardCommand(repoRoot: string, from: 'dist' | 'src'): string[] {
  if (from === 'dist') {
    const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
    if (!fs.existsSync(cli))
      throw new Error(`${cli} is missing: run \`npm run build\` or pass --runguard src`)
    return [process.execPath, cli]
  }
  return [
    process.execPath,
    '--import',
    path.join(repoRoot, 'bench', 'register.mjs'),
    path.join(repoRoot, 'src', 'cli-entry.ts')
  ]
}

/** `runguard scan` with only the secret scanner, as a whole process. */
export function runRunguard(
  dir: string,
  command: string[],
  work: string,
  timeoutMs: number,
  maxFileSize = 5 * 1024 * 1024
): ToolResult {
  const report = path.join(work, `runguard-${path.basename(dir)}.json`)
  fs.rmSync(report, { force: true })
  const [bin, ...pre] = command as [string, ...string[]]
  const r = timed(
    bin,
    [
      ...pre,
      'scan',
      '--workspace',
      dir,
      '--scanners',
      'secrets',
      '--secrets-max-file-size',
      String(maxFileSize),
      '--report-file',
      report,
      '--sarif-file',
      '',
      '--sbom-file',
      '',
      '--ignore-file',
      path.join(work, 'no-ignore-file.yml'),
      '--fail-on',
      'none'
    ],
    work,
    timeoutMs
  )
  if (r.timedOut) return { ...common('runguard', r), status: 'timed-out', hits: [] }
  let data: { findings: Array<{ ruleId: string; location: { path: string; startLine: number } }> }
  try {
    data = JSON.parse(fs.readFileSync(report, 'utf8')) as typeof data
  } catch {
    return {
      ...common('runguard', r),
      status: 'failed',
      note: `exit ${r.status}: ${(r.stderr || r.stdout).slice(0, 300)}`,
      hits: []
    }
  }
  return {
    ...common('runguard', r),
    status: 'ok',
    hits: data.findings.map(f => ({
      file: f.location.path,
      line: f.location.startLine,
      rule: f.ruleId
    }))
  }
}

/**
 * gitleaks `dir` as every benchmark runs it: a JSON report at `report`, secrets redacted in it,
 * exit 0 whatever it finds, errors only.
 */
export function gitleaksArgs(dir: string, report: string): string[] {
  return [
    'dir',
    dir,
    '--report-format',
    'json',
    '--report-path',
    report,
    '--no-banner',
    '--redact',
    '--exit-code',
    '0',
    '--log-level',
    'error'
  ]
}

export function runGitleaks(dir: string, work: string, timeoutMs: number): ToolResult {
  if (!exists(GITLEAKS))
    return {
      tool: 'gitleaks',
      status: 'absent',
      note: `${GITLEAKS} not found: ${INSTALL_HINT}`,
      seconds: 0,
      hits: []
    }
  const report = path.join(work, `gitleaks-${path.basename(dir)}.json`)
  fs.rmSync(report, { force: true })
  const r = timed(GITLEAKS, gitleaksArgs(dir, report), work, timeoutMs)
  if (r.timedOut) return { ...common('gitleaks', r), status: 'timed-out', hits: [] }
  if (r.status !== 0)
    return { ...common('gitleaks', r), status: 'failed', note: r.stderr.slice(0, 300), hits: [] }
  const data = JSON.parse(fs.readFileSync(report, 'utf8')) as Array<{
    File: string
    StartLine: number
    RuleID: string
  }>
  return {
    ...common('gitleaks', r),
    status: 'ok',
    hits: data.map(d => ({ file: rel(dir, d.File), line: d.StartLine, rule: d.RuleID }))
  }
}

export function runDetectSecrets(dir: string, work: string, timeoutMs: number): ToolResult {
  if (!exists(DETECT_SECRETS))
    return {
      tool: 'detect-secrets',
      status: 'absent',
      note: `${DETECT_SECRETS} not found: ${INSTALL_HINT}`,
      seconds: 0,
      hits: []
    }
  const r = timed(DETECT_SECRETS, ['scan', '--all-files', '.'], dir, timeoutMs)
  if (r.timedOut)
    return {
      ...common('detect-secrets', r),
      status: 'timed-out',
      note: `stopped after ${timeoutMs / 1000} s`,
      hits: []
    }
  if (r.status !== 0)
    return {
      ...common('detect-secrets', r),
      status: 'failed',
      note: r.stderr.slice(0, 300),
      hits: []
    }
  const data = JSON.parse(r.stdout) as {
    results: Record<string, Array<{ type: string; line_number: number }>>
  }
  return {
    ...common('detect-secrets', r),
    status: 'ok',
    hits: Object.entries(data.results).flatMap(([file, items]) =>
      items.map(i => ({ file: rel(dir, file), line: i.line_number, rule: i.type }))
    )
  }
}

/** One line describing the machine, for every report. */
export function machineLine(): string {
  const load = os
    .loadavg()
    .map(l => l.toFixed(1))
    .join(' / ')
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${load} at the start (the machine is shared: compare ratios, not absolute times)`
}
