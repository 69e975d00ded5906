import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  analyzeSpecifier,
  normalizeName,
  parsePipfileLock,
  parsePoetryLock,
  parsePyproject,
  parseRequirements,
  parseUvLock,
  pypiPurl
} from '../../src/inventory/index.js'
import { logicalLines } from '../../src/inventory/requirements.js'
import type { Component } from '../../src/model.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixture = (name: string): string =>
  readFileSync(path.join(here, '..', 'fixtures', 'inventory', 'parsers', name), 'utf8')
const byName = (components: Component[], name: string): Component | undefined =>
  components.find(c => c.name === name)

describe('names', () => {
  it('normalizes names per PEP 503 (runs collapse, dots too)', () => {
    expect(normalizeName('Foo__Bar.Baz')).toBe('foo-bar-baz')
    expect(normalizeName('zope.interface')).toBe('zope-interface')
    expect(normalizeName(' PyYAML ')).toBe('pyyaml')
  })
  it('builds pypi purls with and without a version', () => {
    expect(pypiPurl('Jinja2', '2.10')).toBe('pkg:pypi/jinja2@2.10')
    expect(pypiPurl('typing_extensions')).toBe('pkg:pypi/typing-extensions')
  })
  it.each([
    ['==1.0', '1.0', true],
    ['===2.2.0', '2.2.0', true],
    ['>=1,==1.2', '1.2', true],
    ['==1.*', undefined, true],
    ['>=1.0,<2', undefined, true],
    ['', undefined, true],
    ['~=1.4', undefined, true],
    ['==bogus!!', undefined, false],
    ['>>1', undefined, false]
  ])('analyzeSpecifier(%j) pins %j', (spec, version, valid) => {
    const info = analyzeSpecifier(spec)
    expect(info.version).toBe(version)
    expect(info.valid).toBe(valid)
  })
})

describe('parseRequirements', () => {
  const parsed = parseRequirements(fixture('requirements-edge.txt'), 'reqs/requirements.txt')

  it('joins continuations and drops comments, keeping the first line number', () => {
    const lines = logicalLines(
      'a==1 \\\n  --hash=sha256:00 \\\n  # not a comment-continuation\nb==2 # c\n# full\n'
    )
    expect(lines).toEqual([
      { line: 1, text: 'a==1   --hash=sha256:00' },
      { line: 4, text: 'b==2' }
    ])
  })

  it('returns -r/-c includes with their lines', () => {
    expect(parsed.includes).toEqual([
      { kind: 'requirement', target: 'base.txt', line: 3 },
      { kind: 'requirement', target: 'nested/more.txt', line: 4 },
      { kind: 'constraint', target: 'constraints.txt', line: 5 }
    ])
  })

  it('pins ==, === and a parenthesised pin, with normalized names and purls', () => {
    expect(byName(parsed.components, 'jinja2')).toMatchObject({
      version: '2.10',
      purl: 'pkg:pypi/jinja2@2.10',
      file: 'reqs/requirements.txt',
      line: 7
    })
    expect(byName(parsed.components, 'pyyaml')).toMatchObject({ version: '5.3', line: 10 })
    expect(byName(parsed.components, 'requests')).toMatchObject({ version: '2.19.1', line: 11 })
    expect(byName(parsed.components, 'django')).toMatchObject({ version: '2.2.0', line: 12 })
    expect(byName(parsed.components, 'urllib3')).toMatchObject({ version: '1.24.1', line: 22 })
  })

  it('collects --hash values from continuation lines and the space form', () => {
    expect(byName(parsed.components, 'jinja2')?.hashes).toEqual([
      {
        alg: 'SHA-256',
        content: '74c935a1b8bb9a3947c50a54766a969d4846290e1e788ea44c1392163723c3bd'
      },
      {
        alg: 'SHA-256',
        content: 'f84be1bb0040caca4cea721fcbbbbd61f9be9464ca236387158b0feea01914a4'
      }
    ])
    expect(byName(parsed.components, 'typing-extensions')?.hashes).toHaveLength(1)
  })

  it('lists wildcard and range requirements unpinned with their specifier and a warning', () => {
    expect(byName(parsed.components, 'zope-interface')).toMatchObject({ specifier: '==5.*' })
    expect(byName(parsed.components, 'zope-interface')?.version).toBeUndefined()
    expect(byName(parsed.components, 'flask')).toMatchObject({ specifier: '>=1.0,<2', line: 14 })
    const markup = byName(parsed.components, 'markupsafe')
    expect(markup?.version).toBeUndefined()
    expect(markup?.specifier).toBeUndefined()
    expect(parsed.warnings).toContain(
      "reqs/requirements.txt:14: flask>=1.0,<2 is unpinned: tools can't match it"
    )
  })

  it('lists editable and URL lines by name without a version, never echoing credentials', () => {
    expect(byName(parsed.components, 'internal-lib')).toMatchObject({ line: 16 })
    expect(byName(parsed.components, 'internal-lib')?.version).toBeUndefined()
    expect(byName(parsed.components, 'black')).toMatchObject({ line: 18 })
    expect(byName(parsed.components, 'mypkg')).toMatchObject({ line: 19, purl: 'pkg:pypi/mypkg' })
    const text = parsed.warnings.join('\n')
    expect(text).not.toContain('hunter2')
    expect(text).toContain('reqs/requirements.txt:16: editable git+https://github.com/example')
    expect(text).toContain('reqs/requirements.txt:17: editable . has no #egg= name: not listed')
    expect(text).toContain(
      'reqs/requirements.txt:20: https://example.com/anonymous-1.0.whl has no package name'
    )
  })

  it('warns about unparsable lines and unknown options, ignores index options', () => {
    expect(parsed.warnings).toContain(
      'reqs/requirements.txt:23: cannot parse requirement not a requirement!!'
    )
    expect(parsed.warnings).toContain(
      'reqs/requirements.txt:24: unknown option --weird-option ignored'
    )
    expect(parsed.warnings.join('\n')).not.toContain('--index-url')
  })

  it('lists every requirement line once', () => {
    expect(parsed.components.map(c => c.name)).toEqual([
      'jinja2',
      'pyyaml',
      'requests',
      'django',
      'zope-interface',
      'flask',
      'markupsafe',
      'internal-lib',
      'black',
      'mypkg',
      'typing-extensions',
      'urllib3'
    ])
  })

  it('handles CRLF, a BOM and an empty file', () => {
    const crlf = parseRequirements('\uFEFFa==1\r\nb==2\r\n', 'r.txt')
    expect(crlf.components.map(c => [c.name, c.version, c.line])).toEqual([
      ['a', '1', 1],
      ['b', '2', 2]
    ])
    expect(parseRequirements('', 'r.txt')).toEqual({ components: [], includes: [], warnings: [] })
  })
})

describe('parsePipfileLock', () => {
  const parsed = parsePipfileLock(fixture('Pipfile.lock'), 'Pipfile.lock')
  it('reads default and develop with versions, hashes and key lines', () => {
    expect(byName(parsed.components, 'django')).toMatchObject({ version: '2.2.0', line: 19 })
    expect(byName(parsed.components, 'django')?.hashes).toHaveLength(2)
    expect(byName(parsed.components, 'pytz')).toMatchObject({ version: '2019.1', line: 27 })
    expect(byName(parsed.components, 'pyyaml')).toMatchObject({ version: '5.3', line: 40 })
  })
  it('lists VCS entries without a version and warns', () => {
    expect(byName(parsed.components, 'internal-lib')?.version).toBeUndefined()
    expect(parsed.warnings).toEqual([
      "Pipfile.lock:33: internal-lib has no locked version: tools can't match it"
    ])
  })
  it('turns invalid JSON into a warning', () => {
    expect(parsePipfileLock('{', 'Pipfile.lock').warnings[0]).toMatch(
      /^Pipfile.lock: not valid JSON/
    )
  })
})

describe('parsePoetryLock', () => {
  it('reads packages, file hashes and dependency names (Poetry ≥1.2 format)', () => {
    const parsed = parsePoetryLock(fixture('poetry.lock'), 'poetry.lock')
    expect(parsed.components.map(c => [c.name, c.version, c.line])).toEqual([
      ['certifi', '2018.8.24', 4],
      ['requests', '2.19.1', 15],
      ['urllib3', '1.23', 34]
    ])
    expect(byName(parsed.components, 'certifi')?.hashes).toHaveLength(2)
    expect(byName(parsed.components, 'requests')?.dependsOn).toEqual([
      'certifi',
      'chardet',
      'idna',
      'urllib3'
    ])
    expect(byName(parsed.components, 'urllib3')?.hashes).toBeUndefined()
    expect(parsed.warnings).toEqual([])
  })
  it('reads hashes from [metadata.files] in old lockfiles', () => {
    const parsed = parsePoetryLock(fixture('poetry-legacy.lock'), 'poetry.lock')
    expect(byName(parsed.components, 'jinja2')).toMatchObject({
      version: '2.10',
      line: 4,
      dependsOn: ['markupsafe']
    })
    expect(byName(parsed.components, 'jinja2')?.hashes).toHaveLength(2)
    expect(byName(parsed.components, 'markupsafe')).toMatchObject({ version: '1.1.1', line: 15 })
  })
  it('turns invalid TOML into a warning', () => {
    expect(parsePoetryLock('[[package]\nname=', 'poetry.lock').warnings[0]).toMatch(
      /^poetry.lock: not valid TOML/
    )
  })
})

describe('parseUvLock', () => {
  const parsed = parseUvLock(fixture('uv.lock'), 'uv.lock')
  it('skips the editable project itself and reads the graph', () => {
    expect(parsed.components.map(c => [c.name, c.version, c.line])).toEqual([
      ['pyyaml', '5.3.1', 20],
      ['urllib3', '1.24.1', 26],
      ['certifi', '2018.8.24', 43]
    ])
    expect(byName(parsed.components, 'urllib3')?.dependsOn).toEqual(['certifi', 'pysocks'])
    expect(byName(parsed.components, 'urllib3')?.hashes?.map(h => h.content.slice(0, 8))).toEqual([
      'de952981',
      '61bf29ca'
    ])
    expect(byName(parsed.components, 'certifi')?.hashes).toBeUndefined()
  })
})

describe('parsePyproject', () => {
  it('reads PEP 621 dependencies, extras and dependency groups', () => {
    const parsed = parsePyproject(fixture('pyproject-pep621.toml'), 'pyproject.toml')
    expect(parsed.components.map(c => [c.name, c.version ?? c.specifier ?? null, c.line])).toEqual([
      ['requests', '2.19.1', 9],
      ['jinja2', '>=2.10', 10],
      ['click', null, 11],
      ['internal', null, 12],
      ['pyyaml', '5.3', 16],
      ['pytest', '7.0.0', 19]
    ])
    expect(parsed.warnings).toEqual([
      "pyproject.toml:10: Jinja2>=2.10 is unpinned: tools can't match it",
      "pyproject.toml:11: click is unpinned: tools can't match it",
      "pyproject.toml:12: internal @ git+https://github.com/example/internal.git has no version: tools can't match it"
    ])
  })
  it("reads Poetry tables: a bare version pins, ^ and ~ don't, python is skipped", () => {
    const parsed = parsePyproject(fixture('pyproject-poetry.toml'), 'pyproject.toml')
    expect(parsed.components.map(c => [c.name, c.version ?? c.specifier ?? null, c.line])).toEqual([
      ['django', '2.2.0', 8],
      ['requests', '^2.19', 9],
      ['urllib3', '1.24.1', 10],
      ['mylib', null, 11],
      ['pyyaml', '~5.3', 14]
    ])
    expect(parsed.warnings).toHaveLength(3)
  })
})
