/**
 * Diagnostic: the detector's CPU on texts already in memory (no walk, no reads), first pass
 * (cold: rules compile) and second pass (warm), in-thread, from the sources.
 *
 *   node --import ./bench/register.mjs bench/secrets-pool/engine.ts <tree>
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { scanText } from '../../src/secrets/engine.js'
import { decodeText, isBinaryContent } from '../../src/secrets/files.js'

const tree = process.argv[2]
if (!tree) throw new Error('usage: engine.ts <tree>')
const texts = execFileSync('find', [tree, '-type', 'f', '-not', '-path', '*/.git/*'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28
})
  .split('\n')
  .filter(Boolean)
  .map(abs => ({ rel: path.relative(tree, abs), bytes: fs.readFileSync(abs) }))
  .filter(f => f.bytes.length < 5 << 20 && !isBinaryContent(f.bytes))
  .map(f => ({ rel: f.rel, text: decodeText(f.bytes), size: f.bytes.length }))
const mb = texts.reduce((sum, t) => sum + t.size, 0) / 1e6
for (let round = 1; round <= Number(process.env.ROUNDS ?? 3); round++) {
  const cpu = process.cpuUsage()
  let found = 0
  for (const t of texts) found += scanText(t.text, { path: t.rel }).length
  const used = process.cpuUsage(cpu)
  const s = (used.user + used.system) / 1e6
  console.log(
    `round ${round}: ${mb.toFixed(1)} MB, ${texts.length} files, ${found} matches, ${s.toFixed(2)} CPU s = ${(mb / s).toFixed(1)} MB per CPU s`
  )
}
