// Report scale, DIAGNOSTIC (run.ts is the whole-process benchmark): policy (dedupe, suppressions) + SARIF for 100,000 findings across
// 5 tools, and a CycloneDX SBOM of 2,000 components. Each phase runs in its own child process
// so peak RSS (process.resourceUsage().maxRSS) belongs to that phase alone.
//
//   node --import ./bench/register.mjs bench/report-scale/run.ts --diagnostic
//
// Anchors, measured in the same child on the same data: JSON.stringify + write of the raw
// findings (SARIF phase) and of the raw components (SBOM phase): the least any writer must do.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { TOOL_NAMES, type Component, type Finding, type Severity } from '../../src/model.js'
import { parseIgnoreFile } from '../../src/policy/ignore-file-parse.js'
import { applyPolicy } from '../../src/policy/policy.js'
import { buildSarif } from '../../src/report/sarif.js'
import { writeTextChunks } from '../../src/util/write-file.js'
import { buildSbom } from '../../src/report/sbom.js'

const FINDINGS = 100_000
const FILES = 1_000
const LINES_PER_FILE = 200
const COMPONENTS = 2_000
const RUNS = 3
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info', 'unknown']

interface PhaseResult {
  phase: string
  ms: number
  maxRssMb: number
  /** RSS once the synthetic input exists, before the measured work. */
  inputRssMb: number
  detail: string
}

/** Deterministic PRNG so every run sees the same data. */
function rng(seed: number): () => number {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    return x / 0x7fffffff
  }
}

function syntheticFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (let f = 0; f < FILES; f++) {
    const lines: string[] = []
    for (let l = 0; l < LINES_PER_FILE; l++)
      lines.push(`    value_${f}_${l} = compute(${l}, "item-${l % 17}")`)
    files.set(`pkg/mod_${f}/file_${f}.py`, lines.join('\n') + '\n')
  }
  return files
}

function syntheticFindings(count = FINDINGS): Finding[] {
  const rand = rng(42)
  const findings: Finding[] = []
  for (let i = 0; i < count; i++) {
    const tool = TOOL_NAMES[i % TOOL_NAMES.length]!
    const file = Math.floor(rand() * FILES)
    const line = 1 + Math.floor(rand() * LINES_PER_FILE)
    const severity = SEVERITIES[Math.floor(rand() * SEVERITIES.length)]!
    const dep = tool === 'safety' || tool === 'osv-scanner'
    const adv = `GHSA-${(i % 4000).toString(36).padStart(4, '0')}-aaaa-bbbb`
    findings.push({
      tool,
      ruleId: dep ? adv : `${tool}-rule-${i % 300}`,
      title: `Synthetic ${tool} rule ${i % 300}`,
      message: `Synthetic finding ${i} reported by ${tool} in file ${file} at line ${line}.`,
      severity,
      confidence: 'medium',
      cwe: [`CWE-${(i % 40) + 20}`],
      location: {
        path: dep ? 'requirements.txt' : `pkg/mod_${file}/file_${file}.py`,
        startLine: line
      },
      ...(dep
        ? {
            package: {
              ecosystem: 'PyPI',
              name: `pkg${i % COMPONENTS}`,
              version: `1.${(i % COMPONENTS) % 10}.0`,
              purl: `pkg:pypi/pkg${i % COMPONENTS}@1.${(i % COMPONENTS) % 10}.0`,
              fixedVersions: ['9.0.0']
            },
            advisory: { id: adv, aliases: [`CVE-2024-${i % 4000}`] }
          }
        : {}),
      fingerprint: `fp-${i}`
    })
  }
  return findings
}

function syntheticComponents(): Component[] {
  const out: Component[] = []
  for (let i = 0; i < COMPONENTS; i++) {
    out.push({
      ecosystem: 'PyPI',
      name: `pkg${i}`,
      version: `1.${i % 10}.0`,
      purl: `pkg:pypi/pkg${i}@1.${i % 10}.0`,
      file: 'poetry.lock',
      line: i * 10 + 1,
      hashes: [{ alg: 'SHA-256', content: (i.toString(16) + 'a'.repeat(64)).slice(0, 64) }],
      dependsOn: i > 0 ? [`pkg${Math.floor(i / 3)}`, `pkg${Math.floor(i / 7)}`] : []
    })
  }
  return out
}

function tmpFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-bench-')), name)
}

function anchorResult(phase: string, ms: number, inputRssMb: number): PhaseResult {
  return {
    phase,
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    inputRssMb,
    detail: 'anchor'
  }
}

function phaseSarif(anchorOnly: boolean): PhaseResult {
  const files = syntheticFiles()
  const findings = syntheticFindings()
  const ignore = parseIgnoreFile(
    'ignore:\n  - rule: bandit-rule-7\n    reason: bench\n  - path: "pkg/mod_1*/**"\n    tool: semgrep\n    reason: bench\n',
    'bench.yml'
  )
  const out = tmpFile('bench.sarif')
  const inputRssMb = process.memoryUsage().rss / 2 ** 20

  if (anchorOnly) {
    const a0 = performance.now()
    fs.writeFileSync(tmpFile('anchor.json'), JSON.stringify(findings))
    return anchorResult('sarif', performance.now() - a0, inputRssMb)
  }

  const t0 = performance.now()
  const policy = applyPolicy({
    findings,
    settings: { failOn: 'high', reportLevel: 'info', unknownSeverity: 'high' },
    ignore,
    today: new Date('2026-01-01')
  })
  const t1 = performance.now()
  const sarif = buildSarif({
    toolRuns: [],
    findings: policy.findings,
    category: 'bench',
    workspace: '/w',
    runguardVersion: '0',
    unknownSeverity: 'high',
    readFile: p => files.get(p)
  })
  const t2 = performance.now()
  writeTextChunks(out, sarif.chunks)
  const t3 = performance.now()
  const ms = t3 - t0
  // Not sarif.log: that parses the text back into objects, which a writer never needs.
  const results = policy.findings.length - sarif.dropped
  return {
    phase: 'sarif',
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    inputRssMb,
    detail: `${results} results in 5 runs, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB, counted ${policy.counted.length}, dropped ${sarif.dropped}; policy ${(t1 - t0).toFixed(0)} ms, SARIF ${(t2 - t1).toFixed(0)} ms, write ${(t3 - t2).toFixed(0)} ms`
  }
}

function phaseSbom(anchorOnly: boolean): PhaseResult {
  const components = syntheticComponents()
  const findings = syntheticFindings(1250).filter(f => f.package)
  const out = tmpFile('bench.cdx.json')
  const inputRssMb = process.memoryUsage().rss / 2 ** 20
  if (anchorOnly) {
    const a0 = performance.now()
    fs.writeFileSync(tmpFile('anchor.json'), JSON.stringify(components, null, 2))
    return anchorResult('sbom', performance.now() - a0, inputRssMb)
  }
  const t0 = performance.now()
  const json = buildSbom({
    components,
    findings,
    toolRuns: [],
    spec: '1.6',
    projectName: 'bench',
    runguardVersion: '0',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    timestamp: new Date(0)
  })
  fs.writeFileSync(out, json)
  const ms = performance.now() - t0
  const bom = JSON.parse(json) as { components: unknown[]; vulnerabilities?: unknown[] }
  return {
    phase: 'sbom',
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    inputRssMb,
    detail: `${bom.components.length} components, ${bom.vulnerabilities?.length ?? 0} vulnerabilities, ${(json.length / 1e6).toFixed(1)} MB`
  }
}

/**
 * Transpiles src/ and this file to plain JS in a temp dir, so the measured children do not
 * carry the TypeScript compiler the .ts loader needs (it alone is ~110 MB of RSS).
 */
async function transpileForChildren(root: string, self: string): Promise<string> {
  const ts = (await import('typescript')).default
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-report-scale-'))
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap(e =>
        e.isDirectory()
          ? walk(path.join(dir, e.name))
          : e.name.endsWith('.ts')
            ? [path.join(dir, e.name)]
            : []
      )
  for (const file of [...walk(path.join(root, 'src')), self]) {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true
      }
    })
    const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js')
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, outputText)
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(out, 'node_modules'))
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n')
  return path.join(out, path.relative(root, self)).replace(/\.ts$/, '.js')
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function main(): Promise<void> {
  const phase = process.argv[2]
  if (phase === 'sarif' || phase === 'sbom') {
    const anchorOnly = process.argv[3] === 'anchor'
    process.stdout.write(
      JSON.stringify(phase === 'sarif' ? phaseSarif(anchorOnly) : phaseSbom(anchorOnly)) + '\n'
    )
    return
  }
  const self = fileURLToPath(import.meta.url)
  const root = path.resolve(path.dirname(self), '..', '..')
  const child = await transpileForChildren(root, self)
  const load = os
    .loadavg()
    .map(l => l.toFixed(1))
    .join(' / ')
  const rows: string[] = []
  const targets: Record<string, { ms: number; rss?: number }> = {
    sarif: { ms: 2000, rss: 300 },
    sbom: { ms: 1000 }
  }
  for (const p of ['sarif', 'sbom']) {
    const results: PhaseResult[] = []
    const anchors: PhaseResult[] = []
    const spawn = (args: string[]): PhaseResult => {
      const r = spawnSync(process.execPath, [child, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 20
      })
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`)
      return JSON.parse(r.stdout.trim().split('\n').pop()!) as PhaseResult
    }
    for (let i = 0; i < RUNS; i++) {
      results.push(spawn([p]))
      anchors.push(spawn([p, 'anchor']))
    }
    const ms = median(results.map(r => r.ms))
    const anchor = median(anchors.map(r => r.ms))
    const rss = Math.max(...results.map(r => r.maxRssMb))
    const t = targets[p]!
    const verdict =
      ms <= t.ms && (t.rss === undefined || rss <= t.rss) ? 'within target' : 'OVER target'
    rows.push(
      `| ${p} | ${results[0]!.detail} | ${ms.toFixed(0)} ms | ${anchor.toFixed(0)} ms | ${(ms / anchor).toFixed(1)}× | ${rss.toFixed(0)} MB (input alone ${median(results.map(r => r.inputRssMb)).toFixed(0)} MB) | ≤ ${t.ms} ms${t.rss ? `, ≤ ${t.rss} MB` : ''} (${verdict}) |`
    )
    console.log(rows[rows.length - 1])
  }
  const md = [
    '## Report scale, in-process (SARIF, policy, SBOM): diagnostic',
    '',
    "**Diagnostic, not a user-facing number:** each phase runs in a child process of its own, but the time is taken inside it around the report code (no CLI, no scanners) to show how the writers scale; peak RSS is the whole child's. The numbers a user sees are the whole-process benchmarks (`bench/startup`, `bench/scan-e2e`, and `bench/report-scale` without `--diagnostic`).",
    '',
    `Command: \`node --import ./bench/register.mjs bench/report-scale/run.ts --diagnostic\` (Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}; median of ${RUNS} runs, each phase and each anchor in its own process; load average at the start ${load}, the machine is shared). Peak RSS is the child's maxRSS, max over runs; it includes Node itself and the synthetic input, whose RSS alone is shown in parentheses.`,
    '',
    'SARIF phase = `applyPolicy` (dedupe, 2 suppressions) + `buildSarif` (line hashes over 1,000 files of 200 lines, limits, gzip check) + write, for 100,000 findings across 5 tools. SBOM phase = `buildSbom` (spec 1.6) + write for 2,000 components with a dependency graph and 500 dependency findings. Anchor = `JSON.stringify` + write of the same raw input (generated the same way, in a separate process): the least any writer of that data must do.',
    '',
    '| phase | output | time | anchor | ratio | peak RSS (process) | target |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    "Notes: times scale with machine load (this machine is shared; compare the ratio to the anchor rather than absolute times across runs). In the SARIF phase, hashing 8.6 MB of source for `primaryLocationLineHash` (codeql-action's algorithm, needed because runguard uploads through the REST API) is about a tenth of the time; the rest is building 53 MB of JSON (and the garbage collection it causes) and the gzip size check. The SARIF text is produced in ~1 MB chunks (`writeTextChunks`), never as an object graph; about half of the peak RSS is Node plus the 100,000 input findings themselves; the work adds ~200 MB (the 53 MB output held for the size check and the upload, policy indexes, line hashes, garbage not yet collected), so the absolute 300 MB target is missed.",
    ''
  ].join('\n')
  const doc = path.join(root, 'docs', 'benchmarks', 'report-scale-diagnostic.md')
  fs.mkdirSync(path.dirname(doc), { recursive: true })
  fs.writeFileSync(doc, md)
  console.log(`wrote ${path.relative(process.cwd(), doc)}`)
}

await main()
