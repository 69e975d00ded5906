import pep440 from '@renovatebot/pep440'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import semver from 'semver'
import { z } from 'zod'
import type { ExecResult } from '../exec.js'
import type { InstalledFeed } from '../inventory/installed.js'
import type { Redactor } from '../redact.js'
import { manifestKind } from '../inventory/index.js'
import { normalizeName } from '../inventory/names.js'
import type { Component, Finding, ToolRun } from '../model.js'
import { locateDependency, purlOf, sortVersions } from './dependencies.js'
import {
  runDependencyScanner,
  type DependencyInvocation,
  type DependencyScannerSpec,
  type DependencyScanPlan,
  type DependencyScanStop,
  type Interpretation,
  type InvocationReading
} from './dependency-scanner.js'
import {
  modelSafetyRead,
  splitSafetyVulnerabilities,
  workspaceIncludeReader,
  type BatchPart
} from './safety-batch.js'
import { checkToolOutput, ToolOutputError } from './output-schema.js'
import { fingerprintOf } from '../util/hash.js'
import { privateDir } from '../util/private-dir.js'
import { describeCvssSource, severityFromCvss, type CvssSeverity } from './severity.js'
import { detectTool, stderrTail } from './support.js'
import type { Detection, ScanContext, ScannerAdapter } from './types.js'

/** What the pure parser needs besides the text. */
export interface SafetyParseContext {
  /** Inventory components, to point each finding at the line that pins the package. */
  components: readonly Component[]
  /** Repo-relative file Safety was given (`-r`); undefined for stdin input. */
  file?: string
}

/**
 * JSON inside Safety's stdout. 3.2.9+ prints a DEPRECATED banner before and after it, so take
 * the outermost `{…}` (Safety's own tests do the same).
 */
export function extractJson(stdout: string): string | undefined {
  const start = stdout.indexOf('{')
  const end = stdout.lastIndexOf('}')
  return start === -1 || end < start ? undefined : stdout.slice(start, end + 1)
}

const cvssSchema = z
  .object({
    vector_string: z.string().nullish(),
    base_score: z.number().nullish()
  })
  .nullish()

/**
 * The part of Safety's `check --json` report runguard reads (2.x; 3.x JSON 1.1 has
 * `vulnerable_spec` as a list). `report_meta` is required: `{}` or a bare list is not a report.
 */
export const safetyReportSchema = z.object({
  report_meta: z.object({
    packages_found: z.number().int().nonnegative().optional(),
    vulnerabilities_found: z.number().int().nonnegative().optional()
  }),
  vulnerabilities: z.array(
    z.object({
      vulnerability_id: z.union([z.string().min(1), z.number()]),
      package_name: z.string().min(1),
      analyzed_version: z.string().nullish(),
      vulnerable_spec: z.union([z.string(), z.array(z.string())]).nullish(),
      all_vulnerable_specs: z.array(z.string()).nullish(),
      advisory: z.string().nullish(),
      CVE: z.string().nullish(),
      severity: z
        .object({ source: z.string().nullish(), cvssv2: cvssSchema, cvssv3: cvssSchema })
        .nullish(),
      fixed_versions: z.array(z.string()).nullish(),
      closest_versions_without_known_vulnerabilities: z.array(z.string()).nullish(),
      more_info_url: z.string().nullish()
    })
  )
})
type SafetyVulnerability = z.output<typeof safetyReportSchema>['vulnerabilities'][number]

const nonEmpty = (v: string | null | undefined): string | undefined =>
  v === null || v === undefined || v === '' ? undefined : v
const list = (v: readonly string[] | null | undefined): string[] => (v ?? []).filter(s => s !== '')

/** `{cvssv3: {vector_string, base_score}, cvssv2: …}` → severity (v3 preferred), with its source. */
function safetySeverity(v: SafetyVulnerability): CvssSeverity & { source?: string } {
  const severity = v.severity
  if (!severity) return { severity: 'unknown' }
  const source = nonEmpty(severity.source) ?? nonEmpty(v.CVE)
  for (const c of [severity.cvssv3, severity.cvssv2]) {
    if (!c) continue
    const result = severityFromCvss(nonEmpty(c.vector_string), c.base_score ?? undefined)
    if (result.severity !== 'unknown') return { ...result, ...(source ? { source } : {}) }
  }
  return { severity: 'unknown' }
}

/**
 * Fixed versions: Safety's own lists when it has them (online DB); offline it has none, so
 * the upper bounds (`<X`) of the vulnerable specs that contain the analyzed version.
 */
function fixedVersions(v: SafetyVulnerability, version: string): string[] {
  const given = list(v.fixed_versions)
  if (given.length > 0) return sortVersions(given)
  const closest = list(v.closest_versions_without_known_vulnerabilities)
  if (closest.length > 0) return sortVersions(closest)
  const own = v.vulnerable_spec
  const specs = [...list(v.all_vulnerable_specs), ...(Array.isArray(own) ? own : own ? [own] : [])]
  const bounds: string[] = []
  for (const spec of specs) {
    if (pep440.valid(version) === null) break
    if (!specContains(spec, version)) continue
    const upper = /(?:^|,)\s*<\s*([^,=\s]+)/.exec(spec)?.[1]
    if (upper !== undefined && pep440.valid(upper) !== null) bounds.push(upper)
  }
  return sortVersions(bounds)
}

/** PEP 440 containment that treats an unparsable spec as not containing (pep440 throws). */
function specContains(spec: string, version: string): boolean {
  try {
    return pep440.satisfies(version, spec, { prereleases: true })
  } catch {
    return false
  }
}

function firstSentence(text: string, max = 120): string {
  const one = text.split(/(?<=\.)\s|\n/)[0]?.trim() ?? text
  return one.length > max ? `${one.slice(0, max - 3)}...` : one
}

/** A more-info URL with a path; the bare domain a corrected public DB yields says nothing. */
function usefulUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    return new URL(url).pathname.replace(/\/+$/, '') === '' ? undefined : url
  } catch {
    return undefined
  }
}

/**
 * Parses Safety 2.x `check --json` (and 3.x `check` JSON 1.1, where `vulnerable_spec` is a
 * list) into findings located at the manifest line that pins each package. Throws
 * ToolOutputError when stdout holds no Safety report.
 */
export function parseSafetyOutput(stdout: string, ctx: SafetyParseContext): Finding[] {
  const text = extractJson(stdout)
  if (text === undefined) throw new ToolOutputError('safety printed no JSON report')
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new ToolOutputError(`safety output is not valid JSON: ${(e as Error).message}`)
  }
  const report = checkToolOutput(safetyReportSchema, doc, 'not a Safety JSON report')
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const v of report.vulnerabilities) {
    const id = String(v.vulnerability_id)
    const name = normalizeName(v.package_name)
    const version = nonEmpty(v.analyzed_version) ?? ''
    const cve = nonEmpty(v.CVE)
    const aliases = cve !== undefined && cve !== id ? [cve] : []
    const url = usefulUrl(nonEmpty(v.more_info_url))
    const sev = safetySeverity(v)
    const fixed = fixedVersions(v, version)
    const own = v.vulnerable_spec
    const spec = Array.isArray(own) ? own.join(' || ') : (own ?? '')
    const advisoryText = nonEmpty(v.advisory) ?? `Safety advisory ${id}`
    const { location } = locateDependency(ctx.components, name, version, ctx.file)
    const fingerprint = fingerprintOf(['safety', id, name, location.path])
    if (seen.has(`${fingerprint}\0${version}`)) continue
    seen.add(`${fingerprint}\0${version}`)
    const source = sev.score !== undefined ? (sev.source ?? `Safety advisory ${id}`) : undefined
    findings.push({
      tool: 'safety',
      ruleId: id,
      title: firstSentence(advisoryText),
      message:
        `${name} ${version} matches ${cve ?? `Safety advisory ${id}`}${spec ? ` (vulnerable: ${spec})` : ''}: ${advisoryText}` +
        (fixed.length ? ` Fixed in ${fixed.join(', ')}.` : ''),
      severity: sev.severity,
      ...(source !== undefined
        ? { severitySource: describeCvssSource(sev, `${source} in the Safety database`) }
        : {}),
      cwe: [],
      location,
      package: {
        ecosystem: 'PyPI',
        name,
        version,
        purl: purlOf('PyPI', name, version || undefined),
        fixedVersions: fixed
      },
      advisory: {
        id,
        aliases,
        ...(url !== undefined ? { url } : {}),
        ...(sev.vector !== undefined ? { cvssVector: sev.vector } : {}),
        ...(sev.score !== undefined ? { cvssScore: sev.score } : {}),
        ...(source !== undefined ? { cvssSource: source } : {})
      },
      ...(url !== undefined ? { helpUri: url } : {}),
      fingerprint
    })
  }
  return findings
}

/** Version from `safety --version` ("safety, version 2.3.5"). */
export function parseSafetyVersion(text: string): string | undefined {
  return /version\s+v?(\d+\.\d+(?:\.\d+)?\S*)/i.exec(text)?.[1]
}

const SUPPORTED = '>=2.0.0 <4'
/** Safety's documented exit codes (safety/constants.py). */
const EXIT_OK = 0
const EXIT_VULNERABLE = 64
const EXIT_REASONS: Readonly<Record<number, string>> = {
  65: 'invalid API key',
  66: 'too many requests to the Safety API',
  67: 'local vulnerability database not found',
  68: 'unable to fetch the vulnerability database',
  69: 'malformed vulnerability database (safety 2.4+/3.x need the schema 2.0.0 format, 2.3.5 the flat one)',
  2: 'usage error'
}

/** Drops Safety's per-line "unpinned requirement" warnings (the inventory reports those). */
function withoutNoise(stderr: string): string {
  return stderr
    .split(/\r?\n/)
    .filter(l => !/^Warning: unpinned requirement/.test(l.trim()))
    .join('\n')
}

/** One input of Safety: a requirements file, or pinned lockfile entries on stdin. */
export interface SafetyInput {
  /** Repo-relative file (absolute for the installed environment's pins), or undefined for stdin. */
  file?: string
  stdin?: string
  label: string
  /** The installed environment's pins: findings point where that package is brought in. */
  installed?: Pick<InstalledFeed, 'locate'>
}

/**
 * Requirements-style files from the inventory get one `-r` run each (Safety follows their
 * `-r` includes itself). Pinned entries of lockfiles (poetry.lock, uv.lock, Pipfile.lock),
 * which Safety 2.x cannot read, are fed as `name==version` lines on stdin.
 */
export function safetyInputs(
  components: readonly Component[],
  installed?: Pick<InstalledFeed, 'requirementsFile' | 'locate'>
): SafetyInput[] {
  const files = [
    ...new Set(components.filter(c => manifestKind(c.file) === 'requirements').map(c => c.file))
  ].sort()
  const inputs: SafetyInput[] = files.map(file => ({ file, label: file }))
  const pins = [
    ...new Set(
      components
        .filter(
          c =>
            c.version !== undefined &&
            manifestKind(c.file) !== 'requirements' &&
            manifestKind(c.file) !== 'pyproject'
        )
        .map(c => `${c.name}==${c.version}`)
    )
  ].sort()
  if (pins.length > 0) inputs.push({ stdin: `${pins.join('\n')}\n`, label: 'lockfile pins' })
  if (installed !== undefined)
    inputs.push({ file: installed.requirementsFile, label: 'installed environment', installed })
  return inputs
}

/** The one run for several inputs, and the inputs that keep a run of their own. */
export interface SafetyBatchPlan {
  /** Inputs checked together, in input order, with the pins Safety reads from each. */
  batched: Array<{ input: SafetyInput; file: string; pins: BatchPart['pins'] }>
  /** Inputs whose read the model is unsure of, with the reason: each keeps its own run. */
  alone: Array<{ input: SafetyInput; why?: string }>
  /** Text of the temporary requirements file that carries the lockfile pins, when batched. */
  lockfilePins?: string
}

/**
 * The policy Safety 2.x is given. Without `--policy-file` it reads `.safety-policy.yml` from its
 * working directory, the workspace: a pull request could add one that ignores advisories or
 * lowers their severity, and what it ignores leaves the report unseen. This one ignores nothing
 * (Safety refuses a policy without a `security` entry); suppressions belong in runguard's own
 * ignore file, whose effect the report shows.
 */
export const SAFETY_POLICY = 'security:\n  ignore-cvss-unknown-severity: false\n'
const SAFETY_POLICY_NAME = 'policy.yml'

/** Where the lockfile pins go when they join the one run (a `.txt` name, or Safety will not parse it). */
export const LOCKFILE_PINS_NAME = 'lockfile-pins.txt'

/**
 * Which inputs one `safety check` can cover with findings identical to one run each: those
 * whose pins the model of Safety's read is sure of (safety-batch.ts). Pure but for reading the
 * requirements files (inside the workspace) and the installed environment's pins file.
 * `pinsDir` is where the lockfile pins' file will be written.
 */
export function planSafetyBatch(
  inputs: readonly SafetyInput[],
  workspace: string,
  pinsDir: string
): SafetyBatchPlan {
  const reader = workspaceIncludeReader(workspace)
  const batched: SafetyBatchPlan['batched'] = []
  const alone: SafetyBatchPlan['alone'] = []
  let lockfilePins: string | undefined
  for (const input of inputs) {
    let file: string
    let text: string | undefined
    if (input.stdin !== undefined) {
      file = path.join(pinsDir, LOCKFILE_PINS_NAME)
      text = input.stdin
    } else if (input.installed) {
      file = input.file ?? ''
      try {
        text = readFileSync(file, 'latin1')
      } catch {
        text = undefined
      }
    } else {
      file = input.file ?? ''
      const got = reader(file)
      text = 'text' in got ? got.text : undefined
    }
    if (text === undefined) {
      alone.push({ input, why: `${input.label} cannot be read` })
      continue
    }
    const read = modelSafetyRead(text, file, reader)
    if (!read.certain) {
      alone.push({ input, why: read.why })
      continue
    }
    if (input.stdin !== undefined) lockfilePins = input.stdin
    batched.push({ input, file, pins: read.pins })
  }
  if (batched.length < 2) {
    const why = new Map(alone.map(a => [a.input, a.why]))
    return {
      batched: [],
      alone: inputs.map(input => {
        const reason = why.get(input)
        return reason !== undefined ? { input, why: reason } : { input }
      })
    }
  }
  return { batched, alone, ...(lockfilePins !== undefined ? { lockfilePins } : {}) }
}

/** A run's output that cannot be split per input: each input then runs alone. */
function splitBatch(
  res: Pick<ExecResult, 'exitCode' | 'stdout'>,
  parts: readonly BatchPart[]
): { outputs: Array<Pick<ExecResult, 'exitCode' | 'stdout' | 'stderr'>> } | { why: string } {
  if (res.exitCode !== EXIT_OK && res.exitCode !== EXIT_VULNERABLE)
    return { why: `the one run exited with code ${res.exitCode}` }
  const text = extractJson(res.stdout)
  let doc: unknown
  try {
    doc = text === undefined ? undefined : JSON.parse(text)
  } catch {
    doc = undefined
  }
  if (!safetyReportSchema.safeParse(doc).success)
    return { why: 'the one run printed no Safety report' }
  const report = doc as Record<string, unknown> & { vulnerabilities: unknown[] }
  if (res.exitCode === EXIT_VULNERABLE && report.vulnerabilities.length === 0)
    return { why: 'the one run exited 64 but listed no vulnerability' }
  const split = splitSafetyVulnerabilities(report.vulnerabilities, parts)
  if ('mismatch' in split) return { why: `the one run's report does not split: ${split.mismatch}` }
  return {
    outputs: split.segments.map(segment => ({
      // What the input's own run would have exited with: 64 only when it lists something.
      exitCode: res.exitCode === EXIT_VULNERABLE && segment.length === 0 ? EXIT_OK : res.exitCode,
      stdout: JSON.stringify({ ...report, vulnerabilities: segment }),
      stderr: ''
    }))
  }
}

/** A database older than this is warned about: advisories published since are missing. */
export const SAFETY_DB_MAX_AGE_DAYS = 90
const DAY_MS = 86_400_000
/** What Safety's own hosted DB has in `$meta.base_domain` (it prefixes `more_info_path`). */
const PYUP_BASE_DOMAIN = 'https://pyup.io'

/** The offline database Safety will be given, after looking at its layout. */
export interface SafetyDbView {
  /** The directory to pass as `--db`. */
  dir: string
  /** Set when `dir` is a corrected temporary copy; removes it. */
  cleanup?: () => void
  /** Notes for the summary (age, correction). */
  warnings: string[]
}

const flatMetaSchema = z.object({
  $meta: z.object({ base_domain: z.string().optional(), timestamp: z.number().optional() })
})

const isFile = (file: string): boolean => {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * Looks at a Safety 2.x offline DB and returns what to pass as `--db`, or a stop with the
 * reason. Layouts: the flat DB itself (`insecure.json` + `insecure_full.json`); a directory
 * holding the public `safety-db` package (`pip install --target DIR safety-db`, or a
 * site-packages: `DIR/safety_db/`). The public package's `$meta` has no `base_domain`, on which
 * safety 2.3.5 `--json` crashes at the first vulnerability ("Invalid URL 'None'"), so Safety
 * runs on a copy in a temporary directory with `base_domain` added. A schema-2.0.0 DB (Safety
 * 3.x's format), which 2.x silently reads as empty, is refused.
 */
export function prepareSafetyDb(
  given: string,
  resolved: string,
  now: Date = new Date()
): SafetyDbView | DependencyScanStop {
  const dir = [resolved, path.join(resolved, 'safety_db')].find(d =>
    isFile(path.join(d, 'insecure.json'))
  )
  if (dir === undefined) {
    return {
      stop: 'failed',
      reason: `safety database ${given} has no insecure.json (Safety 2.x flat DB format expected: the safety-db package's data directory)`
    }
  }
  const fullFile = path.join(dir, 'insecure_full.json')
  let full: unknown
  try {
    full = JSON.parse(readFileSync(fullFile, 'utf8'))
  } catch (e) {
    return {
      stop: 'failed',
      reason: `safety database ${given}: insecure_full.json cannot be read (${(e as Error).message})`
    }
  }
  const record = full as { meta?: { schema_version?: unknown } } | null
  if (typeof record?.meta?.schema_version === 'string') {
    return {
      stop: 'failed',
      reason: `safety database ${given} is in the schema ${record.meta.schema_version} format, which safety 2.x reads as empty; use the flat format (the safety-db package)`
    }
  }
  const meta = flatMetaSchema.safeParse(full)
  if (!meta.success) {
    return {
      stop: 'failed',
      reason: `safety database ${given}: insecure_full.json has no "$meta" object (not a Safety 2.x flat DB)`
    }
  }
  const warnings: string[] = []
  const timestamp = meta.data.$meta.timestamp
  if (timestamp !== undefined) {
    const days = Math.floor((now.getTime() - timestamp * 1000) / DAY_MS)
    if (days > SAFETY_DB_MAX_AGE_DAYS) {
      const when = new Date(timestamp * 1000).toISOString().slice(0, 10)
      warnings.push(
        `safety database ${given} is ${days} days old (built ${when}); advisories published since are missing: update it (docs/offline.md)`
      )
    }
  } else {
    warnings.push(`safety database ${given} has no timestamp; its age is unknown`)
  }
  if (meta.data.$meta.base_domain !== undefined) return { dir, warnings }
  // The public package: correct a copy, never the user's files.
  const copy = mkdtempSync(path.join(tmpdir(), 'runguard-safety-db-'))
  try {
    copyFileSync(path.join(dir, 'insecure.json'), path.join(copy, 'insecure.json'))
    const fixed = full as { $meta: Record<string, unknown> }
    fixed.$meta = { ...fixed.$meta, base_domain: PYUP_BASE_DOMAIN }
    writeFileSync(path.join(copy, 'insecure_full.json'), JSON.stringify(fixed))
  } catch (e) {
    rmSync(copy, { recursive: true, force: true })
    throw e
  }
  return { dir: copy, cleanup: () => rmSync(copy, { recursive: true, force: true }), warnings }
}

/** Reads one `safety check` run: exit codes, then the report. */
function interpretSafety(
  res: Pick<ExecResult, 'exitCode' | 'stdout' | 'stderr'>,
  input: SafetyInput,
  components: readonly Component[],
  redactor: Redactor
): Interpretation {
  if (res.exitCode !== EXIT_OK && res.exitCode !== EXIT_VULNERABLE) {
    const known = res.exitCode !== null ? EXIT_REASONS[res.exitCode] : undefined
    return {
      failure: `safety exited with code ${res.exitCode}${known ? ` (${known})` : ''}: ${stderrTail(withoutNoise(res.stderr), redactor, 3, ' | ') || stderrTail(res.stdout, redactor, 3, ' | ') || 'no output'}`
    }
  }
  let parsed: Finding[]
  try {
    parsed = parseSafetyOutput(res.stdout, {
      components,
      ...(input.file !== undefined && !input.installed ? { file: input.file } : {})
    })
  } catch (e) {
    return { failure: `${(e as Error).message} (exit ${res.exitCode})` }
  }
  if (res.exitCode === EXIT_VULNERABLE && parsed.length === 0)
    return { failure: 'safety exited 64 (vulnerabilities found) but its output listed none' }
  if (input.installed) {
    // Each finding points where the package is brought in (fingerprints follow the place, so a
    // package also pinned in a manifest gives the same finding as the manifest's run).
    const { locate } = input.installed
    return {
      findings: parsed.map(f => {
        const at = f.package ? locate(f.package.name, f.package.version) : undefined
        if (at === undefined) return f
        const fingerprint = fingerprintOf(['safety', f.ruleId, f.package?.name ?? '', at.path])
        return { ...f, location: at, fingerprint }
      }),
      errors: []
    }
  }
  if (input.stdin === undefined) return { findings: parsed, errors: [] }
  // stdin has no file: report each vulnerable pin at every lockfile line that pins it.
  const findings: Finding[] = []
  for (const f of parsed) {
    for (const c of components) {
      if (c.name !== f.package?.name || c.version !== f.package.version) continue
      if (manifestKind(c.file) === 'requirements' || manifestKind(c.file) === 'pyproject') continue
      const fingerprint = fingerprintOf(['safety', f.ruleId, c.name, c.file])
      findings.push({ ...f, location: { path: c.file, startLine: c.line }, fingerprint })
    }
  }
  return { findings, errors: [] }
}

/** The Safety plan, with the installed environment's pins when they were read. */
const safetySpec = (installed: InstalledFeed | undefined): DependencyScannerSpec => ({
  tool: 'safety',
  plan(ctx: ScanContext, detection: Detection): DependencyScanPlan | DependencyScanStop {
    const major = semver.coerce(detection.version ?? '')?.major ?? 2
    const errors: string[] = []
    // 3.x scans only against Safety's platform (login or API key); its `check --db` needs a
    // DB format nobody publishes. Without a key there is nothing honest to run.
    if (major >= 3 && !ctx.env.SAFETY_API_KEY) {
      return {
        stop: 'skipped',
        reason: `safety ${detection.version ?? '3.x'} needs SAFETY_API_KEY; install safety==2.3.5 for offline scans with a local --db`
      }
    }
    const inputs = safetyInputs(ctx.components, installed)
    if (inputs.length === 0)
      return { stop: 'skipped', reason: 'no pinned Python requirements to check' }
    let db: SafetyDbView | undefined
    if (ctx.settings.safetyDb !== undefined) {
      if (major >= 3)
        errors.push('safetyDb is ignored by safety 3.x (it uses the API with SAFETY_API_KEY)')
      else {
        const view = prepareSafetyDb(
          ctx.settings.safetyDb,
          path.resolve(ctx.workspace, ctx.settings.safetyDb)
        )
        if ('stop' in view) return view
        db = view
      }
    }
    let policyArgs: string[] = []
    const argsOf = (input: SafetyInput): string[] => [
      'check',
      ...(input.file !== undefined ? ['-r', input.file] : ['--stdin']),
      '--json',
      ...policyArgs,
      ...(db !== undefined ? ['--db', db.dir] : [])
    ]
    const alone = (input: SafetyInput): DependencyInvocation => ({
      args: argsOf(input),
      ...(input.stdin !== undefined ? { input: input.stdin } : {}),
      label: input.label
    })
    const byLabel = new Map(inputs.map(i => [i.label, i]))
    const cleanups: Array<() => void> = db?.cleanup ? [db.cleanup] : []
    const cleanup = (): void => {
      for (const c of cleanups.splice(0)) c()
    }
    const invocations: DependencyInvocation[] = []
    let batch: SafetyBatchPlan | undefined
    let batchRun: DependencyInvocation | undefined
    try {
      // Safety 3.x scans through its platform; one run per input stays as documented there.
      if (major < 3) {
        // runguard's own files for Safety, outside the workspace: the policy, the lockfile pins.
        const own = privateDir('runguard-safety-inputs-')
        cleanups.push(own.cleanup)
        policyArgs = ['--policy-file', own.write(SAFETY_POLICY_NAME, SAFETY_POLICY)]
        if (inputs.length > 1) batch = planSafetyBatch(inputs, ctx.workspace, own.dir)
        if (batch?.lockfilePins !== undefined) own.write(LOCKFILE_PINS_NAME, batch.lockfilePins)
      }
      if (batch && batch.batched.length > 0) {
        batchRun = {
          args: [
            'check',
            ...batch.batched.flatMap(b => ['-r', b.file]),
            '--json',
            ...policyArgs,
            ...(db !== undefined ? ['--db', db.dir] : [])
          ],
          label: batch.batched.map(b => b.input.label).join(', ')
        }
        invocations.push(batchRun)
      }
      const each: SafetyBatchPlan['alone'] = batch?.alone ?? inputs.map(input => ({ input }))
      for (const { input, why } of each) {
        if (why !== undefined) ctx.logger.debug(`safety: ${input.label} runs alone: ${why}`)
        invocations.push(alone(input))
      }
    } catch (e) {
      cleanup()
      throw e
    }
    const batched = batch?.batched ?? []
    const read = (
      result: Pick<ExecResult, 'exitCode' | 'stdout' | 'stderr'>,
      input: SafetyInput
    ): Interpretation => interpretSafety(result, input, ctx.components, ctx.redactor)
    return {
      invocations,
      order: inputs.map(i => i.label),
      errors,
      warnings: db?.warnings ?? [],
      cleanup,
      interpret: (result, invocation): InvocationReading => {
        if (invocation !== batchRun)
          return read(result, byLabel.get(invocation.label ?? '') as SafetyInput)
        const split = splitBatch(
          result,
          batched.map(b => ({ label: b.input.label, pins: b.pins }))
        )
        if ('why' in split) return { rerun: batched.map(b => alone(b.input)), why: split.why }
        return {
          parts: batched.map((b, i) => ({
            label: b.input.label,
            read: read(
              split.outputs[i] as Pick<ExecResult, 'exitCode' | 'stdout' | 'stderr'>,
              b.input
            )
          }))
        }
      }
    }
  }
})

export const safetyAdapter: ScannerAdapter = {
  name: 'safety',
  supportedVersions: SUPPORTED,
  installHint: 'pip install "safety==2.3.5"',

  detect(ctx: ScanContext): Promise<Detection> {
    return detectTool(ctx, {
      tool: 'safety',
      command: ['safety'],
      versionArgs: ['--version'],
      supportedVersions: SUPPORTED,
      parse: parseSafetyVersion
    })
  },

  async scan(ctx: ScanContext, detection: Detection): Promise<ToolRun> {
    return runDependencyScanner(safetySpec(await ctx.installed), ctx, detection)
  }
}
