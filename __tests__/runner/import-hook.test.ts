import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readImportRecords } from '../../src/inventory/loaded.js'
import { prepareImportHook } from '../../src/runner/import-hook.js'

/**
 * The real hook (python/runguard_hook/sitecustomize.py) in real Python processes: it records
 * without changing what the script does, in children, forks, multiprocessing and killed
 * processes, and chains to the environment's own sitecustomize.
 */

const helpers = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'python')
const work = mkdtempSync(path.join(tmpdir(), 'rg-hook-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const python = 'python3'

function run(code: string, env: NodeJS.ProcessEnv) {
  return spawnSync(python, ['-c', code], { env, encoding: 'utf8', timeout: 60_000 })
}

describe('the import hook', () => {
  it('leaves output, exit code and sys.path as they were', () => {
    const hook = prepareImportHook(helpers, work)
    try {
      const code =
        'import sys, json; print(json.dumps(sys.path[1:])); sys.stderr.write("e\\n"); sys.exit(3)'
      const base = { PATH: process.env.PATH ?? '' }
      const plain = run(code, base)
      const hooked = run(code, hook.scriptEnv(base))
      expect(hooked.status).toBe(3)
      expect(hooked.stderr).toBe(plain.stderr)
      expect(hooked.stdout).toBe(plain.stdout)
      expect(readdirSync(hook.recordDir).filter(n => n.endsWith('.imports'))).toHaveLength(1)
    } finally {
      hook.cleanup()
    }
  })

  it('records children, forks, multiprocessing and killed processes', async () => {
    const hook = prepareImportHook(helpers, work)
    try {
      const code = [
        'import os, sys, signal, subprocess, multiprocessing',
        'def child(): import csv',
        'pid = os.fork()',
        'if pid == 0:',
        '    import fractions; os._exit(0)',
        'os.waitpid(pid, 0)',
        'ctx = multiprocessing.get_context("fork"); p = ctx.Process(target=child); p.start(); p.join()',
        'subprocess.run([sys.executable, "-c", "import decimal"], check=True)',
        'subprocess.run([sys.executable, "-c", "import difflib, os, signal; os.kill(os.getpid(), signal.SIGTERM)"])',
        'import textwrap'
      ].join('\n')
      const done = run(code, hook.scriptEnv({ PATH: process.env.PATH ?? '' }))
      expect(done.stderr).toBe('')
      expect(done.status).toBe(0)
      const { records } = await readImportRecords(hook.recordDir)
      const has = (m: string): boolean => records.some(r => r.modules.has(m))
      for (const m of ['textwrap', 'fractions', 'csv', 'decimal', 'difflib'])
        expect(has(m)).toBe(true)
      // The fork child and the multiprocessing child end by os._exit, the last one by SIGTERM:
      // their journals stand in for the record.
      expect(records.filter(r => !r.complete)).toHaveLength(3)
      expect(records.filter(r => r.complete)).toHaveLength(2)
      expect(readdirSync(hook.recordDir).some(n => n.endsWith('.tmp'))).toBe(false)
    } finally {
      hook.cleanup()
    }
  })

  it("chains to the environment's own sitecustomize, and its absence prints nothing", () => {
    const hook = prepareImportHook(helpers, work)
    const own = path.join(work, 'own')
    mkdirSync(own)
    writeFileSync(
      path.join(own, 'sitecustomize.py'),
      'import builtins\nbuiltins.OWN_SITECUSTOMIZE = 1\n'
    )
    try {
      const env = hook.scriptEnv({ PATH: process.env.PATH ?? '', PYTHONPATH: own })
      const done = run('print(OWN_SITECUSTOMIZE)', env)
      expect(done.stdout).toBe('1\n')
      expect(done.stderr).toBe('')
      const none = run('print(2)', hook.scriptEnv({ PATH: process.env.PATH ?? '' }))
      expect(none.stderr).toBe('')
    } finally {
      hook.cleanup()
    }
  })

  it('never fails the script when it cannot write its record', () => {
    const hook = prepareImportHook(helpers, work)
    try {
      rmSync(hook.recordDir, { recursive: true })
      writeFileSync(hook.recordDir, 'not a directory')
      const done = run(
        'import json; print("ran")',
        hook.scriptEnv({ PATH: process.env.PATH ?? '' })
      )
      expect(done.stdout).toBe('ran\n')
      expect(done.stderr).toBe('')
      expect(done.status).toBe(0)
    } finally {
      chmodSync(hook.recordDir, 0o600)
      hook.cleanup()
    }
  })
})
