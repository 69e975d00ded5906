import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { blocksIn, GENERATED_PAGES, renderPage } from '../../scripts/readme-sections.js'
import { RUNGUARD_VERSION } from '../../src/version.js'

const PAGES = ['README.md', ...readdirSync('docs').map(f => `docs/${f}`)].filter(f =>
  f.endsWith('.md')
)

describe('README and docs/', () => {
  it.each(Object.entries(GENERATED_PAGES))(
    '%s has current generated blocks (run npm run gen:docs)',
    (page, blocks) => {
      const text = readFileSync(page, 'utf8')
      expect(blocksIn(text)).toEqual(expect.arrayContaining([...blocks]))
      expect(renderPage(text)).toBe(text)
    }
  )

  it('holds the two commands: set-up + example, and tests', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(
      'bash scripts/setup.sh && node dist/cli/index.js gate --workspace examples'
    )
    expect(readme).toContain('bash scripts/setup.sh && npm test')
  })

  it.each(PAGES)('%s links only to files that exist', page => {
    const text = readFileSync(page, 'utf8')
    const missing = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map(m => m[1]!.split('#')[0]!)
      .filter(target => target !== '' && !/^[a-z]+:/i.test(target))
      .filter(target => !existsSync(path.join(path.dirname(page), target)))
    expect(missing).toEqual([])
  })

  it('states the version package.json has', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(RUNGUARD_VERSION).toBe(pkg.version)
  })
})
