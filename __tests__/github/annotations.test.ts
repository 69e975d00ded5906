import { describe, expect, it } from '@jest/globals'
import {
  AnnotationLedger,
  annotate,
  ledgerLogger,
  levelForSeverity,
  type Annotation
} from '../../src/github/annotations.js'
import type { Logger } from '../../src/logger.js'
import { SEVERITIES } from '../../src/model.js'
import { finding, gate, verdict } from './factories.js'

const recorder = () => {
  const got: Annotation[] = []
  return { got, sink: { annotate: (a: Annotation) => void got.push(a) } }
}

const high = { unknownSeverity: 'high' } as const

describe('annotate', () => {
  it('maps severities to levels, unknown as the unknown-severity setting', () => {
    expect(SEVERITIES.map(s => levelForSeverity(s, 'high'))).toEqual([
      'error',
      'error',
      'warning',
      'notice',
      'notice',
      'error'
    ])
    expect(levelForSeverity('unknown', 'low')).toBe('notice')
    expect(levelForSeverity('unknown', 'medium')).toBe('warning')
    // counted as nothing (never fails a threshold): a warning, neither error nor hidden
    expect(levelForSeverity('unknown', 'unknown')).toBe('warning')
  })

  it('sends file, lines and a [tool] rule: title', () => {
    const { got, sink } = recorder()
    annotate(
      [finding({ location: { path: 'app/run.py', startLine: 4, endLine: 6 } })],
      [],
      verdict(),
      sink,
      high
    )
    expect(got).toEqual([
      {
        level: 'error',
        title: '[bandit] B602: subprocess_popen_with_shell_equals_true',
        message: 'subprocess call with shell=True identified, security issue.',
        file: 'app/run.py',
        startLine: 4,
        endLine: 6
      }
    ])
  })

  it('sends columns only for single-line findings', () => {
    const { got, sink } = recorder()
    annotate(
      [
        finding({
          location: { path: 'a.py', startLine: 4, endLine: 4, startColumn: 2, endColumn: 9 }
        }),
        finding({
          location: { path: 'b.py', startLine: 4, endLine: 5, startColumn: 2, endColumn: 9 }
        })
      ],
      [],
      verdict(),
      sink,
      high
    )
    expect(got[0]).toMatchObject({ startColumn: 2, endColumn: 9 })
    expect(got[1]!.startColumn).toBeUndefined()
  })

  it('caps each level at 10, ranks severity then tool, and counts what it left out', () => {
    const findings = [
      ...Array.from({ length: 8 }, (_, i) =>
        finding({ tool: 'semgrep', severity: 'high', location: { path: `s${i}.py`, startLine: 1 } })
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        finding({
          tool: 'bandit',
          severity: 'critical',
          location: { path: `b${i}.py`, startLine: 1 }
        })
      ),
      ...Array.from({ length: 12 }, () => finding({ severity: 'medium' })),
      ...Array.from({ length: 3 }, () => finding({ severity: 'low' })),
      finding({ severity: 'critical', suppressed: { reason: 'ok', source: 'inline' } })
    ]
    const gates = [
      gate({ passed: false, gate: 'cpu_max <= 90', message: 'cpu_max 150 > 90' }),
      gate()
    ]
    const { got, sink } = recorder()
    const result = annotate(findings, gates, verdict(), sink, high)
    expect(result.emitted).toEqual({ error: 10, warning: 10, notice: 3 })
    expect(result.omitted).toEqual({ error: 4, warning: 2, notice: 0 })
    const errors = got.filter(a => a.level === 'error')
    // the failed gate first, without a file; then all criticals; then highs
    expect(errors[0]).toMatchObject({
      title: '[runguard] gate failed: cpu_max <= 90',
      message: 'cpu_max 150 > 90'
    })
    expect(errors[0]!.file).toBeUndefined()
    expect(errors.slice(1, 6).every(a => a.title!.startsWith('[bandit]'))).toBe(true)
    expect(errors.slice(6).every(a => a.title!.startsWith('[semgrep]'))).toBe(true)
    // suppressed findings are never annotated
    expect(got.some(a => a.file === 'app/run.py' && a.level === 'error')).toBe(false)
  })

  it('honours a custom cap', () => {
    const { got, sink } = recorder()
    const r = annotate(
      Array.from({ length: 5 }, () => finding()),
      [],
      verdict(),
      sink,
      { perLevel: 2, unknownSeverity: 'high' }
    )
    expect(got).toHaveLength(2)
    expect(r.omitted.error).toBe(3)
  })

  it('does not annotate crashed tools again (the scan already logged one warning)', () => {
    const { got, sink } = recorder()
    annotate(
      [],
      [],
      verdict({
        tools: [
          { tool: 'safety', status: 'failed', reason: 'db missing', durationMs: 3 },
          { tool: 'bandit', status: 'ok', durationMs: 1 }
        ]
      }),
      sink,
      high
    )
    expect(got).toEqual([])
  })

  it('ranks unknown with what it counts as', () => {
    const { got, sink } = recorder()
    annotate(
      [
        finding({ severity: 'medium', location: { path: 'm.py', startLine: 1 } }),
        finding({ severity: 'unknown', location: { path: 'u.py', startLine: 1 } })
      ],
      [],
      verdict(),
      sink,
      high
    )
    expect(got.map(a => [a.file, a.level])).toEqual([
      ['u.py', 'error'],
      ['m.py', 'warning']
    ])
  })

  it("keeps a slot for the verdict's own error and the logger's warnings", () => {
    const ledger = new AnnotationLedger()
    const lines: string[] = []
    const inner: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warning: m => void lines.push(`warning ${m}`),
      error: m => void lines.push(`error ${m}`),
      registerSecret: () => undefined
    }
    const logger = ledgerLogger(inner, ledger)
    logger.warning('safety: failed — db missing')
    logger.warning('semgrep: timed-out')
    logger.info('bandit: 3 findings')
    expect(lines).toEqual(['warning safety: failed — db missing', 'warning semgrep: timed-out'])
    expect(ledger.used()).toEqual({ error: 0, warning: 2, notice: 0 })

    const { got, sink } = recorder()
    const result = annotate(
      [
        ...Array.from({ length: 12 }, (_, i) =>
          finding({ severity: 'high', location: { path: `h${i}.py`, startLine: 1 } })
        ),
        ...Array.from({ length: 12 }, (_, i) =>
          finding({ severity: 'medium', location: { path: `m${i}.py`, startLine: 1 } })
        )
      ],
      [],
      verdict({ passed: false }),
      sink,
      { unknownSeverity: 'high', ledger }
    )
    // 10 errors per step: 9 findings + the verdict's ::error; 10 warnings: 2 logged + 8
    expect(result.emitted).toEqual({ error: 9, warning: 8, notice: 0 })
    expect(result.omitted).toEqual({ error: 3, warning: 4, notice: 0 })
    expect(got).toHaveLength(17)
    expect(ledger.used()).toEqual({ error: 9, warning: 10, notice: 0 })
  })

  it('a passing verdict needs no reserved error slot', () => {
    const { sink } = recorder()
    const result = annotate(
      Array.from({ length: 10 }, () => finding({ severity: 'high' })),
      [],
      verdict(),
      sink,
      high
    )
    expect(result.emitted.error).toBe(10)
    expect(result.omitted.error).toBe(0)
  })

  it('shows secrets only masked and dependency fixes', () => {
    const value = 'AKIA' + 'Q'.repeat(16)
    const { got, sink } = recorder()
    annotate(
      [
        finding({
          tool: 'secrets',
          title: 'AWS access key',
          message: `leaked ${value}`,
          secret: { provider: 'AWS', masked: 'AKIA…' }
        }),
        finding({
          tool: 'osv-scanner',
          message: 'sandbox escape',
          package: {
            ecosystem: 'PyPI',
            name: 'jinja2',
            version: '2.10',
            purl: 'pkg:pypi/jinja2@2.10',
            fixedVersions: ['2.10.1']
          }
        })
      ],
      [],
      verdict(),
      sink,
      high
    )
    expect(JSON.stringify(got)).not.toContain(value)
    expect(got.find(a => a.title!.startsWith('[secrets]'))!.message).toBe(
      'AWS access key: AWS AKIA…'
    )
    expect(got.find(a => a.title!.startsWith('[osv-scanner]'))!.message).toBe(
      'sandbox escape (jinja2 2.10; fixed in 2.10.1)'
    )
  })
})
