import fs from 'node:fs'
import path from 'node:path'
import {
  choice,
  GENERATORS,
  hardNegatives,
  pick,
  seeded,
  type Rand,
  type Sample
} from '../../__tests__/helpers/secret-samples.js'

/**
 * The labeled corpus: realistic Python/YAML/JSON/JS/.env/shell files with generated secrets
 * planted in them, plus hard negatives, and a labels file saying which lines are which.
 */

export interface Label {
  file: string
  /** 1-based, inclusive line range of the planted value. */
  start: number
  end: number
  ruleId: string
  family: string
  positive: boolean
}

/** Rule family for per-family scores (provider, roughly). */
export function familyOf(ruleId: string): string {
  if (ruleId.startsWith('gcp-') || ruleId.startsWith('google-')) return 'google'
  if (ruleId === 'database-url-password' || ruleId === 'url-basic-auth') return 'url-credentials'
  if (ruleId.endsWith('private-key') || ruleId === 'age-secret-key') return 'private-key'
  if (ruleId.startsWith('generic')) return 'generic'
  return ruleId.split('-')[0] as string
}

const WORDS =
  'order invoice customer report user session cache item batch queue stream record profile account payment shipment metric event'.split(
    ' '
  )

type Kind = 'py' | 'yaml' | 'json' | 'js' | 'env' | 'sh'

function filler(r: Rand, kind: Kind, n: number): string[] {
  const lines: string[] = []
  while (lines.length < n) {
    const w = choice(r, WORDS)
    const w2 = choice(r, WORDS)
    const id = `${pick(r, '0123456789abcdef', 8)}-${pick(r, '0123456789abcdef', 4)}-4${pick(r, '0123456789abcdef', 3)}-9${pick(r, '0123456789abcdef', 3)}-${pick(r, '0123456789abcdef', 12)}`
    switch (kind) {
      case 'py':
        lines.push(
          `def load_${w}(client, ${w2}_id):`,
          `    """Fetch the ${w} for a ${w2}; raises KeyError when it is missing."""`,
          `    key = f"${w}:{${w2}_id}"`,
          `    cached = client.cache.get(key)`,
          `    if cached is not None:`,
          `        return cached`,
          `    token = client.session.headers.get("X-Request-Token")`,
          `    row = client.db.execute("SELECT * FROM ${w} WHERE id = %s", (${w2}_id,)).fetchone()`,
          `    request_id = "${id}"`,
          `    return {"id": row[0], "key": key, "trace": request_id}`,
          ''
        )
        break
      case 'yaml':
        lines.push(
          `${w}:`,
          `  enabled: true`,
          `  replicas: ${1 + Math.floor(r() * 5)}`,
          `  image: registry.local/${w}:${pick(r, '0123456789', 1)}.${pick(r, '0123456789', 2)}`,
          `  correlation_id: ${id}`,
          `  password_field: ${w2}_password`,
          `  token_ttl: 3600`
        )
        break
      case 'json':
        lines.push(
          `  "${w}_${lines.length}": {`,
          `    "id": "${id}",`,
          `    "name": "${w2}",`,
          `    "sha": "${pick(r, '0123456789abcdef', 40)}",`,
          `    "key": "${w}.${w2}",`,
          `    "tokens": ${Math.floor(r() * 4096)}`,
          '  },'
        )
        break
      case 'js':
        lines.push(
          `export async function fetch${w[0]?.toUpperCase()}${w.slice(1)}(api, id) {`,
          `  const key = \`${w}:\${id}\``,
          `  const token = await api.auth.getToken()`,
          `  const res = await fetch(\`/api/${w}/\${id}\`, { headers: { Authorization: \`Bearer \${token}\` } })`,
          `  return res.json()`,
          `}`,
          ''
        )
        break
      case 'env':
        lines.push(
          `${w.toUpperCase()}_HOST=${w}.internal`,
          `${w.toUpperCase()}_PORT=${5000 + Math.floor(r() * 1000)}`,
          `${w2.toUpperCase()}_TIMEOUT=30`,
          `LOG_LEVEL=info`
        )
        break
      case 'sh':
        lines.push(
          `#!/usr/bin/env bash`,
          `set -euo pipefail`,
          `export ${w.toUpperCase()}_DIR="/srv/${w}"`,
          `curl -fsSL "https://${w}.internal/health" -o /dev/null`,
          `echo "deployed ${w2}"`
        )
        break
    }
  }
  return lines
}

function assignment(kind: Kind, name: string, value: string): string {
  switch (kind) {
    case 'py':
      return `${name} = "${value}"`
    case 'yaml':
      return `${name.toLowerCase()}: ${value}`
    case 'json':
      return `  "${name}": "${value}",`
    case 'js':
      return `const ${name} = '${value}'`
    case 'env':
      return `${name}=${value}`
    case 'sh':
      return `export ${name}="${value}"`
  }
}

const EXT: Record<Kind, string> = {
  py: 'py',
  yaml: 'yaml',
  json: 'json',
  js: 'js',
  env: 'env',
  sh: 'sh'
}

/** Writes the corpus under `dir` and returns the labels. */
export function writeCorpus(
  dir: string,
  options: { files: number; perRule: number; seed: number }
): Label[] {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const r = seeded(options.seed)
  const labels: Label[] = []
  const ruleIds = Object.keys(GENERATORS)
  const samples: Sample[] = []
  for (let i = 0; i < options.perRule; i++)
    for (const id of ruleIds) samples.push((GENERATORS[id] as (x: Rand) => Sample)(r))
  // Multi-line structures get files of their own type.
  const single = samples.filter(s => !(s.snippet ?? '').includes('\n'))
  let n = 0
  for (const s of samples.filter(s => (s.snippet ?? '').includes('\n'))) {
    const ext =
      s.ruleId === 'putty-private-key' ? 'ppk' : s.ruleId === 'private-key' ? 'pem' : 'json'
    const file = `structured/${s.ruleId}-${n++}.${ext}`
    const lines = (s.snippet as string).split('\n')
    fs.mkdirSync(path.join(dir, 'structured'), { recursive: true })
    fs.writeFileSync(path.join(dir, file), lines.join('\n') + '\n')
    labels.push({
      file,
      start: 1,
      end: lines.length,
      ruleId: s.ruleId,
      family: familyOf(s.ruleId),
      positive: true
    })
  }
  const negatives: Array<{ family: string; line: string }> = []
  for (let i = 0; i < options.perRule; i++) negatives.push(...hardNegatives(r))
  const kinds: Kind[] = ['py', 'yaml', 'json', 'js', 'env', 'sh']
  const perFile = Math.ceil(single.length / options.files)
  const negPerFile = Math.ceil(negatives.length / options.files)
  for (let f = 0; f < options.files; f++) {
    const kind = kinds[f % kinds.length] as Kind
    const sub = choice(r, ['app', 'services/api', 'deploy', 'config', 'scripts', 'src/lib'])
    const file =
      kind === 'env' ? `${sub}/.env.${f}` : `${sub}/${choice(r, WORDS)}_${f}.${EXT[kind]}`
    const lines: string[] = kind === 'json' ? ['{'] : []
    const plant = single.slice(f * perFile, (f + 1) * perFile)
    const negs = negatives.slice(f * negPerFile, (f + 1) * negPerFile)
    const body = filler(r, kind, 40 + Math.floor(r() * 80))
    // Interleave: filler, then a planted line, at random positions.
    const inserts: Array<{ line: string; label?: Omit<Label, 'file' | 'start' | 'end'> }> = [
      ...plant.map(s => ({
        line: assignment(kind, s.name, s.snippet ?? s.value),
        label: { ruleId: s.ruleId, family: familyOf(s.ruleId), positive: true }
      })),
      // Negatives are written as-is: they are lines of code/config in their own right.
      ...negs.map(nl => ({
        line: nl.line,
        label: { ruleId: `negative:${nl.family}`, family: nl.family, positive: false }
      }))
    ]
    for (const ins of inserts) {
      const at = Math.floor(r() * (body.length + 1))
      body.splice(at, 0, `\u0000${inserts.indexOf(ins)}`)
    }
    for (const line of body) {
      if (line.startsWith('\u0000')) {
        const ins = inserts[Number(line.slice(1))] as (typeof inserts)[number]
        lines.push(ins.line)
        if (ins.label) labels.push({ file, start: lines.length, end: lines.length, ...ins.label })
      } else lines.push(line)
    }
    if (kind === 'json') lines.push('  "end": true', '}')
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), lines.join('\n') + '\n')
  }
  fs.writeFileSync(path.join(dir, '..', 'labels.json'), JSON.stringify(labels, null, 1))
  return labels
}
