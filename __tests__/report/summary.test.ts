import { describe, expect, it } from '@jest/globals'
import { downsampleSamples } from '../../src/report/charts.js'
import { blobUrl, escapeMarkdown } from '../../src/report/markdown.js'
import {
  PR_COMMENT_MARKER,
  compareFindings,
  firstSorted,
  renderPrComment,
  renderSummary
} from '../../src/report/summary.js'
import {
  finding,
  gate,
  metrics,
  samples,
  summaryInput,
  toolRun,
  verdict
} from '../github/factories.js'

const failing = verdict({
  passed: false,
  reasons: ['1 high finding at or above fail-on high', 'gate failed: memory_max_mb <= 64'],
  counts: { critical: 1, high: 2, medium: 1, low: 0, info: 0, unknown: 0 }
})

function mixedFindings() {
  return [
    finding({
      tool: 'semgrep',
      severity: 'medium',
      ruleId: 'python.lang.eval',
      location: { path: 'b.py', startLine: 3 }
    }),
    finding({
      tool: 'bandit',
      severity: 'high',
      location: { path: 'a.py', startLine: 7, endLine: 9 }
    }),
    finding({
      tool: 'osv-scanner',
      severity: 'critical',
      ruleId: 'GHSA-xxxx',
      location: { path: 'requirements.txt', startLine: 2 }
    }),
    finding({ tool: 'semgrep', severity: 'high', location: { path: 'c.py', startLine: 1 } }),
    finding({
      tool: 'bandit',
      severity: 'low',
      suppressed: { reason: 'accepted', source: 'inline' }
    })
  ]
}

describe('renderSummary structure', () => {
  const md = renderSummary(
    summaryInput({
      verdict: failing,
      findings: mixedFindings(),
      gates: [
        gate(),
        gate({
          gate: 'memory_max_mb <= 64',
          limit: 64,
          actual: 80,
          baseline: 70,
          passed: false,
          message: 'was 70, now 80'
        })
      ],
      toolRuns: [
        toolRun(),
        toolRun({
          tool: 'safety',
          status: 'failed',
          reason: 'database not found',
          version: undefined
        }),
        toolRun({
          tool: 'semgrep',
          status: 'ok',
          version: '1.100.0',
          findings: [finding(), finding()]
        })
      ],
      metrics: metrics({ samples: samples(30) }),
      warnings: ['no baseline yet'],
      expiringSuppressions: [
        { reason: 'vendor fix pending', expires: '2026-12-01', match: 'B602' }
      ],
      repoUrl: 'https://github.com/acme/shop',
      sha: 'a'.repeat(40),
      reports: [{ kind: 'sarif', path: 'runguard.sarif' }]
    })
  )

  it('starts with the verdict and lists the reasons', () => {
    const lines = md.split('\n')
    expect(lines[0]).toBe('## ❌ runguard: failed')
    expect(md).toContain('- 1 high finding at or above fail\\-on high'.replace('\\-', '-'))
    expect(md).toContain('- gate failed: memory\\_max\\_mb &lt;= 64')
  })

  it('has the gate table with actual, limit, baseline and result', () => {
    expect(md).toContain('| Gate | Actual | Limit | Baseline | Result | Details |')
    // failing gates come first
    const failRow = md.split('\n').find(l => l.includes('❌ fail'))!
    expect(failRow).toContain('| 80 | &lt;= 64 | 70 | ❌ fail |')
    expect(md.indexOf('❌ fail')).toBeLessThan(md.indexOf('✅ pass'))
  })

  it('counts findings by severity and tool, without suppressed ones', () => {
    expect(md).toContain('| Severity | bandit | osv-scanner | semgrep | Total |')
    expect(md).toContain('| 🟧 high | 1 | 0 | 1 | **2** |')
    expect(md).toContain('1 suppressed finding(s) not counted.')
  })

  it('ranks top findings by severity then tool, with links to lines', () => {
    const rows = md.split('\n').filter(l => /^\| (🟥|🟧|🟨|🟦) /.test(l) && l.includes('](http'))
    expect(rows.map(r => r.split(' | ')[1])).toEqual([
      'osv-scanner',
      'bandit',
      'semgrep',
      'semgrep'
    ])
    expect(md).toContain(
      `[a\\.py:7](https://github.com/acme/shop/blob/${'a'.repeat(40)}/a.py#L7-L9)`.replace(
        'a\\.py',
        'a.py'
      )
    )
  })

  it('never shows a failed tool as zero findings', () => {
    const safety = md.split('\n').find(l => l.startsWith('| safety'))!
    expect(safety).toContain('❌ failed')
    expect(safety).toContain('| — |')
    expect(safety).toContain('database not found')
  })

  it('draws CPU and memory charts with mermaid when samples exist', () => {
    expect(md.match(/```mermaid\nxychart-beta/g)).toHaveLength(2)
    expect(md).toContain('line [')
  })

  it('lists expiring suppressions, warnings and reports', () => {
    expect(md).toContain('### Suppressions expiring soon')
    expect(md).toContain('| 2026-12-01 | B602 | vendor fix pending |')
    expect(md).toContain('- no baseline yet')
    expect(md).toContain('- sarif: runguard.sarif')
  })
})

describe('renderSummary details', () => {
  it('uses plain path:line without repoUrl and sha', () => {
    const md = renderSummary(
      summaryInput({ findings: [finding({ location: { path: 'x.py', startLine: 4 } })] })
    )
    expect(md).toContain('| x.py:4 |')
    expect(md).not.toContain('](')
  })

  it('has no chart without samples', () => {
    const md = renderSummary(summaryInput({ metrics: metrics({ samples: [] }) }))
    expect(md).toContain('### Script')
    expect(md).not.toContain('mermaid')
    expect(renderSummary(summaryInput())).not.toContain('mermaid')
  })

  it('passes with a check mark', () => {
    expect(renderSummary(summaryInput()).startsWith('## ✅ runguard: passed\n')).toBe(true)
  })

  it('escapes markdown and HTML in paths, messages, reasons and warnings', () => {
    const evil =
      '<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1)) | pipe `code` @octocat #12 $x$'
    const md = renderSummary(
      summaryInput({
        verdict: verdict({ passed: false, reasons: [evil] }),
        findings: [
          finding({ message: evil, location: { path: 'dir/<script>|x.py', startLine: 1 } })
        ],
        toolRuns: [toolRun({ status: 'failed', reason: evil })],
        warnings: ['# not a heading', '- not a list'],
        expiringSuppressions: [{ reason: evil, expires: '2026-12-01', match: evil }]
      })
    )
    expect(md).not.toContain('<img')
    expect(md).not.toContain('<script>')
    expect(md).not.toContain('**bold**')
    expect(md).not.toContain('[link](')
    expect(md).not.toMatch(/[^\\]\| pipe/)
    expect(md).not.toContain('@octocat')
    expect(md).toContain('@&#8203;octocat')
    // Not inside a word: an install command stays copyable (no invisible U+200B).
    expect(escapeMarkdown('go install x/cmd/osv-scanner@v2.5.0')).toBe(
      'go install x/cmd/osv-scanner@v2.5.0'
    )
    expect(md).toContain('#&#8203;12')
    expect(md).toContain('\\$x\\$')
    expect(md).toContain('- \\# not a heading')
    expect(md).toContain('- \\- not a list')
    // every table row still has its column count
    const rows = md.split('\n').filter(l => l.startsWith('| 🟧 high | bandit'))
    expect(rows).toHaveLength(1)
    for (const line of rows) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(7)
    }
  })

  it('never shows a secret value, only the masked preview', () => {
    const value = 'ghp_' + 'Z'.repeat(36)
    const secret = finding({
      tool: 'secrets',
      ruleId: 'github-pat',
      title: 'GitHub personal access token',
      // A detector bug that leaked the value into the message must still not reach the summary.
      message: `found ${value}`,
      severity: 'critical',
      secret: { provider: 'GitHub', masked: 'ghp_…' }
    })
    const input = summaryInput({ findings: [secret], verdict: failing })
    const md = renderSummary(input)
    expect(md).not.toContain(value)
    expect(md).toContain('ghp\\_…')
    expect(renderPrComment(input)).not.toContain(value)
  })

  it('says when a secret sits in a test fixture', () => {
    const secret = finding({
      tool: 'secrets',
      ruleId: 'private-key',
      title: 'Private key',
      severity: 'critical',
      location: { path: 'tests/certs/server.key', startLine: 1 },
      secret: { provider: 'Private key', masked: '----…', testFixture: true }
    })
    const md = renderSummary(summaryInput({ findings: [secret], verdict: failing }))
    expect(md).toContain('test fixture')
  })

  it('applies the redactor to the final text', () => {
    const md = renderSummary(summaryInput({ warnings: ['token s3cr3tvalue printed'] }), {
      redact: t => t.split('s3cr3tvalue').join('***')
    })
    expect(md).not.toContain('s3cr3tvalue')
  })
})

describe('renderSummary size cap', () => {
  const huge = () =>
    summaryInput({
      verdict: verdict({
        passed: false,
        reasons: Array.from({ length: 2000 }, (_, i) => `reason ${i} ${'r'.repeat(200)}`)
      }),
      findings: Array.from({ length: 50_000 }, (_, i) =>
        finding({
          message: `m${i} ${'x'.repeat(500)}`,
          location: { path: `src/f${i}.py`, startLine: i + 1 }
        })
      ),
      gates: Array.from({ length: 3000 }, (_, i) =>
        gate({ gate: `g${i} ${'y'.repeat(100)}`, passed: i % 2 === 0 })
      ),
      warnings: Array.from({ length: 5000 }, (_, i) => `warning ${i} ${'w'.repeat(300)}`),
      expiringSuppressions: Array.from({ length: 3000 }, (_, i) => ({
        reason: 'z'.repeat(200),
        expires: '2026-12-01',
        match: `m${i}`
      })),
      metrics: metrics({ samples: samples(5000) })
    })

  it('stays under the default 1,000,000 bytes and says what it omitted', () => {
    const md = renderSummary(huge())
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(1_000_000)
    expect(Buffer.byteLength(md, 'utf8')).toBeGreaterThan(900_000)
    expect(md).toMatch(/summary truncated: \d+ rows omitted/)
    expect(md.startsWith('## ❌ runguard: failed')).toBe(true)
  })

  it('drops top-finding rows first, then the chart', () => {
    const full = renderSummary(
      summaryInput({
        findings: Array.from({ length: 20 }, () => finding()),
        metrics: metrics({ samples: samples(200) })
      })
    )
    const size = Buffer.byteLength(full, 'utf8')
    const slightly = renderSummary(
      summaryInput({
        findings: Array.from({ length: 20 }, () => finding()),
        metrics: metrics({ samples: samples(200) })
      }),
      { maxBytes: size - 200 }
    )
    expect(slightly).toContain('mermaid')
    expect(slightly).toMatch(/summary truncated: [1-9]\d* rows omitted/)
    const tight = renderSummary(
      summaryInput({
        findings: Array.from({ length: 20 }, () => finding()),
        metrics: metrics({ samples: samples(200) })
      }),
      { maxBytes: 1000 }
    )
    expect(Buffer.byteLength(tight, 'utf8')).toBeLessThanOrEqual(1000)
    expect(tight).not.toContain('mermaid')
    expect(tight).toContain('(timeline chart omitted)')
  })

  it('hard-cuts when even the skeleton does not fit', () => {
    const md = renderSummary(huge(), { maxBytes: 300 })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(300)
    expect(md).toContain('summary truncated')
  })
})

describe('charts', () => {
  it('downsamples to at most 100 points and keeps the peak', () => {
    const points = downsampleSamples(samples(5000, 10))
    expect(points).toHaveLength(100)
    expect(Math.max(...points.map(p => p.cpu))).toBe(187.5)
    expect(points[99]!.t).toBe(50_000)
  })

  it('keeps short series as they are', () => {
    expect(downsampleSamples(samples(7))).toHaveLength(7)
    expect(downsampleSamples([])).toEqual([])
  })

  it('writes charts in the xychart-beta grammar', () => {
    const md = renderSummary(summaryInput({ metrics: metrics({ samples: samples(250) }) }))
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map(m => m[1]!.split('\n'))
    expect(blocks).toHaveLength(2)
    const num = '\\d+(\\.\\d+)?'
    for (const lines of blocks) {
      expect(lines).toHaveLength(5)
      expect(lines[0]).toBe('xychart-beta')
      expect(lines[1]).toMatch(/^ {4}title "[^"%]+"$/)
      expect(lines[2]).toMatch(new RegExp(`^ {4}x-axis "[^"%]+" 0 --> ${num}$`))
      expect(lines[3]).toMatch(new RegExp(`^ {4}y-axis "[^"%]+" 0 --> ${num}$`))
      expect(lines[4]).toMatch(new RegExp(`^ {4}line \\[${num}(, ${num})*\\]$`))
    }
  })

  it('draws at most 100 values per chart', () => {
    const md = renderSummary(summaryInput({ metrics: metrics({ samples: samples(10_000, 5) }) }))
    const lines = md.split('\n').filter(l => l.trim().startsWith('line ['))
    expect(lines).toHaveLength(2)
    for (const l of lines) expect(l.split(',')).toHaveLength(100)
  })
})

describe('helpers', () => {
  it('ranks severity first, then tool', () => {
    const sorted = [
      finding({ severity: 'low', tool: 'bandit' }),
      finding({ severity: 'unknown', tool: 'bandit' }),
      finding({ severity: 'critical', tool: 'semgrep' }),
      finding({ severity: 'critical', tool: 'bandit' })
    ].sort(compareFindings)
    expect(sorted.map(f => `${f.severity}/${f.tool}`)).toEqual([
      'critical/bandit',
      'critical/semgrep',
      'low/bandit',
      'unknown/bandit'
    ])
  })

  it('builds blob links only from a URL and a hex sha, encoding the path', () => {
    expect(blobUrl('https://github.com/o/r', 'abc1234', 'a b/(x).py', 3)).toBe(
      'https://github.com/o/r/blob/abc1234/a%20b/%28x%29.py#L3'
    )
    expect(blobUrl('https://github.com/o/r', 'main; rm', 'a.py', 1)).toBeUndefined()
    expect(blobUrl('javascript:alert(1)', 'abc1234', 'a.py', 1)).toBeUndefined()
    expect(blobUrl(undefined, 'abc1234', 'a.py', 1)).toBeUndefined()
  })

  it('escapes block starts and inline syntax', () => {
    expect(escapeMarkdown('1. item')).toBe('1\\. item')
    expect(escapeMarkdown('1.8.6')).toBe('1\\.8.6')
    expect(escapeMarkdown('a_b*c')).toBe('a\\_b\\*c')
    expect(escapeMarkdown('x\ny')).toBe('x y')
  })
})

describe('renderPrComment', () => {
  it('starts with the marker, shows the verdict and top findings', () => {
    const body = renderPrComment(
      summaryInput({
        verdict: failing,
        findings: mixedFindings(),
        toolRuns: [toolRun()],
        runUrl: 'https://github.com/o/r/actions/runs/1'
      })
    )
    expect(body.startsWith(PR_COMMENT_MARKER + '\n')).toBe(true)
    expect(body).toContain('### ❌ runguard: failed')
    expect(body).toContain('**Tools:** bandit ✅')
    expect(body).toContain('[Full report and charts](https://github.com/o/r/actions/runs/1)')
    expect(body).not.toContain('mermaid')
  })

  it('links the run only with an http(s) URL', () => {
    expect(renderPrComment(summaryInput({ runUrl: 'javascript:alert(1)' }))).not.toContain(
      'Full report'
    )
  })

  it('stays below 65,536 characters', () => {
    const body = renderPrComment(
      summaryInput({
        verdict: verdict({
          passed: false,
          reasons: Array.from({ length: 5000 }, (_, i) => `reason ${i} ${'r'.repeat(100)}`)
        }),
        findings: Array.from({ length: 100 }, () => finding({ message: 'x'.repeat(1000) }))
      })
    )
    expect(body.length).toBeLessThan(65_536)
    expect(body).toMatch(/comment truncated: \d+ rows omitted/)
  })
})

describe('the "Not scanned" section', () => {
  const skipped = (n: number, tool: 'secrets' | 'bandit' = 'secrets') =>
    toolRun({
      tool,
      skipped: Array.from({ length: n }, (_, i) => ({
        path: `dir/f_${i}.py`,
        reason: 'larger than the 1 MiB limit'
      }))
    })

  it('is absent when nothing was skipped', () => {
    expect(renderSummary(summaryInput({ toolRuns: [toolRun()] }))).not.toMatch(/Not scanned/)
  })

  it('counts every skipped path, lists them per tool, and says whether they fail', () => {
    const md = renderSummary(
      summaryInput({ toolRuns: [skipped(2), skipped(1, 'bandit')], failOnUnscanned: true })
    )
    expect(md).toMatch(/### Not scanned\n\n3 path\(s\) a scanner skipped/)
    expect(md).toMatch(/fail-on-unscanned is on/)
    expect(md).toContain(
      `| secrets | ${escapeMarkdown('dir/f_0.py')} | larger than the 1 MiB limit |`
    )
    expect(md).toContain(`| bandit | ${escapeMarkdown('dir/f_0.py')} |`)
    expect(renderSummary(summaryInput({ toolRuns: [skipped(1)] }))).toMatch(
      /fail-on-unscanned is off: listed only/
    )
  })

  it('caps the list at 50 rows and counts the rest', () => {
    const md = renderSummary(summaryInput({ toolRuns: [skipped(500)] }))
    expect(md).toMatch(/500 path\(s\)/)
    expect(md.match(/\| secrets \| dir/g)).toHaveLength(50)
    expect(md).toMatch(/…and 450 more/)
  })
})

describe('firstSorted', () => {
  it('equals the first k of a stable sort, ties in input order', () => {
    let seed = 11
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    for (let round = 0; round < 200; round++) {
      // Few distinct keys, so most comparisons are ties that only input order settles.
      const items = Array.from({ length: next(40) }, (_, id) => ({ key: next(5), id }))
      const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key
      const sorted = [...items].sort(byKey)
      for (const k of [0, 1, 2, 3, 7, 10, items.length - 1, items.length, items.length + 5])
        expect([round, k, firstSorted(items, k, byKey)]).toEqual([
          round,
          k,
          sorted.slice(0, Math.max(0, k))
        ])
    }
  })
})
