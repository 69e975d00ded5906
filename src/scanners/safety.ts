import pep440 from '@renovatebot/pep440'
import { existsSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { manifestKind } from '../inventory/index.js'
import { normalizeName } from '../inventory/names.js'
import type { Component, Finding, ToolRun } from '../model.js'
import { locateDependency, purlOf, sortVersions } from './dependencies.js'
import { fingerprintOf } from '../util/hash.js'
import {
  asNonEmptyString as str,
  asStrings,
  isObject,
  type JsonObject as Json
} from '../util/json.js'
import { severityFromCvss } from './severity.js'
import { detectTool, stderrTail } from './support.js'
import type { Detection, ScanContext, ScannerAdapter } from './types.js'

/** What the pure parser needs besides the text. */
export interface SafetyParseContext {
  /** Inventory components, to point each finding at the line that pins the package. */
  components: readonly Component[]
  /** Repo-relative file Safety was given (`-r`); undefined for stdin input. */
  file?: string
}

const strings = (v: unknown): string[] => asStrings(v).filter(s => s !== '')

/**
 * The JSON document inside Safety's stdout. 3.2.9+ prints a DEPRECATED banner before and after
 * it, so take the outermost `{…}` (Safety's own tests do the same).
 */
export function extractJson(stdout: string): string | undefined {
  const start = stdout.indexOf('{')
  const end = stdout.lastIndexOf('}')
  return start === -1 || end < start ? undefined : stdout.slice(start, end + 1)
}

/** `{cvssv3: {vector_string, base_score}, cvssv2: …}` → severity (v3 preferred). */
function safetySeverity(severity: unknown): ReturnType<typeof severityFromCvss> {
  if (!isObject(severity)) return { severity: 'unknown' }
  for (const key of ['cvssv3', 'cvssv2']) {
    const c = severity[key]
    if (!isObject(c)) continue
    const vector = str(c.vector_string)
    const score = typeof c.base_score === 'number' ? c.base_score : undefined
    const result = severityFromCvss(vector, score)
    if (result.severity !== 'unknown') return result
  }
  return { severity: 'unknown' }
}

/**
 * Fixed versions: Safety's own lists when it has them (online DB); offline it has none, so
 * the upper bounds (`<X`) of the vulnerable specs that contain the analyzed version.
 */
function fixedVersions(v: Json, version: string): string[] {
  const given = [...strings(v.fixed_versions)]
  if (given.length > 0) return sortVersions(given)
  const closest = strings(v.closest_versions_without_known_vulnerabilities)
  if (closest.length > 0) return sortVersions(closest)
  const specs = [...strings(v.all_vulnerable_specs), ...strings(v.vulnerable_spec)]
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

/**
 * Parses Safety 2.x `check --json` (and 3.x `check` JSON 1.1, where `vulnerable_spec` is a
 * list) into findings located at the manifest line that pins each package.
 */
export function parseSafetyOutput(
  stdout: string,
  ctx: SafetyParseContext
): { findings: Finding[]; errors: string[] } {
  const text = extractJson(stdout)
  if (text === undefined) return { findings: [], errors: ['safety output contains no JSON object'] }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    return { findings: [], errors: [`safety output is not valid JSON: ${(e as Error).message}`] }
  }
  if (!isObject(doc) || !Array.isArray(doc.vulnerabilities)) {
    return { findings: [], errors: ['safety output has no "vulnerabilities" array'] }
  }
  const findings: Finding[] = []
  const errors: string[] = []
  const seen = new Set<string>()
  for (const v of doc.vulnerabilities) {
    if (!isObject(v)) continue
    const id =
      str(v.vulnerability_id) ??
      (typeof v.vulnerability_id === 'number' ? String(v.vulnerability_id) : undefined)
    const rawName = str(v.package_name)
    const version = str(v.analyzed_version) ?? ''
    if (id === undefined || rawName === undefined) {
      errors.push('safety reported a vulnerability without id or package name; skipped')
      continue
    }
    const name = normalizeName(rawName)
    const cve = str(v.CVE)
    const aliases = cve !== undefined && cve !== id ? [cve] : []
    const url = str(v.more_info_url)
    const sev = safetySeverity(v.severity)
    const fixed = fixedVersions(v, version)
    const spec = Array.isArray(v.vulnerable_spec)
      ? strings(v.vulnerable_spec).join(' || ')
      : (str(v.vulnerable_spec) ?? '')
    const advisoryText = str(v.advisory) ?? `Safety advisory ${id}`
    const { location } = locateDependency(ctx.components, name, version, ctx.file)
    const fingerprint = fingerprintOf(['safety', id, name, location.path])
    if (seen.has(`${fingerprint}\0${version}`)) continue
    seen.add(`${fingerprint}\0${version}`)
    findings.push({
      tool: 'safety',
      ruleId: id,
      title: firstSentence(advisoryText),
      message:
        `${name} ${version} matches ${cve ?? `Safety advisory ${id}`}${spec ? ` (vulnerable: ${spec})` : ''}: ${advisoryText}` +
        (fixed.length ? ` Fixed in ${fixed.join(', ')}.` : ''),
      severity: sev.severity,
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
        ...(sev.score !== undefined ? { cvssScore: sev.score } : {})
      },
      ...(url !== undefined ? { helpUri: url } : {}),
      fingerprint
    })
  }
  return { findings, errors }
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

/** One `safety check` invocation: a requirements file, or pinned lockfile entries on stdin. */
interface SafetyInput {
  /** Repo-relative file, or undefined for stdin. */
  file?: string
  stdin?: string
  label: string
}

/**
 * Requirements-style files from the inventory get one `-r` run each (Safety follows their
 * `-r` includes itself). Pinned entries of lockfiles (poetry.lock, uv.lock, Pipfile.lock),
 * which Safety 2.x cannot read, are fed as `name==version` lines on stdin.
 */
export function safetyInputs(components: readonly Component[]): SafetyInput[] {
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
  return inputs
}

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
    const started = performance.now()
    const base = {
      tool: 'safety' as const,
      ...(detection.version ? { version: detection.version } : {})
    }
    const done = (run: Omit<ToolRun, 'tool' | 'durationMs' | 'version'>): ToolRun => ({
      ...base,
      ...run,
      ...(run.reason !== undefined ? { reason: ctx.redactor.redact(run.reason) } : {}),
      errors: run.errors.map(e => ctx.redactor.redact(e)),
      durationMs: performance.now() - started
    })
    try {
      const major = semver.coerce(detection.version ?? '')?.major ?? 2
      const errors: string[] = []
      // 3.x scans only against Safety's platform (login or API key); its `check --db` needs a
      // DB format nobody publishes. Without a key there is nothing honest to run.
      if (major >= 3 && !ctx.env.SAFETY_API_KEY) {
        return done({
          status: 'skipped',
          reason: `safety ${detection.version ?? '3.x'} needs SAFETY_API_KEY; install safety==2.3.5 for offline scans with a local --db`,
          findings: [],
          errors: []
        })
      }
      let db: string | undefined
      if (ctx.settings.safetyDb !== undefined) {
        if (major >= 3)
          errors.push('safetyDb is ignored by safety 3.x (it uses the API with SAFETY_API_KEY)')
        else {
          db = path.resolve(ctx.workspace, ctx.settings.safetyDb)
          if (!existsSync(path.join(db, 'insecure.json')))
            return done({
              status: 'failed',
              reason: `safety database ${ctx.settings.safetyDb} has no insecure.json (Safety 2.x flat DB format expected)`,
              findings: [],
              errors: []
            })
        }
      }
      const inputs = safetyInputs(ctx.components)
      if (inputs.length === 0)
        return done({
          status: 'skipped',
          reason: 'no pinned Python requirements to check',
          findings: [],
          errors: []
        })

      const [program = 'safety', ...prefix] = detection.command
      const findings: Finding[] = []
      const seen = new Set<string>()
      const failures: string[] = []
      let lastCommand: string[] | undefined
      for (const input of inputs) {
        const remaining = ctx.timeoutMs - (performance.now() - started)
        if (remaining <= 0 || ctx.signal?.aborted) {
          return done({
            status: 'timed-out',
            reason: `safety timed out after ${Math.round(ctx.timeoutMs / 1000)} s (before ${input.label})`,
            findings,
            errors,
            ...(lastCommand ? { command: lastCommand } : {})
          })
        }
        const args = [
          ...prefix,
          'check',
          ...(input.file !== undefined ? ['-r', input.file] : ['--stdin']),
          '--json',
          ...(db !== undefined ? ['--db', db] : [])
        ]
        lastCommand = [program, ...args]
        const res = await ctx.exec(program, args, {
          cwd: ctx.workspace,
          timeoutMs: remaining,
          ...(input.stdin !== undefined ? { input: input.stdin } : {}),
          ...(ctx.signal ? { signal: ctx.signal } : {})
        })
        if (res.timedOut)
          return done({
            status: 'timed-out',
            reason: `safety timed out after ${Math.round(ctx.timeoutMs / 1000)} s (${input.label})`,
            findings,
            errors,
            command: lastCommand
          })
        if (res.spawnError !== undefined)
          return done({
            status: 'failed',
            reason: `safety could not start: ${res.spawnError}`,
            findings,
            errors,
            command: lastCommand
          })
        if (res.exitCode !== EXIT_OK && res.exitCode !== EXIT_VULNERABLE) {
          const known = res.exitCode !== null ? EXIT_REASONS[res.exitCode] : undefined
          const why =
            res.exitCode === null
              ? `was killed (${res.signal ?? 'signal'})`
              : `exited with code ${res.exitCode}${known ? ` (${known})` : ''}`
          failures.push(
            `${input.label}: safety ${why}: ${stderrTail(withoutNoise(res.stderr), ctx.redactor, 3, ' | ') || stderrTail(res.stdout, ctx.redactor, 3, ' | ') || 'no output'}`
          )
          continue
        }
        const parsed = parseSafetyOutput(res.stdout, {
          components: ctx.components,
          ...(input.file !== undefined ? { file: input.file } : {})
        })
        if (
          parsed.errors.length > 0 &&
          parsed.findings.length === 0 &&
          extractJson(res.stdout) === undefined
        ) {
          failures.push(`${input.label}: ${parsed.errors.join('; ')}`)
          continue
        }
        if (res.exitCode === EXIT_VULNERABLE && parsed.findings.length === 0)
          failures.push(
            `${input.label}: safety exited 64 (vulnerabilities found) but its output listed none`
          )
        errors.push(...parsed.errors.map(e => `${input.label}: ${e}`))
        if (input.stdin !== undefined) {
          // stdin has no file: report each vulnerable pin at every lockfile line that pins it.
          for (const f of parsed.findings) {
            const pins = ctx.components.filter(
              c =>
                c.name === f.package?.name &&
                c.version === f.package.version &&
                manifestKind(c.file) !== 'requirements' &&
                manifestKind(c.file) !== 'pyproject'
            )
            for (const c of pins) {
              const fingerprint = fingerprintOf(['safety', f.ruleId, c.name, c.file])
              if (seen.has(fingerprint)) continue
              seen.add(fingerprint)
              findings.push({ ...f, location: { path: c.file, startLine: c.line }, fingerprint })
            }
          }
          continue
        }
        for (const f of parsed.findings) {
          if (seen.has(f.fingerprint)) continue
          seen.add(f.fingerprint)
          findings.push(f)
        }
      }
      const command = lastCommand
      if (failures.length > 0)
        return done({
          status: 'failed',
          reason: failures[0],
          findings,
          errors: [...failures.slice(1), ...errors],
          ...(command ? { command } : {})
        })
      return done({ status: 'ok', findings, errors, ...(command ? { command } : {}) })
    } catch (error) {
      return done({
        status: 'failed',
        reason: `safety adapter error: ${(error as Error).message}`,
        findings: [],
        errors: []
      })
    }
  }
}
