#!/usr/bin/env node
// Rebuilds the example project's offline vulnerability databases from the test fixtures:
//   examples/.runguard/osv-db/{osv-scanner,osv-scalibr}/PyPI/all.zip  (osv-scanner offline DB;
//     v2.5.0 reads osv-scalibr/, older versions osv-scanner/)
//   examples/.runguard/safety-db/insecure.json + insecure_full.json   (Safety 2.3.5 flat DB)
// from __tests__/fixtures/osv-scanner/records/*.json and __tests__/fixtures/safety/db/.
// Usage: node scripts/build-example-db.mjs   (same logic as __tests__/helpers/osv-db.ts)
import { zipSync } from 'fflate'
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const recordsDir = path.join(root, '__tests__/fixtures/osv-scanner/records')
const safetyDb = path.join(root, '__tests__/fixtures/safety/db')
const out = path.join(root, 'examples/.runguard')

const mtime = new Date('2020-01-01T00:00:00Z')
const entries = {}
for (const name of (await readdir(recordsDir)).filter(n => n.endsWith('.json')).sort()) {
  const record = JSON.parse(await readFile(path.join(recordsDir, name), 'utf8'))
  entries[`${record.id}.json`] = [new TextEncoder().encode(JSON.stringify(record)), { mtime }]
}
const zip = zipSync(entries, { level: 6 })
for (const sub of ['osv-scanner', 'osv-scalibr']) {
  const dir = path.join(out, 'osv-db', sub, 'PyPI')
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'all.zip'), zip)
}
await mkdir(path.join(out, 'safety-db'), { recursive: true })
for (const name of ['insecure.json', 'insecure_full.json'])
  await copyFile(path.join(safetyDb, name), path.join(out, 'safety-db', name))
console.log(`wrote ${Object.keys(entries).length} OSV records and the Safety DB under ${out}`)
