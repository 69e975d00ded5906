// Wall time of runScanners with every tool at once vs each tool alone (sum and slowest), on a
// copy of examples/ with its offline OSV and Safety databases, in the same run.
//
//   (scanners on PATH; scripts/bench.sh puts the ones scripts/setup.sh installed there) \
//     node --import ./bench/register.mjs bench/scan-parallel/run.ts [repetitions=3]
//
// Target: parallel wall time <= 1.1 × the slowest tool alone.
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { settingsSchema } from '../../src/config/schema.js'
import { execFile } from '../../src/exec.js'
import { discoverComponents } from '../../src/inventory/index.js'
import { RecordingLogger } from '../../__tests__/helpers/recording-logger.js'
import { TOOL_NAMES, type ToolName, type ToolRun } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import { runScanners } from '../../src/scanners/run.js'

const reps = Number(process.argv[2] ?? 3)
const root = process.cwd()
const examples = path.join(root, 'examples')
const fromExamples = existsSync(path.join(examples, 'app.py'))
const source = fromExamples ? examples : path.join(root, '__tests__/fixtures/scan-project')
const workspace = mkdtempSync(path.join(os.tmpdir(), 'rg-bench-scan-'))
cpSync(source, workspace, { recursive: true })
const hasDb = (d: string): boolean => existsSync(path.join(workspace, '.runguard', d))

const logger = new RecordingLogger()
const inventory = await discoverComponents(workspace, [workspace], logger)

async function timed(scanners: ToolName[]): Promise<{ ms: number; runs: ToolRun[] }> {
  const settings = settingsSchema.parse({
    workspace,
    scanners,
    maxParallel: TOOL_NAMES.length,
    installTools: false,
    exclude: ['.runguard'],
    ...(hasDb('osv-db') ? { osvDb: '.runguard/osv-db' } : {}),
    ...(hasDb('safety-db') ? { safetyDb: '.runguard/safety-db' } : {})
  })
  const started = performance.now()
  const runs = await runScanners({
    settings,
    logger,
    exec: execFile,
    env: process.env,
    redactor: createRedactor(),
    components: inventory.components
  })
  return { ms: performance.now() - started, runs }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const tools = [...TOOL_NAMES]
const parallel: number[] = []
const alone: Record<string, number[]> = Object.fromEntries(tools.map(t => [t, []]))
let statuses = ''
// Warm-up: first runs pay for Python imports and semgrep-core start from a cold page cache.
await timed(tools)
for (let i = 0; i < reps; i++) {
  // Alternate the order so drift in machine load hits both sides alike.
  const all = async (): Promise<void> => {
    const r = await timed(tools)
    parallel.push(r.ms)
    statuses = r.runs.map(x => `${x.tool}:${x.status}`).join(' ')
  }
  const each = async (): Promise<void> => {
    for (const t of tools) alone[t]!.push((await timed([t])).ms)
  }
  if (i % 2 === 0) {
    await all()
    await each()
  } else {
    await each()
    await all()
  }
}

const med = Object.fromEntries(tools.map(t => [t, median(alone[t]!)]))
const sum = tools.reduce((s, t) => s + med[t]!, 0)
const slowestTool = tools.reduce((a, b) => (med[a]! >= med[b]! ? a : b))
const slowest = med[slowestTool]!
const wall = median(parallel)
const s = (ms: number): string => (ms / 1000).toFixed(2)
const load = os.loadavg()[0]!.toFixed(1)
const cpu = `${os.cpus().length} vCPU, ${os.cpus()[0]?.model ?? 'unknown CPU'}`

const lines = [
  '### Scanner parallelism',
  '',
  `runScanners on ${fromExamples ? '`examples/`' : '`__tests__/fixtures/scan-project/` (examples/ was empty)'} ` +
    `with ${hasDb('osv-db') ? 'its offline OSV and Safety databases' : 'no offline databases'}; ` +
    `all five tools at once (maxParallel 5) vs each tool alone, one after another; median of ${reps} ` +
    `repetitions after one warm-up, order alternated. Statuses in the parallel run: ${statuses}.`,
  '**Diagnostic, not a user-facing number:** it times `runScanners` inside this Node process (no Node start, no config, no reports) to show how the tools overlap; the whole `runguard scan` against the slowest tool alone is `bench/scan-e2e`. The numbers a user sees are the whole-process benchmarks above (`bench/startup`, `bench/scan-e2e`).',
  '',
  `Machine: ${cpu}, load average ${load} at the end.`,
  '',
  '| measure | seconds |',
  '|---|---|',
  ...tools.map(t => `| ${t} alone | ${s(med[t]!)} |`),
  `| sum of tools alone | ${s(sum)} |`,
  `| slowest alone (${slowestTool}) | ${s(slowest)} |`,
  `| all in parallel | ${s(wall)} |`,
  '',
  `Ratios: parallel / slowest = **${(wall / slowest).toFixed(2)}** (target <= 1.1); ` +
    `parallel / sum = ${(wall / sum).toFixed(2)}. Per-repetition parallel: ${parallel.map(s).join(', ')} s.`,
  '',
  'Command (scanners on PATH, as `bash scripts/bench.sh` sets up): `' +
    `node --import ./bench/register.mjs bench/scan-parallel/run.ts ${reps}\``,
  ''
]
const text = lines.join('\n')
process.stdout.write(text + '\n')
mkdirSync(path.join(root, 'docs', 'benchmarks'), { recursive: true })
writeFileSync(path.join(root, 'docs', 'benchmarks', 'scan-parallel.md'), text)
