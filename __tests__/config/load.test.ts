import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { layerFromInputs } from '../../src/config/action-inputs.js'
import { parseCliArgs, withScanTarget } from '../../src/config/cli-args.js'
import { parseConfigText } from '../../src/config/file.js'
import { SETTING_TABLE } from '../../src/config/keys.js'
import { loadSettings } from '../../src/config/load.js'
import { SETTING_KEYS } from '../../src/config/schema.js'
import { ConfigurationError } from '../../src/errors.js'
import { GATE_SETTINGS } from '../../src/trust/trusted-config.js'

function tempWorkspace(config?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-config-'))
  if (config !== undefined) writeFileSync(path.join(dir, '.runguard.yml'), config)
  return dir
}

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

async function rejected(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

const empty = { raw: {}, sources: {} }

describe('setting table', () => {
  it('covers every schema key except the ones the entry points decide', () => {
    const tableKeys = new Set<string>(SETTING_TABLE.map(k => k.key))
    const missing = SETTING_KEYS.filter(
      k => !tableKeys.has(k) && !['mode', 'runtime', 'configFile', 'trust'].includes(k)
    )
    expect(missing).toEqual([])
  })
})

describe('loadSettings', () => {
  it('applies defaults < file < inline and owns every default', async () => {
    const ws = tempWorkspace('fail-on: medium\ntimeout: 30\ngates:\n  - memory_max_mb<=100\n')
    const s = await loadSettings({
      inline: { raw: { timeout: 5 }, sources: { timeout: { kind: 'flag', name: 'timeout' } } },
      fixed: { mode: 'gate', runtime: 'cli' },
      workspace: ws
    })
    expect(s.failOn).toBe('medium')
    expect(s.timeout).toBe(5)
    expect(s.gates).toEqual([
      { metric: 'memory_max_mb', op: '<=', limit: 100, text: 'memory_max_mb <= 100' }
    ])
    expect(s.reportLevel).toBe('low')
    expect(s.installTools).toBe(false)
    expect(s.workspace).toBe(ws)
  })

  it('defaults install-tools to true in the Action only', async () => {
    const ws = tempWorkspace()
    const s = await loadSettings({
      inline: empty,
      fixed: { mode: 'gate', runtime: 'action' },
      workspace: ws
    })
    expect(s.installTools).toBe(true)
  })

  it('writes SARIF and SBOM by default in the Action only; the CLI writes files when asked', async () => {
    const ws = tempWorkspace()
    const load = (runtime: 'action' | 'cli', raw = {}) =>
      loadSettings({
        inline: { raw, sources: {} },
        fixed: { mode: 'scan', runtime },
        workspace: ws
      })
    expect(await load('action')).toMatchObject({
      sarifFile: 'runguard.sarif',
      sbomFile: 'runguard.cdx.json'
    })
    expect(await load('cli')).toMatchObject({ sarifFile: '', sbomFile: '' })
    expect((await load('cli', { sarifFile: 'out.sarif' })).sarifFile).toBe('out.sarif')
    expect((await load('action', { sarifFile: '' })).sarifFile).toBe('')
  })

  it('accepts the Python Script Runner keys', async () => {
    const ws = tempWorkspace(
      [
        'performance_gates:',
        '  - metric_name: cpu_max',
        '    max_value: 90',
        '  - metric_name: stdout_lines',
        '    min_value: 1',
        'retry:',
        '  strategy: fibonacci',
        '  max_attempts: 3',
        '  initial_delay: 0.5',
        '  max_delay: 10',
        '  multiplier: 3',
        'monitoring:',
        '  sampling_interval: 0.2'
      ].join('\n')
    )
    const s = await loadSettings({
      inline: empty,
      fixed: { mode: 'run', runtime: 'cli' },
      workspace: ws
    })
    expect(s.gates.map(g => g.text)).toEqual(['cpu_max <= 90', 'stdout_lines >= 1'])
    expect(s.retry).toBe(2)
    expect(s.retryStrategy).toBe('fibonacci')
    expect(s.retryDelay).toBe(0.5)
    expect(s.retryMaxDelay).toBe(10)
    expect(s.retryMultiplier).toBe(3)
    expect(s.samplingInterval).toBe(200)
  })

  it('names the key, value, expectation and file line for a bad file value', async () => {
    const ws = tempWorkspace('timeout: 5\nfail-on: hgh\n')
    const e = await rejected(
      loadSettings({ inline: empty, fixed: { mode: 'gate', runtime: 'cli' }, workspace: ws })
    )
    expect(e.message).toContain("'fail-on'")
    expect(e.message).toContain('"hgh"')
    expect(e.message).toContain('.runguard.yml:2')
    expect(e.message).toMatch(/critical/)
  })

  it('takes python-path and the import-record settings from the workflow only where a pull request cannot lower the gate', () => {
    // python-path chooses which environment runguard reads and which interpreter's base runs
    // the reader: the workflow decides it, like pass-env.
    const err = thrown(() => parseConfigText('python-path: .venv\n', '.runguard.yml'))
    expect(err.message).toContain(
      "'python-path' cannot be set in the config file, which a pull request can change"
    )
    expect(err.message).toContain('--python-path')
    const cli = parseCliArgs(
      ['gate', '--python-path', '.venv', '--fail-on-loaded-only', '--', 'python', 'x.py'],
      '0.0.0'
    )
    expect(cli.layer.raw).toMatchObject({ pythonPath: '.venv', failOnLoadedOnly: true })
    // fail-on-loaded-only and record-imports may sit in the file (validated like the others) …
    const file = parseConfigText(
      'fail-on-loaded-only: true\nrecord-imports: false\n',
      '.runguard.yml'
    )
    expect(file.raw).toMatchObject({ failOnLoadedOnly: true, recordImports: false })
    expect(() => parseConfigText('fail-on-loaded-only: yes-please\n', '.runguard.yml')).toThrow(
      /fail-on-loaded-only/
    )
    // … and are among the settings a base commit decides under trusted-config: base.
    expect(GATE_SETTINGS).toEqual(
      expect.arrayContaining(['failOnLoadedOnly', 'recordImports', 'scanEnvironment'])
    )
  })

  it('rejects unknown config keys with a did-you-mean', () => {
    const e = thrown(() => parseConfigText('fail_onn: high\n', 'cfg.yml'))
    expect(e.message).toContain("unknown key 'fail_onn'")
    expect(e.message).toContain("did you mean 'fail-on'")
    expect(e.message).toContain('cfg.yml:1')
  })

  it('rejects an unknown gate metric with the list of known names, naming the source', async () => {
    const ws = tempWorkspace()
    const e = await rejected(
      loadSettings({
        inline: {
          raw: { gates: ['cpu_maxx<=90'] },
          sources: { gates: { kind: 'flag', name: 'gate' } }
        },
        fixed: { mode: 'run', runtime: 'cli' },
        workspace: ws
      })
    )
    expect(e.message).toContain('flag --gate')
    expect(e.message).toContain("did you mean 'cpu_max'")
    expect(e.message).toContain('memory_max_mb')
  })

  it('fails clearly when an explicit config file is missing', async () => {
    const ws = tempWorkspace()
    const e = await rejected(
      loadSettings({
        inline: empty,
        fixed: { mode: 'gate', runtime: 'cli' },
        workspace: ws,
        configPath: 'nope.yml'
      })
    )
    expect(e.message).toContain('nope.yml')
    expect(e.message).toContain('does not exist')
  })
})

describe('action inputs', () => {
  it('parses typed inputs and ignores empty ones', () => {
    const inputs: Record<string, string> = {
      gate: 'memory_max_mb<=1024\nexit_code==0',
      timeout: '60',
      'upload-sarif': 'true',
      scanners: 'bandit, osv',
      script: 'python -c "print(1)"',
      'fail-on': ''
    }
    const { layer } = layerFromInputs(name => inputs[name] ?? '')
    expect(layer.raw).toEqual({
      gates: ['memory_max_mb<=1024', 'exit_code==0'],
      timeout: 60,
      uploadSarif: true,
      scanners: ['bandit', 'osv'],
      script: ['python', '-c', 'print(1)']
    })
  })

  it('rejects yes/no booleans like core.getBooleanInput', () => {
    const e = thrown(() => layerFromInputs(name => (name === 'upload-sarif' ? 'yes' : '')))
    expect(e.message).toContain("'upload-sarif'")
    expect(e.message).toContain("input 'upload-sarif'")
    expect(e.message).toContain('true or false')
  })

  it('refuses shell syntax in script unless shell is set', () => {
    const e = thrown(() =>
      layerFromInputs(name => (name === 'script' ? 'python a.py | tee out' : ''))
    )
    expect(e.message).toContain('shell: true')
    const json = layerFromInputs(name => (name === 'script' ? '["python", "a b.py"]' : ''))
    expect(json.layer.raw.script).toEqual(['python', 'a b.py'])
  })
})

describe('CLI arguments', () => {
  it('splits options, paths and the command after --', () => {
    const parsed = parseCliArgs(
      [
        'gate',
        '--gate',
        'cpu_max:90',
        '--add-gate',
        'exit_code==0',
        '--timeout',
        '30',
        'src',
        '--',
        'python',
        '-V'
      ],
      '0.0.0'
    )
    expect(parsed.command).toBe('gate')
    expect(parsed.layer.raw).toMatchObject({
      gates: ['cpu_max:90', 'exit_code==0'],
      timeout: 30,
      paths: ['src'],
      script: ['python', '-V']
    })
    expect(parsed.layer.sources.timeout).toEqual({ kind: 'flag', name: 'timeout' })
  })

  it('supports --no- booleans and repeatable lists', () => {
    const parsed = parseCliArgs(
      ['scan', '--no-fail-on-tool-error', '--scanners', 'bandit,semgrep', '--scanners', 'secrets'],
      '0'
    )
    expect(parsed.layer.raw).toEqual({
      failOnToolError: false,
      scanners: ['bandit', 'semgrep', 'secrets']
    })
  })

  it('scan with one directory: it is the workspace (also outside the current directory)', () => {
    const dirs = new Set(['/elsewhere/repo', '/here/src'])
    const target = (argv: string[]) =>
      withScanTarget(parseCliArgs(argv, '0'), '/here', p => dirs.has(p)).layer
    expect(target(['scan', '../elsewhere/repo'])).toEqual({
      raw: { workspace: '/elsewhere/repo' },
      sources: { workspace: { kind: 'argument', name: '../elsewhere/repo' } }
    })
    expect(target(['scan', '--scanners', 'secrets', 'src']).raw).toEqual({
      scanners: ['secrets'],
      workspace: '/here/src'
    })
    // A file, several paths, --workspace, or another command: paths inside the workspace.
    expect(target(['scan', 'app.py']).raw).toEqual({ paths: ['app.py'] })
    expect(target(['scan', 'src', '../elsewhere/repo']).raw).toEqual({
      paths: ['src', '../elsewhere/repo']
    })
    expect(target(['scan', '--workspace', '/here', 'src']).raw).toEqual({
      workspace: '/here',
      paths: ['src']
    })
    expect(target(['gate', 'src']).raw).toEqual({ paths: ['src'] })
  })

  it('reports unknown flags as configuration errors', () => {
    expect(() => parseCliArgs(['scan', '--bogus'], '0')).toThrow(ConfigurationError)
  })

  it('prints help without throwing', () => {
    const parsed = parseCliArgs(['run', '--help'], '0')
    expect(parsed.printed).toContain('--gate')
    expect(parsed.printed).toContain('--retry-strategy')
  })
})

describe('severity words in any case', () => {
  it('accepts fail-on: HIGH (as Trivy users write it) and Medium', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'rg-case-'))
    const s = await loadSettings({
      inline: {
        raw: { failOn: 'HIGH', reportLevel: 'Medium', unknownSeverity: 'CRITICAL' },
        sources: {}
      },
      fixed: { mode: 'scan', runtime: 'cli' },
      workspace: ws
    })
    expect([s.failOn, s.reportLevel, s.unknownSeverity]).toEqual(['high', 'medium', 'critical'])
  })
})
