/**
 * Builds the independent labelled-case set from other projects' detector tests, read from
 * checkouts given on the command line (this script fetches nothing):
 *
 *   node --import ./bench/register.mjs bench/secrets/labelled/extract.ts \
 *     --trufflehog-cases <jsonl from trufflehog-cases.go> \
 *     --noseyparker <noseyparker checkout> --credsweeper <CredSweeper checkout> \
 *     --out <dir outside the repository> [--write-manifest]
 *
 * Writes `<out>/cases/<id>` (the case text) and `<out>/cases.jsonl`; with --write-manifest it
 * also rewrites `bench/secrets/labelled/manifest.tsv` (ids, labels, content hashes, origins —
 * never the case text). Labelling rules (documented in bench/secrets/labelled/README.md):
 * - trufflehog: a pattern test whose `want` is non-empty is positive; one whose `want` is empty
 *   is negative unless its input contains a value (or a 12+ character part of one) that a
 *   positive test of the same file expects — then the detector declines for its own reasons
 *   (keyword too far, duplicate, missing second part) and the case says nothing about
 *   "secret or not", so it is left out. "ignore duplicate" variants are left out. At most 3
 *   positives and 3 negatives per detector, in file order, so no detector outweighs the rest.
 * - Nosey Parker: only rules whose `categories` include `secret` (Nosey Parker's own word that a
 *   match is a secret; rules categorised only `identifier`/`api` — ARNs, S3 bucket names, account
 *   ids — are left out). Every `examples` entry is positive; a `negative_examples` entry is
 *   negative unless it is an example of another rule.
 * - CredSweeper: the hand-labelled samples only — lines under `TP:`/`FP:` headings, and every
 *   line of the `*_p`/`*_n` files.
 * Identical texts with conflicting labels are dropped; duplicates are kept once.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export type Source = 'trufflehog' | 'noseyparker' | 'credsweeper'

/** One labelled case: a small text that contains a secret (positive) or not (negative). */
export interface LabelledCase {
  id: string
  source: Source
  positive: boolean
  /** Where it came from in the source: file and test/rule name. */
  origin: string
  text: string
}

/** The source repositories and the commits the manifest was built from. */
export const SOURCES: Record<Source, { url: string; license: string }> = {
  trufflehog: { url: 'https://github.com/trufflesecurity/trufflehog', license: 'AGPL-3.0' },
  noseyparker: { url: 'https://github.com/praetorian-inc/noseyparker', license: 'Apache-2.0' },
  credsweeper: { url: 'https://github.com/Samsung/CredSweeper', license: 'MIT' }
}

const PER_DETECTOR = 3

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)

interface TruffleTest {
  file: string
  func: string
  index: number
  name: string
  input: string
  want: string[]
}

function fromTrufflehog(jsonl: string): LabelledCase[] {
  const tests = fs
    .readFileSync(jsonl, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(l => JSON.parse(l) as TruffleTest)
  const byFile = new Map<string, TruffleTest[]>()
  for (const t of tests) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t])
  const out: LabelledCase[] = []
  for (const [file, list] of byFile) {
    const expected = list.flatMap(t => t.want)
    const parts = new Set<string>()
    for (const w of expected) {
      parts.add(w)
      for (const p of w.split(/[^A-Za-z0-9_\-+/=.]+/)) if (p.length >= 12) parts.add(p)
    }
    const detector = file.replace(/^pkg\/detectors\//, '').replace(/\/[^/]+_test\.go$/, '')
    let pos = 0
    let neg = 0
    for (const t of list) {
      if (/duplicate/i.test(t.name)) continue
      if (t.input.trim().length === 0) continue
      const positive = t.want.length > 0
      if (!positive && [...parts].some(p => t.input.includes(p))) continue
      if (positive ? pos >= PER_DETECTOR : neg >= PER_DETECTOR) continue
      const n = positive ? ++pos : ++neg
      out.push({
        id: `th-${slug(detector)}-${positive ? 'p' : 'n'}${n}`,
        source: 'trufflehog',
        positive,
        origin: `${file.replace(/^pkg\/detectors\//, '')}#${t.name || t.index}`,
        text: t.input.endsWith('\n') ? t.input : `${t.input}\n`
      })
    }
  }
  return out
}

interface NpRule {
  id: string
  name: string
  categories?: string[]
  examples?: string[]
  negative_examples?: string[]
}

function fromNoseyParker(root: string): LabelledCase[] {
  const dir = path.join(root, 'crates/noseyparker/data/default/builtin/rules')
  const rules: Array<NpRule & { file: string }> = []
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.yml')) continue
    const doc = parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { rules?: NpRule[] }
    for (const r of doc.rules ?? []) rules.push({ ...r, file: f })
  }
  const examples = new Set(rules.flatMap(r => (r.examples ?? []).map(e => e.trim())))
  const out: LabelledCase[] = []
  for (const r of rules) {
    if (!(r.categories ?? []).includes('secret')) continue
    ;(r.examples ?? []).forEach((text, i) =>
      out.push({
        id: `np-${slug(r.id)}-p${i + 1}`,
        source: 'noseyparker',
        positive: true,
        origin: `${r.file}#${r.id}/examples[${i}]`,
        text: text.endsWith('\n') ? text : `${text}\n`
      })
    )
    ;(r.negative_examples ?? []).forEach((text, i) => {
      if (examples.has(text.trim())) return
      out.push({
        id: `np-${slug(r.id)}-n${i + 1}`,
        source: 'noseyparker',
        positive: false,
        origin: `${r.file}#${r.id}/negative_examples[${i}]`,
        text: text.endsWith('\n') ? text : `${text}\n`
      })
    })
  }
  return out
}

function fromCredSweeper(root: string): LabelledCase[] {
  const dir = path.join(root, 'tests/samples')
  const out: LabelledCase[] = []
  for (const f of fs.readdirSync(dir).sort()) {
    const abs = path.join(dir, f)
    if (!fs.statSync(abs).isFile()) continue
    const text = fs.readFileSync(abs, 'utf8')
    const lines = text.split(/\r?\n/)
    const sectioned = lines.some(l => /^(?:TP|FP):\s*$/.test(l))
    const suffix = /_([pn])(?:\.[a-z]+)?$/.exec(f)?.[1]
    if (!sectioned && !suffix) continue
    let label: boolean | undefined = suffix === undefined ? undefined : suffix === 'p'
    lines.forEach((line, i) => {
      const heading = /^(TP|FP):\s*$/.exec(line)
      if (heading) {
        label = heading[1] === 'TP'
        return
      }
      if (label === undefined || line.trim() === '') return
      out.push({
        id: `cs-${slug(f)}-l${i + 1}`,
        source: 'credsweeper',
        positive: label,
        origin: `${f}#L${i + 1}`,
        text: `${line}\n`
      })
    })
  }
  return out
}

/** Drops texts that appear with both labels; keeps the first of identical ones. */
export function dedupe(cases: LabelledCase[]): { cases: LabelledCase[]; conflicts: number } {
  const labels = new Map<string, Set<boolean>>()
  const norm = (t: string): string => t.replace(/\s+/g, ' ').trim()
  for (const c of cases) {
    const k = norm(c.text)
    labels.set(k, (labels.get(k) ?? new Set()).add(c.positive))
  }
  const seen = new Set<string>()
  const kept: LabelledCase[] = []
  let conflicts = 0
  for (const c of cases) {
    const k = norm(c.text)
    if ((labels.get(k)?.size ?? 0) > 1) {
      conflicts++
      continue
    }
    if (seen.has(k)) continue
    seen.add(k)
    kept.push(c)
  }
  return { cases: kept, conflicts }
}

function main(): void {
  const argv = process.argv.slice(2)
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const out = opt('out')
  if (!out) throw new Error('--out <dir> is required (outside the repository)')
  const all: LabelledCase[] = []
  const th = opt('trufflehog-cases')
  const np = opt('noseyparker')
  const cs = opt('credsweeper')
  if (th) all.push(...fromTrufflehog(th))
  if (np) all.push(...fromNoseyParker(np))
  if (cs) all.push(...fromCredSweeper(cs))
  const { cases, conflicts } = dedupe(all)
  fs.rmSync(path.join(out, 'cases'), { recursive: true, force: true })
  fs.mkdirSync(path.join(out, 'cases'), { recursive: true })
  for (const c of cases) fs.writeFileSync(path.join(out, 'cases', c.id), c.text)
  fs.writeFileSync(
    path.join(out, 'cases.jsonl'),
    cases.map(c => JSON.stringify({ ...c, text: undefined })).join('\n') + '\n'
  )
  const count = (s: Source, p: boolean): number =>
    cases.filter(c => c.source === s && c.positive === p).length
  for (const s of Object.keys(SOURCES) as Source[])
    console.log(`${s}: ${count(s, true)} positive, ${count(s, false)} negative`)
  console.log(`${cases.length} cases; ${conflicts} dropped for conflicting labels`)
  if (argv.includes('--write-manifest')) {
    const commits = (opt('commits') ?? '').split(',').filter(Boolean)
    const header = [
      '# Independent labelled secret-detection cases: id, label (1 = contains a secret), sha256/16',
      '# of the case text, origin in the source. The texts are not in this repository; rebuild',
      '# them with bench/secrets/labelled/extract.ts (see README.md) and the hashes must match.',
      '# Origins are relative to pkg/detectors/ (trufflehog), crates/noseyparker/data/default/',
      '# builtin/rules/ (noseyparker) and tests/samples/ (credsweeper).',
      ...(Object.keys(SOURCES) as Source[]).map(
        s =>
          `# source ${s} ${SOURCES[s].url} ${commits.find(c => c.startsWith(`${s}=`))?.slice(s.length + 1) ?? '?'} ${SOURCES[s].license}`
      )
    ]
    const rows = cases.map(
      c => `${c.id}\t${c.positive ? 1 : 0}\t${contentHash(c.text)}\t${c.origin}`
    )
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'manifest.tsv')
    fs.writeFileSync(file, [...header, ...rows].join('\n') + '\n')
    console.log(`wrote ${file}`)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main()
