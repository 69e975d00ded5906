/**
 * Redaction with many findings, as whole processes: `runguard scan --scanners secrets` with its
 * JSON report and SARIF on the labelled cases (about 1,250 findings in 2,342 tiny files, so every
 * found value, in each of its encoded forms, is masked in every report string and log line), and
 * gitleaks `dir` on the same directory in the same rounds. Builds compare with `--cli`.
 *
 *   node --import ./bench/register.mjs bench/secrets/labelled/redaction.ts --work DIR
 *        [--rounds 5] [--cli label=path/to/cli/index.js]... [--write-docs]
 *
 * DIR is the `--work` directory of `run.ts` here (it holds the cases written as `txt/<id>.txt`).
 * Without `--work` it says so and exits 0. `--write-docs` writes the fragment of the benchmarks
 * page (docs/benchmarks/secrets-redaction.md); without it nothing in the repository changes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { pairedWithCpu, pairRatio, realPython } from '../../cpu-time.js'
import { cliBuilds, machine, s, type Variant } from '../../whole-process.js'
import { ANCHOR_VERSIONS, GITLEAKS, gitleaksArgs } from '../anchors.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const argv = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const work = option('--work')
if (work === undefined || !fs.existsSync(path.join(work, 'txt'))) {
  console.log(
    'redaction benchmark: skipped (give --work, the work directory of bench/secrets/labelled/run.ts, which holds txt/)'
  )
  process.exit(0)
}
const cases = path.resolve(work, 'txt')
const rounds = Number(option('--rounds') ?? 5)
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-redaction-'))
const files = fs
  .readdirSync(cases, { recursive: true, withFileTypes: true })
  .filter(e => e.isFile()).length

const builds = cliBuilds(argv, root)
const variants: Variant[] = builds.map(c => ({
  label: `runguard (${c.label})`,
  argv: [
    process.execPath,
    c.file,
    'scan',
    '--workspace',
    cases,
    '--scanners',
    'secrets',
    '--report-file',
    path.join(out, `${c.label}.json`),
    '--sarif-file',
    path.join(out, `${c.label}.sarif`),
    '--sbom-file',
    '',
    '--fail-on',
    'none'
  ]
}))
const gitleaks = fs.existsSync(GITLEAKS)
if (gitleaks)
  variants.push({
    label: `gitleaks ${ANCHOR_VERSIONS.gitleaks}`,
    argv: [GITLEAKS, ...gitleaksArgs(cases, path.join(out, 'gitleaks.json'))]
  })
else console.log(`gitleaks not found at ${GITLEAKS}: bash bench/secrets/install-anchors.sh`)

const loadAtStart = os.loadavg()[0]?.toFixed(1)
// A warm-up round (file cache, compile cache), then the measured rounds: wall and whole-tree
// CPU from wait4, the order rotated each round.
await pairedWithCpu(realPython(), variants, 1)
const results = await pairedWithCpu(realPython(), variants, rounds)
const anchor = gitleaks ? results.at(-1) : undefined
const findings = (label: string): number => {
  const sarif = JSON.parse(fs.readFileSync(path.join(out, `${label}.sarif`), 'utf8')) as {
    runs: Array<{ results?: unknown[] }>
  }
  return sarif.runs.reduce((n, run) => n + (run.results?.length ?? 0), 0)
}
const first = results[0]
const rows = results.map((r, i) => {
  const build = builds[i]
  const versus =
    i > 0 && build !== undefined && first !== undefined
      ? ` | ×${pairRatio(r, first, 'wall').toFixed(3)} / ×${pairRatio(r, first, 'cpu').toFixed(3)}`
      : ' | –'
  return `| ${r.label} | ${s(r.wall)} | ${s(r.cpu)} | ${anchor ? `×${(r.wall / anchor.wall).toFixed(2)}` : '–'}${versus} | ${build ? findings(build.label) : '–'} |`
})
const command = `node --import ./bench/register.mjs bench/secrets/labelled/redaction.ts --work <work> --rounds ${rounds}${argv
  .flatMap((a, i) => (a === '--cli' ? [` --cli ${argv[i + 1]?.split('=')[0]}=<build>`] : []))
  .join('')}`
const table = [
  `| variant | median wall s | median CPU s | wall / gitleaks | wall / CPU against ${first?.label ?? 'the first'} (median of per-round ratios) | SARIF results |`,
  '|---|---|---|---|---|---|',
  ...rows
].join('\n')
console.log(table)
fs.rmSync(out, { recursive: true, force: true })

if (argv.includes('--write-docs')) {
  const md = `## Redaction with many findings (labelled cases, whole processes)

The labelled cases are ${files.toLocaleString('en')} tiny files with about 1,250 findings, the case where
redaction dominates: every found value, in each of its encoded forms, is masked in every report
string and log line (\`src/redact.ts\`: Aho–Corasick automata that hold the beginning of each
long pattern, and check the rest where it occurs). \`runguard scan --scanners secrets\` with its
JSON report and SARIF, and gitleaks \`dir\` on the same directory, as whole processes in the same
rounds: ${rounds} rounds after a warm-up round, the order rotated each round, medians; CPU is
user + system of the whole process tree from \`wait4\`.
Machine: ${machine()}, ${loadAtStart} at the start.

${table}

Command: \`${command}\`, where \`<work>\` is the \`--work\` directory of
\`bench/secrets/labelled/run.ts\` (README.md there says how to rebuild the cases).
`
  fs.writeFileSync(path.join(root, 'docs/benchmarks/secrets-redaction.md'), md)
  console.log('wrote docs/benchmarks/secrets-redaction.md')
}
