import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { renderReadme } from '../../scripts/readme-sections.js'
import { RUNGUARD_VERSION } from '../../src/version.js'

describe('README', () => {
  it('has current generated sections (run npm run gen:docs)', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(renderReadme(readme)).toBe(readme)
  })

  it('holds the two commands: set-up + example, and tests', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(
      'bash scripts/setup.sh && node dist/cli/index.js gate --workspace examples'
    )
    expect(readme).toContain('bash scripts/setup.sh && npm test')
  })

  it('states the version package.json has', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(RUNGUARD_VERSION).toBe(pkg.version)
  })
})
