import { globProblem } from '../glob/match.js'
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { TOOL_NAMES } from '../model.js'
import type { IgnoreEntry, IgnoreFile } from './ignore-file.js'

/**
 * Parsing and validating `.runguard-ignore.yml` (the format: ignore-file.ts). A module of its
 * own so that the YAML parser loads only when an ignore file exists.
 */

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
