import { zipSync } from 'fflate'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The directories osv-scanner reads `<Ecosystem>/all.zip` from under `--local-db-path`:
 * `osv-scanner/` up to v2.4, `osv-scalibr/` from v2.5.0 (verified by running v2.5.0: it only
 * reads the latter). Both get the same zip so the DB works with either.
 */
export const OSV_DB_SUBDIRS = ['osv-scanner', 'osv-scalibr'] as const

/**
 * Builds an osv-scanner offline database from OSV records: one `<id>.json` entry per record in
 * `<dir>/osv-scanner/PyPI/all.zip` and `<dir>/osv-scalibr/PyPI/all.zip`. Returns `dir`.
 * A fixed mtime keeps the zip byte-identical between builds.
 */
export async function buildOsvOfflineDb(
  records: object[],
  dir: string,
  ecosystem = 'PyPI'
): Promise<string> {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {}
  const mtime = new Date('2020-01-01T00:00:00Z')
  for (const record of records) {
    const id = (record as { id?: unknown }).id
    if (typeof id !== 'string' || id === '') throw new Error('OSV record without an id')
    entries[`${id}.json`] = [new TextEncoder().encode(JSON.stringify(record)), { mtime }]
  }
  const zip = zipSync(entries, { level: 6 })
  for (const sub of OSV_DB_SUBDIRS) {
    const target = path.join(dir, sub, ecosystem)
    await mkdir(target, { recursive: true })
    await writeFile(path.join(target, 'all.zip'), zip)
  }
  return dir
}
