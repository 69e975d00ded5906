import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildOsvOfflineDb } from '../helpers/osv-db.js'

/**
 * The shipped bundles (dist/index.js for the Action, dist/cli/index.js for the CLI) run through
 * every dependency with a history of ESM/CJS interop trouble, each test asserting an effect a
 * user would see. A bundler change that hands one of them over in another shape (the CVSS
 * calculator's `default` was undefined in dist/ and every vector-only advisory became
 * `unknown`) fails here, not in a user's pipeline. The real Safety and osv-scanner run offline.
 *
 *   ae-cvss-calculator  a Safety advisory with only a CVSS vector gets its computed score
 *   fflate              a PYSEC match is scored from its GHSA twin read out of the OSV DB zip
 *   @cyclonedx/…        the SBOM is written and validated (ratings carry method and vector)
 *   packageurl-js       components and vulnerabilities carry normalized purls
 *   @renovatebot/pep440 pins become versions; the fix is derived from the vulnerable spec
 *   smol-toml           a poetry.lock's packages are in the inventory
 *   yaml                .runguard.yml and .runguard-ignore.yml take effect; TAP's YAML blocks
 *   zod                 a bad setting is a configuration error naming the field
 *   ajv                 a malformed metrics baseline is rejected with the schema's message
 */

const root = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const ACTION = path.join(root, 'dist', 'index.js')
const fixtures = path.join(root, '__tests__', 'fixtures')

const hasTool = (tool: string): boolean =>
  spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0
const tools = hasTool('safety') && hasTool('osv-scanner')
if (!tools && process.env.CI === 'true') {
  throw new Error('safety and osv-scanner must be on PATH for the bundle tests (scripts/setup.sh)')
}
const maybe = tools ? describe : describe.skip

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function node(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Run {
  const r = spawnSync(process.execPath, args, {
    cwd: opts.cwd,
    env: opts.env ?? { PATH: process.env.PATH, HOME: process.env.HOME },
    encoding: 'utf8',
    timeout: 300_000
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

type Json = Record<string, unknown>
interface ReportFinding {
  tool: string
  ruleId: string
  severity: string
  severitySource?: string
  location: { path: string; startLine: number }
  package?: { name: string; version: string; purl: string; fixedVersions: string[] }
  advisory?: { id: string; aliases: string[]; cvssScore?: number; cvssVector?: string }
  suppressed?: { source: string; reason: string }
}

/** Safety's advisory for jinja2 2.10 (CVE-2019-10906) with only a CVSS 3.0 vector, no score. */
function vectorOnlySafetyDb(dir: string): string {
  const db = path.join(fixtures, 'safety', 'db')
  mkdirSync(dir, { recursive: true })
  cpSync(path.join(db, 'insecure.json'), path.join(dir, 'insecure.json'))
  const full = JSON.parse(readFileSync(path.join(db, 'insecure_full.json'), 'utf8')) as {
    $meta: { cve: Record<string, { cvssv2?: unknown; cvssv3?: Json }> }
  }
  const cve = full.$meta.cve['CVE-2019-10906']!
  delete cve.cvssv2
  cve.cvssv3 = { vector_string: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N', base_score: null }
  writeFileSync(path.join(dir, 'insecure_full.json'), JSON.stringify(full))
  return dir
}

/** The fixture OSV records, but requests' GHSA twin misses 2.19.1: only PYSEC-2018-28 matches. */
async function osvDb(dir: string): Promise<string> {
  const recordsDir = path.join(fixtures, 'osv-scanner', 'records')
  const records = readdirSync(recordsDir).map(n => {
    const r = JSON.parse(readFileSync(path.join(recordsDir, n), 'utf8')) as Json
    if (r.id !== 'GHSA-x84v-xcm2-53pg') return r
    return {
      ...r,
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'requests' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.19.2' }, { fixed: '2.20.0' }] }]
        }
      ]
    }
  })
  return buildOsvOfflineDb(records, dir)
}

function workspace(dir: string): string {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'requirements.txt'), 'Jinja2==2.10\nPyYAML==5.3\nrequests==2.19.1\n')
  writeFileSync(
    path.join(dir, 'pyproject.toml'),
    '[tool.poetry]\nname = "bundle-check"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\nurllib3 = "1.24.1"\n'
  )
  writeFileSync(
    path.join(dir, 'poetry.lock'),
    '[[package]]\nname = "urllib3"\nversion = "1.24.1"\ndescription = ""\noptional = false\npython-versions = "*"\nfiles = []\n'
  )
  writeFileSync(path.join(dir, '.runguard.yml'), 'category: bundle-check\n')
  writeFileSync(
    path.join(dir, '.runguard-ignore.yml'),
    'ignore:\n  - id: CVE-2020-1747\n    reason: PyYAML full_load is never called here\n'
  )
  return dir
}

maybe('the built CLI (dist/cli/index.js)', () => {
  let base: string
  let ws: string
  let safetyDb: string
  let osv: string
  let scan: Run
  let report: { toolRuns: Array<Json & { tool: string; status: string }>; findings: ReportFinding[] }
  const out = (name: string): string => path.join(ws, 'out', name)

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'rg-dist-'))
    ws = workspace(path.join(base, 'ws'))
    safetyDb = vectorOnlySafetyDb(path.join(base, 'safety-db'))
    osv = await osvDb(path.join(base, 'osv-db'))
    scan = node(
      [
        CLI,
        'scan',
        '--workspace',
        ws,
        '--scanners',
        'safety,osv',
        '--safety-db',
        safetyDb,
        '--osv-db',
        osv,
        '--format',
        'json',
        '--sarif-file',
        'out/runguard.sarif',
        '--sbom-file',
        'out/runguard.cdx.json',
        '--tap-file',
        'out/runguard.tap',
        '--fail-on',
        'none'
      ],
      { cwd: ws }
    )
    report = JSON.parse(scan.stdout) as typeof report
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  const find = (tool: string, pred: (f: ReportFinding) => boolean): ReportFinding | undefined =>
    report.findings.find(f => f.tool === tool && pred(f))

  it('runs both scanners to completion', () => {
    expect(scan.status).toBe(0)
    expect(report.toolRuns.map(t => [t.tool, t.status])).toEqual([
      ['safety', 'ok'],
      ['osv-scanner', 'ok']
    ])
  })

  it('ae-cvss-calculator: scores a Safety advisory that has only a vector', () => {
    expect(find('safety', f => f.ruleId === '37037')).toMatchObject({
      severity: 'high',
      severitySource:
        'CVSS 3.0 score 8.6 from the vector of CVE-2019-10906 in the Safety database',
      advisory: { cvssScore: 8.6, cvssVector: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N' }
    })
    const sarif = JSON.parse(readFileSync(out('runguard.sarif'), 'utf8')) as {
      runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string; properties?: Json }> } } }>
    }
    const rules = sarif.runs.flatMap(r => r.tool.driver.rules)
    expect(rules.find(r => r.id === '37037')?.properties?.['security-severity']).toBe('8.6')
  })

  it('fflate: scores a PYSEC-only match from its GHSA twin in the OSV database zip', () => {
    expect(find('osv-scanner', f => f.ruleId === 'PYSEC-2018-28')).toMatchObject({
      severity: 'medium',
      severitySource:
        'CVSS 3.1 score 5.9 from the vector of GHSA-x84v-xcm2-53pg (alias record from the offline database)'
    })
  })

  it('@cyclonedx/cyclonedx-library: writes a valid SBOM whose ratings carry method and vector', async () => {
    const text = readFileSync(out('runguard.cdx.json'), 'utf8')
    const { JsonStrictValidator } = await import('@cyclonedx/cyclonedx-library/Validation')
    const sbom = JSON.parse(text) as {
      specVersion: string
      components: Array<{ name: string; version?: string; purl?: string }>
      vulnerabilities: Array<{ id: string; ratings: Array<Json> }>
    }
    expect(await new JsonStrictValidator(sbom.specVersion as never).validate(text)).toBeNull()
    const rated = sbom.vulnerabilities.flatMap(v => v.ratings)
    expect(rated).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          score: 8.6,
          method: 'CVSSv3',
          vector: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N'
        })
      ])
    )
    // packageurl-js: PEP 503 names in the purls.
    expect(sbom.components.map(c => c.purl)).toEqual(
      expect.arrayContaining(['pkg:pypi/jinja2@2.10', 'pkg:pypi/pyyaml@5.3', 'pkg:pypi/urllib3@1.24.1'])
    )
  })

  it('@renovatebot/pep440: reads pins and derives the fix from the vulnerable spec', () => {
    expect(find('safety', f => f.ruleId === '37037')?.package).toMatchObject({
      name: 'jinja2',
      version: '2.10',
      purl: 'pkg:pypi/jinja2@2.10',
      fixedVersions: ['2.10.1']
    })
  })

  it('smol-toml: the poetry.lock pin is scanned at its line', () => {
    const urllib3 = report.findings.filter(f => f.package?.name === 'urllib3')
    expect(urllib3.length).toBeGreaterThan(0)
    expect(urllib3.every(f => f.location.path === 'poetry.lock' && f.location.startLine === 2)).toBe(
      true
    )
  })

  it('yaml: .runguard-ignore.yml suppresses by alias and .runguard.yml settings apply', () => {
    const pyyaml = report.findings.filter(f => f.advisory?.aliases.includes('CVE-2020-1747'))
    expect(pyyaml.length).toBeGreaterThan(0)
    expect(pyyaml.every(f => f.suppressed?.source === 'ignore-file')).toBe(true)
    // category (from .runguard.yml) names the SARIF runs.
    const sarif = JSON.parse(readFileSync(out('runguard.sarif'), 'utf8')) as {
      runs: Array<{ automationDetails?: { id?: string } }>
    }
    expect(sarif.runs.every(r => r.automationDetails?.id?.startsWith('bundle-check'))).toBe(true)
  })

  it('zod: a bad setting is a configuration error naming the field and the value', () => {
    const r = node([CLI, 'scan', '--workspace', ws, '--fail-on', 'bogus'], { cwd: ws })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/fail-on/)
    expect(r.stderr).toContain('bogus')
  })

  it('ajv: a malformed metrics baseline is rejected with the schema message', () => {
    writeFileSync(path.join(ws, 'bad-baseline.json'), JSON.stringify({ schemaVersion: 1, runs: 'x' }))
    const r = node(
      [CLI, 'run', '--workspace', ws, '--baseline', 'bad-baseline.json', '--', process.execPath, '-e', 'void 0'],
      { cwd: ws }
    )
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/bad-baseline\.json is not a runguard metrics JSON: \/ must have required property/)
  })
})

maybe('the built Action (dist/index.js)', () => {
  let base: string
  let run: Run
  let ws: string
  let outputs: string
  let summary: string

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'rg-dist-action-'))
    ws = workspace(path.join(base, 'ws'))
    const outputFile = path.join(base, 'github-output.txt')
    const summaryFile = path.join(base, 'step-summary.md')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    const inputs: Record<string, string> = {
      scanners: 'safety,osv',
      'safety-db': vectorOnlySafetyDb(path.join(base, 'safety-db')),
      'osv-db': await osvDb(path.join(base, 'osv-db')),
      'sarif-file': 'out/runguard.sarif',
      'sbom-file': 'out/runguard.cdx.json',
      'tap-file': 'out/runguard.tap',
      'upload-sarif': 'false',
      'comment-on-pr': 'false',
      'install-tools': 'false',
      'fail-on': 'critical'
    }
    run = node([ACTION], {
      cwd: ws,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: ws,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...Object.fromEntries(
          Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
        )
      }
    })
    outputs = readFileSync(outputFile, 'utf8')
    summary = readFileSync(summaryFile, 'utf8')
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('scores the vector-only advisory in SARIF, the SBOM and the summary', () => {
    expect(run.stderr).not.toMatch(/CVSS calculator did not load/)
    const sarif = JSON.parse(readFileSync(path.join(ws, 'out', 'runguard.sarif'), 'utf8')) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; properties?: Json }> } } }>
    }
    const rule = sarif.runs.flatMap(r => r.tool.driver.rules).find(r => r.id === '37037')
    expect(rule?.properties?.['security-severity']).toBe('8.6')
    const sbom = JSON.parse(readFileSync(path.join(ws, 'out', 'runguard.cdx.json'), 'utf8')) as {
      vulnerabilities: Array<{ ratings: Json[] }>
    }
    expect(sbom.vulnerabilities.flatMap(v => v.ratings)).toContainEqual(
      expect.objectContaining({
        score: 8.6,
        method: 'CVSSv3',
        vector: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N'
      })
    )
    expect(outputs).toMatch(/^passed<</m)
    // The summary shows the computed score and where it came from.
    expect(summary).toContain('high 8.6')
    expect(summary).toContain('from the vector of CVE-2019-10906')
  })

  it('yaml: the failing policy point carries a YAML diagnostic block in TAP', () => {
    const tap = readFileSync(path.join(ws, 'out', 'runguard.tap'), 'utf8')
    expect(tap).toMatch(/^TAP version 14/)
    expect(tap).toMatch(/\nnot ok \d+ - policy: security\n {2}---\n[\s\S]*?\n {2}\.\.\.\n/)
  })
})
