import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { discoverComponents, manifestKind } from '../../src/inventory/index.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const project = path.join(here, '..', 'fixtures', 'inventory', 'project')

describe('manifestKind', () => {
  it.each([
    ['requirements.txt', 'requirements'],
    ['a/requirements-dev.txt', 'requirements'],
    ['requirements/prod.txt', 'requirements'],
    ['docs/notes.txt', undefined],
    ['x/Pipfile.lock', 'pipfile-lock'],
    ['poetry.lock', 'poetry-lock'],
    ['uv.lock', 'uv-lock'],
    ['pyproject.toml', 'pyproject'],
    ['Pipfile', undefined]
  ])('%s → %s', (p, kind) => {
    expect(manifestKind(p)).toBe(kind)
  })
})

describe('discoverComponents', () => {
  let base: string
  let ws: string
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'rg-inv-'))
    ws = path.join(base, 'ws')
    cpSync(project, ws, { recursive: true })
    // Things that must be skipped: a virtualenv, node_modules, .git, an excluded folder.
    for (const dir of ['.venv', 'env2', 'node_modules/pkg', '.git', 'vendor/third'])
      mkdirSync(path.join(ws, dir), { recursive: true })
    writeFileSync(path.join(ws, '.venv', 'pyvenv.cfg'), 'home = /usr/bin\n')
    writeFileSync(path.join(ws, 'env2', 'pyvenv.cfg'), 'home = /usr/bin\n')
    for (const dir of ['.venv', 'env2', 'node_modules/pkg', '.git', 'vendor/third'])
      writeFileSync(path.join(ws, dir, 'requirements.txt'), 'evil==6.6.6\n')
    // An include that escapes the workspace through a symlink is not followed.
    writeFileSync(path.join(base, 'outside.txt'), 'outside==1.0\n')
    symlinkSync(path.join(base, 'outside.txt'), path.join(ws, 'requirements-link.txt'))
    writeFileSync(path.join(ws, 'requirements-escape.txt'), '-r ../outside.txt\n-r missing.txt\n')
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('finds every dependency file and skips venvs, node_modules, .git and excluded globs', async () => {
    const inv = await discoverComponents(ws, ['.'], new RecordingLogger(), ['vendor/**'])
    expect(inv.files.sort()).toEqual([
      'constraints.txt',
      'pyproject.toml',
      'requirements-escape.txt',
      'requirements.txt',
      'requirements/base.txt',
      'services/api/uv.lock',
      'services/worker/poetry.lock',
      'tools/Pipfile.lock'
    ])
    expect(inv.components.some(c => c.name === 'evil' || c.name === 'outside')).toBe(false)
  })

  it('follows -r once and applies -c pins with the constraint line', async () => {
    const inv = await discoverComponents(ws, ['.'], new RecordingLogger())
    const fromReqs = inv.components.filter(c => c.file.startsWith('requirements'))
    expect(fromReqs.filter(c => c.name === 'requests')).toEqual([
      {
        ecosystem: 'PyPI',
        name: 'requests',
        version: '2.19.1',
        purl: 'pkg:pypi/requests@2.19.1',
        file: 'requirements/base.txt',
        line: 1
      }
    ])
    expect(inv.components.find(c => c.name === 'markupsafe')).toMatchObject({
      version: '1.1.1',
      file: 'constraints.txt',
      line: 2
    })
    expect(inv.warnings.some(w => w.includes('markupsafe is unpinned'))).toBe(false)
    expect(inv.warnings).toContain(
      "requirements.txt:8: flask>=1.0,<2 is unpinned: tools can't match it"
    )
  })

  it('reports includes that leave the workspace or are missing', async () => {
    const inv = await discoverComponents(ws, ['.'], new RecordingLogger())
    expect(inv.warnings).toContain(
      'requirements-escape.txt:1: include ../outside.txt is outside the workspace, not followed'
    )
    expect(inv.warnings).toContain('requirements-escape.txt:2: include missing.txt not found')
    expect(inv.warnings).toContain(
      'requirements-link.txt: resolves outside the workspace, not read'
    )
  })

  it('reads lockfiles with the dependency graph', async () => {
    const inv = await discoverComponents(ws, ['services'], new RecordingLogger())
    expect(inv.files.sort()).toEqual(['services/api/uv.lock', 'services/worker/poetry.lock'])
    expect(inv.components.find(c => c.name === 'requests')?.dependsOn).toContain('urllib3')
    expect(inv.components.every(c => c.file.startsWith('services/'))).toBe(true)
  })

  it('accepts a single file and rejects paths outside the workspace', async () => {
    const inv = await discoverComponents(
      ws,
      ['tools/Pipfile.lock', base, 'nope'],
      new RecordingLogger()
    )
    expect(inv.files).toEqual(['tools/Pipfile.lock'])
    expect(inv.warnings).toContain(`${base}: outside the workspace, not scanned for dependencies`)
    expect(inv.warnings).toContain('nope: does not exist')
  })
})

describe('hostile manifest files', () => {
  it('skips a FIFO, a device link and an oversized lock file with a warning, without hanging', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-hostile-manifests-'))
    try {
      // A FIFO is never listed by the walk, but an include can name one.
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')])
      mkdirSync(path.join(dir, 'sub'))
      // Resolves outside the workspace: never opened.
      symlinkSync('/dev/zero', path.join(dir, 'sub', 'requirements.txt'))
      // A sparse 11 MiB poetry.lock: over the bound, not read.
      writeFileSync(path.join(dir, 'poetry.lock'), '')
      truncateSync(path.join(dir, 'poetry.lock'), 11 * 1024 * 1024)
      writeFileSync(path.join(dir, 'requirements-dev.txt'), '-r pipe.txt\npytest==8.0.0\n')
      const inv = await discoverComponents(dir, [dir], new RecordingLogger())
      expect(inv.components.map(c => `${c.name}==${c.version ?? ''}`)).toEqual(['pytest==8.0.0'])
      expect(inv.components[0]?.optional).toBe(true)
      expect(inv.warnings).toEqual(
        expect.arrayContaining([
          'pipe.txt: not a regular file, not read',
          'sub/requirements.txt: resolves outside the workspace, not read',
          `poetry.lock: larger than ${10 * 1024 * 1024} bytes, not read`
        ])
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
