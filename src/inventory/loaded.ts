import { lstat, readdir } from 'node:fs/promises'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import type { DependencyContext, Finding } from '../model.js'
import { readBoundedText } from '../util/bounded-read.js'
import type { InstalledEnvironment, InstalledPackage } from './environment.js'

/**
 * What the script loaded (docs/environment.md). The import hook
 * (python/runguard_hook/sitecustomize.py) leaves, per Python process of the run, a record
 * (`*.imports`: every module with the file it came from, written at normal exit) or, when the
 * process ended by a signal or `os._exit`, its journal (`*.journal`: module names as they were
 * looked up). This file reads them (bounded: the script wrote them) and maps modules to the
 * installed distributions here, outside the script's process: a module whose file lies in a
 * site directory belongs to the distribution that installed that import name there (RECORD,
 * or top_level.txt; python/runguard_environment.py). Journal names, which have no file, are
 * matched by name, only for processes of this environment (same sys.prefix).
 * Everything read is the script's own claim: it controls its processes.
 */

/** One process's record, as read. */
export interface ImportRecord {
  pid: number
  prefix: string
  executable: string
  /** Module name → the file it was loaded from ('' when none: built-in, namespace, journal). */
  modules: Map<string, string>
  /** Written at normal exit (true) or only the journal of a process that did not get there. */
  complete: boolean
}

/** What the records of one gate run show, against one installed environment. */
export interface LoadedObservation {
  /** Normalized names of installed distributions a recorded process loaded. */
  loaded: Set<string>
  /** Processes of this environment that left a record (complete or journal). */
  processes: number
  /** Of those, processes that left only a journal (ended by a signal or os._exit). */
  journalOnly: number
  /** sys.prefix of recorded processes that ran another Python (not matched). */
  otherEnvironments: string[]
  /** What the reader could not use, one line each. */
  notes: string[]
}

/** What the summary and SBOM say about the import record of a run with a script. */
export type RuntimeSummary =
  | {
      recorded: true
      /** Python processes of this environment that left a record, over every attempt. */
      processes: number
      /** Of those, processes that ended before their exit handlers (signal, os._exit). */
      journalOnly: number
      /** Installed distributions loaded (normalized names, sorted). */
      loaded: string[]
      /** Python installations other than this environment that ran (not matched). */
      otherEnvironments: string[]
      /** fail-on-loaded-only was on: not-loaded findings did not fail the gate. */
      failOnLoadedOnly: boolean
    }
  | {
      recorded: false
      /** Why nothing can be said (no Python process of this environment recorded …). */
      why: string
    }

const FORMAT = 'runguard-imports 1'
const MAX_FILES = 10_000
const MAX_FILE_BYTES = 16 * 1024 * 1024
const MAX_TOTAL_BYTES = 64 * 1024 * 1024
const MODULE = /^[\p{L}\p{N}_]+(\.[\p{L}\p{N}_]+)*$/u

/** Parses one record or journal; undefined when it is not in the hook's format. */
export function parseImportRecord(text: string, complete: boolean): ImportRecord | undefined {
  const lines = text.split('\n')
  const header = (lines.shift() ?? '').split('\t')
  if (header.length !== 4 || header[0] !== FORMAT || !/^\d{1,10}$/.test(header[1] ?? ''))
    return undefined
  // A journal's last line may be cut by the signal that ended its process.
  if (!complete && !text.endsWith('\n')) lines.pop()
  const modules = new Map<string, string>()
  for (const line of lines) {
    if (line === '') continue
    const tab = line.indexOf('\t')
    const name = tab < 0 ? line : line.slice(0, tab)
    if (!MODULE.test(name)) continue
    const origin = tab < 0 ? '' : line.slice(tab + 1)
    if (!modules.get(name)) modules.set(name, path.isAbsolute(origin) ? origin : '')
  }
  return {
    pid: Number(header[1]),
    prefix: header[2] as string,
    executable: header[3] as string,
    modules,
    complete
  }
}

/**
 * Reads every record and journal of a record directory. Bounded (file count, size each and in
 * all); symlinks and anything not a regular file are skipped; a journal whose record exists is
 * ignored (the process removes it after the rename, but may be killed in between).
 */
export async function readImportRecords(
  dir: string
): Promise<{ records: ImportRecord[]; notes: string[] }> {
  const notes: string[] = []
  let names: string[]
  try {
    names = (await readdir(dir)).sort()
  } catch {
    return { records: [], notes: ['the import record directory could not be read'] }
  }
  const finals = new Set(
    names.filter(n => n.endsWith('.imports')).map(n => n.slice(0, -'.imports'.length))
  )
  let wanted = names.filter(
    n =>
      n.endsWith('.imports') ||
      (n.endsWith('.journal') && !finals.has(n.slice(0, -'.journal'.length)))
  )
  if (wanted.length > MAX_FILES) {
    notes.push(`${wanted.length} import record files; only the first ${MAX_FILES} were read`)
    wanted = wanted.slice(0, MAX_FILES)
  }
  const records: ImportRecord[] = []
  let total = 0
  let bad = 0
  for (const name of wanted) {
    const file = path.join(dir, name)
    try {
      const info = await lstat(file)
      if (!info.isFile()) {
        bad++
        continue
      }
      if (total + info.size > MAX_TOTAL_BYTES) {
        notes.push('the import records exceed 64 MiB; the rest were not read')
        break
      }
      const text = await readBoundedText(file, MAX_FILE_BYTES)
      total += Buffer.byteLength(text)
      const record = parseImportRecord(text, name.endsWith('.imports'))
      if (record) records.push(record)
      else bad++
    } catch {
      bad++
    }
  }
  if (bad > 0)
    notes.push(
      `${bad} file(s) in the import record directory were not the hook's records (ignored)`
    )
  return { records, notes }
}

const real = (p: string): string => {
  try {
    return realpathSync.native(p)
  } catch {
    return path.resolve(p)
  }
}

/** Import name → distributions providing it, for the packages of one site directory. */
function ownersBySite(packages: readonly InstalledPackage[]): Map<string, Map<string, string[]>> {
  const bySite = new Map<string, Map<string, string[]>>()
  for (const p of packages) {
    const site = real(p.site)
    const owners = bySite.get(site) ?? new Map<string, string[]>()
    for (const m of p.modules) {
      const list = owners.get(m) ?? []
      if (!list.includes(p.name)) list.push(p.name)
      owners.set(m, list)
    }
    bySite.set(site, owners)
  }
  return bySite
}

/** Distributions providing a module (`a.b.c` → owners of `a.b.c`, else `a.b`, else `a`). */
function ownersOf(module: string, owners: ReadonlyMap<string, string[]>): string[] {
  const parts = module.split('.')
  for (let i = parts.length; i > 0; i--) {
    const hit = owners.get(parts.slice(0, i).join('.'))
    if (hit) return hit
  }
  return []
}

/** The import name a file in a site directory stands for (`flask/app.py` → `flask.app`). */
export function moduleOfFile(relative: string): string | undefined {
  const parts = relative.split(path.sep).filter(Boolean)
  const last = parts.pop()
  if (last === undefined) return undefined
  const stem = last.split('.')[0] ?? ''
  if (stem !== '__init__') parts.push(stem)
  return parts.length > 0 && parts.every(p => MODULE.test(p)) ? parts.join('.') : undefined
}

/** Maps the records onto one installed environment. */
export function observeLoaded(
  records: readonly ImportRecord[],
  environment: Pick<InstalledEnvironment, 'packages' | 'prefix'>
): LoadedObservation {
  const bySite = ownersBySite(environment.packages)
  const sites = [...bySite.keys()]
  const allOwners = new Map<string, string[]>()
  for (const owners of bySite.values())
    for (const [m, d] of owners) allOwners.set(m, [...(allOwners.get(m) ?? []), ...d])
  const mine = real(environment.prefix)
  const loaded = new Set<string>()
  const others = new Set<string>()
  const dirCache = new Map<string, string>()
  const siteOf = (file: string): { site: string; relative: string } | undefined => {
    const dir = path.dirname(file)
    let resolved = dirCache.get(dir)
    if (resolved === undefined) {
      resolved = real(dir)
      dirCache.set(dir, resolved)
    }
    const full = path.join(resolved, path.basename(file))
    for (const site of sites) {
      const relative = path.relative(site, full)
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative))
        return { site, relative }
    }
    return undefined
  }
  let processes = 0
  let journalOnly = 0
  for (const record of records) {
    const sameEnvironment = real(record.prefix) === mine
    let matched = false
    for (const [name, origin] of record.modules) {
      if (origin) {
        const where = siteOf(origin)
        if (!where) continue
        const module = moduleOfFile(where.relative)
        const owners = module ? bySite.get(where.site) : undefined
        for (const d of module && owners ? ownersOf(module, owners) : []) {
          loaded.add(d)
          matched = true
        }
      } else if (!record.complete && sameEnvironment) {
        for (const d of ownersOf(name, allOwners)) loaded.add(d)
      }
    }
    if (sameEnvironment || matched) {
      processes++
      if (!record.complete) journalOnly++
    } else {
      others.add(record.prefix)
    }
  }
  const notes: string[] = []
  if (journalOnly > 0)
    notes.push(
      `${journalOnly} Python process(es) ended before their exit handlers ran (a signal or os._exit): what they imported is taken from the module names they looked up`
    )
  return { loaded, processes, journalOnly, otherEnvironments: [...others].sort(), notes }
}

/** The sentence a reader sees after the advisory. */
export function describeRuntime(runtime: NonNullable<DependencyContext['runtime']>): string {
  return runtime === 'loaded'
    ? 'Loaded at run time: a Python process of the script imported it.'
    : 'Not loaded in this run: no recorded Python process of the script imported it.'
}

/**
 * Marks each dependency finding on a PyPI package with what the run showed. Only when some
 * process of this environment was recorded: with no record at all nothing is said (the script
 * may not be Python, or ran with -I/-E/-S).
 */
export function markLoaded(
  findings: readonly Finding[],
  observation: LoadedObservation
): Finding[] {
  if (observation.processes === 0) return [...findings]
  return findings.map(f => {
    const ctx = f.dependency
    if (!ctx || !f.package || f.package.ecosystem !== 'PyPI') return f
    // Manifest-only findings: not installed in the script's environment, so not loaded from it.
    const runtime =
      ctx.relationship !== undefined && observation.loaded.has(f.package.name)
        ? 'loaded'
        : 'not-loaded'
    return {
      ...f,
      dependency: { ...ctx, runtime },
      message: `${f.message} ${describeRuntime(runtime)}`
    }
  })
}
