import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { compileGlobs } from '../glob/match.js'
import semver from 'semver'
import type { Component, Finding, Severity, ToolRun } from '../model.js'
import { SEVERITY_RANK } from '../model.js'
import { locateDependency, packageName, purlOf, sortVersions } from './dependencies.js'
import { fingerprintOf } from '../util/hash.js'
import {
  asNonEmptyString as str,
  asStrings as strings,
  isObject,
  type JsonObject as Json
} from '../util/json.js'
import { toRepoPath } from '../util/paths.js'
import { cvssBaseScore, severityFromCvss, severityFromLabel } from './severity.js'
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
}

const uniqueSorted = (values: string[]): string[] =>
  [...new Set(values.filter(v => v !== ''))].sort()

/** Prefer GHSA ids (they carry severity and are cross-ecosystem), then PYSEC, then the rest. */
function primaryId(ids: string[]): string {
  const order = (id: string): number =>
    id.startsWith('GHSA-') ? 0 : id.startsWith('PYSEC-') ? 1 : 2
  return [...ids].sort((a, b) => order(a) - order(b) || a.localeCompare(b))[0] as string
}

/** Every CVSS vector in a record: top-level and per-affected severities. */
function vectorsOf(record: Json): string[] {
  const affected: unknown[] = Array.isArray(record.affected) ? record.affected : []
  const severities: unknown[] = [
    ...(Array.isArray(record.severity) ? (record.severity as unknown[]) : []),
    ...affected.flatMap(a =>
      isObject(a) && Array.isArray(a.severity) ? (a.severity as unknown[]) : []
    )
  ]
  return severities
    .filter(isObject)
    .filter(s => s.type === undefined || /^CVSS_V[234]$/.test(str(s.type) ?? ''))
    .map(s => str(s.score))
    .filter((s): s is string => s !== undefined)
}

/**
 * Highest CVSS base score over the group's vectors; else the group's `max_severity`; else the
 * highest qualitative `database_specific.severity` (GHSA); else unknown.
 */
function groupSeverity(
  records: Json[],
  maxSeverity: string | undefined
): { severity: Severity; score?: number; vector?: string } {
  let best: { score: number; vector: string } | undefined
  for (const vector of records.flatMap(vectorsOf)) {
    const score = cvssBaseScore(vector)
    if (score !== undefined && (best === undefined || score > best.score)) best = { score, vector }
  }
  if (best) return severityFromCvss(best.vector)
  const given = maxSeverity !== undefined ? Number.parseFloat(maxSeverity) : Number.NaN
  if (Number.isFinite(given)) return severityFromCvss(undefined, given)
  let label: Severity = 'unknown'
  for (const r of records) {
    const s = severityFromLabel(
      isObject(r.database_specific) ? str(r.database_specific.severity) : undefined
    )
    if (s !== 'unknown' && (label === 'unknown' || SEVERITY_RANK[s] > SEVERITY_RANK[label]))
      label = s
  }
  return { severity: label }
}

/** `fixed` events of the record's ranges for this package. */
function fixedVersionsOf(records: Json[], ecosystem: string, name: string): string[] {
  const fixed: string[] = []
  for (const r of records) {
    for (const a of Array.isArray(r.affected) ? r.affected : []) {
      if (!isObject(a) || !isObject(a.package)) continue
      if (a.package.ecosystem !== ecosystem) continue
      if (packageName(ecosystem, str(a.package.name) ?? '') !== name) continue
      for (const range of Array.isArray(a.ranges) ? a.ranges : []) {
        // GIT ranges hold commit hashes, not versions.
        if (!isObject(range) || range.type === 'GIT') continue
        for (const e of Array.isArray(range.events) ? range.events : [])
          if (isObject(e) && typeof e.fixed === 'string') fixed.push(e.fixed)
      }
    }
  }
  return sortVersions(fixed)
}

/**
 * Turns osv-scanner JSON (v2, and v1's shape) into findings: one per vulnerability group per
 * package occurrence. Pure apart from resolving source paths against the workspace.
 */
export function parseOsvOutput(
  json: unknown,
  ctx: OsvParseContext
): { findings: Finding[]; errors: string[] } {
  const findings: Finding[] = []
  const errors: string[] = []
  if (!isObject(json) || !Array.isArray(json.results)) {
    return { findings, errors: ['osv-scanner output has no "results" array'] }
  }
  const excluded = ctx.exclude?.length ? compileGlobs(ctx.exclude) : undefined
  const seen = new Set<string>()
  for (const result of json.results) {
    if (!isObject(result)) continue
    const rawPath = isObject(result.source) ? str(result.source.path) : undefined
    const sourcePath = rawPath !== undefined ? toRepoPath(ctx.workspace, rawPath) : undefined
    if (rawPath !== undefined && sourcePath === undefined) {
      errors.push(`source outside the workspace ignored: ${path.basename(rawPath)}`)
      continue
    }
    if (sourcePath !== undefined && excluded?.(sourcePath)) continue
    for (const entry of Array.isArray(result.packages) ? result.packages : []) {
      if (!isObject(entry) || !isObject(entry.package)) continue
      const ecosystem = str(entry.package.ecosystem) ?? 'unknown'
      const name = packageName(ecosystem, str(entry.package.name) ?? '')
      const version = str(entry.package.version) ?? ''
      if (name === '') continue
      const vulns = (Array.isArray(entry.vulnerabilities) ? entry.vulnerabilities : []).filter(
        isObject
      )
      const byId = new Map(vulns.map(v => [String(v.id), v]))
      // v1 output may lack groups: then every record is its own group.
      const groups = Array.isArray(entry.groups)
        ? entry.groups.filter(isObject).map(g => ({
            ids: strings(g.ids),
            aliases: strings(g.aliases),
            max: str(g.max_severity)
          }))
        : vulns.map(v => ({ ids: [String(v.id)], aliases: [], max: undefined }))
      for (const group of groups) {
        if (group.ids.length === 0) continue
        const id = primaryId(group.ids)
        // The primary record first, so its summary is the title.
        const records = [id, ...group.ids.filter(i => i !== id)]
          .map(i => byId.get(i))
          .filter((r): r is Json => r !== undefined)
        const aliases = uniqueSorted(
          [...group.ids, ...group.aliases, ...records.flatMap(r => strings(r.aliases))].filter(
            a => a !== id
          )
        )
        const sev = groupSeverity(records, group.max)
        const summary =
          records.map(r => str(r.summary)).find(s => s !== undefined) ??
          records.map(r => str(r.details)?.split('\n')[0]).find(s => s !== undefined) ??
          id
        const fixedVersions = fixedVersionsOf(records, ecosystem, name)
        const cwe = uniqueSorted(
          records.flatMap(r =>
            isObject(r.database_specific) ? strings(r.database_specific.cwe_ids) : []
          )
        )
        const { location } =
          ecosystem === 'PyPI'
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
            ...(sev.score !== undefined ? { cvssScore: sev.score } : {})
          },
          helpUri: url,
          fingerprint
        })
      }
    }
  }
  return { findings, errors }
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

/** The argv after the program name, for v1 or v2 syntax. */
export function osvArgs(version: string | undefined, paths: string[], localDb?: string): string[] {
  const major = semver.coerce(version ?? '')?.major ?? 2
  if (major < 2) {
    return [
      '--format',
      'json',
      ...(localDb !== undefined
        ? ['--experimental-offline', '--experimental-local-db-path', localDb]
        : []),
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
    const started = performance.now()
    const base = {
      tool: 'osv-scanner' as const,
      ...(detection.version ? { version: detection.version } : {})
    }
    const done = (run: Omit<ToolRun, 'tool' | 'durationMs' | 'version'>): ToolRun => ({
      ...base,
      ...run,
      ...(run.reason !== undefined ? { reason: ctx.redactor.redact(run.reason) } : {}),
      errors: run.errors.map(e => ctx.redactor.redact(e)),
      durationMs: performance.now() - started
    })
    let view: { dir: string; cleanup?: () => void } | undefined
    try {
      const osvDb = ctx.settings.osvDb
      if (osvDb !== undefined) {
        const db = path.resolve(ctx.workspace, osvDb)
        if (!existsSync(db))
          return done({
            status: 'failed',
            reason: `osv database directory ${osvDb} does not exist`,
            findings: [],
            errors: []
          })
        view = dbViewFor(db, detection.version)
      }
      const [program, ...prefix] = detection.command
      const args = [...prefix, ...osvArgs(detection.version, ctx.paths, view?.dir)]
      const command = [program ?? 'osv-scanner', ...args]
      const res = await ctx.exec(program ?? 'osv-scanner', args, {
        cwd: ctx.workspace,
        timeoutMs: ctx.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {})
      })
      const errors = stderrErrors(res.stderr)
      if (res.timedOut)
        return done({
          status: 'timed-out',
          reason: `osv-scanner timed out after ${Math.round(ctx.timeoutMs / 1000)} s`,
          findings: [],
          errors,
          command
        })
      if (res.spawnError !== undefined)
        return done({
          status: 'failed',
          reason: `osv-scanner could not start: ${res.spawnError}`,
          findings: [],
          errors,
          command
        })
      if (res.exitCode === 128)
        return done({
          status: 'ok',
          findings: [],
          errors: ['no packages found', ...errors],
          command
        })
      if (res.exitCode !== 0 && res.exitCode !== 1) {
        const why =
          res.exitCode === null
            ? `was killed (${res.signal ?? 'signal'})`
            : `exited with code ${res.exitCode}`
        return done({
          status: 'failed',
          reason: `osv-scanner ${why}: ${stderrTail(res.stderr, ctx.redactor, 3, ' | ') || 'no output'}`,
          findings: [],
          errors,
          command
        })
      }
      let json: unknown
      try {
        json = JSON.parse(res.stdout)
      } catch {
        return done({
          status: 'failed',
          reason: `osv-scanner output is not JSON (exit ${res.exitCode}): ${stderrTail(res.stdout + '\n' + res.stderr, ctx.redactor, 3, ' | ')}`,
          findings: [],
          errors,
          command
        })
      }
      const parsed = parseOsvOutput(json, {
        workspace: ctx.workspace,
        components: ctx.components,
        exclude: ctx.settings.exclude
      })
      if (parsed.errors.includes('osv-scanner output has no "results" array'))
        return done({
          status: 'failed',
          reason: 'osv-scanner output has no "results" array',
          findings: [],
          errors,
          command
        })
      return done({
        status: 'ok',
        findings: parsed.findings,
        errors: [...parsed.errors, ...errors],
        command
      })
    } catch (error) {
      return done({
        status: 'failed',
        reason: `osv-scanner adapter error: ${(error as Error).message}`,
        findings: [],
        errors: []
      })
    } finally {
      view?.cleanup?.()
    }
  }
}
