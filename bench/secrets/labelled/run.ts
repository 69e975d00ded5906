/**
 * Recall and precision on independent labelled cases (other projects' detector tests, see
 * README.md here), for runguard, gitleaks and detect-secrets in the same run, with the cases
 * written both as `<id>.txt` and with no extension. Reads the case texts from a directory
 * given on the command line (built by extract.ts outside the repository) and checks them
 * against the committed manifest; fetches nothing.
 *
 *   node --import ./bench/register.mjs bench/secrets/labelled/run.ts --cases DIR
 *        [--runguard dist|src] [--work DIR] [--anchor-timeout 600] [--no-doc]
 *
 * Scoring is per case: a tool flags a case when it reports anything in that file.
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
} from '../anchors.js'
import { contentHash, SOURCES, type Source } from './extract.js'

interface Case {
  id: string
  positive: boolean
  source: Source
  origin: string
}

interface Score {
  tp: number
  fp: number
  fn: number
  tn: number
  precision: number
  recall: number
  f1: number
}

const HERE = path.dirname(fileURLToPath(import.meta.url))
const REPO = path.resolve(HERE, '..', '..', '..')

const SOURCE_OF: Record<string, Source> = { th: 'trufflehog', np: 'noseyparker', cs: 'credsweeper' }

/** The committed manifest: ids, labels, hashes (the texts live outside the repository). */
export function readManifest(file = path.join(HERE, 'manifest.tsv')): {
  cases: Array<Case & { hash: string }>
  sources: string[]
} {
  const cases: Array<Case & { hash: string }> = []
  const sources: string[] = []
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# source ')) sources.push(line.slice('# source '.length))
    if (!line || line.startsWith('#')) continue
    const [id, label, hash, origin] = line.split('\t') as [string, string, string, string]
    const source = SOURCE_OF[id.split('-')[0] as string]
    if (!source) throw new Error(`manifest: unknown source prefix in ${id}`)
    cases.push({ id, positive: label === '1', hash, origin, source })
  }
  return { cases, sources }
}

export function score(cases: readonly Case[], flagged: ReadonlySet<string>): Score {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  for (const c of cases) {
    const hit = flagged.has(c.id)
    if (c.positive && hit) tp++
    else if (c.positive) fn++
    else if (hit) fp++
    else tn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, tn, precision, recall, f1 }
}

const pct = (x: number): string => (x * 100).toFixed(1)

function main(): void {
  const argv = process.argv.slice(2)
  const opt = (name: string, def?: string): string | undefined => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? (argv[i + 1] ?? def) : def
  }
  const casesDir = opt('cases')
  const md: string[] = []
  const log = (line = ''): void => {
    console.log(line)
    md.push(line)
  }
  const { cases: manifest, sources } = readManifest()
  if (!casesDir || !fs.existsSync(path.join(casesDir, 'cases'))) {
    console.log(
      `labelled cases: skipped — no case directory (--cases DIR with DIR/cases/<id>); build it with bench/secrets/labelled/extract.ts (README.md). The manifest lists ${manifest.length} cases.`
    )
    return
  }
  const work = opt('work', path.join(os.tmpdir(), 'rg-bench-labelled')) as string
  const timeoutMs = Number(opt('anchor-timeout', '600')) * 1000
  const from = (opt('runguard', 'dist') as 'dist' | 'src') === 'src' ? 'src' : 'dist'
  const command = runguardCommand(REPO, from)
  // --only runguard: a quick look while tuning, without the anchors (not for published numbers).
  const only = (opt('only', 'runguard,gitleaks,detect-secrets') as string).split(',')

  // Only cases whose text matches the manifest hash are scored.
  const usable: Case[] = []
  let missing = 0
  let changed = 0
  const texts = new Map<string, string>()
  for (const c of manifest) {
    const file = path.join(casesDir, 'cases', c.id)
    if (!fs.existsSync(file)) {
      missing++
      continue
    }
    const text = fs.readFileSync(file, 'utf8')
    if (contentHash(text) !== c.hash) {
      changed++
      continue
    }
    usable.push(c)
    texts.set(c.id, text)
  }

  fs.rmSync(work, { recursive: true, force: true })
  const layouts = { txt: (id: string) => `${id}.txt`, 'no extension': (id: string) => id }
  const results = new Map<string, Map<string, ToolResult>>()
  for (const [layout, name] of Object.entries(layouts)) {
    const dir = path.join(work, layout === 'txt' ? 'txt' : 'noext', 'cases')
    fs.mkdirSync(dir, { recursive: true })
    for (const c of usable) fs.writeFileSync(path.join(dir, name(c.id)), texts.get(c.id) as string)
    const root = path.dirname(dir)
    const runs = new Map<string, ToolResult>()
    runs.set('runguard', runRunguard(root, command, work, timeoutMs))
    if (only.includes('gitleaks')) runs.set('gitleaks', runGitleaks(root, work, timeoutMs))
    if (only.includes('detect-secrets'))
      runs.set('detect-secrets', runDetectSecrets(root, work, timeoutMs))
    results.set(layout, runs)
  }

  const count = (s: Source, p: boolean): number =>
    usable.filter(c => c.source === s && c.positive === p).length
  log('## Independent labelled cases')
  log()
  log(
    `Command: \`node --import ./bench/register.mjs bench/secrets/labelled/run.ts ${argv.join(' ')}\`. Machine: ${machineLine()}. runguard from ${from === 'dist' ? 'the built CLI (`dist/cli/index.js`)' : 'the TypeScript sources'}; anchors gitleaks ${ANCHOR_VERSIONS.gitleaks} (\`dir\`, default config), detect-secrets ${ANCHOR_VERSIONS['detect-secrets']} (\`scan --all-files\`, default plugins).`
  )
  log()
  log(
    `${usable.length} cases (${usable.filter(c => c.positive).length} positive, ${usable.filter(c => !c.positive).length} negative) from other projects' detector tests, labelled by those projects (rules in \`bench/secrets/labelled/README.md\`, ids and hashes in \`manifest.tsv\`): ${(Object.keys(SOURCES) as Source[]).map(s => `${s} ${count(s, true)} + ${count(s, false)}`).join(', ')}.${missing || changed ? ` Not scored: ${missing} missing, ${changed} whose text differs from the manifest.` : ''}`
  )
  log()
  log(`Sources: ${sources.map(s => s.split(' ').slice(0, 3).join(' ')).join('; ')}.`)
  log()
  log('| layout | tool | status | precision % | recall % | F1 | TP | FP | FN | time s |')
  log('|---|---|---|---|---|---|---|---|---|---|')
  const flaggedBy = new Map<string, Set<string>>()
  for (const [layout, runs] of results) {
    for (const [tool, r] of runs) {
      if (r.status !== 'ok') {
        log(`| ${layout} | ${tool} | ${r.status}${r.note ? `: ${r.note}` : ''} | | | | | | | |`)
        continue
      }
      const flagged = new Set(r.hits.map(h => path.posix.basename(h.file).replace(/\.txt$/, '')))
      flaggedBy.set(`${layout}/${tool}`, flagged)
      const s = score(usable, flagged)
      log(
        `| ${layout} | ${tool} | ok | ${pct(s.precision)} | ${pct(s.recall)} | ${s.f1.toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn} | ${r.seconds.toFixed(1)} |`
      )
    }
  }
  log()
  log('### By source (F1; precision % / recall %)')
  log()
  const columns = [...flaggedBy.keys()]
  log(`| source | ${columns.join(' | ')} |`)
  log(`|---|${columns.map(() => '---').join('|')}|`)
  for (const s of Object.keys(SOURCES) as Source[]) {
    const subset = usable.filter(c => c.source === s)
    log(
      `| ${s} | ${columns
        .map(k => {
          const sc = score(subset, flaggedBy.get(k) as Set<string>)
          return `${sc.f1.toFixed(3)} (${pct(sc.precision)} / ${pct(sc.recall)})`
        })
        .join(' | ')} |`
    )
  }
  log()
  // Misses and false alarms, for the analysis (ids only: the texts stay outside the repo).
  const detail: string[] = []
  for (const [key, flagged] of flaggedBy) {
    if (!key.endsWith('/runguard')) continue
    const fn = usable.filter(c => c.positive && !flagged.has(c.id))
    const fp = usable.filter(c => !c.positive && flagged.has(c.id))
    detail.push(`## ${key}: ${fn.length} missed, ${fp.length} false alarms`)
    detail.push('### missed', ...fn.map(c => `${c.id}\t${c.origin}`))
    detail.push('### false alarms', ...fp.map(c => `${c.id}\t${c.origin}`))
  }
  const detailFile = path.join(work, 'runguard-misses.txt')
  fs.writeFileSync(detailFile, detail.join('\n') + '\n')
  console.log(`\nrunguard's misses and false alarms by case id: ${detailFile}`)
  if (!argv.includes('--no-doc')) {
    const out = path.join(REPO, 'docs', 'benchmarks', 'secrets-labelled.md')
    fs.writeFileSync(out, md.join('\n') + '\n')
    console.log(`wrote ${out}`)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main()
