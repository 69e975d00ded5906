import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { banditReader, parseBanditOutput } from '../../src/scanners/bandit.js'
import { ToolOutputError } from '../../src/scanners/output-schema.js'
import {
  NotJsonError,
  readReportStream,
  type ResultReader
} from '../../src/scanners/report-stream.js'
import { parseSemgrepOutput, semgrepReader } from '../../src/scanners/semgrep.js'
import { createLineReader, repoPathResolver, StringPool } from '../../src/scanners/support.js'
import { toRepoPath } from '../../src/util/paths.js'

// The streaming read of Bandit's and Semgrep's reports must give exactly what the whole-document
// parsers give on the recorded outputs, however stdout is cut into chunks, and must fail the
// same way (or as "not JSON") on everything else.

const fixtures = path.join(process.cwd(), '__tests__/fixtures')
const project = path.join(fixtures, 'scan-project')
const semgrepInput = path.join(fixtures, 'semgrep', 'input')

const tools = {
  bandit: {
    reader: (): ResultReader<unknown> =>
      banditReader({ workspace: project, readLines: createLineReader(project) }),
    parse: (json: unknown): unknown =>
      parseBanditOutput(json, { workspace: project, readLines: createLineReader(project) })
  },
  semgrep: {
    reader: (): ResultReader<unknown> =>
      semgrepReader({ workspace: semgrepInput, readLines: createLineReader(semgrepInput) }),
    parse: (json: unknown): unknown =>
      parseSemgrepOutput(json, {
        workspace: semgrepInput,
        readLines: createLineReader(semgrepInput)
      })
  }
}
type Tool = keyof typeof tools

/** Feeds `text` to a fresh stream in the given pieces and returns what it read. */
function streamed(tool: Tool, pieces: Array<string | Uint8Array>): unknown {
  const stream = readReportStream(tools[tool].reader())
  for (const p of pieces) stream.write(p)
  return stream.end()
}

/** The bytes of `text` cut every `size` bytes (cuts fall inside multi-byte characters too). */
function chunks(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text, 'utf8')
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
  return out
}

/** What the whole-document parser says about `text`: its report, or its error's message. */
function whole(tool: Tool, text: string): { report?: unknown; error?: string } {
  try {
    return { report: tools[tool].parse(JSON.parse(text)) }
  } catch (e) {
    return { error: (e as Error).message }
  }
}

const recorded = (['bandit', 'semgrep'] as const).flatMap(tool =>
  readdirSync(path.join(fixtures, tool))
    .filter(f => f.endsWith('.json'))
    .map(f => [tool, f] as const)
)

/** A small Bandit report with multi-byte text, for cuts at every byte. */
const SMALL_BANDIT = JSON.stringify({
  errors: [{ filename: './app/broken.py', reason: 'syntax error — café' }],
  metrics: { _totals: { loc: 3 } },
  results: [1, 2, 3].map(n => ({
    filename: './app/commands.py',
    test_id: `B60${n}`,
    test_name: 'subprocess_popen_with_shell_equals_true',
    issue_severity: 'HIGH',
    issue_confidence: 'HIGH',
    issue_text: `résumé ✓ "quoted" \\ escaped \u2028 ${n}`,
    line_number: 8 + n,
    code: `${8 + n} subprocess.call(cmd, shell=True)\n`
  }))
})

describe('readReportStream', () => {
  it.each(recorded)('%s %s: the same report in chunks of 1, 2, 7, 64 and 4096 bytes', (tool, f) => {
    const text = readFileSync(path.join(fixtures, tool, f), 'utf8')
    const expected = whole(tool, text)
    for (const size of [1, 2, 7, 64, 4096]) {
      if (expected.error !== undefined) {
        expect(() => streamed(tool, chunks(text, size))).toThrow(expected.error)
      } else {
        expect(streamed(tool, chunks(text, size))).toEqual(expected.report)
      }
    }
    // And as one string, the way an exec that does not stream hands it over.
    if (expected.error === undefined) expect(streamed(tool, [text])).toEqual(expected.report)
  })

  it('gives the same findings wherever a result is cut in two (every byte, multi-byte text)', () => {
    const expected = whole('bandit', SMALL_BANDIT).report
    expect(expected).toMatchObject({ findings: [{}, {}, {}] })
    const bytes = Buffer.from(SMALL_BANDIT, 'utf8')
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(streamed('bandit', [bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(expected)
    }
  })

  it('a document cut off anywhere is not JSON, never a shorter report', () => {
    const bytes = Buffer.from(SMALL_BANDIT, 'utf8')
    for (let cut = 0; cut < bytes.length; cut++) {
      expect(() => streamed('bandit', [bytes.subarray(0, cut)])).toThrow(NotJsonError)
    }
  })

  it('whitespace after the document is fine; anything else after it is not JSON', () => {
    const expected = whole('bandit', SMALL_BANDIT).report
    expect(streamed('bandit', [SMALL_BANDIT, '\n', '  \r\n'])).toEqual(expected)
    expect(() =>
      streamed('bandit', [SMALL_BANDIT, '\n', 'Traceback (most recent call last)'])
    ).toThrow(NotJsonError)
    expect(() => streamed('bandit', [SMALL_BANDIT + SMALL_BANDIT])).toThrow(NotJsonError)
    expect(() => streamed('bandit', ['Warning: something\n', SMALL_BANDIT])).toThrow(NotJsonError)
    expect(() => streamed('bandit', [])).toThrow(NotJsonError)
    expect(() => streamed('bandit', [' \n'])).toThrow(NotJsonError)
  })

  it('a report of the wrong shape fails as the whole-document parser says', () => {
    for (const text of [
      '{}',
      '[]',
      '"report"',
      '7',
      'null',
      '{"results": {"0": {}}, "errors": []}'
    ]) {
      const expected = whole('bandit', text).error
      expect(expected).toMatch(/^not a Bandit JSON report: /)
      expect(() => streamed('bandit', chunks(text, 1))).toThrow(ToolOutputError)
      expect(() => streamed('bandit', chunks(text, 1))).toThrow(expected!)
    }
    const semgrep = '{"results": [], "paths": {}}'
    expect(() => streamed('semgrep', [semgrep])).toThrow(whole('semgrep', semgrep).error!)
  })

  it('a bad result fails the report, naming it, and the rest of the output is not read', () => {
    const results = Array.from({ length: 5 }, (_, i) => ({
      filename: './app/commands.py',
      test_id: 'B602',
      issue_severity: i === 3 ? 7 : 'HIGH',
      issue_confidence: 'HIGH',
      issue_text: 'x',
      line_number: 8
    }))
    const text = JSON.stringify({ results, errors: [] })
    expect(() => streamed('bandit', [text, 'garbage'])).toThrow(
      /^not a Bandit JSON report: results\[3\]\.issue_severity: expected string/
    )
  })

  it('"results" twice is refused (JSON.parse would silently keep the second)', () => {
    expect(() => streamed('bandit', ['{"results": [], "results": [], "errors": []}'])).toThrow(
      NotJsonError
    )
  })

  it('reads a result holding one huge string cut into many chunks', () => {
    const huge = `${'a€b'.repeat(400_000)}"end`
    const text = JSON.stringify({
      errors: [],
      results: [
        {
          filename: './app/commands.py',
          test_id: 'B602',
          issue_severity: 'HIGH',
          issue_confidence: 'HIGH',
          issue_text: huge,
          line_number: 8
        }
      ]
    })
    const report = streamed('bandit', chunks(text, 65_536)) as {
      findings: Array<{ message: string }>
    }
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]?.message).toBe(huge)
  })

  it('hands each result over as soon as it is complete', () => {
    const seen: number[] = []
    const stream = readReportStream({
      frameKeys: ['errors'],
      result: (_item, i) => seen.push(i),
      finish: frame => frame
    })
    stream.write('{"results": [{"a": 1}, {"b": [2')
    expect(seen).toEqual([0])
    stream.write(']}, 3')
    expect(seen).toEqual([0, 1])
    stream.write('], "errors": ["e"], "metrics": {"big": [1, 2, 3]}}')
    expect(seen).toEqual([0, 1, 2])
    // Only the named fields are kept; the results went to `result` and are not held.
    expect(stream.end()).toEqual({ results: [], errors: ['e'] })
  })
})

describe('repoPathResolver', () => {
  it('answers as toRepoPath does, once per distinct path', () => {
    const resolve = repoPathResolver(project, new StringPool())
    for (const p of ['./app/commands.py', 'app/commands.py', '../outside.py', '/etc/passwd', '']) {
      expect(resolve(p)).toBe(toRepoPath(project, p))
      expect(resolve(p)).toBe(toRepoPath(project, p))
    }
  })
})

describe('createLineReader', () => {
  it('gives the lines split(/\\r?\\n/) gives, through length and every slice', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-lines-'))
    try {
      const texts = [
        '',
        'one',
        'one\n',
        '\n',
        '\n\n',
        'a\r\nb\rc\n\r\nd\r',
        'x\r\r\ny\r',
        '\r\n',
        'é\u2028ü\n  indented\t\n# comment\r\n\nlast'
      ]
      texts.forEach((text, k) => writeFileSync(path.join(dir, `f${k}.py`), text))
      const read = createLineReader(dir)
      texts.forEach((text, k) => {
        const expected = text.split(/\r?\n/)
        const lines = read(`f${k}.py`)
        expect(lines?.length).toBe(expected.length)
        for (let a = -expected.length - 1; a <= expected.length + 1; a++)
          for (let b = -expected.length - 1; b <= expected.length + 1; b++)
            expect([k, a, b, lines?.slice(a, b)]).toEqual([k, a, b, expected.slice(a, b)])
        expect(lines?.slice()).toEqual(expected)
        expect(lines?.slice(1)).toEqual(expected.slice(1))
      })
      expect(read('missing.py')).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
