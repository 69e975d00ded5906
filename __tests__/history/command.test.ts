import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli.js'
import { ExitCode } from '../../src/errors.js'
import { HISTORY_FILE } from '../../src/history/record.js'
import { testRecord } from './records.js'

// `runguard history list | trend | export | prune` on a local store, through the CLI entry.

function workspace(n: number): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-history-cli-'))
  mkdirSync(path.join(ws, '.runguard/history'), { recursive: true })
  const records = Array.from({ length: n }, (_, i) => {
    const r = testRecord(i)
    return {
      ...r,
      ref: i === 0 ? '=HYPERLINK("x")' : 'refs/heads/main',
      scriptOk: true,
      metrics: { stdout_lines: { value: i < n - 1 ? 100 : 150 } }
    }
  })
  writeFileSync(
    path.join(ws, '.runguard/history', HISTORY_FILE),
    records.map(r => JSON.stringify(r) + '\n').join('')
  )
  return ws
}

async function cli(
  ws: string,
  ...argv: string[]
): Promise<{ code: ExitCode; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(argv, {
    stdout: t => (out += t),
    stderr: t => (err += t),
    env: { ...process.env },
    cwd: ws
  })
  return { code, out, err }
}

describe('runguard history', () => {
  it('lists the last runs', async () => {
    const ws = workspace(8)
    const { code, out } = await cli(ws, 'history', 'list', '3')
    expect(code).toBe(ExitCode.Passed)
    expect(out.split('\n')[0]).toBe('8 run(s) of category runguard in .runguard/history')
    expect(out.trim().split('\n')).toHaveLength(4)
    expect(out).toContain('c7')
  })

  it('shows the trend of a metric and marks the regression', async () => {
    const ws = workspace(8)
    const { code, out } = await cli(ws, 'history', 'trend', 'stdout_lines')
    expect(code).toBe(ExitCode.Passed)
    const lines = out.trim().split('\n')
    expect(lines[0]).toBe('stdout_lines: 8 trend run(s) of category runguard')
    expect(lines[8]).toMatch(/150 {2}\(median 100, limit 105\) {2}▲ regression$/)
    expect(lines.filter(l => l.includes('regression'))).toHaveLength(1)
  })

  it('exports CSV (formula-safe) and JSON', async () => {
    const ws = workspace(6)
    const csv = await cli(ws, 'history', 'export', 'csv')
    const rows = csv.out.trim().split('\n')
    expect(rows).toHaveLength(7)
    expect(rows[0]).toMatch(
      /^timestamp,category,commit,ref,event,trend,passed,.*,stdout_lines,run_url$/
    )
    expect(rows[1]).toContain(`"'=HYPERLINK(""x"")"`)
    const json = await cli(ws, 'history', 'export', 'json')
    expect(JSON.parse(json.out)).toHaveLength(6)
    const bad = await cli(ws, 'history', 'export', 'xml')
    expect(bad.code).toBe(ExitCode.Configuration)
  })

  it('prunes to history-keep', async () => {
    const ws = workspace(8)
    const { out } = await cli(ws, 'history', 'prune', '--history-keep', '3')
    expect(out).toMatch(/^pruned 5 run\(s\) of category runguard/)
    const listed = await cli(ws, 'history', 'list')
    expect(listed.out.split('\n')[0]).toMatch(/^3 run\(s\)/)
  })

  it('says what is wrong with an unknown action or metric (exit 2)', async () => {
    const ws = workspace(1)
    expect((await cli(ws, 'history', 'show')).err).toMatch(/unknown action "show"/)
    const r = await cli(ws, 'history', 'trend', 'speed')
    expect(r.code).toBe(ExitCode.Configuration)
    expect(r.err).toMatch(/name a metric/)
  })
})
