// Assembles docs/benchmarks.md from the fragments each benchmark writes to docs/benchmarks/.
// Run: node --import ./bench/register.mjs scripts/gen-benchmarks.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dir = 'docs/benchmarks'
const order = [
  'startup',
  'action-startup',
  'scan-e2e',
  'scan-e2e-examples',
  'monitor-overhead',
  'import-hook',
  'peak-accuracy',
  'scan-parallel',
  'secrets',
  'secrets-workers',
  'report-scale',
  'report-scale-diagnostic'
]
const files = readdirSync(dir)
  .filter(f => f.endsWith('.md'))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))

function rank(file: string): number {
  const i = order.indexOf(path.basename(file, '.md'))
  return i < 0 ? order.length : i
}

const header = `# Benchmarks

Each benchmark lives in \`bench/<name>/run.ts\`, runs its anchor in the same run, and prints
ratios against it. The sections below are the latest results, each with the command that
produced it and the machine it ran on (a 2-core Linux VM unless stated). Regenerate this page
with \`node --import ./bench/register.mjs scripts/gen-benchmarks.ts\` after running a benchmark.

The first sections time **whole processes the way a user runs them** (Node start-up, module
loading, tool detection and all), each against its anchor in the same run, interleaved:
\`runguard --version\` against \`node -e 0\`, \`runguard run -- python3 -c pass\` against the
script alone (\`bench/startup\`), and \`runguard scan\` with every scanner against the slowest
tool run alone with the same arguments (\`bench/scan-e2e\`). Run them all with:

\`\`\`sh
npm run build
bash scripts/bench.sh quick                                   # CI: examples/ only
RUNGUARD_SCAN_TARGET=/path/to/a/django-app bash scripts/bench.sh   # full, with a real project
\`\`\`

The sections marked **diagnostic** (monitor overhead, peak accuracy, scan-parallel, report
scale) run one part of runguard inside the benchmark's own process to isolate one cost or check
an accuracy; they are not what a user waits for, and each says so in its output.

Each whole-process benchmark takes \`--cli label=path/to/cli/index.js\` (repeatable) to compare
builds in the same run, e.g. a copy of the previous release's \`dist/\` against the current one.
A build without runguard's \`rules/semgrep\` in a folder above it (a \`dist/\` copied out of its
checkout) is refused: its Semgrep would fail and skew the ratio. Link \`rules/\` next to the copy.

`
const body = files.map(f => readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n---\n\n')
writeFileSync('docs/benchmarks.md', header + body + '\n')
