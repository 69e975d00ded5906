import { randomUUID } from 'node:crypto'
import path from 'node:path'
// Sub-path imports on purpose: the package root also loads its Validation resources, which
// compute a `__dirname`-relative path at load time and crash an ESM bundle (see
// scripts/post-build.mjs). Building an SBOM must never depend on those files.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'
import {
  SEVERITY_RANK,
  type Component,
  type Finding,
  type Severity,
  type ToolRun
} from '../model.js'
import type { EnvironmentInventory } from '../inventory/installed.js'
import type { LicenseInfo } from '../inventory/licenses.js'
import { groupFindings } from '../policy/dedupe.js'
import { presentFinding } from '../policy/severity.js'

/**
 * CycloneDX SBOM of the Python dependencies runguard found, with the vulnerabilities Safety and
 * OSV-Scanner reported attached. Output is deterministic apart from the serial
 * number and timestamp: every bom-ref is set explicitly (the serializer would otherwise invent
 * random ones) and lists are sorted.
 *
 * Runtime validation: not needed for our own output. The document is produced by the
 * library's normalizer from typed models, and the tests validate every supported spec version
 * (and the bundled code path, __tests__/integration/sbom-dist.test.ts). `validateSbom` stays
 * available (e.g. for SBOMs merged from other jobs); scripts/post-build.mjs ships the schemas
 * and a `__dirname` shim so it works from the ESM bundle too.
 */

export const SBOM_SPEC_VERSIONS = ['1.4', '1.5', '1.6', '1.7'] as const
export type SbomSpecVersion = (typeof SBOM_SPEC_VERSIONS)[number]

export interface SbomInput {
  components: readonly Component[]
  /**
   * The installed environment the script used: every package becomes a component (licences,
   * hashes, scope, its place in the graph), manifest entries of the same package fold into it.
   */
  environment?: EnvironmentInventory
  /** Findings after policy; only dependency findings (Safety, OSV) become vulnerabilities. */
  findings: readonly Finding[]
  toolRuns: readonly ToolRun[]
  spec: SbomSpecVersion
  /** The repository; becomes metadata.component. */
  projectName: string
  runguardVersion: string
  /** Fixed serial number (tests, reproducible builds); random otherwise. */
  serialNumber?: string
  /** Fixed timestamp (tests); now otherwise. */
  timestamp?: Date
}

const SPECS = {
  '1.4': { spec: Spec.Spec1dot4, version: Spec.Version.v1dot4 },
  '1.5': { spec: Spec.Spec1dot5, version: Spec.Version.v1dot5 },
  '1.6': { spec: Spec.Spec1dot6, version: Spec.Version.v1dot6 },
  '1.7': { spec: Spec.Spec1dot7, version: Spec.Version.v1dot7 }
} as const

/** PEP 503: lower case, runs of `-`, `_`, `.` become one `-`. */
export function pep503(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase()
}

const SEVERITY_MAP: Readonly<Record<Severity, Enums.Vulnerability.Severity>> = {
  critical: Enums.Vulnerability.Severity.Critical,
  high: Enums.Vulnerability.Severity.High,
  medium: Enums.Vulnerability.Severity.Medium,
  low: Enums.Vulnerability.Severity.Low,
  info: Enums.Vulnerability.Severity.Info,
  unknown: Enums.Vulnerability.Severity.Unknown
}

/** Rating method from the vector's prefix; CVSS 2 vectors have none. */
function ratingMethod(vector: string): Enums.Vulnerability.RatingMethod {
  if (vector.startsWith('CVSS:4')) return Enums.Vulnerability.RatingMethod.CVSSv4
  if (vector.startsWith('CVSS:3.1')) return Enums.Vulnerability.RatingMethod.CVSSv31
  if (vector.startsWith('CVSS:3')) return Enums.Vulnerability.RatingMethod.CVSSv3
  if (/^(\()?AV:[LAN]\/AC:/.test(vector)) return Enums.Vulnerability.RatingMethod.CVSSv2
  return Enums.Vulnerability.RatingMethod.Other
}

/** Where an advisory id is published; Safety's numeric ids point at the finding's help link. */
function sourceFor(id: string, helpUri?: string): Models.Vulnerability.Source {
  if (/^GHSA-/i.test(id))
    return new Models.Vulnerability.Source({
      name: 'GitHub Advisory Database',
      url: `https://github.com/advisories/${id}`
    })
  if (/^CVE-/i.test(id))
    return new Models.Vulnerability.Source({
      name: 'NVD',
      url: `https://nvd.nist.gov/vuln/detail/${id}`
    })
  if (/^\d+$/.test(id))
    return new Models.Vulnerability.Source({
      name: 'Safety DB',
      ...(helpUri ? { url: helpUri } : {})
    })
  return new Models.Vulnerability.Source({
    name: 'OSV',
    url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`
  })
}

/** Primary id of a group: GHSA, then PYSEC, then CVE, then anything else (stable across tools). */
function primaryId(ids: string[]): string {
  const order = [/^GHSA-/i, /^PYSEC-/i, /^CVE-/i]
  const sorted = [...ids].sort()
  for (const re of order) {
    const hit = sorted.find(id => re.test(id))
    if (hit) return hit
  }
  return sorted[0] as string
}

interface VulnAccumulator {
  id: string
  ids: Map<string, string>
  members: Finding[]
  packages: Map<string, { component: Models.Component; version: string; fixed: Set<string> }>
}

const rank = (f: Finding): number => SEVERITY_RANK[f.severity]

/** A package's licence: one SPDX id, an SPDX expression, or what it declared (unknown). */
function addLicense(component: Models.Component, license: LicenseInfo): void {
  const expression = license.expression
  if (expression !== undefined) {
    if (/^[A-Za-z0-9.+-]+$/.test(expression) && !expression.endsWith('+'))
      component.licenses.add(new Models.SpdxLicense(expression))
    else component.licenses.add(new Models.LicenseExpression(expression))
  } else if (license.declared) {
    component.licenses.add(new Models.NamedLicense(license.declared.slice(0, 200)))
  }
}

function toolComponent(name: string, version?: string): Models.Component {
  return new Models.Component(Enums.ComponentType.Application, name, version ? { version } : {})
}

export function buildSbom(input: SbomInput): string {
  const { spec } = SPECS[input.spec]
  const bom = new Models.Bom({
    serialNumber: input.serialNumber ?? `urn:uuid:${randomUUID()}`
  })
  bom.metadata.timestamp = input.timestamp ?? new Date()
  bom.metadata.tools.components.add(toolComponent('runguard', input.runguardVersion))
  const scannerTools = new Map<string, Models.Component>()
  for (const run of input.toolRuns) {
    // The secret detector is runguard itself; a skipped tool did not contribute.
    if (run.status === 'skipped' || run.tool === 'secrets') continue
    const tool = toolComponent(run.tool, run.version)
    scannerTools.set(run.tool, tool)
    bom.metadata.tools.components.add(tool)
  }
  const root = new Models.Component(Enums.ComponentType.Application, input.projectName, {
    bomRef: `project:${input.projectName}`
  })
  bom.metadata.component = root

  // Components by purl; the same package may be declared in several files.
  const byPurl = new Map<string, Models.Component>()
  const byName = new Map<string, Models.Component[]>()
  const addComponent = (
    purl: string,
    name: string,
    version: string | undefined,
    file: string,
    line: number
  ): Models.Component => {
    let component = byPurl.get(purl)
    if (!component) {
      component = new Models.Component(Enums.ComponentType.Library, pep503(name), {
        ...(version ? { version } : {}),
        purl,
        bomRef: purl
      })
      byPurl.set(purl, component)
      const list = byName.get(pep503(name)) ?? []
      list.push(component)
      byName.set(pep503(name), list)
      bom.components.add(component)
    }
    component.properties.add(new Models.Property('runguard:source', `${file}:${line}`))
    return component
  }
  const dependedOn = new Set<Models.Component>()
  // Installed packages first: a manifest entry of the same package (same version, or unpinned)
  // is the same component, seen from both sides.
  const installed = new Map<string, Models.Component>()
  const origin = new Map<Models.Component, Set<'manifest' | 'environment'>>()
  const seenFrom = (c: Models.Component, from: 'manifest' | 'environment'): void => {
    const set = origin.get(c) ?? new Set()
    set.add(from)
    origin.set(c, set)
  }
  if (input.environment) {
    for (const node of [...input.environment.graph.nodes.values()].sort((a, b) =>
      a.pkg.purl.localeCompare(b.pkg.purl)
    )) {
      const pkg = node.pkg
      const component = new Models.Component(Enums.ComponentType.Library, pkg.name, {
        version: pkg.version,
        purl: pkg.purl,
        bomRef: pkg.purl
      })
      if (node.relationship !== 'project')
        component.scope = node.optional
          ? Enums.ComponentScope.Optional
          : Enums.ComponentScope.Required
      addLicense(component, pkg.license)
      for (const h of pkg.hashes)
        component.hashes.set(h.alg as Enums.HashAlgorithm, h.content.toLowerCase())
      const props: Array<[string, string]> = [['runguard:relationship', node.relationship]]
      // Relative to the environment's root (the venv, or sys.prefix), so the SBOM names no
      // runner path; a package installed outside that root (a user site) gets none.
      const at = path.relative(input.environment.environment.prefix, pkg.path)
      if (at && !at.startsWith('..') && !path.isAbsolute(at))
        props.push(['runguard:installed-at', at.split(path.sep).join('/')])
      const runtime = input.environment.runtime
      if (runtime?.recorded)
        props.push([
          'runguard:runtime',
          runtime.loaded.includes(pkg.name) ? 'loaded at run time' : 'not loaded in this run'
        ])
      if (node.via.length > 1) props.push(['runguard:via', node.via.join(' > ')])
      if (pkg.record?.sha256) props.push(['runguard:record-sha256', pkg.record.sha256])
      if (pkg.record)
        props.push(['runguard:record-files', `${pkg.record.hashed}/${pkg.record.files} hashed`])
      if (pkg.license.source !== 'unknown' && pkg.license.source !== 'expression')
        props.push(['runguard:license-source', pkg.license.source])
      if (pkg.license.declared) props.push(['runguard:license-declared', pkg.license.declared])
      for (const [k, v] of props) component.properties.add(new Models.Property(k, v))
      byPurl.set(pkg.purl, component)
      byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), component])
      installed.set(pkg.name, component)
      seenFrom(component, 'environment')
      bom.components.add(component)
    }
    for (const node of input.environment.graph.nodes.values()) {
      const from = installed.get(node.pkg.name) as Models.Component
      for (const dep of node.dependsOn) {
        const target = installed.get(dep)
        if (!target || target === from) continue
        from.dependencies.add(target.bomRef)
        dependedOn.add(target)
      }
    }
  }
  const manifestOnly = new Set<Models.Component>()
  for (const c of input.components) {
    const same = installed.get(pep503(c.name))
    const folds = same !== undefined && (c.version === undefined || c.version === same.version)
    const component = folds ? same : addComponent(c.purl, c.name, c.version, c.file, c.line)
    if (folds)
      component.properties.add(new Models.Property('runguard:source', `${c.file}:${c.line}`))
    else if (!origin.has(component)) manifestOnly.add(component)
    seenFrom(component, 'manifest')
    for (const h of c.hashes ?? [])
      component.hashes.set(h.alg as Enums.HashAlgorithm, h.content.toLowerCase())
  }
  // Where each package came from only means something when there were two sides to look at.
  for (const [component, from] of input.environment ? origin : []) {
    const value = from.size === 2 ? 'both' : ([...from][0] ?? 'manifest')
    component.properties.add(new Models.Property('runguard:origin', value))
  }
  for (const c of input.components) {
    const from = byPurl.get(c.purl)
    if (!from || !manifestOnly.has(from)) continue
    for (const dep of c.dependsOn ?? []) {
      // Prefer a pinned entry; the graph must use the target's own BomRef object (identity match).
      const candidates = byName.get(pep503(dep)) ?? []
      const target = candidates.find(t => t.version !== undefined) ?? candidates[0]
      if (!target || target === from) continue
      from.dependencies.add(target.bomRef)
      dependedOn.add(target)
    }
  }

  const vulns = new Map<string, VulnAccumulator>()
  const depFindings = input.findings.filter(
    f => f.package && (f.tool === 'safety' || f.tool === 'osv-scanner')
  )
  for (const group of groupFindings(depFindings, rank)) {
    const ids = new Map<string, string>()
    for (const m of group.members) {
      for (const id of [m.advisory?.id ?? m.ruleId, ...(m.advisory?.aliases ?? [])]) {
        if (!ids.has(id.toUpperCase())) ids.set(id.toUpperCase(), id)
      }
    }
    const id = primaryId([...ids.values()])
    const pkg = group.members[0]?.package as NonNullable<Finding['package']>
    const first = group.members[0] as Finding
    const component =
      byPurl.get(pkg.purl) ??
      (byName.get(pep503(pkg.name)) ?? []).find(c => c.version === pkg.version) ??
      addComponent(pkg.purl, pkg.name, pkg.version, first.location.path, first.location.startLine)
    let acc = vulns.get(id.toUpperCase())
    if (!acc) {
      acc = { id, ids: new Map(), members: [], packages: new Map() }
      vulns.set(id.toUpperCase(), acc)
    }
    for (const [k, v] of ids) acc.ids.set(k, v)
    acc.members.push(...group.members)
    const entry = acc.packages.get(pkg.purl) ?? {
      component,
      version: pkg.version,
      fixed: new Set<string>()
    }
    for (const m of group.members)
      for (const v of m.package?.fixedVersions ?? []) entry.fixed.add(v)
    acc.packages.set(pkg.purl, entry)
  }

  for (const acc of vulns.values()) bom.vulnerabilities.add(buildVulnerability(acc, scannerTools))

  for (const component of byPurl.values()) {
    if (!dependedOn.has(component)) root.dependencies.add(component.bomRef)
  }

  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec))
  return serializer.serialize(bom, { sortLists: true, space: 2 })
}

function buildVulnerability(
  acc: VulnAccumulator,
  scannerTools: ReadonlyMap<string, Models.Component>
): Models.Vulnerability.Vulnerability {
  const worst = [...acc.members].sort((a, b) => rank(b) - rank(a))[0] as Finding
  const safetyHelp = acc.members.find(m => m.tool === 'safety')?.helpUri
  const vuln = new Models.Vulnerability.Vulnerability({
    bomRef: `vulnerability:${acc.id}`,
    id: acc.id,
    source: sourceFor(acc.id, safetyHelp),
    description: worst.title,
    detail: worst.message
  })
  for (const alias of acc.ids.values()) {
    if (alias.toUpperCase() === acc.id.toUpperCase()) continue
    vuln.references.add(new Models.Vulnerability.Reference(alias, sourceFor(alias, safetyHelp)))
  }
  const seenVectors = new Set<string>()
  for (const m of acc.members) {
    const vector = m.advisory?.cvssVector
    const score = m.advisory?.cvssScore
    const key = vector ?? (score === undefined ? '' : `score:${score}`)
    if (key === '' || seenVectors.has(key)) continue
    seenVectors.add(key)
    // The source is the record the score came from (a PYSEC finding scored from its GHSA
    // twin names the GHSA), not the record the tool happened to report.
    const from = m.advisory?.cvssSource ?? m.advisory?.id ?? m.ruleId
    vuln.ratings.add(
      new Models.Vulnerability.Rating({
        source: sourceFor(
          from,
          from === m.advisory?.id || from === m.ruleId ? m.helpUri : undefined
        ),
        ...(score === undefined ? {} : { score }),
        severity: SEVERITY_MAP[presentFinding(m, 'unknown').cyclonedx],
        ...(vector ? { method: ratingMethod(vector), vector } : {})
      })
    )
  }
  if (seenVectors.size === 0) {
    // A qualitative severity from the database (e.g. GHSA "HIGH") without a vector, or
    // `unknown` when no record of the group had one (policy/severity.ts: it stays unknown).
    vuln.ratings.add(
      new Models.Vulnerability.Rating({
        source: sourceFor(acc.id, safetyHelp),
        severity: SEVERITY_MAP[presentFinding(worst, 'unknown').cyclonedx]
      })
    )
  }
  for (const cwe of new Set(acc.members.flatMap(m => m.cwe))) {
    const n = Number(/(\d+)/.exec(cwe)?.[1])
    if (Number.isInteger(n) && n > 0) vuln.cwes.add(n)
  }
  for (const url of new Set(
    acc.members.map(m => m.advisory?.url).filter((u): u is string => Boolean(u))
  )) {
    vuln.advisories.add(new Models.Vulnerability.Advisory(url))
  }
  const recommendations: string[] = []
  for (const [, pkg] of [...acc.packages].sort(([a], [b]) => a.localeCompare(b))) {
    vuln.affects.add(
      new Models.Vulnerability.Affect(pkg.component.bomRef, {
        versions: new Models.Vulnerability.AffectedVersionRepository([
          new Models.Vulnerability.AffectedSingleVersion(pkg.version, {
            status: Enums.Vulnerability.AffectStatus.Affected
          })
        ])
      })
    )
    const fixed = [...pkg.fixed].sort()
    if (fixed.length)
      recommendations.push(
        `Upgrade ${pkg.component.name} ${pkg.version} to ${fixed.join(' or ')} or later.`
      )
  }
  if (recommendations.length) vuln.recommendation = recommendations.join(' ')
  for (const tool of new Set(acc.members.map(m => m.tool))) {
    const component = scannerTools.get(tool)
    if (component) vuln.tools.components.add(component)
  }
  const suppressed = acc.members.find(m => m.suppressed)?.suppressed
  if (suppressed && acc.members.every(m => m.suppressed)) {
    const until = suppressed.expires ? ` (until ${suppressed.expires})` : ''
    vuln.analysis = new Models.Vulnerability.Analysis({
      detail: `Suppressed in runguard policy: ${suppressed.reason}${until}`
    })
  }
  return vuln
}

/**
 * Validates SBOM JSON against the bundled CycloneDX schema; returns error lines (empty = valid).
 * Needs the library's `res/schema` next to the bundle at runtime (scripts/post-build.mjs).
 */
export async function validateSbom(json: string, spec: SbomSpecVersion): Promise<string[]> {
  // Loaded lazily: only validation needs the schema files next to the bundle.
  const { JsonStrictValidator } = await import('@cyclonedx/cyclonedx-library/Validation')
  const errors = (await new JsonStrictValidator(SPECS[spec].version).validate(json)) as unknown
  if (errors === null || errors === undefined) return []
  const list = Array.isArray(errors)
    ? (errors as Array<{ instancePath?: string; message?: string }>)
    : [errors]
  return list.map(e =>
    typeof e === 'object' && e !== null && 'message' in e
      ? `${(e as { instancePath?: string }).instancePath ?? ''} ${(e as { message?: string }).message ?? ''}`.trim()
      : JSON.stringify(e)
  )
}
