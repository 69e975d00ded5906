import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main, type CliIo } from '../../src/cli.js'
import { ExitCode } from '../../src/errors.js'
import { classifyReport } from '../../src/merge-command.js'

function io(cwd: string): CliIo & { out: string; err: string } {
  const c = {
    out: '',
    err: '',
    cwd,
    env: process.env,
    stdout: (t: string) => {
      c.out += t
    },
    stderr: (t: string) => {
      c.err += t
    }
  }
  return c
}

describe('runguard merge (matrix jobs)', () => {
  it('merges the reports of two jobs and recomputes the verdict', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'rg-merge-'))
    for (const job of ['py310', 'py312']) {
      const ws = path.join(root, job)
      mkdirSync(ws)
      writeFileSync(path.join(ws, 'requirements.txt'), 'requests==2.31.0\n')
      writeFileSync(
        path.join(ws, `${job}.py`),
        'import pickle\n\ndef load(b):\n    return pickle.loads(b)\n'
      )
      const c = io(ws)
      const code = await main(
        [
          'gate',
          '--scanners',
          'bandit',
          '--category',
          `runguard-${job}`,
          '--sarif-file',
          'runguard.sarif',
          '--sbom-file',
          'runguard.cdx.json',
          '--metrics-file',
          'metrics.json',
          '--fail-on',
          'none',
          '--',
          'python3',
          '-c',
          'print(1)'
        ],
        c
      )
      expect(c.err).not.toContain('error:')
      // The merged verdict below depends on bandit's findings: a missing bandit must say so.
      if (!/bandit\s+\S+\s+ok/.test(c.out))
        throw new Error(`bandit did not run (install it: bash scripts/setup.sh):\n${c.out}`)
      expect(code).toBe(ExitCode.Passed)
    }
    const files = ['py310', 'py312'].flatMap(job =>
      ['runguard.sarif', 'runguard.cdx.json', 'metrics.json'].map(f => path.join(job, f))
    )
    for (const f of files)
      expect(classifyReport(JSON.parse(readFileSync(path.join(root, f), 'utf8')))).toBeDefined()

    const c = io(root)
    const code = await main(
      [
        'merge',
        '--fail-on',
        'medium',
        '--sarif-file',
        'merged.sarif',
        '--sbom-file',
        'merged.cdx.json',
        '--metrics-file',
        'merged-metrics.json',
        ...files
      ],
      c
    )
    // pickle.loads is medium in bandit: with fail-on=medium the merged verdict fails.
    expect(code).toBe(ExitCode.Violation)
    const sarif = JSON.parse(readFileSync(path.join(root, 'merged.sarif'), 'utf8'))
    const categories = sarif.runs
      .map((r: { automationDetails: { id: string } }) => r.automationDetails.id)
      .sort()
    expect(categories).toEqual(['runguard-py310/bandit/', 'runguard-py312/bandit/'])
    const sbom = JSON.parse(readFileSync(path.join(root, 'merged.cdx.json'), 'utf8'))
    expect(sbom.components.filter((x: { name: string }) => x.name === 'requests')).toHaveLength(1)
    const metrics = JSON.parse(readFileSync(path.join(root, 'merged-metrics.json'), 'utf8'))
    expect(metrics.jobs).toHaveLength(2)
    expect(c.out).toContain('merged 6 file(s)')
  })

  it('rejects a file that is not a report', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'rg-merge-'))
    writeFileSync(path.join(root, 'x.json'), '{"hello": 1}')
    const c = io(root)
    expect(await main(['merge', 'x.json'], c)).toBe(ExitCode.Configuration)
    expect(c.err).toContain('is not a SARIF 2.1.0 log')
  })
})
