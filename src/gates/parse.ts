import { METRIC_NAMES, type GateOp, type MetricName } from '../model.js'

/** A budget gate as configured: `metric op limit`. */
export interface GateSpec {
  metric: MetricName
  op: GateOp
  limit: number
  /** The text as written, for messages. */
  text: string
  /** Added by runguard (withImplicitGates), not written by the user. */
  implicit?: boolean
}

const OPS: readonly GateOp[] = ['<=', '>=', '==', '!=', '<', '>']
const GATE_RE = /^\s*([a-z_][a-z0-9_]*)\s*(<=|>=|==|!=|<|>|:)\s*(-?\d+(?:\.\d+)?|true|false)\s*$/i

export function isMetricName(name: string): name is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(name)
}

/**
 * Parses `cpu_max:90` (seed form, meaning `<=`), `memory_max_mb<=1024`, `exit_code==0`,
 * `success==true`. Returns an error string instead of throwing so the caller can say where
 * the value came from. An unknown metric is always an error, never a silent pass.
 */
export function parseGate(text: string): GateSpec | { error: string } {
  const m = GATE_RE.exec(text)
  if (!m) {
    return {
      error: `'${text}' is not a gate; expected <metric><op><number> with op one of ${OPS.join(' ')} or ':' (e.g. memory_max_mb<=1024, cpu_max:90)`
    }
  }
  const [, name = '', rawOp = '', rawLimit = ''] = m
  const metric = name.toLowerCase()
  if (!isMetricName(metric)) {
    const hint = closest(metric, METRIC_NAMES)
    return {
      error: `unknown metric '${name}' in gate '${text}'${hint ? ` (did you mean '${hint}'?)` : ''}; known metrics: ${METRIC_NAMES.join(', ')}`
    }
  }
  const op: GateOp = rawOp === ':' ? '<=' : (rawOp as GateOp)
  const limit = rawLimit === 'true' ? 1 : rawLimit === 'false' ? 0 : Number(rawLimit)
  return { metric, op, limit, text: `${metric} ${op} ${rawLimit}` }
}

/** The legacy config form `{metric_name, max_value | min_value}`. */
export function gateFromLegacy(entry: {
  metric_name: string
  max_value?: number
  min_value?: number
}): GateSpec[] | { error: string } {
  const specs: string[] = []
  if (entry.max_value !== undefined) specs.push(`${entry.metric_name}<=${entry.max_value}`)
  if (entry.min_value !== undefined) specs.push(`${entry.metric_name}>=${entry.min_value}`)
  if (specs.length === 0)
    return { error: `gate for '${entry.metric_name}' needs max_value or min_value` }
  const out: GateSpec[] = []
  for (const s of specs) {
    const g = parseGate(s)
    if ('error' in g) return g
    out.push(g)
  }
  return out
}

/** Levenshtein-nearest candidate within distance 3, for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = levenshtein(word, c)
    if (d < bestDistance) {
      bestDistance = d
      best = c
    }
  }
  return bestDistance <= Math.max(3, Math.floor(word.length / 3)) ? best : undefined
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length]!
}
