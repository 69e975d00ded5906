import fs from 'node:fs/promises'
import path from 'node:path'
import { compileGlobs } from '../glob/match.js'
import type { Finding, SkippedFile, Suppression, ToolRun } from '../model.js'
import { scanText } from '../secrets/engine.js'
import {
  defaultSkipReason,
  formatBytes,
  isTestFixturePath,
  walkFiles,
  type FileEntry,
  type Skipped
} from '../secrets/files.js'
import { addedInRange, resolveBase, trackedFiles, type AddedHunk } from '../secrets/git.js'
import { bundledWorkerFile, planScan, POOL_MIN_BYTES, ScanPool } from '../secrets/pool.js'
import { scanFile, type FileOutcome } from '../secrets/scan-file.js'
import type { SecretMatch } from '../secrets/types.js'
import { eventLoopTurns } from '../util/event-loop-turns.js'
import { toRepoPath } from '../util/paths.js'
import { RUNGUARD_VERSION } from '../version.js'
import type { Detection, ScanContext, ScannerAdapter } from './types.js'

/**
 * Version of the built-in detector: runguard's own (its rules ship and change with runguard),
 * so JSON, SARIF and the summary all say the one version of src/version.ts.
 */
export const SECRETS_ENGINE_VERSION = RUNGUARD_VERSION

/** The in-thread scan gives the event loop a turn at least this often (ms). */
const YIELD_MS = 10

const VALIDATION_TEXT: Record<SecretMatch['validation'], string> = {
  checksum: 'checksum verified',
  structure: 'structure verified',
  format: 'matches the provider format',
  context: 'matched by context',
  entropy: 'high-entropy value assigned to a secret-looking name'
}

/** The lines of a multi-line secret worth masking alone (not BEGIN/END armor, not short). */
export function secretLines(value: string): string[] {
  return value
    .split(/\r?\n|\\n/)
    .map(l => l.trim())
    .filter(l => l.length >= 16 && !/^-----(?:BEGIN|END) /.test(l))
}

/** Turns one engine match into a Finding; the raw value is never put in it. */
export function secretFinding(
  m: SecretMatch,
  repoPath: string,
  lineOffset = 0,
  commit?: string
): Finding {
  const where = commit ? ` (added in commit ${commit.slice(0, 12)})` : ''
  const fixture = isTestFixturePath(repoPath)
  const inFixture = fixture ? ' in a test fixture' : ''
  return {
    tool: 'secrets',
    ruleId: m.ruleId,
    title: m.title,
    message: m.checksumMismatch
      ? `${m.title} lookalike ${m.masked}${inFixture} — checksum does not match a real token${where}: invented, truncated or altered. If it was cut from a real token, rotate that token; otherwise allow it with a runguard:allow comment.`
      : `${m.title} ${m.masked}${inFixture} — ${VALIDATION_TEXT[m.validation]}${where}. Revoke and rotate it, then remove it from the code.`,
    severity: m.severity,
    confidence: m.confidence,
    cwe: ['CWE-798'],
    location: {
      path: repoPath,
      startLine: m.startLine + lineOffset,
      endLine: m.endLine + lineOffset,
      startColumn: m.startColumn,
      endColumn: m.endColumn
    },
    fingerprint: m.fingerprint,
    secret: { provider: m.provider, masked: m.masked, ...(fixture ? { testFixture: true } : {}) },
    ...(m.allowedInline
      ? {
          suppressed: {
            reason: 'runguard:allow comment on the line',
            source: 'inline'
          } satisfies Suppression
        }
      : {})
  }
}

/**
 * Scans the working tree under ctx.paths. In a git repository, tracked files are scanned even
 * when `.gitignore` lists them, and every skip of tracked content goes to `unscanned`; outside
 * one, the skips worth hearing about (too large, too deep, unreadable) do.
 */
async function scanTree(
  ctx: ScanContext,
  findings: Finding[],
  errors: string[],
  register: (v: string) => void,
  unscanned: SkippedFile[]
): Promise<void> {
  const workspace = await fs.realpath(ctx.workspace)
  const roots: string[] = []
  for (const p of ctx.paths.length ? ctx.paths : [workspace]) {
    const rel = toRepoPath(workspace, p)
    if (rel === undefined) errors.push(`path ${p} is outside the workspace and was not scanned`)
    else roots.push(rel === '.' ? workspace : path.join(workspace, rel))
  }
  const demo = ctx.settings.secretsDemoCredentials
  const workerFile = bundledWorkerFile()
  const override = ctx.env.RUNGUARD_SECRET_WORKERS
  const planFor = (bytes: number): ReturnType<typeof planScan> =>
    planScan(bytes, { workerFile, ...(override === undefined ? {} : { override }) })
  // The workers start as soon as the scan will need them (at once when RUNGUARD_SECRET_WORKERS
  // asks for them, else once the walk has listed enough bytes), so their start overlaps the walk.
  let pool: ScanPool | undefined
  const startPool = (bytes: number): void => {
    if (pool) return
    const plan = planFor(bytes)
    if (plan.where === 'workers')
      pool = new ScanPool({ workerFile: plan.workerFile, threads: plan.threads, demo })
  }
  try {
    if (override !== undefined && override !== '') startPool(Number.POSITIVE_INFINITY)
    const tracked = await trackedFiles({
      exec: ctx.exec,
      ...(ctx.env ? { env: ctx.env } : {}),
      logger: ctx.logger,
      cwd: workspace,
      timeoutMs: ctx.timeoutMs,
      ...(ctx.signal ? { signal: ctx.signal } : {})
    })
    const walkStarted = performance.now()
    let listed = 0
    // Files listed before the pool started: handed to it when it starts.
    const waiting: FileEntry[] = []
    const { files, skipped } = await walkFiles(roots, {
      workspace,
      maxFileSize: ctx.settings.secretsMaxFileSize,
      exclude: ctx.settings.exclude,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...(tracked ? { tracked } : {}),
      onFile: file => {
        // Decided once, when the bytes listed so far first reach the threshold.
        if (listed < POOL_MIN_BYTES && (listed += file.size) >= POOL_MIN_BYTES) startPool(listed)
        // Once there are workers they scan what is listed while the main thread walks on.
        if (!pool) waiting.push(file)
        else {
          for (const early of waiting.splice(0)) pool.add(early)
          pool.add(file)
        }
      }
    })
    const unread: Skipped[] = []
    const onOutcome = (outcome: FileOutcome): void => {
      if (outcome.kind === 'binary')
        skipped.push({ rel: outcome.rel, reason: 'binary content', notable: false })
      else if (outcome.kind === 'unread')
        unread.push({ rel: outcome.rel, reason: outcome.reason, notable: true })
      else
        for (const m of outcome.matches) {
          register(m.value)
          findings.push(secretFinding(m, outcome.rel))
        }
    }
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0)
    const scanStarted = performance.now()
    ctx.logger.debug(
      `secrets: listed ${files.length} files (${formatBytes(totalBytes)}) in ${Math.round(scanStarted - walkStarted)} ms`
    )
    const plan = planFor(totalBytes)
    if (plan.where === 'workers') startPool(totalBytes)
    else if (pool) {
      await pool.close()
      pool = undefined
    }
    const scanHere = (file: FileEntry): FileOutcome | Promise<FileOutcome> => scanFile(file, demo)
    if (pool) {
      ctx.logger.debug(
        `secrets: scanning ${files.length} files on the main thread and ${pool.size} worker thread${pool.size === 1 ? '' : 's'}`
      )
      await pool.run(files, { ...(ctx.signal ? { signal: ctx.signal } : {}), onOutcome, scanHere })
      // Outcomes arrive in the order the threads finish; unreadable files are listed in walk order.
      if (unread.length > 1) {
        const order = new Map(files.map((f, i) => [f.rel, i]))
        unread.sort((a, b) => (order.get(a.rel) ?? 0) - (order.get(b.rel) ?? 0))
      }
    } else {
      ctx.logger.debug(
        `secrets: scanning ${files.length} files in-thread: ${plan.where === 'in-thread' ? plan.why : ''}`
      )
      // Reads are synchronous (src/secrets/scan-file.ts); the event loop gets a turn every few
      // milliseconds so the other scanners' output is still read while this one scans.
      const turn = eventLoopTurns(YIELD_MS)
      for (const file of files) {
        if (ctx.signal?.aborted) break
        onOutcome(await scanHere(file))
        await turn()
      }
    }
    for (const s of [...skipped, ...unread]) {
      if (s.notable) errors.push(`not scanned: ${s.rel}: ${s.reason}`)
      else ctx.logger.debug(`secrets: skipped ${s.rel}: ${s.reason}`)
      const listed = tracked ? (s.tracked ?? tracked.has(s.rel)) : s.notable
      if (listed) unscanned.push({ path: s.rel, reason: s.reason })
    }
    ctx.logger.debug(
      `secrets: scanned ${files.length - unread.length} files in ${Math.round(performance.now() - scanStarted)} ms`
    )
  } finally {
    await pool?.close()
  }
}

function scanHunks(
  hunks: readonly AddedHunk[],
  ctx: ScanContext,
  findings: Finding[],
  register: (v: string) => void
): void {
  const seen = new Set<string>()
  const excluded = ctx.settings.exclude.length ? compileGlobs(ctx.settings.exclude) : undefined
  for (const hunk of hunks) {
    if (defaultSkipReason(hunk.path)) continue
    if (excluded?.(hunk.path)) continue
    for (const m of scanText(hunk.text, {
      path: hunk.path,
      demo: ctx.settings.secretsDemoCredentials
    })) {
      register(m.value)
      // History mode sees a secret once per commit that touched it; report it once per file.
      const key = `${m.fingerprint}\0${hunk.path}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push(secretFinding(m, hunk.path, hunk.startLine - 1, hunk.commit))
    }
  }
}

/** The built-in secret detector as a scanner adapter (always available, nothing to install). */
export const secretsAdapter: ScannerAdapter = {
  name: 'secrets',
  supportedVersions: `${SECRETS_ENGINE_VERSION}`,
  installHint: 'built in; nothing to install',
  detect(): Promise<Detection> {
    return Promise.resolve({
      installed: true,
      command: [],
      version: SECRETS_ENGINE_VERSION,
      supported: true
    })
  },
  async scan(ctx: ScanContext): Promise<ToolRun> {
    const started = performance.now()
    const mode = ctx.settings.secretsScan
    const base: Omit<ToolRun, 'status' | 'durationMs'> = {
      tool: 'secrets',
      version: SECRETS_ENGINE_VERSION,
      findings: [],
      errors: []
    }
    if (mode === 'off') {
      return { ...base, status: 'skipped', reason: 'secrets-scan is off', durationMs: 0 }
    }
    const findings: Finding[] = []
    const errors: string[] = []
    const unscanned: SkippedFile[] = []
    const registered = new Set<string>()
    const register = (value: string): void => {
      if (registered.has(value)) return
      registered.add(value)
      // A multi-line value (PEM body) is printed line by line: mask each line on its own too.
      const parts = value.includes('\n') ? [value, ...secretLines(value)] : [value]
      for (const part of parts) {
        ctx.logger.registerSecret(part)
        ctx.redactor.add(part)
      }
    }
    let command: string[] | undefined
    try {
      if (mode === 'tree') {
        await scanTree(ctx, findings, errors, register, unscanned)
      } else {
        const { base: sha, source } = await resolveBase(ctx.settings.baseRef, ctx.env)
        if (!sha) {
          ctx.logger.info(
            `secrets: no base commit (${source}); scanning the whole working tree instead of the ${mode}`
          )
          await scanTree(ctx, findings, errors, register, unscanned)
        } else {
          const range = await addedInRange(
            {
              exec: ctx.exec,
              logger: ctx.logger,
              cwd: ctx.workspace,
              timeoutMs: ctx.timeoutMs,
              ...(ctx.signal ? { signal: ctx.signal } : {})
            },
            sha,
            mode
          )
          command = range.command
          errors.push(...range.problems)
          scanHunks(range.hunks, ctx, findings, register)
          if (range.problems.length && range.hunks.length === 0) {
            // Without the range, scan everything: a superset is safer than silence.
            errors.push(`${mode} scan impossible, scanned the whole working tree instead`)
            await scanTree(ctx, findings, errors, register, unscanned)
          }
        }
      }
    } catch (error) {
      return {
        ...base,
        status: 'failed',
        reason: ctx.redactor.redact(`secret scan crashed: ${(error as Error).message}`),
        durationMs: performance.now() - started,
        findings: findings,
        errors: errors.map(e => ctx.redactor.redact(e)),
        ...(unscanned.length ? { skipped: redactSkips(unscanned, ctx) } : {})
      }
    }
    // Only inline allow comments are applied here; the ignore file is applied once, by the
    // policy (src/policy/policy.ts), which also reports entries that matched nothing.
    const result = findings.sort(
      (a, b) =>
        a.location.path.localeCompare(b.location.path) ||
        a.location.startLine - b.location.startLine
    )
    return {
      ...base,
      status: ctx.signal?.aborted ? 'failed' : 'ok',
      ...(ctx.signal?.aborted ? { reason: 'cancelled' } : {}),
      durationMs: performance.now() - started,
      findings: result,
      errors: errors.map(e => ctx.redactor.redact(e)),
      ...(command ? { command } : {}),
      ...(unscanned.length ? { skipped: redactSkips(unscanned, ctx) } : {})
    }
  }
}

/** Skips in path order, with any registered secret in a file name masked. */
function redactSkips(skips: readonly SkippedFile[], ctx: ScanContext): SkippedFile[] {
  return [...skips]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(s => ({ path: ctx.redactor.redact(s.path), reason: ctx.redactor.redact(s.reason) }))
}
