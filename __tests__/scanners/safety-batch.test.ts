import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  isPlainMarker,
  modelSafetyRead,
  pureJoin,
  readRequirementLine,
  splitSafetyVulnerabilities,
  workspaceIncludeReader,
  type IncludeReader,
  type SafetyRead
} from '../../src/scanners/safety-batch.js'
import { LOCKFILE_PINS_NAME, planSafetyBatch } from '../../src/scanners/safety.js'

/** An include reader over an in-memory tree (paths as dparse joins them). */
const files =
  (tree: Record<string, string>): IncludeReader =>
  file =>
    file in tree ? { text: tree[file] as string } : { missing: true }

const pins = (read: SafetyRead): string[] =>
  read.certain ? read.pins.map(p => `${p.name}==${p.version}`) : [`uncertain: ${read.why}`]

describe('the model of what Safety 2.3.5 reads from a requirements file', () => {
  it('reads single == pins, with extras, parentheses, markers, comments and hashes', () => {
    const text = [
      '# comment',
      '-i https://pypi.org/simple',
      'Jinja2==2.10 \\',
      '    --hash=sha256:74c935a1b8bb9a3947c50a54766a969d4846290e1e788ea44c1392163723c3bd',
      'PyYAML==5.3  # unsafe',
      'urllib3==1.24.1 ; python_version >= "3.6" and (os_name == \'posix\' or extra == "x")',
      'pyyaml[extra,other]==5.1',
      'idna (==2.7)',
      'Zope.Interface==5.*',
      'flask>=1.0,<2',
      'markupsafe',
      'pkg @ https://example.com/pkg-1.0.tar.gz#v==1',
      '-e git+https://example.com/x.git#egg=x',
      '--no-binary :all:',
      'six===1.0',
      ''
    ].join('\n')
    expect(pins(modelSafetyRead(text, 'requirements.txt', files({})))).toEqual([
      'jinja2==2.10',
      'pyyaml==5.3',
      'urllib3==1.24.1',
      'pyyaml==5.1',
      'idna==2.7',
      'zope-interface==5.*'
    ])
  })

  it("follows -r after the file's own pins, relative to the including file, and skips missing ones", () => {
    const tree = {
      'requirements/base.txt': 'requests==2.19.1\n-r common.in\n',
      'requirements/common.in': 'idna==2.7\n'
    }
    const text = '-r requirements/base.txt\n-r requirements/none.txt\ndjango==2.2.0\n'
    expect(pins(modelSafetyRead(text, 'requirements.txt', files(tree)))).toEqual([
      'django==2.2.0',
      'requests==2.19.1',
      'idna==2.7'
    ])
    // `--requirement=x` is not an include for dparse (it looks for the file "--requirement=x").
    expect(pins(modelSafetyRead('--requirement=base.txt\n', 'r.txt', files(tree)))).toEqual([])
  })

  it('is uncertain where Safety could read otherwise: several specifiers with ==, odd versions, cycles, non-ASCII', () => {
    const uncertain = (text: string, file = 'requirements.txt', tree = {}): boolean =>
      !modelSafetyRead(text, file, files(tree)).certain
    // Safety takes the first specifier of a set whose order Python randomises per process.
    expect(uncertain('foo>=1.0,==1.2\n')).toBe(true)
    expect(uncertain('foo==1.0abc\n')).toBe(true)
    expect(uncertain('foo==1.0 ; bogus_variable == "x"\n')).toBe(true)
    expect(uncertain('foo==1.0\n', 'requirements.TXT')).toBe(true)
    expect(
      uncertain('-r requirements.txt\n', 'requirements.txt', {
        'requirements.txt': '-r requirements.txt\n'
      })
    ).toBe(true)
    expect(uncertain('# café\nfoo==1.0\n')).toBe(true)
    expect(uncertain('-r other.cfg\n', 'requirements.txt', { 'other.cfg': 'x==1\n' })).toBe(true)
    expect(uncertain('foo==1.0\nbar>=2\n')).toBe(false)
  })

  it('reads single lines as packaging would', () => {
    expect(readRequirementLine('Django == 2.2.0')).toEqual({
      pin: { name: 'django', version: '2.2.0' }
    })
    expect(readRequirementLine('foo==1.0\t# tab comment')).toEqual({
      pin: { name: 'foo', version: '1.0' }
    })
    expect(readRequirementLine('  # indented comment ==')).toEqual({ nothing: true })
    expect(readRequirementLine('foo>=1')).toEqual({ nothing: true })
    expect(readRequirementLine("{%- if cookiecutter.use_docker == 'y' %}")).toEqual({
      nothing: true
    })
    expect(readRequirementLine('-e git+https://x/y.git#egg=y==1')).toEqual({ nothing: true })
    expect(readRequirementLine('foo (==1.0')).toHaveProperty('uncertain')
    expect(isPlainMarker(' python_version < "3" or (sys_platform == \'linux\')')).toBe(true)
    expect(isPlainMarker(' "a" not in extra')).toBe(true)
    expect(isPlainMarker(' python_version <')).toBe(false)
    expect(isPlainMarker(' python_version  not  in "x"')).toBe(false)
  })
})

describe('workspaceIncludeReader', () => {
  it('reads regular files inside the workspace only', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-safety-batch-'))
    const outside = mkdtempSync(path.join(tmpdir(), 'rg-safety-batch-out-'))
    try {
      mkdirSync(path.join(ws, 'requirements'))
      writeFileSync(path.join(ws, 'requirements', 'base.txt'), 'x==1\n')
      writeFileSync(path.join(outside, 'secret.txt'), 'y==2\n')
      symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'link.txt'))
      const read = workspaceIncludeReader(ws)
      expect(read('requirements/base.txt')).toEqual({ text: 'x==1\n' })
      expect(read('requirements/none.txt')).toEqual({ missing: true })
      expect(read('link.txt')).toHaveProperty('uncertain')
      expect(read('requirements/../requirements/base.txt')).toHaveProperty('uncertain')
      expect(read(path.join(outside, 'secret.txt'))).toHaveProperty('uncertain')
      expect(read('requirements')).toHaveProperty('uncertain')
    } finally {
      rmSync(ws, { recursive: true, force: true })
      rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('splitSafetyVulnerabilities', () => {
  const v = (name: string, version: string, id: string): Record<string, string> => ({
    vulnerability_id: id,
    package_name: name,
    analyzed_version: version
  })
  const parts = [
    {
      label: 'a.txt',
      pins: [
        { name: 'django', version: '2.2.0' },
        { name: 'idna', version: '2.7' }
      ]
    },
    {
      label: 'b.txt',
      pins: [
        { name: 'django', version: '2.2.1' },
        { name: 'django', version: '2.2.0' }
      ]
    }
  ]

  it('gives each input the blocks of its pins, in order, a pin read twice twice', () => {
    const report = [
      v('django', '2.2.0', '1'),
      v('django', '2.2.0', '2'),
      v('django', '2.2.1', '1'),
      v('django', '2.2.0', '1'),
      v('django', '2.2.0', '2')
    ]
    expect(splitSafetyVulnerabilities(report, parts)).toEqual({
      segments: [
        [v('django', '2.2.0', '1'), v('django', '2.2.0', '2')],
        [v('django', '2.2.1', '1'), v('django', '2.2.0', '1'), v('django', '2.2.0', '2')]
      ]
    })
  })

  it('refuses a report that the model does not explain', () => {
    // A package no input pins, a version read once where the model says twice, another order.
    expect(splitSafetyVulnerabilities([v('flask', '0.1', '9')], parts)).toHaveProperty('mismatch')
    expect(splitSafetyVulnerabilities([v('django', '2.2.0', '1')], parts)).toHaveProperty(
      'mismatch'
    )
    expect(
      splitSafetyVulnerabilities(
        [v('django', '2.2.1', '1'), v('django', '2.2.0', '1'), v('django', '2.2.0', '1')],
        parts
      )
    ).toHaveProperty('mismatch')
    // The same pin with different advisories in two places cannot be one block.
    expect(
      splitSafetyVulnerabilities(
        [v('django', '2.2.0', '1'), v('django', '2.2.1', '1'), v('django', '2.2.0', '3')],
        parts
      )
    ).toHaveProperty('mismatch')
    expect(splitSafetyVulnerabilities([{ vulnerability_id: '1' }], parts)).toHaveProperty(
      'mismatch'
    )
  })
})

describe('planSafetyBatch', () => {
  it('batches the inputs the model is sure of, lockfile pins through a .txt file; the rest run alone', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-safety-plan-'))
    try {
      writeFileSync(path.join(ws, 'requirements.txt'), 'django==2.2.0\n')
      writeFileSync(path.join(ws, 'requirements-dev.txt'), 'foo>=1,==2\n')
      writeFileSync(path.join(ws, 'requirements-test.txt'), 'idna==2.7\n')
      const plan = planSafetyBatch(
        [
          { file: 'requirements-dev.txt', label: 'requirements-dev.txt' },
          { file: 'requirements-test.txt', label: 'requirements-test.txt' },
          { file: 'requirements.txt', label: 'requirements.txt' },
          { stdin: 'urllib3==1.24.1\n', label: 'lockfile pins' }
        ],
        ws,
        '/tmp/pins'
      )
      expect(plan.batched.map(b => [b.input.label, b.file, b.pins.length])).toEqual([
        ['requirements-test.txt', 'requirements-test.txt', 1],
        ['requirements.txt', 'requirements.txt', 1],
        ['lockfile pins', path.join('/tmp/pins', LOCKFILE_PINS_NAME), 1]
      ])
      expect(plan.lockfilePins).toBe('urllib3==1.24.1\n')
      expect(plan.alone.map(a => a.input.label)).toEqual(['requirements-dev.txt'])
      // One input the model is sure of is no batch: every input runs as before.
      const single = planSafetyBatch(
        [
          { file: 'requirements-dev.txt', label: 'requirements-dev.txt' },
          { file: 'requirements.txt', label: 'requirements.txt' }
        ],
        ws,
        '/tmp/pins'
      )
      expect(single.batched).toEqual([])
      expect(single.alone.map(a => a.input.label)).toEqual([
        'requirements-dev.txt',
        'requirements.txt'
      ])
      // Lockfile pins with a line break inside a version keep their stdin run (a file would
      // make a "-r" line an include).
      const odd = planSafetyBatch(
        [
          { file: 'requirements.txt', label: 'requirements.txt' },
          { file: 'requirements-test.txt', label: 'requirements-test.txt' },
          { stdin: 'x==1\n-r /etc/passwd\n', label: 'lockfile pins' }
        ],
        ws,
        '/tmp/pins'
      )
      expect(odd.alone.map(a => a.input.label)).toEqual(['lockfile pins'])
      expect(odd.lockfilePins).toBeUndefined()
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})

describe('pureJoin', () => {
  it("joins like Python's PurePath: . and // go, .. stays", () => {
    expect(pureJoin('.', 'base.txt')).toBe('base.txt')
    expect(pureJoin('requirements', './base.txt')).toBe('requirements/base.txt')
    expect(pureJoin('requirements', '../requirements.txt')).toBe('requirements/../requirements.txt')
    expect(pureJoin('requirements', '/etc/passwd')).toBe('/etc/passwd')
    expect(pureJoin('a', 'b//c/')).toBe('a/b/c')
    expect(pureJoin('.', '')).toBe('.')
  })
})
