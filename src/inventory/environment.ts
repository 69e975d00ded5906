import path from 'node:path'
import { z } from 'zod'
import { errorMessage } from '../errors.js'
import type { ExecFn } from '../exec.js'
import type { Component } from '../model.js'
import { resolveLicense, type LicenseInfo } from './licenses.js'
import { normalizeName, pypiPurl } from './names.js'
import { findPythonHelpersDir, HELPER_FILES } from './python-helpers.js'
import {
  findPythonTarget,
  planReader,
  type FindTargetInput,
  type PythonTarget,
  type ReaderPlan
} from './python-target.js'

/**
 * The installed-environment inventory: every distribution of the Python environment the script
 * used, read by python/runguard_environment.py on a trusted interpreter with `-I -S` (see
 * python-target.ts for which one), bounded in time and output, its JSON checked by a schema:
 * the environment's files are written by whoever controls the workspace and the install step.
 */

/** One installed distribution. */
export interface InstalledPackage {
  /** PEP 503-normalized. */
  name: string
  /** As the metadata spells it. */
  displayName: string
  version: string
  purl: string
  license: LicenseInfo
  /** Requires-Dist lines, as written (PEP 508). */
  requires: string[]
  /** Import names the distribution provides (from RECORD, else top_level.txt). */
  modules: string[]
  /** RECORD: files listed, files with a sha256, and the sha256 of RECORD itself. */
  record?: { files: number; hashed: number; sha256?: string }
  /** Hashes of the archive it was installed from, when direct_url.json records them. */
  hashes: NonNullable<Component['hashes']>
  /** Installed in editable/development mode (`pip install -e`): usually the project itself. */
  editable: boolean
  /** Absolute .dist-info/.egg-info directory. */
  path: string
  /** Absolute site directory it was found in. */
  site: string
  installer?: string
}

/** What was read. */
export interface InstalledEnvironment {
  target: PythonTarget
  /** Interpreter that ran the reader (outside the workspace). */
  reader: string
  /** The venv root, when the environment is a virtual environment. */
  venv?: string
  pythonVersion: string
  /** sys.prefix of the reader interpreter (the base installation for a venv). */
  prefix: string
  /** Site directories searched. */
  sites: string[]
  /** PEP 508 marker values of the environment. */
  markers: Record<string, string>
  packages: InstalledPackage[]
  /** Entries skipped and why (bad names, unreadable metadata). */
  warnings: string[]
}

/** Result of reading: the environment, nothing found (a note), or a failure (fails closed). */
export type EnvironmentResult =
  | { status: 'read'; environment: InstalledEnvironment }
  | { status: 'missing'; reason: string }
  | { status: 'failed'; reason: string; target?: PythonTarget }

/** Project names (PEP 508) and versions as pip accepts them; anything else is not a package. */
const NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,198}[A-Za-z0-9])?$/
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+!_-]{0,127}$/
const boundedString = (max: number): z.ZodString => z.string().max(max)

const distributionSchema = z.object({
  name: boundedString(2000).nullable(),
  version: boundedString(2000).nullable(),
  metadata_version: boundedString(2000).nullable().optional(),
  license_expression: boundedString(2000).nullable(),
  license: boundedString(4096).nullable(),
  license_files: z.array(boundedString(2000)).max(2000),
  classifiers: z.array(boundedString(2000)).max(2000),
  requires: z.array(boundedString(2000)).max(2000),
  provides_extra: z.array(boundedString(2000)).max(2000).optional(),
  path: boundedString(8192),
  site: boundedString(8192),
  record: z
    .object({
      files: z.number().int().nonnegative(),
      hashed: z.number().int().nonnegative(),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable(),
      error: z.string().max(200).optional()
    })
    .nullable(),
  modules: z.array(boundedString(2000)).max(2000),
  installer: boundedString(50).nullable(),
  direct_url: z
    .object({
      url: boundedString(500).nullable(),
      editable: z.boolean(),
      archive_hashes: z.record(boundedString(20), boundedString(200))
    })
    .nullable(),
  license_file: z.object({ file: boundedString(2000), head: boundedString(4096) }).nullable()
})

/** The reader's output; extra keys are ignored, every value is bounded. */
export const readerOutputSchema = z.object({
  format: z.literal('runguard-environment/1'),
  python: z.object({
    executable: boundedString(8192),
    version: boundedString(100),
    prefix: boundedString(8192),
    base_prefix: boundedString(8192)
  }),
  markers: z.record(boundedString(100), boundedString(500)),
  paths: z.array(boundedString(8192)).max(10000),
  distributions: z.array(distributionSchema).max(20000),
  warnings: z.array(boundedString(2000)).max(2000)
})
export type ReaderOutput = z.infer<typeof readerOutputSchema>

const HASH_ALGS: Readonly<Record<string, NonNullable<Component['hashes']>[number]['alg']>> = {
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512'
}

/** Turns the validated reader output into packages; entries that are not packages become warnings. */
export function packagesFromReader(output: ReaderOutput): {
  packages: InstalledPackage[]
  warnings: string[]
} {
  const warnings = [...output.warnings]
  const packages: InstalledPackage[] = []
  const seen = new Map<string, InstalledPackage>()
  for (const d of output.distributions) {
    const where = path.basename(d.path)
    if (d.name === null || !NAME.test(d.name) || d.version === null || !VERSION.test(d.version)) {
      warnings.push(`${where}: not a valid project name and version; skipped`)
      continue
    }
    const name = normalizeName(d.name)
    const hashes: NonNullable<Component['hashes']> = []
    for (const [alg, content] of Object.entries(d.direct_url?.archive_hashes ?? {})) {
      const mapped = HASH_ALGS[alg.toLowerCase()]
      if (mapped && /^[0-9a-fA-F]+$/.test(content))
        hashes.push({ alg: mapped, content: content.toLowerCase() })
    }
    const pkg: InstalledPackage = {
      name,
      displayName: d.name,
      version: d.version,
      purl: pypiPurl(name, d.version),
      license: resolveLicense({
        expression: d.license_expression ?? undefined,
        license: d.license ?? undefined,
        classifiers: d.classifiers,
        licenseFile: d.license_file ?? undefined
      }),
      requires: d.requires,
      modules: d.modules.filter(m => /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(m)),
      ...(d.record
        ? {
            record: {
              files: d.record.files,
              hashed: d.record.hashed,
              ...(d.record.sha256 ? { sha256: d.record.sha256 } : {})
            }
          }
        : {}),
      hashes,
      editable: d.direct_url?.editable === true,
      path: d.path,
      site: d.site,
      ...(d.installer ? { installer: d.installer } : {})
    }
    const earlier = seen.get(name)
    if (earlier) {
      // Python imports the first on its path; a second copy is shadowed but still on disk.
      warnings.push(
        `${d.name} ${d.version} in ${d.site} is shadowed by ${earlier.displayName} ${earlier.version} in ${earlier.site}`
      )
      continue
    }
    seen.set(name, pkg)
    packages.push(pkg)
  }
  return { packages, warnings }
}

export interface ReadEnvironmentInput extends FindTargetInput {
  exec: ExecFn
  /** Reader time limit. */
  timeoutMs?: number
  /** Aborting stops the reader. */
  signal?: AbortSignal
  /** Where python/ lives (tests); found from this module otherwise. */
  helpersDir?: string
}

const DEFAULT_TIMEOUT_MS = 60_000
/** A real environment's JSON is a few MB; past this it is not one we want to parse. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024

/** Finds the environment and reads it; never throws. */
export async function readEnvironment(input: ReadEnvironmentInput): Promise<EnvironmentResult> {
  const target = findPythonTarget(input)
  if ('missing' in target) return { status: 'missing', reason: target.missing }
  if ('refused' in target) return { status: 'failed', reason: target.refused }
  const plan = planReader(target, input.workspace)
  if ('missing' in plan) return { status: 'missing', reason: plan.missing }
  if ('refused' in plan) return { status: 'failed', reason: plan.refused, target }
  const helpers = input.helpersDir ?? findPythonHelpersDir()
  if (helpers === undefined)
    return {
      status: 'failed',
      reason: "runguard's python/ helpers are missing from its installation",
      target
    }
  return runReader(plan, path.join(helpers, HELPER_FILES.reader), input)
}

/** The reader's argv after the interpreter. */
export function readerArgs(plan: ReaderPlan, readerScript: string): string[] {
  return [
    // -I: no PYTHON* variables, user site or current directory; -S: no site module, so no
    // .pth line and no sitecustomize of the environment runs. -B: write no .pyc anywhere.
    '-I',
    '-S',
    '-B',
    readerScript,
    ...plan.sites.flatMap(s => ['--site', s]),
    ...(plan.systemSite ? ['--system-site'] : [])
  ]
}

async function runReader(
  plan: ReaderPlan,
  readerScript: string,
  input: ReadEnvironmentInput
): Promise<EnvironmentResult> {
  const { target } = plan
  const fail = (reason: string): EnvironmentResult => ({ status: 'failed', reason, target })
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const res = await input.exec(plan.reader, readerArgs(plan, readerScript), {
    cwd: input.cwd,
    env: input.env,
    timeoutMs,
    maxBufferBytes: MAX_OUTPUT_BYTES,
    ...(input.signal ? { signal: input.signal } : {})
  })
  const tail = res.stderr.trim().split('\n').slice(-2).join(' | ').slice(0, 300)
  if (res.timedOut)
    return fail(`the environment reader did not finish within ${Math.round(timeoutMs / 1000)}s`)
  if (res.spawnError !== undefined) return fail(`${plan.reader} could not start: ${res.spawnError}`)
  if (res.truncated)
    return fail(`the environment reader printed more than ${MAX_OUTPUT_BYTES} bytes`)
  if (res.exitCode !== 0)
    return fail(
      `the environment reader exited with code ${String(res.exitCode ?? res.signal)}: ${tail || 'no output'}`
    )
  let json: unknown
  try {
    json = JSON.parse(res.stdout)
  } catch (error) {
    return fail(`the environment reader's output is not JSON (${errorMessage(error)})`)
  }
  const parsed = readerOutputSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return fail(
      `the environment reader's output does not match its schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`
    )
  }
  const out = parsed.data
  const { packages, warnings } = packagesFromReader(out)
  return {
    status: 'read',
    environment: {
      target,
      reader: plan.reader,
      ...(plan.venv !== undefined ? { venv: plan.venv } : {}),
      pythonVersion: out.markers.python_full_version ?? out.python.version,
      prefix: plan.venv ?? out.python.prefix,
      sites: out.paths,
      markers: out.markers,
      packages,
      warnings
    }
  }
}
