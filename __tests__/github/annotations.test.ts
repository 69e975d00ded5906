import { describe, expect, it } from '@jest/globals'
import { annotate, levelForSeverity, type Annotation } from '../../src/github/annotations.js'
import { SEVERITIES } from '../../src/model.js'
import { finding, gate, verdict } from './factories.js'

const recorder = () => {
  const got: Annotation[] = []
  return { got, sink: { annotate: (a: Annotation) => void got.push(a) } }
}

describe('annotate', () => {
  it('maps severities to levels', () => {
    expect(SEVERITIES.map(levelForSeverity)).toEqual([
      'error',
      'error',
      'warning',
      'notice',
      'notice',
      'warning'
    ])
  })

  it('sends file, lines and a [tool] rule: title', () => {
    const { got, sink } = recorder()
    annotate(
      [finding({ location: { path: 'app/run.py', startLine: 4, endLine: 6 } })],
      [],
      verdict(),
      sink
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
      sink
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
    const result = annotate(findings, gates, verdict(), sink)
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
      { perLevel: 2 }
    )
    expect(got).toHaveLength(2)
    expect(r.omitted.error).toBe(3)
  })

  it('warns about crashed tools so missing findings are visible', () => {
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
      sink
    )
    expect(got).toEqual([
      {
        level: 'warning',
        title: '[runguard] safety failed',
        message: 'safety failed: db missing; its findings are missing from this run'
      }
    ])
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
      sink
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
