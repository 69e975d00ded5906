// Report scale, as a user meets it: `runguard scan` as a whole process over a workspace where
// Bandit and Semgrep report N findings between them (1k, 10k, 100k), writing SARIF, JUnit, TAP
// and the summary; peak RSS and wall time taken from outside (wait4's rusage), against an anchor
// in the same run: `node` reading, parsing and re-serializing the same two tool outputs.
//
//   node --import ./bench/register.mjs bench/report-scale/run.ts [--reps 3] [--sizes 1000,10000,100000]
//       [--cli label=path/to/cli/index.js]... [--keep]
//   node --import ./bench/register.mjs bench/report-scale/run.ts --diagnostic   (diagnostic.ts)
//
// The tools are stand-ins: two shell scripts named `bandit` and `semgrep`, first on PATH, that
// answer `--version` and otherwise print a report generated here in the tool's own JSON format
// (the shapes of __tests__/fixtures/bandit and __tests__/fixtures/semgrep). Real tools cannot be
// made to report 100,000 findings on demand, and their own memory would hide runguard's: the
// stand-ins are `cat`, so the process tree's peak RSS is runguard's. Everything after the tool's
// output is the product's real path: exec, the adapters' parsers, policy, every report writer,
// the summary and the table on stdout.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cliBuilds, machine, median } from '../whole-process.js'

const argv = process.argv.slice(2)

interface Sample {
  seconds: number
  maxRssMb: number
  exitCode: number
}

/** Runs argv under python's os.wait4, which reports the peak RSS of the whole process tree. */
function measure(cmd: string[], cwd: string, env: NodeJS.ProcessEnv): Sample {
  const wrapper = [
    'import json, os, sys, time',
    't = time.monotonic()',
    'null = os.open(os.devnull, os.O_WRONLY)',
    'pid = os.fork()',
    'if pid == 0:',
    '    os.dup2(null, 1); os.dup2(null, 2)',
    '    os.execvp(sys.argv[1], sys.argv[1:])',
    '_, status, ru = os.wait4(pid, 0)',
    // ru_maxrss: KiB on Linux; the largest RSS of the child or any descendant it waited for.
    'print(json.dumps({"seconds": time.monotonic() - t, "maxRssMb": ru.ru_maxrss / 1024,',
    '  "exitCode": os.waitstatus_to_exitcode(status)}))'
  ].join('\n')
  const r = spawnSync('python3', ['-c', wrapper, ...cmd], { cwd, env, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`measuring ${cmd.join(' ')} failed: ${r.stderr}`)
  return JSON.parse(r.stdout) as Sample
}

/** Deterministic PRNG so every run sees the same data. */
function rng(seed: number): () => number {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    return x / 0x7fffffff
  }
}

const FILES = 1_000
const LINES_PER_FILE = 200
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'] as const
const SEMGREP_SEVERITIES = ['INFO', 'WARNING', 'ERROR'] as const

/** A workspace of FILES Python files (read for GitHub's line hashes) and the stand-in tools. */
function workspace(dir: string): void {
  for (let f = 0; f < FILES; f++) {
    const lines: string[] = []
    for (let l = 0; l < LINES_PER_FILE; l++)
      lines.push(`    value_${f}_${l} = compute(${l}, "item-${l % 17}")`)
    const file = path.join(dir, `pkg/mod_${f}/file_${f}.py`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, lines.join('\n') + '\n')
  }
}

/** Bandit's `-f json` report with `count` results (bandit 1.9.4's shape). */
function banditReport(count: number, rand: () => number): string {
  const results: unknown[] = []
  for (let i = 0; i < count; i++) {
    const f = Math.floor(rand() * FILES)
    const line = 1 + Math.floor(rand() * LINES_PER_FILE)
    const rule = i % 60
    results.push({
      code: `${line} value_${f}_${line - 1} = compute(${line - 1}, "item-${(line - 1) % 17}")\n`,
      col_offset: 4,
      end_col_offset: 40,
      filename: `./pkg/mod_${f}/file_${f}.py`,
      issue_confidence: SEVERITIES[Math.floor(rand() * 3)],
      issue_cwe: { id: 20 + (rule % 40), link: 'https://cwe.mitre.org/data/definitions/78.html' },
      issue_severity: SEVERITIES[Math.floor(rand() * 3)],
      issue_text: `Synthetic bandit issue ${rule}: a call whose argument may come from outside (finding ${i}).`,
      line_number: line,
      line_range: [line],
      more_info: `https://bandit.readthedocs.io/en/1.9.4/plugins/b${600 + rule}.html`,
      test_id: `B${600 + rule}`,
      test_name: `synthetic_rule_${rule}`
    })
  }
  return JSON.stringify(
    { errors: [], generated_at: '2026-01-01T00:00:00Z', metrics: {}, results },
    null,
    2
  )
}

/** Semgrep's `--json` output with `count` results (semgrep 1.182's shape). */
function semgrepReport(count: number, rand: () => number): string {
  const results: unknown[] = []
  for (let i = 0; i < count; i++) {
    const f = Math.floor(rand() * FILES)
    const line = 1 + Math.floor(rand() * LINES_PER_FILE)
    const rule = i % 150
    results.push({
      check_id: `synthetic-rule-${rule}`,
      path: `pkg/mod_${f}/file_${f}.py`,
      start: { line, col: 5, offset: line * 40 },
      end: { line, col: 44, offset: line * 40 + 39 },
      extra: {
        message: `Synthetic semgrep finding ${i}: value_${f} reaches a sink without validation.`,
        metadata: {
          cwe: [`CWE-${20 + (rule % 40)}: Synthetic weakness`],
          owasp: ['A03:2021 - Injection'],
          category: 'security',
          confidence: 'MEDIUM',
          references: ['https://example.invalid/rules']
        },
        severity: SEMGREP_SEVERITIES[Math.floor(rand() * 3)],
        fingerprint: 'requires login',
        lines: 'requires login',
        validation_state: 'NO_VALIDATOR',
        engine_kind: 'OSS'
      }
    })
  }
  return JSON.stringify({
    version: '1.182.0',
    results,
    errors: [],
    paths: { scanned: [] },
    skipped_rules: []
  })
}

/** A stand-in tool: its version line, or the prepared report on stdout and the tool's exit code. */
function standIn(bin: string, name: string, version: string, report: string, exit: number): void {
  const file = path.join(bin, name)
  fs.writeFileSync(
    file,
    [
      '#!/bin/sh',
      `if [ "$1" = "--version" ]; then echo "${name} ${version}"; exit 0; fi`,
      `cat '${report}'`,
      `exit ${exit}`,
      ''
    ].join('\n')
  )
  fs.chmodSync(file, 0o755)
}

/** The anchor: read, parse and re-serialize both reports to one file (no runguard code). */
const ANCHOR = `
const fs = require('fs')
const [, a, b, out] = process.argv
const reports = [JSON.parse(fs.readFileSync(a, 'utf8')), JSON.parse(fs.readFileSync(b, 'utf8'))]
fs.writeFileSync(out, JSON.stringify(reports))
`

/** A build's path as the fragment shows it: relative inside the checkout, else a placeholder. */
function shownCli(file: string, root: string, label: string): string {
  const rel = path.relative(root, file)
  return rel.startsWith('..') || path.isAbsolute(rel)
    ? `<${label} build's dist>/cli/index.js`
    : rel.split(path.sep).join('/')
}

async function wholeProcess(): Promise<void> {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(name)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const reps = Number(flag('--reps') ?? 3)
  const sizes = (flag('--sizes') ?? '1000,10000,100000').split(',').map(Number)
  const root = process.cwd()
  const clis = cliBuilds(argv, root)
  const node = process.execPath
  const loadAtStart = os.loadavg()[0]?.toFixed(1)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-report-scale-'))
  const ws = path.join(tmp, 'workspace')
  workspace(ws)
  const rules = path.join(tmp, 'rules.yml')
  fs.writeFileSync(rules, 'rules: []\n')
  const rows: string[] = []
  for (const n of sizes) {
    const dir = path.join(tmp, `n${n}`)
    const bin = path.join(dir, 'bin')
    const out = path.join(dir, 'out')
    fs.mkdirSync(bin, { recursive: true })
    fs.mkdirSync(out, { recursive: true })
    const rand = rng(42)
    const banditFile = path.join(dir, 'bandit.json')
    const semgrepFile = path.join(dir, 'semgrep.json')
    fs.writeFileSync(banditFile, banditReport(Math.ceil(n / 2), rand))
    fs.writeFileSync(semgrepFile, semgrepReport(Math.floor(n / 2), rand))
    standIn(bin, 'bandit', '1.9.4', banditFile, 1)
    standIn(bin, 'semgrep', '1.182.0', semgrepFile, 0)
    const inputMb = (fs.statSync(banditFile).size + fs.statSync(semgrepFile).size) / 1e6
    // A tools directory of its own (the detect cache), outside the workspace; CI=true keeps the
    // output plain (no live status line). A token in the environment, as in every Actions job:
    // runguard then redacts every finding before the reports (a value made up per run).
    const env = {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      CI: 'true',
      GITHUB_TOKEN: `ghs_${randomBytes(18).toString('hex')}`
    }
    const scan = (cli: string): string[] => [
      node,
      cli,
      'scan',
      ws,
      '--scanners',
      'bandit,semgrep',
      '--semgrep-no-default-rules',
      '--semgrep-config',
      rules,
      '--tools-dir',
      path.join(dir, 'tools'),
      '--fail-on',
      'none',
      '--sarif-file',
      path.join(out, 'runguard.sarif'),
      '--junit-file',
      path.join(out, 'junit.xml'),
      '--tap-file',
      path.join(out, 'results.tap'),
      '--summary-file',
      path.join(out, 'summary.md')
    ]
    const anchorCmd = [node, '-e', ANCHOR, banditFile, semgrepFile, path.join(out, 'anchor.json')]
    const variants = [
      { label: 'anchor', cmd: anchorCmd },
      ...clis.map(c => ({ label: c.label, cmd: scan(c.file) }))
    ]
    const samples = variants.map(() => [] as Sample[])
    for (let r = 0; r < reps; r++) {
      for (let k = 0; k < variants.length; k++) {
        const i = (r + k) % variants.length
        const v = variants[i]!
        const sample = measure(v.cmd, tmp, env)
        if (sample.exitCode !== 0)
          throw new Error(`${v.label} exited ${sample.exitCode}: ${v.cmd.join(' ')}`)
        samples[i]!.push(sample)
      }
    }
    const sarifFile = path.join(out, 'runguard.sarif')
    const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as {
      runs: { results: unknown[] }[]
    }
    const results = sarif.runs.reduce((a, r) => a + r.results.length, 0)
    const anchorSec = median(samples[0]!.map(s => s.seconds))
    const anchorRss = Math.max(...samples[0]!.map(s => s.maxRssMb))
    variants.forEach((v, i) => {
      if (i === 0) return
      const sec = median(samples[i]!.map(s => s.seconds))
      const rss = Math.max(...samples[i]!.map(s => s.maxRssMb))
      const row = `| ${n.toLocaleString('en')} | ${inputMb.toFixed(1)} MB | ${v.label} | ${sec.toFixed(2)} s | ${rss.toFixed(0)} MB | ${anchorSec.toFixed(2)} s | ${anchorRss.toFixed(0)} MB | ×${(sec / anchorSec).toFixed(1)} time, ×${(rss / anchorRss).toFixed(1)} RSS | ${results.toLocaleString('en')} results, ${(fs.statSync(sarifFile).size / 1e6).toFixed(1)} MB |`
      rows.push(row)
      console.log(row)
    })
  }
  const md = [
    '## Report scale (whole process)',
    '',
    `Command: \`node --import ./bench/register.mjs bench/report-scale/run.ts --reps ${reps} --sizes ${sizes.join(',')}${clis.map(c => ` --cli ${c.label}=${shownCli(c.file, root, c.label)}`).join('')}\` (${machine()}, ${loadAtStart} at the start).`,
    '',
    "`runguard scan <workspace> --scanners bandit,semgrep` with SARIF, JUnit, TAP and the summary file, as a whole process, where Bandit and Semgrep report N findings between them (half each) on a workspace of 1,000 Python files of 200 lines (read for GitHub's line hashes), with `GITHUB_TOKEN` set as in an Actions job (so every finding passes the redactor). The tools are stand-ins (shell scripts that print a generated report in the tool's own JSON format), so everything from the tool's stdout on is the product's real path and the peak RSS is runguard's. Peak RSS is `ru_maxrss` from `wait4` (the whole process tree, max over the runs); time is the median wall time. Anchor: `node` reading, parsing and re-serializing the same two reports, in the same run, interleaved. GitHub accepts at most 25,000 results per run, so the SARIF keeps the 25,000 most severe of each tool (and says so).",
    '',
    '| findings | tool output | build | time | peak RSS | anchor time | anchor RSS | ratio | SARIF |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Target: ≤ 300 MB peak RSS at 100,000 findings. `--diagnostic` runs the older in-process benchmark (policy + SARIF builder timed from inside on 100,000 findings across five tools, and the SBOM on 2,000 components).',
    ''
  ].join('\n')
  const doc = path.join(root, 'docs', 'benchmarks', 'report-scale.md')
  fs.writeFileSync(doc, md)
  console.log(`wrote ${path.relative(root, doc)}`)
  // --keep leaves the workspace, the stand-ins and the reports for profiling by hand.
  if (argv.includes('--keep')) console.log(`kept ${tmp}`)
  else fs.rmSync(tmp, { recursive: true, force: true })
}

if (argv.includes('--diagnostic')) await import('./diagnostic.js')
else await wholeProcess()
