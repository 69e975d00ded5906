import { afterAll, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
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
import { execFile } from '../../src/exec.js'
import { readEnvironment, type InstalledEnvironment } from '../../src/inventory/environment.js'
import { discoverComponents } from '../../src/inventory/index.js'
import {
  analyzeEnvironment,
  mismatchWarnings,
  writeInstalledFeed
} from '../../src/inventory/installed.js'
import { addDistribution, makeFakeVenv } from '../helpers/fake-venv.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const helpersDir = path.resolve(here, '..', '..', 'python')
const root = mkdtempSync(path.join(tmpdir(), 'rg-env-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const MIT_TEXT =
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software\n' +
  'The above copyright notice and this permission notice shall be included in all copies'

/** A workspace with a venv: `webapp` (listed) requires `templating`, which requires `escaper`. */
function project(name: string): { workspace: string; site: string } {
  const workspace = path.join(root, name)
  mkdirSync(workspace)
  writeFileSync(path.join(workspace, 'requirements.txt'), 'webapp\nescaper==0.9\n')
  const { site } = makeFakeVenv(path.join(workspace, '.venv'), [
    {
      name: 'WebApp',
      version: '2.0',
      headers: [
        'License-Expression: Apache-2.0',
        'Requires-Dist: templating>=1',
        'Requires-Dist: legacy-only; python_version < "3"',
        'Requires-Dist: speedups; extra == "fast"'
      ],
      files: ['webapp/__init__.py']
    },
    {
      name: 'templating',
      version: '1.5',
      headers: ['Classifier: License :: OSI Approved :: MIT License', 'Requires-Dist: Escaper'],
      files: ['templating/__init__.py']
    },
    {
      name: 'escaper',
      version: '1.0',
      files: ['escaper.py'],
      extra: { 'LICENSE.txt': MIT_TEXT }
    },
    { name: 'legacy-only', version: '0.1', files: ['legacy_only.py'] },
    { name: 'speedups', version: '0.1', files: ['speedups.py'] },
    { name: 'pip', version: '24.0', headers: ['License: MIT'], files: ['pip/__init__.py'] },
    { name: 'mystery', version: '3.0', headers: ['License: Proprietary-ish, ask us'] }
  ])
  return { workspace, site }
}

async function read(
  workspace: string,
  extra: { pythonPath?: string; script?: string[]; env?: NodeJS.ProcessEnv } = {}
): ReturnType<typeof readEnvironment> {
  return readEnvironment({
    exec: execFile,
    workspace,
    cwd: workspace,
    shell: false,
    env: extra.env ?? { PATH: process.env.PATH ?? '' },
    helpersDir,
    ...(extra.pythonPath ? { pythonPath: extra.pythonPath } : {}),
    ...(extra.script ? { script: extra.script } : {})
  })
}

function environmentOf(result: Awaited<ReturnType<typeof readEnvironment>>): InstalledEnvironment {
  if (result.status !== 'read') throw new Error(`not read: ${result.reason}`)
  return result.environment
}

describe('installed environment', () => {
  it('reads every distribution with version, licence, requirements and RECORD, without running the venv', async () => {
    const { workspace } = project('basic')
    const env = environmentOf(await read(workspace, { pythonPath: '.venv' }))
    expect(env.target.source).toBe('python-path')
    expect(env.target.how).toBe('the python-path setting (.venv)')
    const byName = new Map(env.packages.map(p => [p.name, p]))
    expect([...byName.keys()].sort()).toEqual([
      'escaper',
      'legacy-only',
      'mystery',
      'pip',
      'speedups',
      'templating',
      'webapp'
    ])
    expect(byName.get('webapp')).toMatchObject({
      displayName: 'WebApp',
      version: '2.0',
      purl: 'pkg:pypi/webapp@2.0',
      license: { expression: 'Apache-2.0', source: 'expression' },
      modules: ['webapp']
    })
    expect(byName.get('templating')?.license).toMatchObject({
      expression: 'MIT',
      source: 'classifier'
    })
    expect(byName.get('escaper')?.license).toMatchObject({
      expression: 'MIT',
      source: 'license-text'
    })
    expect(byName.get('pip')?.license).toMatchObject({ expression: 'MIT' })
    expect(byName.get('mystery')?.license.source).toBe('unknown')
    expect(byName.get('webapp')?.record).toMatchObject({ files: 3, hashed: 1 })
    expect(byName.get('webapp')?.record?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('marks direct and transitive against the manifests, follows markers and extras, and warns on a contradicted pin', async () => {
    const { workspace } = project('graph')
    const env = environmentOf(await read(workspace, { pythonPath: '.venv/bin/python' }))
    const inventory = await discoverComponents(workspace, [workspace], new RecordingLogger())
    const inv = analyzeEnvironment(env, inventory.components, inventory.projects)
    const rel = (n: string): string | undefined => inv.graph.nodes.get(n)?.relationship
    expect(rel('webapp')).toBe('direct')
    expect(rel('templating')).toBe('transitive')
    expect(inv.graph.nodes.get('escaper')?.relationship).toBe('direct')
    expect(inv.graph.nodes.get('templating')?.via).toEqual(['webapp', 'templating'])
    // python_version < "3" is false here, and nothing asks for webapp[fast].
    expect(rel('legacy-only')).toBe('unlisted')
    expect(rel('speedups')).toBe('unlisted')
    expect(rel('pip')).toBe('unlisted')
    expect(mismatchWarnings(inv)).toEqual([
      'requirements.txt:2: escaper is pinned to 0.9 but 1.0 is installed in the environment the script used'
    ])
    // The scanners get exact pins in a file outside the workspace; a finding on the transitive
    // package points at the manifest line that brings it in.
    const feed = writeInstalledFeed(inv, inventory.components)
    expect(feed).toBeDefined()
    try {
      expect(path.relative(workspace, feed?.requirementsFile ?? '').startsWith('..')).toBe(true)
      expect(feed?.locate('templating', '1.5')).toEqual({ path: 'requirements.txt', startLine: 1 })
      expect(feed?.locate('templating', '9.9')).toBeUndefined()
    } finally {
      feed?.cleanup()
    }
  })

  it('finds the environment from the script command and from VIRTUAL_ENV', async () => {
    const { workspace } = project('found')
    const viaScript = environmentOf(
      await read(workspace, { script: ['.venv/bin/python', 'app.py'] })
    )
    expect(viaScript.target.source).toBe('script')
    expect(viaScript.packages).toHaveLength(7)
    const viaEnv = environmentOf(
      await read(workspace, {
        script: ['./run.sh'],
        env: { PATH: '/nonexistent', VIRTUAL_ENV: path.join(workspace, '.venv') }
      })
    )
    expect(viaEnv.target.source).toBe('virtual-env')
    expect(viaEnv.packages).toHaveLength(7)
    // runguard's own tools are never taken for the script's environment.
    const tools = await readEnvironment({
      exec: execFile,
      workspace,
      cwd: workspace,
      shell: false,
      env: { PATH: path.join(workspace, '.venv', 'bin') },
      helpersDir,
      script: ['python3', 'app.py'],
      exclude: [path.join(workspace, '.venv')]
    })
    expect(tools).toEqual({
      status: 'missing',
      reason: `the script's interpreter ${path.join(workspace, '.venv', 'bin', 'python3')} belongs to runguard's tools`
    })
  })
})

describe('hostile environment', () => {
  it('runs no code of the environment: .pth import lines and sitecustomize stay unexecuted', async () => {
    const { workspace, site } = project('pth')
    const marker = path.join(root, 'pth-ran')
    writeFileSync(path.join(site, 'evil.pth'), `import os; open(${JSON.stringify(marker)}, 'w')\n`)
    writeFileSync(path.join(site, 'sitecustomize.py'), `open(${JSON.stringify(marker)}, 'w')\n`)
    writeFileSync(path.join(site, 'usercustomize.py'), `open(${JSON.stringify(marker)}, 'w')\n`)
    const env = environmentOf(await read(workspace, { pythonPath: '.venv' }))
    expect(env.packages.length).toBe(7)
    expect(existsSync(marker)).toBe(false)
  })

  it('skips crafted names, bounds huge and special files, and never crashes', async () => {
    const { workspace, site } = project('crafted')
    addDistribution(site, { name: 'bad\nname', version: '1.0', dirName: 'bad-1.0.dist-info' })
    addDistribution(site, { name: '../../etc', version: '1.0', dirName: 'dots-1.0.dist-info' })
    addDistribution(site, {
      name: 'ok-name',
      version: '1.0; rm -rf /',
      dirName: 'ver-1.0.dist-info'
    })
    const huge = addDistribution(site, {
      name: 'huge',
      version: '1.0',
      dirName: 'huge-1.0.dist-info'
    })
    truncateSync(path.join(huge, 'RECORD'), 20 * 1024 * 1024)
    const dev = addDistribution(site, { name: 'dev', version: '1.0', dirName: 'dev-1.0.dist-info' })
    rmSync(path.join(dev, 'METADATA'))
    symlinkSync('/dev/zero', path.join(dev, 'METADATA'))
    const result = await read(workspace, { pythonPath: '.venv' })
    const env = environmentOf(result)
    const names = env.packages.map(p => p.name)
    expect(names).toContain('huge')
    expect(env.packages.find(p => p.name === 'huge')?.record).toBeUndefined()
    expect(names).not.toContain('dev')
    for (const p of env.packages) expect(p.name).toMatch(/^[a-z0-9][a-z0-9.-]*$/)
    expect(names.some(n => n.includes('etc') || n.includes('\n'))).toBe(false)
    expect(env.warnings.join('\n')).toMatch(/dev-1\.0\.dist-info: no readable METADATA/)
    expect(env.warnings.join('\n')).toMatch(/not a valid project name and version/)
  })

  it('refuses a python-path that is a workspace script, never running it', async () => {
    const workspace = path.join(root, 'script-path')
    mkdirSync(path.join(workspace, 'tools'), { recursive: true })
    const marker = path.join(root, 'script-ran')
    for (const name of ['python3', 'evil.sh']) {
      writeFileSync(path.join(workspace, 'tools', name), `#!/bin/sh\ntouch ${marker}\n`)
      chmodSync(path.join(workspace, 'tools', name), 0o755)
    }
    const named = await read(workspace, { pythonPath: 'tools/python3' })
    expect(named).toMatchObject({ status: 'failed' })
    expect(named.status === 'failed' && named.reason).toMatch(
      /tools\/python3 is inside the workspace and is not a virtual environment; runguard does not run it/
    )
    const other = await read(workspace, { pythonPath: 'tools/evil.sh' })
    expect(other.status === 'failed' && other.reason).toMatch(
      /python-path tools\/evil.sh is not an interpreter or a virtual environment/
    )
    expect(existsSync(marker)).toBe(false)
  })

  it('refuses a venv whose python and pyvenv.cfg home both point into the workspace', async () => {
    const workspace = path.join(root, 'fake-home')
    mkdirSync(path.join(workspace, 'venv', 'bin'), { recursive: true })
    const marker = path.join(root, 'home-ran')
    writeFileSync(path.join(workspace, 'venv', 'bin', 'python3'), `#!/bin/sh\ntouch ${marker}\n`)
    chmodSync(path.join(workspace, 'venv', 'bin', 'python3'), 0o755)
    writeFileSync(
      path.join(workspace, 'venv', 'pyvenv.cfg'),
      `home = ${path.join(workspace, 'venv', 'bin')}\nversion = 3.11.0\n`
    )
    const result = await read(workspace, { pythonPath: 'venv' })
    expect(result.status === 'failed' && result.reason).toMatch(
      /no interpreter outside the workspace runs the virtual environment venv/
    )
    expect(existsSync(marker)).toBe(false)
  })
})
