import fs from 'node:fs'
import { resolve } from 'node:path'
import { compileGlob, globProblem } from '../glob/match.js'
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { z } from 'zod'
import type { Settings } from '../config/schema.js'
import { ConfigurationError } from '../errors.js'
import { TOOL_NAMES, type Finding, type ToolName } from '../model.js'
import { advisoryIds } from './dedupe.js'

/**
 * `.runguard-ignore.yml`: reviewed suppressions with a reason and an optional expiry.
 *
 * ```yaml
 * ignore:
 *   - id: GHSA-v845-jxx5-vc9f          # advisory id or any alias (CVE, PYSEC, Safety id)
 *     reason: not reachable, we never call urllib3 with redirects
 *     expires: 2026-12-31
 *   - rule: B101
 *     path: 'tests/**'
 *     reason: asserts are fine in tests
 * ```
 * All given selectors must match (AND). A bare list at the top level is accepted too.
 */

/** One suppression as written, plus where it is. */
export interface IgnoreEntry {
  /** Advisory id or alias (case-insensitive). */
  id?: string
  /** Rule id (case-insensitive), e.g. `B602` or a semgrep rule id. */
  rule?: string
  /** Glob over the repo-relative path (picomatch syntax, matched in bounded time). */
  path?: string
  /** runguard fingerprint of one finding. */
  fingerprint?: string
  /** Only findings of this tool. */
  tool?: ToolName
  /** Why this is acceptable; required so every suppression is reviewed. */
  reason: string
  /** YYYY-MM-DD; the entry stops suppressing after this day. */
  expires?: string
  /** 1-based line of the entry in the file. */
  line: number
}

/** A loaded ignore file; `entries` is empty when the file does not exist. */
export interface IgnoreFile {
  /** Path as given (for messages). */
  path: string
  /** False when there was no file. */
  exists: boolean
  entries: IgnoreEntry[]
}

/** An ignore file with no entries (no file, or policy without suppressions). */
export function emptyIgnoreFile(path = '.runguard-ignore.yml'): IgnoreFile {
  return { path, exists: false, entries: [] }
}

// Built on first use, not at import: every `run` loads this module with the policy, and zod's
// schema construction would otherwise sit between the start and the script's spawn even when
// there is no ignore file.
let schemas: ReturnType<typeof buildSchemas> | undefined
const ignoreSchemas = (): ReturnType<typeof buildSchemas> => (schemas ??= buildSchemas())

function buildSchemas() {
  const isoDate = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(
      s =>
        !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
        new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      'is not a real calendar date'
    )

  const entrySchema = z
    .object({
      id: z.string().trim().min(1).optional(),
      rule: z.string().trim().min(1).optional(),
      path: z.string().trim().min(1).optional(),
      fingerprint: z.string().trim().min(1).optional(),
      tool: z
        .string()
        .transform(s => (s.trim().toLowerCase() === 'osv' ? 'osv-scanner' : s.trim().toLowerCase()))
        .pipe(z.enum(TOOL_NAMES))
        .optional(),
      reason: z
        .string({ error: 'is required: say why this finding is acceptable' })
        .trim()
        .min(1, 'must not be empty'),
      // YAML 1.1 readers turn bare dates into timestamps; accept both spellings.
      expires: z
        .preprocess(v => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate)
        .optional()
    })
    .strict()
    .refine(e => e.id ?? e.rule ?? e.path ?? e.fingerprint, {
      message:
        'needs at least one of id, rule, path or fingerprint (a reason alone would suppress everything)'
    })

  const fileSchema = z.union([
    z
      .object({
        version: z.literal(1).optional(),
        ignore: z.array(z.unknown()).nullable().default([])
      })
      .strict(),
    z.array(z.unknown())
  ])
  return { entrySchema, fileSchema }
}

/** Reads and validates an ignore file; a missing file is an empty one. */
export function loadIgnoreFile(path: string): IgnoreFile {
  let text: string
  try {
    text = fs.readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyIgnoreFile(path)
    throw new ConfigurationError(`cannot read ignore file ${path}: ${(error as Error).message}`, {
      field: 'ignoreFile',
      value: path
    })
  }
  return parseIgnoreFile(text, path)
}

/**
 * The run's ignore file (`ignoreFile`, relative to the workspace), loaded in this one place by
 * the pipeline and by `runguard merge`; the policy applies it once.
 */
export function loadWorkspaceIgnoreFile(
  settings: Pick<Settings, 'workspace' | 'ignoreFile'>
): IgnoreFile {
  return loadIgnoreFile(resolve(settings.workspace, settings.ignoreFile))
}

/** Parses ignore-file text; errors are ConfigurationErrors naming `path:line`. */
export function parseIgnoreFile(text: string, path: string): IgnoreFile {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const lineOf = (node: YamlNode | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined
  const fail = (message: string, line: number | undefined, field?: string): never => {
    const where = line === undefined ? path : `${path}:${line}`
    throw new ConfigurationError(`${where}: ${field ? `${field} ` : ''}${message}`, {
      field: 'ignoreFile',
      value: field,
      source: { kind: 'file', path, ...(line === undefined ? {} : { line }) }
    })
  }
  const first = doc.errors[0]
  if (first) fail(`is not valid YAML: ${first.message}`, lineCounter.linePos(first.pos[0]).line)

  const raw: unknown = doc.toJS()
  if (raw === null || raw === undefined) return { path, exists: true, entries: [] }
  const top = ignoreSchemas().fileSchema.safeParse(raw)
  if (!top.success) {
    fail('must be a map with an `ignore:` list of entries (or a bare list)', 1)
  }
  const list = Array.isArray(raw)
    ? (raw as unknown[])
    : ((raw as { ignore?: unknown[] | null }).ignore ?? [])
  const seq = isSeq(doc.contents) ? doc.contents : doc.get('ignore', true)
  const items = isSeq(seq) ? seq.items : []

  const entries = list.map((value, i): IgnoreEntry => {
    const node = items[i] as YamlNode | undefined
    const entryLine = lineOf(node) ?? 1
    const parsed = ignoreSchemas().entrySchema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const key = issue?.path[0]
      const keyNode =
        typeof key === 'string' && isMap(node)
          ? (node.get(key, true) as YamlNode | undefined)
          : undefined
      const field = typeof key === 'string' ? `ignore[${i}].${key}` : `ignore[${i}]`
      const message =
        issue?.code === 'unrecognized_keys'
          ? `has unknown key(s) ${issue.keys.join(', ')}; allowed: id, rule, path, fingerprint, tool, reason, expires`
          : (issue?.message ?? 'is invalid')
      return fail(message, lineOf(keyNode) ?? entryLine, field)
    }
    const e = parsed.data
    if (e.path !== undefined) {
      const problem = globProblem(e.path)
      if (problem)
        fail(`is not a glob runguard accepts: it ${problem}`, entryLine, `ignore[${i}].path`)
    }
    return {
      ...(e.id === undefined ? {} : { id: e.id }),
      ...(e.rule === undefined ? {} : { rule: e.rule }),
      ...(e.path === undefined ? {} : { path: e.path }),
      ...(e.fingerprint === undefined ? {} : { fingerprint: e.fingerprint }),
      ...(e.tool === undefined ? {} : { tool: e.tool }),
      reason: e.reason,
      ...(e.expires === undefined ? {} : { expires: e.expires }),
      line: entryLine
    }
  })
  return { path, exists: true, entries }
}

/** A compiled entry: test findings (or a whole dedupe group's id set) against it. */
export interface IgnoreMatcher {
  entry: IgnoreEntry
  /** True when every selector of the entry matches; `groupIds` widens `id` matching to aliases
   * other tools reported for the same advisory. */
  matches(finding: Finding, groupIds?: ReadonlySet<string>): boolean
}

/** Compiles an entry once (globs are compiled once, not per finding). */
export function compileIgnoreEntry(entry: IgnoreEntry): IgnoreMatcher {
  const glob = entry.path === undefined ? undefined : compileGlob(entry.path)
  const id = entry.id?.toUpperCase()
  const rule = entry.rule?.toLowerCase()
  return {
    entry,
    matches(finding, groupIds) {
      if (entry.tool !== undefined && finding.tool !== entry.tool) return false
      if (entry.fingerprint !== undefined && finding.fingerprint !== entry.fingerprint) return false
      if (rule !== undefined && finding.ruleId.toLowerCase() !== rule) return false
      if (glob && !glob(finding.location.path)) return false
      if (id !== undefined) {
        const ids = groupIds ?? new Set(advisoryIds(finding))
        if (!ids.has(id) && finding.ruleId.toUpperCase() !== id) return false
      }
      return true
    }
  }
}
