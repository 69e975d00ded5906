/**
 * Secret-detector benchmark: precision/recall/F1 per rule family on a generated labeled corpus,
 * throughput (MB/s) and false findings per 10 MB on a large realistic tree (the installed Python
 * standard library and site-packages), and per-rule adversarial timing — with gitleaks,
 * detect-secrets and secretlint run on the same inputs in the same run.
 *
 *   node --import ./bench/register.mjs bench/secrets/run.ts [--files 480] [--per-rule 8]
 *        [--tree-source DIR]... [--no-tree] [--anchor-timeout 900] [--no-doc]
 *
 * Writes docs/benchmarks/secrets.md unless `--no-doc`. gitleaks and detect-secrets are the
 * pinned ones `bench/secrets/install-anchors.sh` installs (looked up by `./anchors.ts`, like the
 * labelled and repository benchmarks); secretlint is looked up in the same directory.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from '../../__tests__/helpers/recording-logger.js'
import { createRedactor } from '../../src/redact.js'
import { secretsAdapter } from '../../src/scanners/secrets.js'
import { walkFiles } from '../../src/secrets/files.js'
import { RULES, scanText } from '../../src/secrets/index.js'
import { createTestSettings } from '../../__tests__/helpers/settings.js'
import { ANCHORS_DIR, DETECT_SECRETS, GITLEAKS, gitleaksArgs } from './anchors.js'
import { writeCorpus, type Label } from './corpus.js'

interface Hit {
  file: string
  line: number
  rule: string
}

interface ToolResult {
  tool: string
  status: 'ok' | 'absent' | 'failed' | 'timed-out'
  note?: string
  seconds: number
  hits: Hit[]
}

const argv = process.argv.slice(2)
const opt = (name: string, def: string): string => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? (argv[i + 1] ?? def) : def
}
const treeSources = argv.flatMap((a, i) => (a === '--tree-source' ? [argv[i + 1] as string] : []))
const WORK = opt('work', path.join(os.tmpdir(), 'rg-bench-secrets'))
const FILES = Number(opt('files', '480'))
const PER_RULE = Number(opt('per-rule', '8'))
const ANCHOR_TIMEOUT = Number(opt('anchor-timeout', '900')) * 1000
const SECRETLINT_PREFIX = path.join(ANCHORS_DIR, 'secretlint')
const SECRETLINT =
  process.env.SECRETLINT ?? path.join(SECRETLINT_PREFIX, 'node_modules', '.bin', 'secretlint')

const rel = (root: string, p: string): string =>
  path.relative(root, path.resolve(root, p)).split(path.sep).join('/')

async function runRunguard(dir: string): Promise<ToolResult & { bytes: number }> {
  const settings = createTestSettings({ workspace: dir, secretsMaxFileSize: 5 * 1024 * 1024 })
  const ctx = {
    settings,
    workspace: dir,
    paths: [dir],
    exec: execFile,
    env: process.env,
    logger: new RecordingLogger(),
    redactor: createRedactor(),
    components: [],
    timeoutMs: 3_600_000
  }
  const t0 = performance.now()
  const run = await secretsAdapter.scan(ctx, await secretsAdapter.detect(ctx))
  const seconds = (performance.now() - t0) / 1000
  // Bytes runguard actually read (after .gitignore, allowlist and size limit).
  const walked = await walkFiles([dir], {
    workspace: dir,
    maxFileSize: 5 * 1024 * 1024,
    exclude: []
  })
  return {
    tool: 'runguard',
    status: run.status === 'ok' ? 'ok' : 'failed',
    seconds,
    bytes: walked.files.reduce((a, f) => a + f.size, 0),
    hits: run.findings.map(f => ({
      file: f.location.path,
      line: f.location.startLine,
      rule: f.ruleId
    }))
  }
}

function exists(bin: string): boolean {
  return fs.existsSync(bin) || spawnSync('which', [bin]).status === 0
}

function timed(
  cmd: string,
  args: string[],
  cwd: string
): { seconds: number; status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const t0 = performance.now()
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout: ANCHOR_TIMEOUT
  })
  const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
  return {
    seconds: (performance.now() - t0) / 1000,
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    timedOut
  }
}

function runGitleaks(dir: string): ToolResult {
  if (!exists(GITLEAKS))
    return {
      tool: 'gitleaks',
      status: 'absent',
      note: `${GITLEAKS} not found (bash bench/secrets/install-anchors.sh)`,
      seconds: 0,
      hits: []
    }
  const report = path.join(WORK, `gitleaks-${path.basename(dir)}.json`)
  const r = timed(GITLEAKS, gitleaksArgs(dir, report), WORK)
  if (r.timedOut) return { tool: 'gitleaks', status: 'timed-out', seconds: r.seconds, hits: [] }
  if (r.status !== 0)
    return {
      tool: 'gitleaks',
      status: 'failed',
      note: r.stderr.slice(0, 200),
      seconds: r.seconds,
      hits: []
    }
  const data = JSON.parse(fs.readFileSync(report, 'utf8')) as Array<{
    File: string
    StartLine: number
    RuleID: string
  }>
  return {
    tool: 'gitleaks',
    status: 'ok',
    seconds: r.seconds,
    hits: data.map(d => ({ file: rel(dir, d.File), line: d.StartLine, rule: d.RuleID }))
  }
}

function runDetectSecrets(dir: string): ToolResult {
  if (!exists(DETECT_SECRETS))
    return {
      tool: 'detect-secrets',
      status: 'absent',
      note: `${DETECT_SECRETS} not found (bash bench/secrets/install-anchors.sh)`,
      seconds: 0,
      hits: []
    }
  const r = timed(DETECT_SECRETS, ['scan', '--all-files', '.'], dir)
  if (r.timedOut)
    return {
      tool: 'detect-secrets',
      status: 'timed-out',
      note: `stopped after ${ANCHOR_TIMEOUT / 1000}s`,
      seconds: r.seconds,
      hits: []
    }
  if (r.status !== 0)
    return {
      tool: 'detect-secrets',
      status: 'failed',
      note: r.stderr.slice(0, 200),
      seconds: r.seconds,
      hits: []
    }
  const data = JSON.parse(r.stdout) as {
    results: Record<string, Array<{ type: string; line_number: number }>>
  }
  const hits = Object.entries(data.results).flatMap(([file, items]) =>
    items.map(i => ({ file: rel(dir, file), line: i.line_number, rule: i.type }))
  )
  return { tool: 'detect-secrets', status: 'ok', seconds: r.seconds, hits }
}

function runSecretlint(dir: string): ToolResult {
  if (!exists(SECRETLINT))
    return {
      tool: 'secretlint',
      status: 'absent',
      note: `${SECRETLINT} not found (npm i --prefix ${SECRETLINT_PREFIX} secretlint @secretlint/secretlint-rule-preset-recommend)`,
      seconds: 0,
      hits: []
    }
  const rc = path.join(WORK, 'secretlintrc.json')
  fs.writeFileSync(
    rc,
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] })
  )
  // --output: on a pipe, secretlint exits before Node has flushed a large stdout.
  const report = path.join(WORK, `secretlint-${path.basename(dir)}.json`)
  fs.rmSync(report, { force: true })
  const r = timed(
    SECRETLINT,
    ['**/*', '--format', 'json', '--secretlintrc', rc, '--no-color', '--output', report],
    dir
  )
  if (r.timedOut)
    return {
      tool: 'secretlint',
      status: 'timed-out',
      note: `stopped after ${ANCHOR_TIMEOUT / 1000}s`,
      seconds: r.seconds,
      hits: []
    }
  let data: Array<{
    filePath: string
    messages: Array<{ ruleId: string; loc: { start: { line: number } } }>
  }>
  try {
    data = JSON.parse(fs.readFileSync(report, 'utf8')) as typeof data
  } catch {
    return {
      tool: 'secretlint',
      status: 'failed',
      note: (r.stderr || r.stdout).slice(0, 200),
      seconds: r.seconds,
      hits: []
    }
  }
  const hits = data.flatMap(d =>
    d.messages.map(m => ({ file: rel(dir, d.filePath), line: m.loc.start.line, rule: m.ruleId }))
  )
  return { tool: 'secretlint', status: 'ok', seconds: r.seconds, hits }
}

interface Score {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

function score(
  labels: Label[],
  hits: Hit[]
): { total: Score; families: Map<string, Score>; fpByFamily: Map<string, number> } {
  const byFile = new Map<string, Label[]>()
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l])
  const found = new Set<Label>()
  const fpByFamily = new Map<string, number>()
  // One finding per (file, line) counts once, whatever the number of rules that hit it.
  const seen = new Set<string>()
  for (const h of hits) {
    const key = `${h.file}:${h.line}`
    if (seen.has(key)) continue
    seen.add(key)
    const match = (byFile.get(h.file) ?? []).find(l => l.start <= h.line && h.line <= l.end)
    if (match?.positive) found.add(match)
    else {
      const fam = match ? `${match.family} (hard negative)` : 'unlabeled line'
      fpByFamily.set(fam, (fpByFamily.get(fam) ?? 0) + 1)
    }
  }
  const mk = (tp: number, fp: number, fn: number): Score => {
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
    return {
      tp,
      fp,
      fn,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    }
  }
  const positives = labels.filter(l => l.positive)
  const fpTotal = [...fpByFamily.values()].reduce((a, b) => a + b, 0)
  const families = new Map<string, Score>()
  for (const fam of [...new Set(positives.map(l => l.family))].sort()) {
    const fl = positives.filter(l => l.family === fam)
    const tp = fl.filter(l => found.has(l)).length
    const fp = fpByFamily.get(`${fam} (hard negative)`) ?? 0
    families.set(fam, mk(tp, fp, fl.length - tp))
  }
  return { total: mk(found.size, fpTotal, positives.length - found.size), families, fpByFamily }
}

function textBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
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

function buildTree(dest: string, sources: string[]): void {
  if (fs.existsSync(path.join(dest, '.complete'))) return
  fs.rmSync(dest, { recursive: true, force: true })
  fs.mkdirSync(dest, { recursive: true })
  sources.forEach((src, i) => {
    // Neutral directory names: both tools' default path allowlists skip `site-packages`.
    const target = path.join(
      dest,
      `part${i}-${path.basename(src).replace('site-packages', 'pkgs')}`
    )
    spawnSync('cp', ['-r', src, target])
  })
  spawnSync('find', [
    dest,
    '-name',
    '__pycache__',
    '-type',
    'd',
    '-prune',
    '-exec',
    'rm',
    '-rf',
    '{}',
    '+'
  ])
  // The interpreter's own site-packages inside the stdlib dir is a separate install: drop it
  // (a venv's site-packages given as a source of its own was renamed above).
  spawnSync('find', [
    dest,
    '-type',
    'd',
    '-name',
    'site-packages',
    '-prune',
    '-exec',
    'rm',
    '-rf',
    '{}',
    '+'
  ])
  spawnSync('find', [
    dest,
    '-type',
    'f',
    '(',
    '-name',
    '*.pyc',
    '-o',
    '-name',
    '*.so',
    '-o',
    '-size',
    '+5M',
    ')',
    '-delete'
  ])
  spawnSync('find', [dest, '-type', 'l', '-delete'])
  fs.writeFileSync(path.join(dest, '.complete'), '')
}

/** Adversarial inputs per rule: keywords followed by long runs that almost match. */
function adversarial(): Array<{ rule: string; mbPerS: number; worst: string }> {
  const results: Array<{ rule: string; mbPerS: number; worst: string }> = []
  const size = 1024 * 1024
  for (const rule of RULES) {
    let worst = Infinity
    let worstName = ''
    for (const kw of rule.keywords) {
      const inputs: Record<string, string> = {
        'keyword + 300 x "a", many lines': `${kw}${'a'.repeat(300)}\n`,
        'keyword back to back, one line': kw,
        'keyword = quoted base64 run': `${kw}_x = "${'Ab1+/'.repeat(60)}`,
        'keyword + separators run': `${kw}${'-_.:=/ '.repeat(40)}`,
        'PEM header without END': `-----BEGIN PRIVATE KEY-----\n${'QUJD'.repeat(4000)}\n`
      }
      for (const [name, unit] of Object.entries(inputs)) {
        const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
        const t0 = performance.now()
        scanText(text, { path: 'x.env' })
        const s = (performance.now() - t0) / 1000
        const mbps = 1 / s
        if (mbps < worst) {
          worst = mbps
          worstName = `${name} (${kw})`
        }
      }
    }
    results.push({ rule: rule.id, mbPerS: worst, worst: worstName })
  }
  return results.sort((a, b) => a.mbPerS - b.mbPerS)
}

const pct = (x: number): string => (x * 100).toFixed(1)

async function main(): Promise<void> {
  fs.mkdirSync(WORK, { recursive: true })
  const md: string[] = []
  const log = (line = ''): void => {
    console.log(line)
    md.push(line)
  }
  const corpus = path.join(WORK, 'corpus')
  const labels = writeCorpus(corpus, { files: FILES, perRule: PER_RULE, seed: 20261121 })
  const cs = textBytes(corpus)
  log('# Secret detector benchmark')
  log()
  log(
    `Command: \`node --import ./bench/register.mjs bench/secrets/run.ts ${argv.join(' ')}\``.replace(
      / `$/,
      '`'
    )
  )
  log()
  log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. Anchors: gitleaks v8.30.1 (\`dir\`, default config), detect-secrets 1.5.0 (\`scan --all-files\`), secretlint 12.0.0 + preset-recommend (Node 20 resolves 12.x).`
  )
  log()
  log(`## Labeled corpus`)
  log()
  log(
    `${cs.files} files, ${(cs.bytes / 1e6).toFixed(2)} MB; ${labels.filter(l => l.positive).length} planted secrets of ${RULES.length} rule types (${PER_RULE} each, random values in the real formats), ${labels.filter(l => !l.positive).length} hard negatives (placeholders, example keys, checksum-invalid tokens, UUIDs, hashes, digests, data URIs, sequences, test markers …). Generator: \`__tests__/helpers/secret-samples.ts\`, \`bench/secrets/corpus.ts\`.`
  )
  log()
  const tools: ToolResult[] = [
    await runRunguard(corpus),
    runGitleaks(corpus),
    runDetectSecrets(corpus),
    runSecretlint(corpus)
  ]
  log('| tool | status | precision % | recall % | F1 | TP | FP | FN | time s |')
  log('|---|---|---|---|---|---|---|---|---|')
  const scores = new Map<string, ReturnType<typeof score>>()
  for (const t of tools) {
    if (t.status !== 'ok') {
      log(`| ${t.tool} | ${t.status}${t.note ? `: ${t.note}` : ''} | | | | | | | |`)
      continue
    }
    const s = score(labels, t.hits)
    scores.set(t.tool, s)
    log(
      `| ${t.tool} | ok | ${pct(s.total.precision)} | ${pct(s.total.recall)} | ${s.total.f1.toFixed(3)} | ${s.total.tp} | ${s.total.fp} | ${s.total.fn} | ${t.seconds.toFixed(2)} |`
    )
  }
  log()
  const ours = scores.get('runguard')
  const gl = scores.get('gitleaks')
  const ds = scores.get('detect-secrets')
  if (ours && gl)
    log(
      `Ratios runguard / gitleaks: precision ${(ours.total.precision / gl.total.precision).toFixed(2)}×, recall ${(ours.total.recall / gl.total.recall).toFixed(2)}×, F1 ${(ours.total.f1 / gl.total.f1).toFixed(2)}×.`
    )
  if (ours && ds)
    log(
      `Ratios runguard / detect-secrets: precision ${(ours.total.precision / ds.total.precision).toFixed(2)}×, recall ${(ours.total.recall / ds.total.recall).toFixed(2)}×, F1 ${(ours.total.f1 / ds.total.f1).toFixed(2)}×.`
    )
  log()
  log('### Per rule family (recall %, precision % counting hard negatives of that family)')
  log()
  const present = [...scores.keys()]
  log(`| family | ${present.map(t => `${t} R / P`).join(' | ')} |`)
  log(`|---|${present.map(() => '---').join('|')}|`)
  for (const fam of ours ? [...ours.families.keys()] : []) {
    log(
      `| ${fam} | ${present
        .map(t => {
          const f = scores.get(t)?.families.get(fam)
          return f ? `${pct(f.recall)} / ${pct(f.precision)}` : ''
        })
        .join(' | ')} |`
    )
  }
  log()
  if (ours) {
    log(
      `runguard false positives by kind: ${[...ours.fpByFamily.entries()].map(([k, v]) => `${k}: ${v}`).join(', ') || 'none'}`
    )
    const missed = labels.filter(
      l =>
        l.positive &&
        !tools[0]?.hits.some(h => h.file === l.file && l.start <= h.line && h.line <= l.end)
    )
    log(`runguard missed: ${[...new Set(missed.map(m => m.ruleId))].join(', ') || 'nothing'}`)
    log()
  }

  if (!argv.includes('--no-tree')) {
    const sources = treeSources.length
      ? treeSources
      : [
          ...spawnSync(
            'python3',
            [
              '-c',
              'import sysconfig;p=sysconfig.get_paths();print(p["stdlib"]);print(p["purelib"])'
            ],
            {
              encoding: 'utf8'
            }
          )
            .stdout.trim()
            .split('\n'),
          ...['/opt/rg-tools/venv-semgrep/lib/python3.11/site-packages']
        ].filter(p => p && fs.existsSync(p))
    const tree = path.join(WORK, 'tree')
    buildTree(tree, sources)
    const ts = textBytes(tree)
    log('## Large realistic tree')
    log()
    log(
      `Sources: ${sources.join(', ')} (copied; \`__pycache__\`, \`.pyc\`, \`.so\`, files > 5 MB and symlinks removed; \`site-packages\` renamed so neither tool's path allowlist skips it). ${ts.files} files, ${(ts.bytes / 1e6).toFixed(1)} MB.`
    )
    log()
    const rgTree = await runRunguard(tree)
    const treeTools = [rgTree, runGitleaks(tree), runDetectSecrets(tree)]
    log('| tool | status | time s | MB/s | findings | findings per 10 MB |')
    log('|---|---|---|---|---|---|')
    for (const t of treeTools) {
      if (t.status !== 'ok') {
        log(
          `| ${t.tool} | ${t.status}${t.note ? `: ${t.note}` : ''} | ${t.seconds.toFixed(1)} | ${t.status === 'timed-out' ? `< ${(ts.bytes / 1e6 / t.seconds).toFixed(2)}` : ''} | | |`
        )
        continue
      }
      log(
        `| ${t.tool} | ok | ${t.seconds.toFixed(1)} | ${(ts.bytes / 1e6 / t.seconds).toFixed(1)} | ${t.hits.length} | ${((t.hits.length * 10e6) / ts.bytes).toFixed(2)} |`
      )
    }
    const rg = rgTree
    const glt = treeTools[1]
    log()
    if (rg)
      log(
        `runguard read ${(rg.bytes / 1e6).toFixed(1)} MB of the tree (the rest: binaries by content, default allowlist, .gitignore files shipped in packages) → ${(rg.bytes / 1e6 / rg.seconds).toFixed(1)} MB/s over bytes actually scanned.`
      )
    if (rg && glt?.status === 'ok')
      log(
        `Throughput ratio runguard / gitleaks: **${(glt.seconds / rg.seconds).toFixed(2)}×** (runguard: one Node process; gitleaks: all ${os.cpus().length} cores).`
      )
    if (rg) {
      const byRule = new Map<string, number>()
      for (const h of rg.hits) byRule.set(h.rule, (byRule.get(h.rule) ?? 0) + 1)
      log()
      log(
        `runguard findings on the tree by rule: ${
          [...byRule.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => `${k} ${v}`)
            .join(', ') || 'none'
        }`
      )
      log()
      log('<details><summary>runguard findings (path:line rule)</summary>')
      log()
      for (const h of rg.hits.slice(0, 200)) log(`- ${h.file}:${h.line} ${h.rule}`)
      log()
      log('</details>')
    }
    log()
  }

  log('## Adversarial inputs (per rule, 1 MiB each, slowest input shown)')
  log()
  const adv = adversarial()
  log('| rule | worst MB/s | input |')
  log('|---|---|---|')
  for (const a of adv.slice(0, 10)) log(`| ${a.rule} | ${a.mbPerS.toFixed(1)} | ${a.worst} |`)
  log()
  log(
    `All ${adv.length} rules: slowest ${adv[0]?.mbPerS.toFixed(1)} MB/s; budget 1 MB/s — ${
      adv.every(a => a.mbPerS >= 1)
        ? 'every rule within budget'
        : 'OVER BUDGET: ' +
          adv
            .filter(a => a.mbPerS < 1)
            .map(a => a.rule)
            .join(', ')
    }.`
  )
  if (!argv.includes('--no-doc')) {
    const outFile = path.join(process.cwd(), 'docs', 'benchmarks', 'secrets.md')
    fs.mkdirSync(path.dirname(outFile), { recursive: true })
    fs.writeFileSync(outFile, md.join('\n') + '\n')
    console.log(`\nwrote ${outFile}`)
  }
}

await main()
