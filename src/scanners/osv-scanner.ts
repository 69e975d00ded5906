import { strFromU8, unzipSync } from 'fflate'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { compileGlobs } from '../glob/match.js'
import semver from 'semver'
import { z } from 'zod'
import type { ExecResult } from '../exec.js'
import type { InstalledFeed } from '../inventory/installed.js'
import type { Redactor } from '../redact.js'
import type { Component, Finding, Severity, ToolRun } from '../model.js'
import { SEVERITY_RANK } from '../model.js'
import { locateDependency, packageName, purlOf, sortVersions } from './dependencies.js'
import {
  runDependencyScanner,
  type DependencyScannerSpec,
  type DependencyScanPlan,
  type DependencyScanStop,
  type Interpretation
} from './dependency-scanner.js'
import { checkToolOutput } from './output-schema.js'
import { fingerprintOf } from '../util/hash.js'
import { toRepoPath } from '../util/paths.js'
import { privateDir } from '../util/private-dir.js'
import {
  cvssBaseScore,
  describeCvssSource,
  severityFromCvss,
  severityFromLabel,
  type CvssSeverity
} from './severity.js'
import { detectTool, stderrTail } from './support.js'
import type { Detection, ScanContext, ScannerAdapter } from './types.js'

/** What the pure parser needs besides the JSON. */
export interface OsvParseContext {
  /** Absolute workspace root; source paths outside it are dropped. */
  workspace: string
  /** Inventory components, to point each finding at the line that pins the package. */
  components: readonly Component[]
  /** Globs (repo-relative) whose sources are dropped. */
  exclude?: readonly string[]
  /**
   * Looks up OSV records by id (the offline DB), for aliases no returned record carries: their
   * CVSS vectors count towards the group's severity.
   */
  lookupRecords?: (ids: ReadonlySet<string>) => ReadonlyMap<string, unknown>
  /** The installed environment's pins (outside the workspace) and where their findings point. */
  installed?: Pick<InstalledFeed, 'requirementsFile' | 'locate'>
}

const severityEntrySchema = z.object({ type: z.string().optional(), score: z.string() })

/** The part of an OSV record (ossf/osv-schema) runguard reads. */
export const osvRecordSchema = z.object({
  id: z.string().min(1),
  aliases: z.array(z.string()).nullish(),
  summary: z.string().optional(),
  details: z.string().optional(),
  severity: z.array(severityEntrySchema).nullish(),
  affected: z
    .array(
      z.object({
        package: z.object({ ecosystem: z.string(), name: z.string() }).optional(),
        severity: z.array(severityEntrySchema).nullish(),
        ranges: z
          .array(
            z.object({
              type: z.string().optional(),
              events: z.array(z.object({ fixed: z.string().optional() })).nullish()
            })
          )
          .nullish()
      })
    )
    .nullish(),
  // Free-form by the schema; GHSA puts `severity` and `cwe_ids` here.
  database_specific: z.record(z.string(), z.unknown()).nullish()
})
type OsvRecord = z.output<typeof osvRecordSchema>

/** The part of osv-scanner's `--format json` output (pkg/models/results.go) runguard reads. */
export const osvOutputSchema = z.object({
  results: z.array(
    z.object({
      source: z.object({ path: z.string(), type: z.string().optional() }).optional(),
      packages: z
        .array(
          z.object({
            package: z.object({
              name: z.string(),
              version: z.string().optional(),
              ecosystem: z.string().optional()
            }),
            vulnerabilities: z.array(osvRecordSchema).nullish(),
            groups: z
              .array(
                z.object({
                  ids: z.array(z.string()),
                  aliases: z.array(z.string()).nullish(),
                  max_severity: z.string().optional()
                })
              )
              .nullish()
          })
        )
        .nullish()
    })
  )
})

const uniqueSorted = (values: string[]): string[] =>
  [...new Set(values.filter(v => v !== ''))].sort()

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** Prefer GHSA ids (they carry severity and are cross-ecosystem), then PYSEC, then the rest. */
function primaryId(ids: string[]): string {
  const order = (id: string): number =>
    id.startsWith('GHSA-') ? 0 : id.startsWith('PYSEC-') ? 1 : 2
  return [...ids].sort((a, b) => order(a) - order(b) || a.localeCompare(b))[0] as string
}

/** Every CVSS vector in a record: top-level and per-affected severities. */
function vectorsOf(record: OsvRecord): string[] {
  const severities = [
    ...(record.severity ?? []),
    ...(record.affected ?? []).flatMap(a => a.severity ?? [])
  ]
  return severities
    .filter(s => s.type === undefined || /^CVSS_V[234]$/.test(s.type))
    .map(s => s.score)
    .filter(s => s !== '')
}

/** A group's severity and where it came from. */
interface GroupSeverity extends CvssSeverity {
  /** Finding.severitySource. */
  source?: string
  /** Advisory.cvssSource: the record whose vector was scored. */
  record?: string
}

/**
 * The group's severity from every record of its alias group: the highest CVSS base score over
 * the vectors of the records osv-scanner returned and of their aliases found in the offline DB
 * (a PYSEC record has none, its GHSA twin usually has one); else osv-scanner's `max_severity`;
 * else the highest qualitative `database_specific.severity` (GHSA); else unknown.
 */
function groupSeverity(
  records: OsvRecord[],
  aliasRecords: OsvRecord[],
  maxSeverity: string | undefined
): GroupSeverity {
  let best: { score: number; vector: string; record: OsvRecord; alias: boolean } | undefined
  const candidates = [
    ...records.map(record => ({ record, alias: false })),
    ...aliasRecords.map(record => ({ record, alias: true }))
  ]
  for (const { record, alias } of candidates) {
    for (const vector of vectorsOf(record)) {
      const score = cvssBaseScore(vector)
      if (score !== undefined && (best === undefined || score > best.score))
        best = { score, vector, record, alias }
    }
  }
  if (best) {
    const cvss = severityFromCvss(best.vector)
    const where = best.alias
      ? `${best.record.id} (alias record from the offline database)`
      : best.record.id
    return { ...cvss, record: best.record.id, source: describeCvssSource(cvss, where) }
  }
  const given = maxSeverity !== undefined ? Number.parseFloat(maxSeverity) : Number.NaN
  if (Number.isFinite(given)) {
    const cvss = severityFromCvss(undefined, given)
    return { ...cvss, source: describeCvssSource(cvss, "osv-scanner's max_severity") }
  }
  let label: { severity: Exclude<Severity, 'unknown'>; record: OsvRecord; text: string } | undefined
  for (const { record } of candidates) {
    const raw = text(record.database_specific?.severity)
    const s = severityFromLabel(raw)
    if (
      s !== 'unknown' &&
      (label === undefined || SEVERITY_RANK[s] > SEVERITY_RANK[label.severity])
    )
      label = { severity: s, record, text: raw ?? '' }
  }
  return label
    ? {
        severity: label.severity,
        source: `severity label ${label.text} of ${label.record.id} (no CVSS vector)`
      }
    : { severity: 'unknown' }
}

/** `fixed` events of the records' ranges for this package. */
function fixedVersionsOf(records: OsvRecord[], ecosystem: string, name: string): string[] {
  const fixed: string[] = []
  for (const r of records) {
    for (const a of r.affected ?? []) {
      if (a.package?.ecosystem !== ecosystem) continue
      if (packageName(ecosystem, a.package.name) !== name) continue
      for (const range of a.ranges ?? []) {
        // GIT ranges hold commit hashes, not versions.
        if (range.type === 'GIT') continue
        for (const e of range.events ?? []) if (e.fixed !== undefined) fixed.push(e.fixed)
      }
    }
  }
  return sortVersions(fixed)
}

/**
 * Turns osv-scanner JSON (v2, and v1's shape) into findings: one per vulnerability group per
 * package occurrence. Pure apart from resolving source paths against the workspace and the
 * optional alias-record lookup. Throws ToolOutputError when the value is not osv-scanner's
 * report.
 */
export function parseOsvOutput(
  json: unknown,
  ctx: OsvParseContext
): { findings: Finding[]; errors: string[] } {
  const output = checkToolOutput(osvOutputSchema, json, 'not an osv-scanner JSON report')
  const findings: Finding[] = []
  const errors: string[] = []
  const excluded = ctx.exclude?.length ? compileGlobs(ctx.exclude) : undefined
  const seen = new Set<string>()

  // Alias ids no returned record carries (the GHSA twin of a PYSEC record, …), looked up once.
  const returned = new Set(
    output.results.flatMap(r =>
      (r.packages ?? []).flatMap(p => (p.vulnerabilities ?? []).map(v => v.id))
    )
  )
  const missing = new Set<string>()
  for (const r of output.results)
    for (const p of r.packages ?? []) {
      for (const g of p.groups ?? [])
        for (const id of [...g.ids, ...(g.aliases ?? [])]) if (!returned.has(id)) missing.add(id)
      for (const v of p.vulnerabilities ?? [])
        for (const id of v.aliases ?? []) if (!returned.has(id)) missing.add(id)
    }
  const extra = new Map<string, OsvRecord>()
  if (ctx.lookupRecords && missing.size > 0) {
    for (const [id, raw] of ctx.lookupRecords(missing)) {
      const parsed = osvRecordSchema.safeParse(raw)
      if (parsed.success && parsed.data.id === id) extra.set(id, parsed.data)
    }
  }

  for (const result of output.results) {
    const rawPath = result.source?.path
    // The installed environment's pins live outside the workspace on purpose.
    const fromInstalled =
      ctx.installed !== undefined &&
      rawPath !== undefined &&
      path.resolve(rawPath) === path.resolve(ctx.installed.requirementsFile)
    const sourcePath =
      rawPath !== undefined && !fromInstalled ? toRepoPath(ctx.workspace, rawPath) : undefined
    if (rawPath !== undefined && sourcePath === undefined && !fromInstalled) {
      errors.push(`source outside the workspace ignored: ${path.basename(rawPath)}`)
      continue
    }
    if (sourcePath !== undefined && excluded?.(sourcePath)) continue
    for (const entry of result.packages ?? []) {
      const ecosystem = entry.package.ecosystem || 'unknown'
      const name = packageName(ecosystem, entry.package.name)
      const version = entry.package.version ?? ''
      if (name === '') continue
      const vulns = entry.vulnerabilities ?? []
      const byId = new Map(vulns.map(v => [v.id, v]))
      // v1 output may lack groups: then every record is its own group.
      const groups = entry.groups
        ? entry.groups.map(g => ({ ids: g.ids, aliases: g.aliases ?? [], max: g.max_severity }))
        : vulns.map(v => ({ ids: [v.id], aliases: [], max: undefined }))
      for (const group of groups) {
        if (group.ids.length === 0) continue
        const id = primaryId(group.ids)
        // The primary record first, so its summary is the title.
        const records = [id, ...group.ids.filter(i => i !== id)]
          .map(i => byId.get(i))
          .filter((r): r is OsvRecord => r !== undefined)
        const aliases = uniqueSorted(
          [...group.ids, ...group.aliases, ...records.flatMap(r => r.aliases ?? [])].filter(
            a => a !== id
          )
        )
        const aliasRecords = aliases
          .map(a => extra.get(a))
          .filter((r): r is OsvRecord => r !== undefined)
        const sev = groupSeverity(records, aliasRecords, text(group.max))
        const summary =
          records.map(r => text(r.summary)).find(s => s !== undefined) ??
          records.map(r => text(r.details)?.split('\n')[0]).find(s => s !== undefined) ??
          id
        const fixedVersions = fixedVersionsOf(records, ecosystem, name)
        const cwe = uniqueSorted(
          [...records, ...aliasRecords].flatMap(r => {
            const ids = r.database_specific?.cwe_ids
            return Array.isArray(ids) ? ids.filter((c): c is string => typeof c === 'string') : []
          })
        )
        const installedAt = fromInstalled ? ctx.installed?.locate(name, version) : undefined
        const { location } = installedAt
          ? { location: installedAt }
          : ecosystem === 'PyPI'
            ? locateDependency(ctx.components, name, version, sourcePath)
            : { location: { path: sourcePath ?? '.', startLine: 1 } }
        const fingerprint = fingerprintOf(['osv-scanner', id, ecosystem, name, location.path])
        if (seen.has(`${fingerprint}\0${version}`)) continue
        seen.add(`${fingerprint}\0${version}`)
        const cve = aliases.find(a => a.startsWith('CVE-'))
        const url = `https://osv.dev/vulnerability/${id}`
        findings.push({
          tool: 'osv-scanner',
          ruleId: id,
          title: summary.length > 120 ? `${summary.slice(0, 117)}...` : summary,
          message:
            `${name} ${version} is affected by ${id}${cve ? ` (${cve})` : ''}: ${summary}` +
            (fixedVersions.length
              ? ` Fixed in ${fixedVersions.join(', ')}.`
              : ' No fixed version is known.'),
          severity: sev.severity,
          ...(sev.source !== undefined ? { severitySource: sev.source } : {}),
          cwe,
          location,
          package: {
            ecosystem,
            name,
            version,
            purl: purlOf(ecosystem, name, version || undefined),
            fixedVersions
          },
          advisory: {
            id,
            aliases,
            url,
            ...(sev.vector !== undefined ? { cvssVector: sev.vector } : {}),
            ...(sev.score !== undefined ? { cvssScore: sev.score } : {}),
            ...(sev.record !== undefined ? { cvssSource: sev.record } : {})
          },
          helpUri: url,
          fingerprint
        })
      }
    }
  }
  return { findings, errors }
}

/**
 * OSV records by id from an offline DB: every `<db>/{osv-scanner,osv-scalibr}/<Ecosystem>/all.zip`
 * (entries are `<ID>.json`). Only the wanted entries are inflated.
 */
export function readOfflineRecords(db: string, ids: ReadonlySet<string>): Map<string, unknown> {
  const found = new Map<string, unknown>()
  const zips = new Set<string>()
  for (const sub of ['osv-scalibr', 'osv-scanner']) {
    let ecosystems: string[]
    try {
      ecosystems = readdirSync(path.join(db, sub))
    } catch {
      continue
    }
    for (const eco of ecosystems) {
      const zip = path.join(db, sub, eco, 'all.zip')
      try {
        // The two layouts are often one file (symlinked or copied): read each zip once.
        zips.add(realpathSync(zip))
      } catch {
        // No zip for this ecosystem.
      }
    }
  }
  for (const zip of zips) {
    if (found.size === ids.size) break
    const entries = unzipSync(readFileSync(zip), {
      filter: file => {
        const id = path.posix.basename(file.name).replace(/\.json$/, '')
        return file.name.endsWith('.json') && ids.has(id) && !found.has(id)
      }
    })
    for (const [name, data] of Object.entries(entries)) {
      try {
        found.set(path.posix.basename(name).replace(/\.json$/, ''), JSON.parse(strFromU8(data)))
      } catch {
        // A record osv-scanner would skip as invalid JSON; so do we.
      }
    }
  }
  return found
}

/** Version from `osv-scanner --version` ("osv-scanner version: 2.5.0"). */
export function parseOsvVersion(text: string): string | undefined {
  return /osv-scanner version:\s*v?(\d+\.\d+\.\d+\S*)/i.exec(text)?.[1]
}

const SUPPORTED = '>=1.9.0 <3'
/** v2.5.0 moved local matching to osv-scalibr and reads `<db>/osv-scalibr/<eco>/all.zip`. */
const SCALIBR_DB_FROM = '2.5.0'

/**
 * The directory to pass as `--local-db-path`. Versions before 2.5 read `<db>/osv-scanner/`,
 * 2.5+ `<db>/osv-scalibr/` (verified by running 2.5.0, whose docs still name the old one). When
 * the DB has only the other layout, a temp dir with both names symlinked is used.
 */
function dbViewFor(db: string, version: string | undefined): { dir: string; cleanup?: () => void } {
  const wantScalibr =
    version === undefined || semver.gte(semver.coerce(version) ?? '0.0.0', SCALIBR_DB_FROM)
  const want = path.join(db, wantScalibr ? 'osv-scalibr' : 'osv-scanner')
  const other = path.join(db, wantScalibr ? 'osv-scanner' : 'osv-scalibr')
  if (existsSync(want) || !existsSync(other)) return { dir: db }
  const view = mkdtempSync(path.join(tmpdir(), 'runguard-osv-db-'))
  symlinkSync(other, path.join(view, 'osv-scanner'))
  symlinkSync(other, path.join(view, 'osv-scalibr'))
  return { dir: view, cleanup: () => rmSync(view, { recursive: true, force: true }) }
}

/**
 * The argv after the program name, for v1 or v2 syntax. `lockfiles` are scanned besides the
 * paths (the installed environment's generated requirements file); `config` replaces every
 * `osv-scanner.toml` osv-scanner would otherwise look for next to what it scans.
 */
export function osvArgs(
  version: string | undefined,
  paths: string[],
  localDb?: string,
  lockfiles: readonly string[] = [],
  config?: string
): string[] {
  const major = semver.coerce(version ?? '')?.major ?? 2
  const extra = [
    ...(config !== undefined ? ['--config', config] : []),
    ...lockfiles.flatMap(f => ['--lockfile', f])
  ]
  if (major < 2) {
    return [
      '--format',
      'json',
      ...(localDb !== undefined
        ? ['--experimental-offline', '--experimental-local-db-path', localDb]
        : []),
      ...extra,
      '-r',
      ...paths
    ]
  }
  // --offline (not --offline-vulnerabilities): 2.5.0 silently ignores --local-db-path with the
  // latter and still tries deps.dev for requirements.txt (verified by running it).
  return [
    'scan',
    'source',
    '--format',
    'json',
    ...(localDb !== undefined ? ['--offline', '--local-db-path', localDb] : []),
    ...extra,
    '-r',
    ...paths
  ]
}

/** Lines of stderr worth keeping as the tool's own errors (not progress chatter). */
function stderrErrors(stderr: string): string[] {
  return stderr
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => /^(error|could not|failed|warning)/i.test(l))
    .slice(0, 20)
}

/** Reads one osv-scanner run: its exit codes (as osv-scanner documents them), then the report. */
function interpretOsv(
  res: Pick<ExecResult, 'exitCode' | 'stdout' | 'stderr'>,
  redactor: Redactor,
  parse: (json: unknown) => { findings: Finding[]; errors: string[] }
): Interpretation {
  const errors = stderrErrors(res.stderr)
  // 128: no package sources found; with -r a tree without manifests is not a failure.
  if (res.exitCode === 128) return { findings: [], errors: ['no packages found', ...errors] }
  if (res.exitCode !== 0 && res.exitCode !== 1) {
    return {
      failure: `osv-scanner exited with code ${String(res.exitCode)}: ${stderrTail(res.stderr, redactor, 3, ' | ') || 'no output'}`,
      errors
    }
  }
  let json: unknown
  try {
    json = JSON.parse(res.stdout)
  } catch {
    return {
      failure: `osv-scanner output is not JSON (exit ${res.exitCode}): ${stderrTail(res.stdout + '\n' + res.stderr, redactor, 3, ' | ')}`,
      errors
    }
  }
  try {
    const parsed = parse(json)
    return { findings: parsed.findings, errors: [...parsed.errors, ...errors] }
  } catch (e) {
    return { failure: `${(e as Error).message} (exit ${res.exitCode})`, errors }
  }
}

/**
 * osv-scanner reads an `osv-scanner.toml` next to each file it scans, whose `IgnoredVulns` and
 * `PackageOverrides` (`ignore = true`) drop advisories from its output without a trace: a pull
 * request adding one would pass the gate with the scan still "ok". So osv-scanner is given
 * runguard's own empty config instead (in a fresh directory outside the workspace); suppressions
 * belong in runguard's ignore file, which the summary shows and `trusted-config` guards.
 */
function emptyOsvConfig(): { file: string; cleanup: () => void } {
  const own = privateDir('runguard-osv-config-')
  const file = own.write(
    'osv-scanner.toml',
    '# runguard: no ignores or overrides (see .runguard-ignore.yml)\n'
  )
  return { file, cleanup: own.cleanup }
}

/** The workspace's own `osv-scanner.toml` files next to the scanned manifests: not applied. */
function ignoredOsvConfigs(ctx: Pick<ScanContext, 'workspace' | 'components'>): string[] {
  const inside = ctx.components.filter(c => !path.isAbsolute(c.file) && !c.file.startsWith('..'))
  const dirs = new Set(['.', ...inside.map(c => path.posix.dirname(c.file))])
  return [...dirs]
    .map(dir => path.posix.join(dir, 'osv-scanner.toml'))
    .filter(file => existsSync(path.join(ctx.workspace, file)))
    .sort()
    .map(
      file =>
        `${file} is not applied: osv-scanner runs with runguard's own empty config, so its ignores cannot hide advisories; suppress in .runguard-ignore.yml`
    )
}

/** The OSV-Scanner plan, with the installed environment's pins when they were read. */
const osvSpec = (installed: InstalledFeed | undefined): DependencyScannerSpec => ({
  tool: 'osv-scanner',
  plan(ctx: ScanContext, detection: Detection): DependencyScanPlan | DependencyScanStop {
    let view: { dir: string; cleanup?: () => void } | undefined
    let db: string | undefined
    if (ctx.settings.osvDb !== undefined) {
      db = path.resolve(ctx.workspace, ctx.settings.osvDb)
      if (!existsSync(db))
        return {
          stop: 'failed',
          reason: `osv database directory ${ctx.settings.osvDb} does not exist`
        }
      view = dbViewFor(db, detection.version)
    }
    const localDb = db
    const config = emptyOsvConfig()
    return {
      invocations: [
        {
          args: osvArgs(
            detection.version,
            ctx.paths,
            view?.dir,
            installed ? [installed.requirementsFile] : [],
            config.file
          )
        }
      ],
      warnings: ignoredOsvConfigs(ctx),
      cleanup: () => {
        config.cleanup()
        view?.cleanup?.()
      },
      interpret: result =>
        interpretOsv(result, ctx.redactor, json =>
          parseOsvOutput(json, {
            workspace: ctx.workspace,
            components: ctx.components,
            exclude: ctx.settings.exclude,
            ...(localDb !== undefined
              ? { lookupRecords: ids => readOfflineRecords(localDb, ids) }
              : {}),
            ...(installed ? { installed } : {})
          })
        )
    }
  }
})

export const osvScannerAdapter: ScannerAdapter = {
  name: 'osv-scanner',
  supportedVersions: SUPPORTED,
  installHint: 'go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.0',

  detect(ctx: ScanContext): Promise<Detection> {
    return detectTool(ctx, {
      tool: 'osv-scanner',
      command: ['osv-scanner'],
      versionArgs: ['--version'],
      supportedVersions: SUPPORTED,
      parse: parseOsvVersion
    })
  },

  async scan(ctx: ScanContext, detection: Detection): Promise<ToolRun> {
    return runDependencyScanner(osvSpec(await ctx.installed), ctx, detection)
  }
}
