/**
 * Findings per MB and throughput on large clean real repositories, runguard next to gitleaks
 * and detect-secrets in the same run, every tool timed as a whole process (start-up included)
 * with its peak RSS. Each subdirectory of --repos is one repository (a checkout fetched outside
 * this repository; `SOURCES.tsv` there, if present, names each one's URL and commit). Every
 * finding on a clean repository is a false alarm or a real key kept on purpose (a test
 * fixture): runguard's are all listed, by rule, for the analysis.
 *
 *   node --import ./bench/register.mjs bench/secrets/repos.ts --repos DIR
 *        [--runguard dist|src] [--work DIR] [--anchor-timeout 900] [--no-doc] [--workers 0,1,2]
 *
 * --workers runs runguard once per listed RUNGUARD_SECRET_WORKERS value (0 = in-thread; n = the
 * main thread and n workers), so the per-core rate (MB per CPU second) and the scaling over cores
 * are measured in the same run.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ANCHOR_VERSIONS,
  machineLine,
  runDetectSecrets,
  runGitleaks,
  runguardCommand,
  runRunguard,
  type ToolResult
} from './anchors.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const REPO = path.resolve(HERE, '..', '..')
const TOOLS = ['runguard', 'gitleaks', 'detect-secrets'] as const

/** runguard with RUNGUARD_SECRET_WORKERS set for the one run (a bench-only knob). */
function withWorkers(workers: string | undefined, run: () => ToolResult): ToolResult {
  if (workers === undefined) return run()
  process.env.RUNGUARD_SECRET_WORKERS = workers
  try {
    return { ...run(), tool: `runguard w=${workers}` }
  } finally {
    delete process.env.RUNGUARD_SECRET_WORKERS
  }
}

/** Bytes and files of a tree (what every tool is handed; .git excluded). */
export function treeSize(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile()) {
        bytes += fs.statSync(p).size
        files++
      }
    }
  }
  walk(dir)
  return { bytes, files }
}

function main(): void {
  const argv = process.argv.slice(2)
  const opt = (name: string, def?: string): string | undefined => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? (argv[i + 1] ?? def) : def
  }
  const reposDir = opt('repos')
  if (!reposDir || !fs.existsSync(reposDir)) {
    console.log(
      'clean repositories: skipped — no --repos DIR (one checkout per subdirectory, e.g. requests, flask, sqlalchemy, webpack, fetched outside this repository)'
    )
    return
  }
  const work = opt('work', path.join(os.tmpdir(), 'rg-bench-repos')) as string
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const timeoutMs = Number(opt('anchor-timeout', '900')) * 1000
  const from = (opt('runguard', 'dist') as 'dist' | 'src') === 'src' ? 'src' : 'dist'
  const command = runguardCommand(REPO, from)
  // --only runguard: a quick look while tuning, without the anchors (not for published numbers).
  const only = (opt('only', TOOLS.join(',')) as string).split(',')
  const workerCounts: Array<string | undefined> = opt('workers')?.split(',') ?? [undefined]
  const sources = new Map<string, string>()
  const sourcesFile = path.join(reposDir, 'SOURCES.tsv')
  if (fs.existsSync(sourcesFile))
    for (const line of fs.readFileSync(sourcesFile, 'utf8').split('\n')) {
      const [name, url, commit] = line.split('\t')
      if (name && url) sources.set(name, `${url}${commit ? ` @ ${commit.slice(0, 12)}` : ''}`)
    }
  const repos = fs
    .readdirSync(reposDir, { withFileTypes: true })
    .filter(e => e.isDirectory())
    .map(e => e.name)
    .sort()

  const md: string[] = []
  const log = (line = ''): void => {
    console.log(line)
    md.push(line)
  }
  log('## Clean real repositories')
  log()
  log(
    `Command: \`node --import ./bench/register.mjs bench/secrets/repos.ts ${argv.join(' ')}\`. Machine: ${machineLine()}. Every tool is one whole process per repository, run one after the other on the same tree: runguard ${from === 'dist' ? '`dist/cli/index.js scan --scanners secrets`' : 'from the TypeScript sources'} (Node start, settings, inventory and reports included), gitleaks ${ANCHOR_VERSIONS.gitleaks} \`dir\`, detect-secrets ${ANCHOR_VERSIONS['detect-secrets']} \`scan --all-files\`. Peak RSS by GNU time.`
  )
  log()
  log(
    `Repositories: ${repos.map(r => `${r} (${sources.get(r) ?? 'source not recorded'})`).join(', ')}.`
  )
  log()
  log(
    '| repository | MB | files | tool | findings | per MB | time s | MB/s | CPU s | MB per CPU s | peak RSS MiB |'
  )
  log('|---|---|---|---|---|---|---|---|---|---|---|')
  const toolNames = [
    ...workerCounts.map(w => (w === undefined ? 'runguard' : `runguard w=${w}`)),
    ...TOOLS.filter(t => t !== 'runguard' && only.includes(t))
  ]
  const totals = new Map<
    string,
    { findings: number; seconds: number; cpu: number; rss: number; ok: boolean }
  >(toolNames.map(t => [t, { findings: 0, seconds: 0, cpu: 0, rss: 0, ok: true }]))
  let totalBytes = 0
  const ours: Array<{ repo: string; file: string; line: number; rule: string }> = []
  for (const repo of repos) {
    const dir = path.join(reposDir, repo)
    const size = treeSize(dir)
    totalBytes += size.bytes
    const mb = size.bytes / 1e6
    const runs: ToolResult[] = [
      ...workerCounts.map(w => withWorkers(w, () => runRunguard(dir, command, work, timeoutMs))),
      ...(only.includes('gitleaks') ? [runGitleaks(dir, work, timeoutMs)] : []),
      ...(only.includes('detect-secrets') ? [runDetectSecrets(dir, work, timeoutMs)] : [])
    ]
    for (const r of runs) {
      const t = totals.get(r.tool)
      if (!t) continue
      if (r.status !== 'ok') {
        t.ok = false
        log(
          `| ${repo} | ${mb.toFixed(1)} | ${size.files} | ${r.tool} | ${r.status}${r.note ? `: ${r.note}` : ''} | | ${r.seconds.toFixed(1)} | | | | |`
        )
        continue
      }
      t.findings += r.hits.length
      t.seconds += r.seconds
      t.cpu += r.cpuSeconds ?? NaN
      t.rss = Math.max(t.rss, r.maxRssMb ?? 0)
      log(
        `| ${repo} | ${mb.toFixed(1)} | ${size.files} | ${r.tool} | ${r.hits.length} | ${(r.hits.length / mb).toFixed(2)} | ${r.seconds.toFixed(1)} | ${(mb / r.seconds).toFixed(1)} | ${r.cpuSeconds?.toFixed(1) ?? '?'} | ${r.cpuSeconds ? (mb / r.cpuSeconds).toFixed(1) : '?'} | ${r.maxRssMb?.toFixed(0) ?? '?'} |`
      )
      if (r.tool === toolNames[0]) for (const h of r.hits) ours.push({ repo, ...h })
    }
  }
  log()
  const mb = totalBytes / 1e6
  log(`All ${repos.length} repositories, ${mb.toFixed(1)} MB:`)
  log()
  log('| tool | findings | per MB | time s | MB/s | CPU s | MB per CPU s | max peak RSS MiB |')
  log('|---|---|---|---|---|---|---|---|')
  for (const [tool, t] of totals) {
    if (!t.ok) {
      log(`| ${tool} | incomplete (see above) | | | | | | |`)
      continue
    }
    log(
      `| ${tool} | ${t.findings} | ${(t.findings / mb).toFixed(3)} | ${t.seconds.toFixed(1)} | ${(mb / t.seconds).toFixed(1)} | ${Number.isNaN(t.cpu) ? '?' : t.cpu.toFixed(1)} | ${Number.isNaN(t.cpu) ? '?' : (mb / t.cpu).toFixed(1)} | ${t.rss ? t.rss.toFixed(0) : '?'} |`
    )
  }
  const rg = totals.get(toolNames[0] as string)
  const gl = totals.get('gitleaks')
  if (rg?.ok && gl?.ok && rg.seconds > 0)
    log(
      `\nThroughput ratio runguard / gitleaks (whole processes, same trees): **${(gl.seconds / rg.seconds).toFixed(2)}×** (runguard: one Node process; gitleaks: all ${os.cpus().length} cores).`
    )
  log()
  const byRule = new Map<string, number>()
  for (const h of ours) byRule.set(h.rule, (byRule.get(h.rule) ?? 0) + 1)
  log(
    `runguard findings by rule: ${
      [...byRule.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`
  )
  log()
  log('<details><summary>every runguard finding (repository/path:line rule)</summary>')
  log()
  for (const h of ours) log(`- ${h.repo}/${h.file}:${h.line} ${h.rule}`)
  log()
  log('</details>')
  if (!argv.includes('--no-doc')) {
    const out = path.join(REPO, 'docs', 'benchmarks', 'secrets-repos.md')
    fs.writeFileSync(out, md.join('\n') + '\n')
    console.log(`wrote ${out}`)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main()
