import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  markLoaded,
  moduleOfFile,
  observeLoaded,
  parseImportRecord,
  readImportRecords
} from '../../src/inventory/loaded.js'
import type { InstalledPackage } from '../../src/inventory/environment.js'
import type { Finding } from '../../src/model.js'

const root = mkdtempSync(path.join(tmpdir(), 'rg-loaded-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const prefix = path.join(root, 'venv')
const site = path.join(prefix, 'lib', 'python3.11', 'site-packages')
mkdirSync(path.join(site, 'flask'), { recursive: true })
mkdirSync(path.join(site, 'six_dir'), { recursive: true })

const pkg = (name: string, modules: string[]): InstalledPackage =>
  ({
    name,
    version: '1.0',
    modules,
    site,
    path: path.join(site, `${name}-1.0.dist-info`)
  }) as unknown as InstalledPackage
const environment = {
  prefix,
  packages: [pkg('flask', ['flask']), pkg('six', ['six']), pkg('pip', ['pip'])]
}
const header = (p = prefix): string => `runguard-imports 1\t42\t${p}\t${p}/bin/python\n`

describe('import records', () => {
  it('parses records and journals, and drops a journal line cut by a signal', () => {
    const rec = parseImportRecord(
      `${header()}flask\t${site}/flask/__init__.py\nsys\tbuilt-in\n`,
      true
    )
    expect(rec?.modules.get('flask')).toBe(`${site}/flask/__init__.py`)
    expect(rec?.modules.get('sys')).toBe('')
    const journal = parseImportRecord(`${header()}flask\nsi`, false)
    expect([...(journal?.modules.keys() ?? [])]).toEqual(['flask'])
    expect(parseImportRecord('not a record\nflask\n', true)).toBeUndefined()
    expect(parseImportRecord(`${header()}../../etc\nos;rm\n`, true)?.modules.size).toBe(0)
  })

  it('maps files in a site directory to the distribution that installed them', () => {
    expect(moduleOfFile(path.join('flask', '__init__.py'))).toBe('flask')
    expect(moduleOfFile(path.join('flask', 'json', 'provider.py'))).toBe('flask.json.provider')
    expect(moduleOfFile('six.cpython-311.pyc')).toBe('six')
    const rec = parseImportRecord(
      `${header()}flask.app\t${site}/flask/app.py\nsix\t${site}/six.py\n` +
        // A workspace module named like an installed one is not that distribution.
        `pip\t${root}/workspace/pip.py\n`,
      true
    )
    const seen = observeLoaded(rec ? [rec] : [], environment)
    expect([...seen.loaded].sort()).toEqual(['flask', 'six'])
    expect(seen.processes).toBe(1)
  })

  it('matches journal names only for processes of this environment', () => {
    const mine = parseImportRecord(`${header()}six\n`, false)
    const other = parseImportRecord(`${header('/usr')}pip\n`, false)
    const seen = observeLoaded(
      [mine, other].filter(r => r !== undefined),
      environment
    )
    expect([...seen.loaded]).toEqual(['six'])
    expect(seen.journalOnly).toBe(1)
    expect(seen.otherEnvironments).toEqual(['/usr'])
    expect(seen.notes.join()).toMatch(/signal or os\._exit/)
  })

  it('reads a record directory bounded: symlinks and FIFOs skipped, superseded journals ignored', async () => {
    const dir = path.join(root, 'records')
    mkdirSync(dir)
    writeFileSync(path.join(dir, '1-a.imports'), `${header()}six\t${site}/six.py\n`)
    writeFileSync(path.join(dir, '1-a.journal'), `${header()}pip\n`)
    writeFileSync(path.join(dir, '2-b.journal'), `${header()}flask\n`)
    writeFileSync(path.join(dir, '3-c.imports'), 'forged\n')
    symlinkSync('/dev/zero', path.join(dir, '4-d.imports'))
    const { records, notes } = await readImportRecords(dir)
    const seen = observeLoaded(records, environment)
    expect([...seen.loaded].sort()).toEqual(['flask', 'six'])
    expect(notes.join()).toMatch(/2 file\(s\) .* not the hook's records/)
    expect((await readImportRecords(path.join(root, 'absent'))).notes).toHaveLength(1)
  })

  it('marks PyPI dependency findings only when a process of the environment was recorded', () => {
    const finding = (name: string, relationship?: 'transitive'): Finding =>
      ({
        tool: 'osv-scanner',
        message: 'm.',
        package: { ecosystem: 'PyPI', name, version: '1.0', purl: '', fixedVersions: [] },
        dependency: {
          source: relationship ? 'environment' : 'manifest',
          ...(relationship ? { relationship } : {})
        }
      }) as unknown as Finding
    const seen = {
      loaded: new Set(['six']),
      processes: 1,
      journalOnly: 0,
      otherEnvironments: [],
      notes: []
    }
    const [six, pip, manifestOnly] = markLoaded(
      [finding('six', 'transitive'), finding('pip', 'transitive'), finding('six')],
      seen
    )
    expect(six?.dependency?.runtime).toBe('loaded')
    expect(six?.message).toBe('m. Loaded at run time: a Python process of the script imported it.')
    expect(pip?.dependency?.runtime).toBe('not-loaded')
    expect(manifestOnly?.dependency?.runtime).toBe('not-loaded')
    const none = markLoaded([finding('six', 'transitive')], { ...seen, processes: 0 })
    expect(none[0]?.dependency?.runtime).toBeUndefined()
  })
})
