import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { prepareSafetyDb, SAFETY_DB_MAX_AGE_DAYS } from '../../src/scanners/safety.js'

// Layouts of a Safety 2.x offline database (the real public package runs in
// __tests__/integration/safety.test.ts).
const root = mkdtempSync(path.join(tmpdir(), 'rg-safety-db-unit-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const NOW = new Date('2026-11-29T00:00:00Z')
const daysAgo = (n: number): number => Math.floor((NOW.getTime() - n * 86_400_000) / 1000)

function db(dir: string, meta: Record<string, unknown> | undefined, extra: object = {}): string {
  mkdirSync(dir, { recursive: true })
  const $meta = meta === undefined ? {} : { $meta: meta }
  writeFileSync(path.join(dir, 'insecure.json'), JSON.stringify({ ...$meta, jinja2: ['<2.10.1'] }))
  writeFileSync(
    path.join(dir, 'insecure_full.json'),
    JSON.stringify({ ...$meta, jinja2: [{ id: 'pyup.io-1', specs: ['<2.10.1'] }], ...extra })
  )
  return dir
}

describe('prepareSafetyDb', () => {
  it('uses a current flat DB with base_domain as it is, without warnings', () => {
    const dir = db(path.join(root, 'current'), {
      base_domain: 'https://pyup.io',
      timestamp: daysAgo(10)
    })
    expect(prepareSafetyDb('current', dir, NOW)).toEqual({ dir, warnings: [] })
  })

  it('corrects a copy of a DB without base_domain (the public package) and removes it after', () => {
    const dir = db(path.join(root, 'public'), { timestamp: daysAgo(5) })
    const before = readFileSync(path.join(dir, 'insecure_full.json'), 'utf8')
    const view = prepareSafetyDb('public', dir, NOW)
    if ('stop' in view) throw new Error(view.reason)
    expect(view.dir).not.toBe(dir)
    const copied = JSON.parse(readFileSync(path.join(view.dir, 'insecure_full.json'), 'utf8')) as {
      $meta: Record<string, unknown>
      jinja2: unknown
    }
    expect(copied.$meta).toEqual({ timestamp: daysAgo(5), base_domain: 'https://pyup.io' })
    expect(copied.jinja2).toEqual([{ id: 'pyup.io-1', specs: ['<2.10.1'] }])
    expect(readFileSync(path.join(view.dir, 'insecure.json'), 'utf8')).toBe(
      readFileSync(path.join(dir, 'insecure.json'), 'utf8')
    )
    expect(readFileSync(path.join(dir, 'insecure_full.json'), 'utf8')).toBe(before)
    view.cleanup?.()
    expect(existsSync(view.dir)).toBe(false)
  })

  it('finds the data inside a pip --target directory or site-packages (safety_db/)', () => {
    const target = path.join(root, 'target')
    const data = db(path.join(target, 'safety_db'), { base_domain: 'x', timestamp: daysAgo(1) })
    expect(prepareSafetyDb('target', target, NOW)).toEqual({ dir: data, warnings: [] })
  })

  it(`warns when the DB is more than ${SAFETY_DB_MAX_AGE_DAYS} days old or has no timestamp`, () => {
    const old = db(path.join(root, 'old'), { base_domain: 'x', timestamp: daysAgo(91) })
    expect(prepareSafetyDb('old', old, NOW)).toMatchObject({
      warnings: [
        `safety database old is 91 days old (built ${new Date(daysAgo(91) * 1000).toISOString().slice(0, 10)}); advisories published since are missing: update it (docs/offline.md)`
      ]
    })
    const edge = db(path.join(root, 'edge'), { base_domain: 'x', timestamp: daysAgo(90) })
    expect(prepareSafetyDb('edge', edge, NOW)).toMatchObject({ warnings: [] })
    const undated = db(path.join(root, 'undated'), { base_domain: 'x' })
    expect(prepareSafetyDb('undated', undated, NOW)).toMatchObject({
      warnings: ['safety database undated has no timestamp; its age is unknown']
    })
  })

  it('refuses what Safety 2.x would read as empty or crash on', () => {
    expect(prepareSafetyDb('nowhere', path.join(root, 'nowhere'), NOW)).toMatchObject({
      stop: 'failed',
      reason: expect.stringContaining('has no insecure.json')
    })
    const v2 = path.join(root, 'schema2')
    mkdirSync(v2)
    writeFileSync(path.join(v2, 'insecure.json'), '{}')
    writeFileSync(
      path.join(v2, 'insecure_full.json'),
      JSON.stringify({ meta: { schema_version: '2.0.0' }, vulnerable_packages: {} })
    )
    expect(prepareSafetyDb('schema2', v2, NOW)).toEqual({
      stop: 'failed',
      reason:
        'safety database schema2 is in the schema 2.0.0 format, which safety 2.x reads as empty; use the flat format (the safety-db package)'
    })
    const noMeta = db(path.join(root, 'nometa'), undefined)
    expect(prepareSafetyDb('nometa', noMeta, NOW)).toMatchObject({
      stop: 'failed',
      reason: expect.stringContaining('has no "$meta" object')
    })
    const broken = path.join(root, 'broken')
    mkdirSync(broken)
    writeFileSync(path.join(broken, 'insecure.json'), '{}')
    writeFileSync(path.join(broken, 'insecure_full.json'), '{"$meta": ')
    expect(prepareSafetyDb('broken', broken, NOW)).toMatchObject({
      stop: 'failed',
      reason: expect.stringContaining('insecure_full.json cannot be read')
    })
  })
})
