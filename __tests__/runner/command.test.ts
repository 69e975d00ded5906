import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import { resolveCommand } from '../../src/runner/command.js'

const ws = mkdtempSync(path.join(os.tmpdir(), 'rg-cmd-'))
mkdirSync(path.join(ws, 'sub'))
writeFileSync(path.join(ws, 'main.py'), 'print(1)\n')
const outside = mkdtempSync(path.join(os.tmpdir(), 'rg-out-'))
writeFileSync(path.join(outside, 'evil.py'), 'print(1)\n')
symlinkSync(path.join(outside, 'evil.py'), path.join(ws, 'link.py'))

const base = { workspace: ws, shell: false, workingDirectory: '.' }

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn()
  } catch (e) {
    if (e instanceof ConfigurationError) return e
    throw e
  }
  throw new Error('expected a ConfigurationError')
}

describe('resolveCommand', () => {
  it('runs an argv array as is, in the working directory', () => {
    const r = resolveCommand({ ...base, script: ['python3', 'main.py', '--x'] })
    expect(r.argv).toEqual(['python3', 'main.py', '--x'])
    expect(r.cwd).toBe(path.resolve(ws))
    const sub = resolveCommand({
      ...base,
      script: ['python3', '../main.py'],
      workingDirectory: 'sub'
    })
    expect(sub.cwd).toBe(path.join(ws, 'sub'))
  })

  it('refuses a NUL character in the script (a config file can write one) as a setting error', () => {
    for (const shell of [false, true]) {
      const e = configError(() =>
        resolveCommand({ ...base, shell, script: ['python3 -c "print(1)\0x"'] })
      )
      expect(e.message).toContain('NUL')
    }
  })

  it('uses /bin/sh -c only with shell: true and one string', () => {
    const r = resolveCommand({ ...base, shell: true, script: ['echo hi | wc -c'] })
    expect(r.argv).toEqual(['/bin/sh', '-c', 'echo hi | wc -c'])
    expect(
      configError(() => resolveCommand({ ...base, shell: true, script: ['a', 'b'] })).details.field
    ).toBe('script')
  })

  it('needs a script', () => {
    expect(configError(() => resolveCommand({ ...base, script: undefined })).message).toMatch(
      /No script/
    )
    expect(configError(() => resolveCommand({ ...base, script: [] })).details.field).toBe('script')
  })

  it('keeps the working directory inside the workspace', () => {
    const e = configError(() =>
      resolveCommand({ ...base, script: ['true'], workingDirectory: '..' })
    )
    expect(e.details.field).toBe('workingDirectory')
    expect(
      configError(() => resolveCommand({ ...base, script: ['true'], workingDirectory: 'nope' }))
        .message
    ).toMatch(/does not exist/)
  })

  it('rejects a Python file or program path outside the workspace (also through a symlink)', () => {
    for (const script of [
      ['python3', path.join(outside, 'evil.py')],
      ['python', '-u', '../' + path.basename(outside) + '/evil.py'],
      ['python3.11', 'link.py'],
      ['../x/run.sh'],
      [path.join(outside, 'evil.py')]
    ]) {
      const e = configError(() => resolveCommand({ ...base, script }))
      expect(e.details.field).toBe('script')
      expect(e.message).toMatch(/outside the workspace/)
    }
  })

  it('allows interpreters by absolute path, modules and inline code', () => {
    expect(resolveCommand({ ...base, script: ['/usr/bin/python3', 'main.py'] }).argv[0]).toBe(
      '/usr/bin/python3'
    )
    expect(resolveCommand({ ...base, script: ['python3', '-m', 'pkg.mod'] }).argv).toHaveLength(3)
    expect(
      resolveCommand({ ...base, script: ['python3', '-c', 'import x', '/etc/a.py'] }).argv
    ).toHaveLength(4)
  })
})
